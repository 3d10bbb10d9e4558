import { AdminError, admin, setToken, whenTokenNeeded } from './api.js';
import { $, say } from './dom.js';
import { resetMock, showOverview } from './overview.js';
import { downloadState, showState, uploadFixture } from './state.js';
import { knowOperations, startJournal } from './journal.js';
import { showFaults, wireFaults } from './faults.js';
import { showProviderStates, wireProviderStates } from './providers.js';
import { showMatrix } from './matrix.js';
import { showDrift, wireDrift } from './drift.js';

let info = null;
let current = 'overview';
let stream = null;

const views = {
  overview: refreshState,
  state: refreshState,
  journal: async () => {},
  faults: showFaults,
  'provider-states': showProviderStates,
  operations: () => showMatrix(refreshState),
  drift: showDrift,
};

async function refreshState() {
  const state = await admin('GET', '/state');
  showOverview(info, state);
  showState(state, refreshState);
}

function show(view) {
  current = view;
  document.querySelectorAll('#tabs button').forEach((button) => button.classList.toggle('active', button.dataset.view === view));
  document.querySelectorAll('.view').forEach((section) => { section.hidden = section.id !== 'view-' + view; });
  views[view]().catch(report);
}

function report(error) {
  if (!(error instanceof AdminError && error.status === 401)) {
    say(error.message, true);
  }
}

function askForToken(reason) {
  const form = $('#token-form');
  if (reason) {
    $('#token-reason').textContent = reason + '. It is kept in this tab\'s session storage only.';
  }
  form.hidden = false;
  $('#token-input').focus();
}

async function boot() {
  try {
    info = await admin('GET', '/overview');
  } catch (error) {
    report(error);
    return;
  }
  $('#token-form').hidden = true;
  $('#drift-tab').hidden = !info.proxying;
  const operations = await showMatrix(refreshState).catch((error) => { report(error); return []; });
  const ids = operations.map((operation) => operation.operationId);
  knowOperations(ids);
  if (!wired) {
    wireOnce(ids);
  }
  if (stream) {
    stream.restart();
  } else {
    stream = startJournal();
  }
  show(current);
}

let wired = false;
function wireOnce(operationIds) {
  wired = true;
  wireFaults(operationIds);
  wireProviderStates(refreshState);
  wireDrift();
}

whenTokenNeeded(askForToken);
document.querySelectorAll('#tabs button').forEach((button) => button.addEventListener('click', () => show(button.dataset.view)));
$('#token-form').addEventListener('submit', (event) => {
  event.preventDefault();
  setToken($('#token-input').value);
  $('#token-input').value = '';
  boot();
});
$('#reset').addEventListener('click', async () => {
  try {
    say(await resetMock());
    await refreshState();
  } catch (error) {
    report(error);
  }
});
$('#state-refresh').addEventListener('click', () => refreshState().catch(report));
$('#state-download').addEventListener('click', () => downloadState().catch(report));
$('#state-upload').addEventListener('change', async (event) => {
  const file = event.target.files[0];
  event.target.value = '';
  if (file) {
    try {
      say(await uploadFixture(file));
      await refreshState();
    } catch (error) {
      report(error);
    }
  }
});
boot();
