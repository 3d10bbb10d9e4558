import { admin, streamJournal } from './api.js';
import { $, el, pretty, replace, say, statusClass } from './dom.js';

const KEEP = 1000; // rows the page keeps
const entries = [];
let selected = null;

export function startJournal() {
  const live = $('#journal-live');
  const stream = streamJournal({
    onOpen: () => live.classList.add('on'),
    onClose: () => live.classList.remove('on'),
    onEvent: (name, data) => {
      if (name === 'cleared') {
        entries.length = 0;
      } else if (name === 'request') {
        entries.push(data);
        if (entries.length > KEEP) {
          entries.splice(0, entries.length - KEEP);
        }
      }
      render();
    },
  });
  $('#journal-operation').addEventListener('change', render);
  $('#journal-status').addEventListener('input', render);
  $('#journal-clear').addEventListener('click', async () => {
    try {
      say((await admin('DELETE', '/requests')).message);
    } catch (e) {
      say(e.message, true);
    }
  });
  return stream;
}

export function knowOperations(operationIds) {
  const select = $('#journal-operation');
  for (const id of operationIds) {
    if (![...select.options].some((option) => option.value === id)) {
      select.append(el('option', { value: id }, id));
    }
  }
}

function matches(entry) {
  const operation = $('#journal-operation').value;
  if (operation === '-' ? entry.operationId : operation && entry.operationId !== operation) {
    return false;
  }
  const status = $('#journal-status').value.trim().toLowerCase();
  if (!status) {
    return true;
  }
  const pattern = new RegExp('^' + status.replace(/[^0-9x]/g, '').replace(/x/g, '\\d') + '$');
  return pattern.test(String(entry.status));
}

function render() {
  const shown = entries.filter(matches).reverse(); // newest first
  $('#journal-count').textContent = `${shown.length} of ${entries.length} requests`;
  replace($('#journal tbody'), shown.map((entry) => el('tr', {
    'data-sequence': entry.sequence,
    className: selected === entry.sequence ? 'selected' : '',
    onclick: () => { selected = entry.sequence; render(); },
  },
  el('td', {}, entry.sequence),
  el('td', {}, new Date(entry.receivedAt).toLocaleTimeString()),
  el('td', { className: 'mono' }, `${entry.method} ${entry.path}${entry.query ? '?' + entry.query : ''}`),
  el('td', { className: statusClass(entry.status) }, entry.status === 0 ? 'no answer' : entry.status),
  el('td', {}, entry.operationId || '—'),
  el('td', {}, entry.durationMicros),
  el('td', { className: entry.violations.length ? 'violation' : '' }, entry.violations.length ? `${entry.violations.length} ✗` : '✓'))));
  const entry = entries.find((candidate) => candidate.sequence === selected);
  if (entry) {
    detail(entry);
  }
}

function detail(entry) {
  replace($('#journal-detail'),
    el('h3', {}, `#${entry.sequence} ${entry.method} ${entry.path}`),
    el('p', {}, 'Answer: ', el('strong', { className: statusClass(entry.status) },
      entry.status === 0 ? 'no response was sent (a fault dropped or reset it)' : entry.status),
    ` · ${entry.operationId || 'not an operation of the contract'} · ${entry.durationMicros} µs · ${entry.receivedAt}`),
    entry.query ? el('p', { className: 'mono' }, '?' + entry.query) : null,
    el('h4', {}, 'Headers (tokens redacted)'),
    el('pre', { className: 'headers' }, Object.entries(entry.headers)
      .map(([name, values]) => values.map((value) => `${name}: ${value}`).join('\n')).join('\n')),
    el('h4', {}, 'Body'),
    el('pre', {}, entry.body === null ? '(none)' : pretty(tryJson(entry.body))),
    el('h4', {}, 'Strict mode'),
    entry.violations.length
      ? el('ul', { className: 'violation' }, entry.violations.map((violation) => el('li', {}, `${violation.location}: ${violation.message}`)))
      : el('p', {}, 'The answer conformed to the contract.'));
}

function tryJson(text) {
  try {
    return JSON.parse(text);
  } catch (e) {
    return text;
  }
}
