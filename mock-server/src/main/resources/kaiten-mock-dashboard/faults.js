import { admin } from './api.js';
import { $, el, replace, say } from './dom.js';

export async function showFaults() {
  const { faults } = await admin('GET', '/faults');
  replace($('#faults tbody'), faults.length === 0
    ? el('tr', {}, el('td', { colspan: 5, className: 'hint' }, 'No faults: every request reaches the emulator.'))
    : faults.map((fault) => el('tr', { 'data-fault': fault.id },
      el('td', { className: 'mono' }, fault.id),
      el('td', {}, fault.operationId || `${fault.method} ${fault.path}`),
      el('td', {}, fault.times == null ? 'always' : fault.times),
      el('td', { className: 'mono' }, JSON.stringify(fault.action)),
      el('td', {}, el('button', { onclick: () => run(() => admin('DELETE', '/faults/' + encodeURIComponent(fault.id))) }, 'Remove')))));
  const { requestsPerSecond } = await admin('GET', '/rate-limit');
  $('#rate-limit-now').textContent = requestsPerSecond === 0 ? 'off' : `${requestsPerSecond} requests a second per token`;
  $('#rate-limit').placeholder = String(requestsPerSecond);
}

async function run(call) {
  try {
    const answer = await call();
    say(answer && answer.message ? answer.message : 'done');
  } catch (e) {
    say(e.message, true);
  }
  await showFaults().catch((e) => say(e.message, true));
}

function faultFromForm() {
  const type = $('#fault-type').value;
  const action = { type };
  if (type === 'status') {
    action.status = Number($('#fault-status').value);
    const body = $('#fault-body').value;
    if (body) {
      action.body = body;
      action.headers = { 'Content-Type': body.trim().startsWith('{') ? 'application/json' : 'text/plain' };
    }
  } else if (type === 'delay') {
    action.ms = Number($('#fault-ms').value);
  }
  const fault = { action };
  const operation = $('#fault-operation').value;
  if (operation) {
    fault.operationId = operation;
  } else {
    // Empty fields are left out, so that the server names what is missing.
    const method = $('#fault-method').value.trim();
    const path = $('#fault-path').value.trim();
    if (method) {
      fault.method = method;
    }
    if (path) {
      fault.path = path;
    }
  }
  const times = $('#fault-times').value;
  if (times) {
    fault.times = Number(times);
  }
  return fault;
}

export function wireFaults(operationIds) {
  const select = $('#fault-operation');
  operationIds.forEach((id) => select.append(el('option', { value: id }, id)));
  $('#fault-form').addEventListener('submit', (event) => {
    event.preventDefault();
    run(() => admin('POST', '/faults', faultFromForm()).then((fault) => ({ message: `fault ${fault.id} added` })));
  });
  $('#faults-clear').addEventListener('click', () => run(() => admin('DELETE', '/faults')));
  $('#rate-limit-form').addEventListener('submit', (event) => {
    event.preventDefault();
    run(() => admin('PUT', '/rate-limit', { requestsPerSecond: Number($('#rate-limit').value) })
      .then((answer) => ({ message: `rate limit ${answer.requestsPerSecond === 0 ? 'off' : answer.requestsPerSecond + '/s'}` })));
  });
  $('#exhaust-form').addEventListener('submit', (event) => {
    event.preventDefault();
    run(() => admin('POST', '/rate-limit/exhaust', { token: $('#exhaust-token').value }));
  });
}
