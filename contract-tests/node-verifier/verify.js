// Verifies pact files against a running mock with Pact's Rust core (through pact-js), the way
// pact-js, pact-python, pact-go and pact_verifier_cli users do: states go to the mock's state-change
// URL, teardown only when asked.
//
//   node verify.js --provider http://127.0.0.1:8089 --pacts ../target/pacts [--teardown]
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { Verifier } = require('@pact-foundation/pact');

function option(name) {
  const at = process.argv.indexOf(name);
  return at < 0 ? undefined : process.argv[at + 1];
}

function pactFiles(directory) {
  if (!fs.existsSync(directory)) {
    return [];
  }
  return fs.readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => path.resolve(directory, name));
}

function interactionCount(files) {
  return files.reduce((sum, file) => sum + JSON.parse(fs.readFileSync(file, 'utf8')).interactions.length, 0);
}

async function journalTotal(provider) {
  const answer = await fetch(`${provider}/__admin/requests`);
  if (!answer.ok) {
    throw new Error(`GET /__admin/requests answered ${answer.status}`);
  }
  return (await answer.json()).total;
}

async function main() {
  const provider = option('--provider');
  const pacts = option('--pacts');
  const teardown = process.argv.includes('--teardown');
  if (!provider || !pacts) {
    throw new Error('usage: node verify.js --provider <mock origin> --pacts <directory> [--teardown]');
  }
  const files = pactFiles(pacts);
  if (files.length === 0) {
    throw new Error(`no pact files in ${path.resolve(pacts)}: run the Pact consumer tests first (mvn -B verify)`);
  }
  const expected = interactionCount(files);
  const before = await journalTotal(provider);

  await new Verifier({
    provider: 'kaiten-group-users',
    providerBaseUrl: provider,
    pactUrls: files,
    // The mock's own state-change endpoint, called by the Rust core itself as every non-JVM verifier
    // does (pact-js warns that it prefers its own stateHandlers; those would not test the mock).
    providerStatesSetupUrl: `${provider}/__admin/provider-states`,
    providerStatesSetupTeardown: teardown,
    providerStatesSetupBody: true,
    logLevel: 'warn',
  }).verifyProvider();

  // Each interaction sends exactly one API request; state changes are admin calls and not journaled.
  const replayed = (await journalTotal(provider)) - before;
  if (replayed !== expected) {
    throw new Error(`the verifier replayed ${replayed} requests, the pacts hold ${expected} interactions`);
  }
  console.log(`pact-js verifier: ${expected} of ${expected} interactions passed `
    + `(${files.length} pact file${files.length === 1 ? '' : 's'}, teardown ${teardown ? 'on' : 'off'})`);
}

main().catch((error) => {
  console.error(`pact-js verifier failed: ${error.message}`);
  process.exit(1);
});
