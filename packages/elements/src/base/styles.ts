import { css } from 'lit';
import { privateDark, privateLight } from '../themes/tokens.js';

/**
 * Shared styles of every element: private variables from the tokens, the state views, fields, buttons,
 * notices and the dialog. Minimal on purpose (white-label): override through tokens and parts.
 */
export const baseStyles = css`
  :host {
    ${privateLight}
    display: block;
    box-sizing: border-box;
    min-width: 0;
    color: var(--_color-text);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
  }
  :host([theme='dark']) {
    ${privateDark}
    background: var(--_color-surface);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${privateDark}
    }
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  h2,
  h3 {
    margin: 0 0 calc(var(--_space) * 0.75);
    line-height: 1.25;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1.05em;
  }
  p {
    margin: 0 0 calc(var(--_space) * 0.5);
  }
  .muted {
    color: var(--_color-text-muted);
  }
  .stack {
    display: grid;
    gap: var(--_space);
  }
  .grid {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
  }
  .wide {
    grid-column: 1 / -1;
  }
  fieldset {
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin: 0;
    min-width: 0;
  }
  legend {
    font-weight: 600;
    padding: 0 0.25em;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    min-width: 0;
  }
  .field label {
    font-weight: 600;
  }
  .required {
    color: var(--_color-danger);
    margin-inline-start: 0.2em;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    min-height: var(--_control-height);
    padding: 0.4rem 0.6rem;
    width: 100%;
    min-width: 0;
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: 1.1rem;
    min-height: 1.1rem;
    height: 1.1rem;
    margin: 0;
    accent-color: var(--_color-primary);
  }
  input[readonly] {
    background: var(--_color-surface-raised);
  }
  [aria-invalid='true'] {
    border-color: var(--_color-danger);
    border-width: 2px;
  }
  .hint {
    color: var(--_color-text-muted);
    font-size: 0.875em;
  }
  .field-error {
    color: var(--_color-danger);
    font-size: 0.875em;
    font-weight: 600;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  :focus-visible {
    outline: 3px solid var(--_color-focus);
    outline-offset: 2px;
  }
  .button,
  .icon-button {
    font: inherit;
    cursor: pointer;
    min-height: var(--_control-height);
    border-radius: var(--_radius);
    border: 1px solid var(--_color-border);
    background: var(--_color-surface-raised);
    color: var(--_color-text);
    padding: 0.4rem 1rem;
  }
  .button.primary {
    background: var(--_color-primary);
    border-color: var(--_color-primary);
    color: var(--_color-on-primary);
    font-weight: 600;
  }
  .button.danger {
    color: var(--_color-danger);
    border-color: var(--_color-danger);
  }
  .button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .link {
    font: inherit;
    background: none;
    border: none;
    padding: 0;
    color: var(--_color-primary);
    text-decoration: underline;
    cursor: pointer;
  }
  .icon-button {
    padding: 0 0.6rem;
    min-width: var(--_control-height);
    font-size: 1.25em;
    line-height: 1;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .notice,
  .state {
    border-radius: var(--_radius);
    padding: calc(var(--_space) * 0.75);
    border: 1px solid var(--_color-border);
    background: var(--_color-surface-raised);
  }
  .notice.info {
    background: var(--_color-info-surface);
  }
  .notice.success {
    background: var(--_color-success-surface);
    border-color: var(--_color-success);
  }
  .notice.warning {
    background: var(--_color-warning-surface);
    border-color: var(--_color-warning);
  }
  .notice.danger,
  .state.error {
    background: var(--_color-danger-surface);
    border-color: var(--_color-danger);
  }
  .notice > :last-child,
  .state > :last-child {
    margin-bottom: 0;
  }
  .badge {
    display: inline-block;
    border-radius: 999px;
    padding: 0 0.6em;
    font-size: 0.8em;
    font-weight: 600;
    border: 1px solid currentColor;
  }
  .badge.success {
    color: var(--_color-success);
  }
  .badge.warning {
    color: var(--_color-warning);
  }
  .skeleton {
    display: grid;
    gap: 0.6rem;
  }
  .skeleton-line {
    display: block;
    height: 1rem;
    border-radius: var(--_radius);
    background: var(--_color-surface-raised);
    animation: pulse 1.2s ease-in-out infinite;
  }
  .skeleton-line:nth-child(3n) {
    width: 60%;
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton-line {
      animation: none;
    }
  }
  .saving {
    color: var(--_color-text-muted);
  }
  .conflict-table {
    border-collapse: collapse;
    width: 100%;
    margin: 0.5rem 0;
    overflow-wrap: anywhere;
  }
  .conflict-table th,
  .conflict-table td {
    text-align: start;
    padding: 0.25rem 0.5rem;
    border-bottom: 1px solid var(--_color-border);
  }
  .dialog {
    color: var(--_color-text);
    background: var(--_color-surface);
    border: 1px solid var(--_color-border);
    border-radius: var(--_radius);
    box-shadow: var(--_shadow);
    padding: 0;
    width: min(32rem, calc(100vw - 1rem));
    max-height: calc(100dvh - 1rem);
  }
  .dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  .dialog-header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-bottom: 1px solid var(--_color-border);
  }
  .dialog-header h2 {
    margin: 0;
  }
  .dialog-body {
    padding: var(--_space);
    display: grid;
    gap: var(--_space);
  }
  .dialog-footer {
    padding: calc(var(--_space) * 0.75) var(--_space);
    border-top: 1px solid var(--_color-border);
    justify-content: flex-end;
  }
`;
