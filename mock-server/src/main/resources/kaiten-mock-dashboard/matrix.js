import { admin } from './api.js';
import { $, el, replace, say } from './dom.js';

/** Operations down, documented statuses across; each cell sends the request that reaches it. */
export async function showMatrix(afterSend) {
  const { operations } = await admin('GET', '/operations');
  const statuses = [...new Set(operations.flatMap((operation) => operation.statuses.map((status) => status.status)))]
    .sort((a, b) => a - b);
  replace($('#matrix thead'), el('tr', {}, el('th', {}, 'operation'), statuses.map((status) => el('th', {}, status))));
  replace($('#matrix tbody'), operations.map((operation) => el('tr', { 'data-operation': operation.operationId },
    el('td', {}, el('strong', {}, operation.operationId), el('div', { className: 'mono hint' }, `${operation.method} ${operation.path}`)),
    statuses.map((code) => {
      const status = operation.statuses.find((candidate) => candidate.status === code);
      if (!status) {
        return el('td', {});
      }
      if (!status.send) {
        return el('td', { title: status.description }, el('span', { className: 'hint' }, 'nobody in the state'));
      }
      const label = status.send.prefer ? `send (Prefer: code=${code})` : 'send';
      return el('td', { title: `${status.description}${status.mockOnly ? ' (mock only)' : ''}` },
        el('button', {
          className: status.send.prefer ? 'prefer' : '',
          'data-status': code,
          title: status.send.how,
          onclick: (event) => send(event.currentTarget, operation, code, status.send, afterSend),
        }, label));
    }))));
  return operations;
}

async function send(button, operation, expected, recipe, afterSend) {
  const result = $('#matrix-result');
  try {
    const response = await fetch(recipe.path, { method: recipe.method, headers: recipe.headers, body: recipe.body });
    const body = await response.text();
    const ok = response.status === expected;
    button.classList.toggle('ok', ok);
    button.classList.toggle('off', !ok);
    result.textContent = `${recipe.method} ${recipe.path}\n${Object.entries(recipe.headers)
      .map(([name, value]) => `${name}: ${value}`).join('\n')}${recipe.body ? '\n\n' + recipe.body : ''}\n\n`
      + `→ ${response.status}${ok ? '' : ` (expected ${expected}: the state has changed since; reset to get it back)`}\n`
      + `${recipe.how}\n\n${body}`;
  } catch (e) {
    say(`${operation.operationId}: ${e.message}`, true);
  }
  await afterSend();
}
