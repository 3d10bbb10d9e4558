// Verifies pact files against a running mock with Pact's Rust core (through pact-js), the way
// pact-js, pact-python, pact-go and pact_verifier_cli users do: states go to the mock's state-change
// URL, teardown only when asked.
//
//   node verify.js --provider http://127.0.0.1:8089 --pacts ../target/pacts [--teardown]
'use strict';

const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { Verifier } = require('@pact-foundation/pact');
const { ffiFnMapping } = require('@pact-foundation/pact-core/src/verifier/argumentMapper/arguments');
const { FnValidationStatus } = require('@pact-foundation/pact-core/src/verifier/argumentMapper/types');

// pact-core 19 always asks the Rust core for teardown calls (state-change URL, teardown on, body on).
// Hand the Rust core the teardown option as given, so that the run without it sends none, the way
// pact-python, pact-go and pact_verifier_cli run by default.
ffiFnMapping.pactffiVerifierSetProviderState.validateAndExecute = (ffi, handle, options) => {
  ffi.pactffiVerifierSetProviderState(handle, options.providerStatesSetupUrl,
    options.providerStatesSetupTeardown === true, true);
  return { status: FnValidationStatus.SUCCESS };
};

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

/**
 * Passes state-change calls through to the mock and counts them by action, so that the run can tell
 * whether teardown was sent.
 */
function countingStateChanges(target) {
  const counts = { setup: 0, teardown: 0 };
  const server = http.createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      try {
        const action = JSON.parse(body).action === 'teardown' ? 'teardown' : 'setup';
        counts[action] += 1;
        const answer = await fetch(target, {
          method: 'POST', headers: { 'Content-Type': 'application/json' }, body,
        });
        response.writeHead(answer.status, { 'Content-Type': 'application/json' });
        response.end(await answer.text());
      } catch (error) {
        response.writeHead(502, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ message: `state change not passed on: ${error.message}` }));
      }
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: `http://127.0.0.1:${server.address().port}/`,
    counts,
    close: () => server.close(),
  })));
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
  const stateChanges = await countingStateChanges(`${provider}/__admin/provider-states`);

  try {
    await verify(provider, files, stateChanges.url, teardown);
  } finally {
    stateChanges.close();
  }

  // Each interaction sends exactly one API request; state changes are admin calls and not journaled.
  const replayed = (await journalTotal(provider)) - before;
  if (replayed !== expected) {
    throw new Error(`the verifier replayed ${replayed} requests, the pacts hold ${expected} interactions`);
  }
  const { setup, teardown: teardowns } = stateChanges.counts;
  if (teardown ? teardowns === 0 : teardowns !== 0) {
    throw new Error(`teardown ${teardown ? 'on' : 'off'}, yet the verifier sent ${teardowns} teardown calls`);
  }
  console.log(`pact-js verifier: ${expected} of ${expected} interactions passed `
    + `(${files.length} pact file${files.length === 1 ? '' : 's'}; teardown ${teardown ? 'on' : 'off'}: `
    + `${setup} setup and ${teardowns} teardown calls)`);
}

async function verify(provider, files, stateChangeUrl, teardown) {
  await new Verifier({
    provider: 'kaiten-group-users',
    providerBaseUrl: provider,
    pactUrls: files,
    // The mock's state-change endpoint (through the counter), called by the Rust core itself as non-JVM verifiers
    // do it (pact-js warns that it prefers its own stateHandlers; those would not test the mock).
    providerStatesSetupUrl: stateChangeUrl,
    providerStatesSetupTeardown: teardown,
    providerStatesSetupBody: true,
    logLevel: 'warn',
  }).verifyProvider();
}

main().catch((error) => {
  console.error(`pact-js verifier failed: ${error.message}`);
  process.exit(1);
});
