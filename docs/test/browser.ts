// Debian's Chromium driven by playwright-core, with the flags this machine needs, plus the page checks every
// site test shares: console errors, accessibility (axe-core), text rendered inside shadow roots.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    timeout: 30_000,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Collects console errors and uncaught exceptions of a page. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`exception: ${error.message}`));
  return errors;
}

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

/** Runs axe-core (WCAG 2 A/AA rules) over the page, shadow roots included. */
export async function axeViolations(page: Page, exclude: string[][] = []): Promise<AxeViolation[]> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol, which the page's CSP does not govern (no <script> is added).
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(axeSource);
  return page.evaluate(async (excluded) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, options: unknown) => Promise<any> } }).axe;
    const context = excluded.length ? { exclude: excluded.map((path) => [path]) } : document;
    const result = await axe.run(context, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v: any) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n: any) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`),
    }));
  }, exclude);
}

// Browser-side source kept as a string: tsx's transform would add helpers (`__name`) a page does not have.
const DEEP_TEXT = `(selector) => {
  const collect = (node) => {
    if (node.nodeType === Node.TEXT_NODE) return node.textContent || '';
    if (node instanceof HTMLInputElement || node instanceof HTMLTextAreaElement || node instanceof HTMLSelectElement) {
      return ' ' + (node.type === 'password' ? '' : node.value || '') + ' ';
    }
    if (!(node instanceof Element) && !(node instanceof DocumentFragment)) return '';
    if (node instanceof Element && ['STYLE', 'SCRIPT', 'TEMPLATE'].includes(node.tagName)) return '';
    let text = '';
    if (node instanceof Element && node.shadowRoot) text += collect(node.shadowRoot);
    for (const child of node.childNodes) text += ' ' + collect(child);
    return text;
  };
  const target = document.querySelector(selector);
  return target ? collect(target).replace(/\\s+/g, ' ').trim() : '';
}`;

/** The text a reader sees in an element, through every open shadow root (styles and scripts left out). */
export function deepText(page: Page, selector: string): Promise<string> {
  return page.evaluate(`(${DEEP_TEXT})(${JSON.stringify(selector)})`) as Promise<string>;
}
