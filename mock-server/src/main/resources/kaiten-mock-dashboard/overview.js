import { admin } from './api.js';
import { $, el, pairs, replace } from './dom.js';

export async function showOverview(info, state) {
  const origin = location.origin;
  pairs($('#urls'), [
    ['API', el('code', {}, origin + info.basePath)],
    ['Admin API', el('code', {}, origin + '/__admin')],
    ['Dashboard', el('code', {}, origin + '/__admin/ui')],
    ['Contract docs', el('a', { href: '/__admin/docs', target: '_blank', rel: 'noopener' }, origin + '/__admin/docs')],
    ['Admin token', info.adminTokenRequired ? 'required (kept in this tab only)' : 'not required'],
  ]);
  pairs($('#options'), Object.entries(info.options).map(([name, value]) => [name, String(value)]));
  replace($('#tokens tbody'), Object.entries(state.tokens || {}).map(([token, userId]) => {
    const user = (state.users || []).find((candidate) => candidate.id === userId);
    return el('tr', {},
      el('td', {}, el('code', {}, token)),
      el('td', {}, user ? `user ${user.id} ${user.full_name || ''} (${user.company})` : `user ${userId} (not in the state)`),
      el('td', {}, user ? rights(user, state) : 'nothing: 401'));
  }), el('tr', {}, el('td', {}, 'any other, or none'), el('td', {}), el('td', {}, '401 Invalid token')));
}

/** What a token's user may do, in words, from the same facts the emulator decides by. */
export function rights(user, state) {
  const company = (state.companies || []).find((candidate) => candidate.domain === user.company);
  const groups = state.groups || [];
  const facts = [];
  if (company && company.tariff && company.tariff.groups === false) {
    facts.push(`${user.company}'s tariff lacks groups: 402 on changes`);
  }
  if (user.activated === false) {
    facts.push('deactivated');
  }
  if (user.company_admin) {
    facts.push(`company admin of ${user.company}: manages its groups`);
  } else if ((user.permissions || 0) & 1) {
    facts.push('permission bit 1 (Members): manages the company\'s groups');
  } else {
    const granting = groups.filter((group) => (group.permissions || 0) & 1 && (group.users || []).includes(user.id));
    if (granting.length) {
      facts.push(`permission bit 1 through ${granting.map((group) => group.uid).join(', ')}`);
    }
    const adminOf = groups.filter((group) => (group.admins || []).includes(user.id));
    if (adminOf.length) {
      facts.push(`admin of ${adminOf.map((group) => group.uid).join(', ')} only`);
    }
    if (!granting.length && !adminOf.length) {
      facts.push(`no rights over ${user.company}'s groups: 403`);
    }
  }
  const others = groups.filter((group) => group.company !== user.company).map((group) => group.uid);
  if (others.length) {
    facts.push(`other companies' groups (${others.join(', ')}): 404`);
  }
  return facts.join('; ');
}

export async function resetMock() {
  const answer = await admin('POST', '/reset');
  return answer.message;
}
