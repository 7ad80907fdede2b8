import type { CSSResult } from 'lit';
import { IntroservElement } from './introserv-element.js';
import { baseStyles } from './styles.js';

const sheets = new Map<string, CSSStyleSheet>();

/**
 * Turns shadow-DOM styles (`:host`, plain selectors) into a stylesheet nested under the tag name, for
 * elements that render into their light DOM.
 */
export function scopedSheet(tag: string, styles: CSSResult[]): CSSStyleSheet {
  let sheet = sheets.get(tag);
  if (sheet) return sheet;
  const text = styles
    .map((s) => s.cssText)
    .join('\n')
    .replace(/:host\(([^)]*\))\)/g, '&$1')
    .replace(/:host\(([^)]*)\)/g, '&$1')
    .replace(/:host/g, '&')
    // @keyframes may not nest inside a style rule; light-DOM elements do not animate.
    .replace(/@keyframes[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/g, '');
  sheet = new CSSStyleSheet();
  sheet.replaceSync(`${tag} { ${text} }`);
  sheets.set(tag, sheet);
  return sheet;
}

/**
 * Base for elements whose inputs must stay visible to password managers and one-time-code autofill
 * (login, step-up, verification): they render into their light DOM, and their styles — scoped under
 * their tag name — are adopted by the document or the shadow root that contains them (no <style> tags,
 * so the strict CSP holds).
 */
export class IntroservLightElement extends IntroservElement {
  /** Styles of the element, written as for a shadow root. */
  static lightStyles: CSSResult[] = [];

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const ctor = this.constructor as typeof IntroservLightElement;
    const sheet = scopedSheet(this.localName, [baseStyles, ...ctor.lightStyles]);
    const root = this.getRootNode() as Document | ShadowRoot;
    if ('adoptedStyleSheets' in root && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  }
}
