import { admin } from './api.js';
import { $, el, replace, say } from './dom.js';

const USER_COLUMNS = ['id', 'company', 'full_name', 'email', 'company_admin', 'permissions', 'activated'];

/** Renders whatever the state holds: known fields in place, every other field listed as it is. */
export function showState(state, refresh) {
  const users = new Map((state.users || []).map((user) => [user.id, user]));
  const name = (id) => (users.has(id) ? `${users.get(id).full_name} (${id})` : `user ${id}`);
  replace($('#groups'), (state.groups || []).map((group) => {
    const members = group.users || [];
    const candidates = [...users.values()].filter((user) => user.company === group.company && !members.includes(user.id));
    const select = el('select', { 'aria-label': `user to add to ${group.uid}` },
      candidates.map((user) => el('option', { value: user.id }, name(user.id))));
    const extra = Object.entries(group).filter(([key]) => !['uid', 'name', 'company', 'users', 'admins'].includes(key));
    return el('div', { className: 'card', 'data-group': group.uid },
      el('h4', {}, group.name || group.uid),
      el('div', { className: 'meta' }, `uid ${group.uid} · ${group.company}`,
        extra.map(([key, value]) => ` · ${key} ${typeof value === 'object' ? JSON.stringify(value) : value}`)),
      el('div', {}, el('strong', {}, `Members (${members.length}) `),
        members.map((id) => el('span', { className: 'chip', 'data-member': id }, name(id),
          el('button', { title: `remove ${name(id)} from ${group.uid}`, 'aria-label': `remove ${id} from ${group.uid}`,
            onclick: () => changeMember(`user ${id} is not a member of group ${group.uid}`, refresh) }, '×')))),
      el('div', { className: 'toolbar' }, select,
        el('button', { disabled: candidates.length === 0, onclick: () =>
          changeMember(`user ${select.value} is a member of group ${group.uid}`, refresh) }, 'Add member')),
      el('div', { className: 'role' }, el('strong', {}, `Admins (${(group.admins || []).length}) `),
        (group.admins || []).map((id) => el('span', { className: 'chip', 'data-admin': id }, name(id)))));
  }));
  replace($('#companies'), table(state.companies || [], null));
  replace($('#users'), table(state.users || [], USER_COLUMNS));
}

/** A table of records; columns given first, any other field in a last column. */
function table(rows, columns) {
  const keys = columns || [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const rest = (row) => Object.entries(row).filter(([key]) => !keys.includes(key));
  return el('table', {},
    el('thead', {}, el('tr', {}, keys.map((key) => el('th', {}, key)), columns ? el('th', {}, 'other fields') : null)),
    el('tbody', {}, rows.map((row) => el('tr', {},
      keys.map((key) => el('td', {}, cell(row[key]))),
      columns ? el('td', { className: 'mono' }, rest(row).map(([key, value]) => `${key}: ${cell(value)}`).join(', ')) : null))));
}

function cell(value) {
  return value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Membership changes go through the shared provider-state sentences. */
async function changeMember(sentence, refresh) {
  try {
    await admin('POST', '/provider-states', { state: sentence, action: 'setup' });
    say(sentence);
  } catch (e) {
    say(e.message, true);
  }
  await refresh();
}

export async function downloadState() {
  const state = await admin('GET', '/state');
  const link = el('a', {
    href: URL.createObjectURL(new Blob([JSON.stringify(state, null, 2)], { type: 'application/json' })),
    download: 'kaiten-mock-state.json',
  });
  link.click();
  URL.revokeObjectURL(link.href);
}

export async function uploadFixture(file) {
  const answer = await admin('PUT', '/state', await file.text());
  return answer.message;
}
