import { unsafeCSS, type CSSResult } from 'lit';

/**
 * The public design tokens. Set any `--introserv-<name>` on a page, a provider or an element to restyle
 * everything below it. Values: [light, dark]. Components read them through private `--_<name>` variables.
 */
export const tokens = {
  'font-family': [
    'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
    'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  ],
  'font-size': ['1rem', '1rem'],
  'line-height': ['1.5', '1.5'],
  'color-text': ['#1b1f24', '#e8eaed'],
  'color-text-muted': ['#57606a', '#a8b0ba'],
  'color-surface': ['#ffffff', '#16181c'],
  'color-surface-raised': ['#f6f8fa', '#22262c'],
  'color-border': ['#8c959f', '#6e7681'],
  'color-primary': ['#0b57d0', '#8ab4f8'],
  'color-on-primary': ['#ffffff', '#0b1d3a'],
  'color-danger': ['#b3261e', '#f2b8b5'],
  'color-danger-surface': ['#fdecea', '#3b1715'],
  'color-warning': ['#7a4d00', '#f6c26b'],
  'color-warning-surface': ['#fff4e0', '#3a2a0d'],
  'color-success': ['#146c2e', '#7dd99b'],
  'color-success-surface': ['#e6f4ea', '#10311c'],
  'color-info-surface': ['#e8f0fe', '#172a45'],
  'color-focus': ['#0b57d0', '#8ab4f8'],
  radius: ['6px', '6px'],
  space: ['1rem', '1rem'],
  'control-height': ['2.5rem', '2.5rem'],
  shadow: ['0 8px 28px rgb(0 0 0 / 0.18)', '0 8px 28px rgb(0 0 0 / 0.6)'],
} as const satisfies Record<string, readonly [string, string]>;

export type TokenName = keyof typeof tokens;

const declarations = (pick: 0 | 1, prefix: string, wrap: (name: string, value: string) => string) =>
  (Object.entries(tokens) as Array<[string, readonly [string, string]]>)
    .map(([name, values]) => `${prefix}${name}: ${wrap(name, values[pick])};`)
    .join('');

/** `--introserv-*: <light value>` declarations, for a provider or a page stylesheet. */
export const lightTokens: CSSResult = unsafeCSS(declarations(0, '--introserv-', (_n, v) => v));
/** `--introserv-*: <dark value>` declarations. */
export const darkTokens: CSSResult = unsafeCSS(declarations(1, '--introserv-', (_n, v) => v));

/** Private `--_*` variables reading the public tokens, with the light values as fallbacks. */
export const privateLight: CSSResult = unsafeCSS(
  declarations(0, '--_', (n, v) => `var(--introserv-${n}, ${v})`),
);
/** Same, with dark fallbacks (used with `theme="dark"` or a dark system preference). */
export const privateDark: CSSResult = unsafeCSS(
  declarations(1, '--_', (n, v) => `var(--introserv-${n}, ${v})`),
);

/** A whole page stylesheet (`dist/themes/<theme>.css`) for hosts that theme at the document level. */
export function themeStylesheet(theme: 'light' | 'dark'): string {
  return `:root, introserv-provider {${declarations(theme === 'light' ? 0 : 1, '--introserv-', (_n, v) => v)}}\n`;
}
