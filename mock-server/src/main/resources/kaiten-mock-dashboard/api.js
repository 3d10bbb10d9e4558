// Calls to the admin API. The admin token, when the mock needs one, lives in this tab's
// sessionStorage and travels only in the Authorization header, never in a URL.
const TOKEN_KEY = 'kaiten-mock-admin-token';
const ADMIN = '/__admin';

export class AdminError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

let onTokenNeeded = () => {};

export function whenTokenNeeded(handler) {
  onTokenNeeded = handler;
}

export function setToken(token) {
  sessionStorage.setItem(TOKEN_KEY, token);
}

export function authHeaders() {
  const token = sessionStorage.getItem(TOKEN_KEY);
  return token ? { Authorization: 'Bearer ' + token } : {};
}

/** One admin call; resolves to the parsed JSON answer, rejects with the server's message. */
export async function admin(method, path, body) {
  const headers = { Accept: 'application/json', ...authHeaders() };
  const init = { method, headers };
  if (method !== 'GET') {
    headers['Content-Type'] = 'application/json'; // the admin API accepts writes only as JSON
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
    }
  }
  const response = await fetch(ADMIN + path, init);
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch (e) {
    json = null;
  }
  if (response.status === 401) {
    sessionStorage.removeItem(TOKEN_KEY);
    onTokenNeeded(json && json.message);
  }
  if (!response.ok) {
    const message = json && json.message ? json.message : text || response.statusText;
    throw new AdminError(response.status, `${method} ${ADMIN}${path}: ${response.status} ${message}`);
  }
  return json;
}

/**
 * The journal's server-sent events, read with fetch so that the token can go in a header.
 * Calls onEvent(name, data) per event, onOpen/onClose as the stream comes and goes; reconnects.
 */
export function streamJournal({ onEvent, onOpen, onClose }) {
  let stopped = false;
  let controller = null;
  async function connect() {
    controller = new AbortController();
    try {
      const response = await fetch(ADMIN + '/requests/stream', { headers: authHeaders(), signal: controller.signal });
      if (!response.ok) {
        if (response.status === 401) {
          onTokenNeeded();
        }
        throw new AdminError(response.status, 'journal stream: ' + response.status);
      }
      onOpen();
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) {
          break;
        }
        buffer += value;
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          dispatch(buffer.slice(0, end), onEvent);
          buffer = buffer.slice(end + 2);
        }
      }
    } catch (e) {
      // a dropped stream is retried below
    }
    onClose();
    if (!stopped) {
      setTimeout(connect, 1000);
    }
  }
  connect();
  return {
    restart() {
      if (controller) {
        controller.abort();
      }
    },
  };
}

function dispatch(block, onEvent) {
  let name = 'message';
  const data = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('event:')) {
      name = line.slice(6).trim();
    } else if (line.startsWith('data:')) {
      data.push(line.slice(5).trimStart());
    }
  }
  if (data.length) {
    onEvent(name, JSON.parse(data.join('\n')));
  }
}
