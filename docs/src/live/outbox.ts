// The sandbox outbox beside examples that send codes: every email, SMS and call, newest first, so a reader
// can type the code the real system would have sent. Built with DOM calls only (no HTML strings).
import type { DemoBackend, OutboxMessage } from './backend.js';

const LIMIT = 8;

function describe(message: OutboxMessage): { heading: string; body: string; code: string } {
  const kind = String(message.kind ?? 'message').toUpperCase();
  const to = message.to ? ` to ${message.to}` : '';
  const via = message.gateway ? ` (${message.gateway} gateway)` : '';
  const caller = message.callerNumber ? ` from ${message.callerNumber}` : '';
  const heading = `${kind}${to}${caller}${via}`;
  const body = [message.subject, message.text].filter(Boolean).join(' — ');
  return { heading, body, code: typeof message.code === 'string' ? message.code : '' };
}

function renderInto(list: HTMLOListElement, messages: OutboxMessage[]): void {
  const items = messages.slice(0, LIMIT).map((message) => {
    const { heading, body, code } = describe(message);
    const item = document.createElement('li');
    item.className = 'outbox-item';
    const title = document.createElement('p');
    title.className = 'outbox-item-heading';
    title.textContent = heading;
    item.append(title);
    if (code) {
      const codeLine = document.createElement('p');
      codeLine.className = 'outbox-code';
      codeLine.append('Code: ');
      const value = document.createElement('code');
      value.textContent = code;
      codeLine.append(value);
      item.append(codeLine);
    }
    if (body) {
      const text = document.createElement('p');
      text.className = 'outbox-item-text';
      text.textContent = body;
      item.append(text);
    }
    if (message.createdAt) {
      const time = document.createElement('time');
      time.dateTime = message.createdAt;
      time.textContent = new Date(message.createdAt).toLocaleString('en');
      item.append(time);
    }
    return item;
  });
  if (items.length === 0) {
    const empty = document.createElement('li');
    empty.className = 'outbox-empty';
    empty.textContent = 'Nothing sent yet.';
    items.push(empty);
  }
  list.replaceChildren(...items);
}

/** Keeps every outbox panel of the page up to date; returns a function that refreshes them now. */
export function watchOutboxes(backend: DemoBackend, root: ParentNode = document): () => Promise<void> {
  const panels = [...root.querySelectorAll<HTMLElement>('[data-outbox]')];
  if (panels.length === 0) return async () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const refresh = async () => {
    try {
      const messages = await backend.outbox();
      for (const panel of panels) {
        const list = panel.querySelector<HTMLOListElement>('[data-outbox-list]');
        if (list) renderInto(list, messages);
      }
    } catch (error) {
      console.warn('The sandbox outbox could not be read:', error);
    }
  };
  backend.onChange(() => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), 150);
  });
  for (const panel of panels) {
    panel.querySelector('[data-outbox-refresh]')?.addEventListener('click', () => void refresh());
  }
  void refresh();
  return refresh;
}
