import { admin } from './api.js';
import { $, el, pretty, replace, say } from './dom.js';

export async function showProviderStates() {
  const { states } = await admin('GET', '/provider-states');
  replace($('#provider-state-list'), states.map((state) => el('option', { value: state.state })));
  replace($('#provider-states'), states.map((state) => el('li', {},
    el('button', { onclick: () => { $('#provider-state').value = state.state; $('#provider-state').focus(); } }, 'use'),
    ' ', el('code', {}, state.state),
    state.params.length ? el('span', { className: 'hint' }, ` params: ${state.params.join(', ')}`) : null)));
}

export function wireProviderStates(afterChange) {
  $('#provider-state-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const result = $('#provider-state-result');
    try {
      const paramsText = $('#provider-state-params').value.trim();
      const body = { state: $('#provider-state').value, action: 'setup' };
      if (paramsText) {
        body.params = JSON.parse(paramsText);
      }
      const answer = await admin('POST', '/provider-states', body);
      result.textContent = pretty(answer);
      say(`provider state set up: ${answer.state}`);
      await afterChange();
    } catch (e) {
      result.textContent = e.message;
      say(e.message, true);
    }
  });
}
