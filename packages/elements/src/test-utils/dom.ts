// Small DOM helpers for element tests: wait for a condition, type like a user, press real keys.
import { sendKeys } from '@web/test-runner-commands';

/** Polls until `fn` returns (or resolves to) something truthy (default 5 s), then returns it. */
export async function waitFor<T>(
  fn: () => T | null | undefined | false | Promise<T | null | undefined | false>,
  timeoutMs = 5000,
  what = 'condition',
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`waitFor: ${what} not met in ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Sets an input's value and fires `input` (and `change`), as typing would. */
export function type(element: Element | null | undefined, text: string): void {
  const input = element as HTMLInputElement | HTMLTextAreaElement | null | undefined;
  if (!input) throw new Error('type: no input');
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Real key presses through the browser (Tab, Enter, Space, Escape, ArrowDown…). */
export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** Types text through the real keyboard into the focused element. */
export async function typeKeys(text: string): Promise<void> {
  await sendKeys({ type: text });
}

/** The element with a part name inside an element's shadow root (or its light DOM). */
export function byPart<T extends Element = HTMLElement>(host: Element, part: string): T | null {
  const root = host.shadowRoot ?? host;
  return root.querySelector<T>(`[part~="${part}"]`);
}

/** The deepest focused element, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Tabs until `match(el)` holds for the focused element (at most `max` presses). */
export async function tabTo(match: (el: Element) => boolean, max = 40): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await press('Tab');
    const active = deepActiveElement();
    if (active && match(active)) return active;
  }
  throw new Error('tabTo: never reached the element by keyboard');
}
