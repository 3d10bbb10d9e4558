import { admin } from './api.js';
import { $, el, replace, say } from './dom.js';

export async function showDrift() {
  const drift = await admin('GET', '/drift');
  $('#drift-summary').textContent = drift.summary;
  replace($('#drift tbody'), drift.operations.map((row) => el('tr', {},
    el('td', {}, row.operationId), el('td', {}, row.status), el('td', {}, row.conforming),
    el('td', { className: row.violating ? 'violation' : '' }, row.violating),
    el('td', {}, row.violations.length ? el('ul', {}, row.violations.map((violation) => el('li', {}, `${violation.location}: ${violation.message}`))) : '—'))));
  replace($('#drift-extra'),
    drift.unmatchedRequests.length ? [el('h3', {}, 'Requests the contract does not describe'),
      el('ul', {}, drift.unmatchedRequests.map((request) => el('li', { className: 'mono' }, request)))] : null,
    drift.upstreamFailureMessages.length ? [el('h3', {}, 'Upstream failures'),
      el('ul', {}, drift.upstreamFailureMessages.map((message) => el('li', {}, message)))] : null);
}

export function wireDrift() {
  $('#drift-refresh').addEventListener('click', () => showDrift().catch((e) => say(e.message, true)));
  $('#drift-clear').addEventListener('click', async () => {
    try {
      say((await admin('DELETE', '/drift')).message);
      await showDrift();
    } catch (e) {
      say(e.message, true);
    }
  });
}
