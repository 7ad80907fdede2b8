import { css } from 'lit';

export default css`
  :host {
    --_tab-accent: var(--introserv-account-tab-accent, var(--_color-primary));
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    border-bottom: 1px solid var(--_color-border);
    margin-bottom: var(--_space);
  }
  .tab {
    font: inherit;
    color: var(--_color-text);
    background: none;
    border: none;
    border-bottom: 3px solid transparent;
    padding: 0.5rem 0.9rem;
    min-height: var(--_control-height);
    cursor: pointer;
  }
  .tab[aria-selected='true'] {
    border-bottom-color: var(--_tab-accent);
    font-weight: 600;
  }
  .panel[hidden] {
    display: none;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    justify-content: space-between;
    margin-bottom: var(--_space);
  }
  .toolbar h2 {
    margin: 0;
  }
  .toolbar h2:focus {
    outline: none;
  }
`;
