import type { TemplateResult } from 'lit';
import type { StrResult } from '@lit/localize';

/** One area's French messages, keyed by msg() id. Use str`…${0}…` for messages with values. */
export type Templates = Record<string, string | StrResult | TemplateResult>;
