// Small helpers to build the page without a framework; text is always set as text, never as HTML.
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (name.startsWith('on')) {
      node.addEventListener(name.slice(2), value);
    } else if (name === 'className') {
      node.className = value;
    } else {
      node.setAttribute(name, value === true ? '' : value);
    }
  }
  for (const child of children.flat()) {
    if (child !== undefined && child !== null && child !== false) {
      node.append(child instanceof Node ? child : String(child));
    }
  }
  return node;
}

export function replace(node, ...children) {
  node.replaceChildren(...children.flat().filter((child) => child !== undefined && child !== null));
}

export const $ = (selector) => document.querySelector(selector);

export function pairs(node, entries) {
  replace(node, entries.flatMap(([name, value]) => [el('dt', {}, name), el('dd', {}, value)]));
}

export function pretty(value) {
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

/** Shows a line in the message area; errors stay until clicked, the rest fade. */
export function say(text, isError = false) {
  const message = el('div', { className: 'message' + (isError ? ' error' : ''), onclick: () => message.remove() }, text);
  $('#messages').append(message);
  if (!isError) {
    setTimeout(() => message.remove(), 4000);
  }
}

export function statusClass(status) {
  return 'status-' + Math.floor(status / 100);
}
