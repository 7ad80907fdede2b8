import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { msg, str } from '@lit/localize';
import type { FieldProblem } from './errors.js';
import { atPointer } from './states.js';

/** Field errors by JSON pointer (`/lastName`, `/company/name`), already translated. */
export type FieldErrors = Record<string, string>;

/** A translated message for a field error code; the server's English message is the last resort. */
export function fieldMessage(problem: Pick<FieldProblem, 'code' | 'message'>): string {
  switch (problem.code) {
    case 'required':
      return msg('This field is required.', { id: 'common.field.required' });
    case 'invalid_type':
      return msg('This value has the wrong type.', { id: 'common.field.invalidType' });
    case 'invalid_format':
      return msg('This format is not valid.', { id: 'common.field.invalidFormat' });
    case 'too_short':
      return msg('This is too short.', { id: 'common.field.tooShort' });
    case 'too_long':
      return msg('This is too long.', { id: 'common.field.tooLong' });
    case 'out_of_range':
      return msg('This value is out of range.', { id: 'common.field.outOfRange' });
    case 'not_allowed':
      return msg('This value is not allowed.', { id: 'common.field.notAllowed' });
    case 'unknown_field':
      return msg('This field is not accepted.', { id: 'common.field.unknown' });
    default:
      return problem.message;
  }
}

/**
 * Turns client-side validate() errors or a 422's `errors` into translated messages by pointer. Given the
 * body that was checked, an empty string reported `too_short` reads as "required", as a person means it.
 */
export function toFieldErrors(problems: FieldProblem[], body?: unknown): FieldErrors {
  const out: FieldErrors = {};
  for (const p of problems) {
    const empty = p.code === 'too_short' && body !== undefined && atPointer(body, p.pointer) === '';
    out[p.pointer] ??= fieldMessage(empty ? { code: 'required', message: p.message } : p);
  }
  return out;
}

/** Same, with a message for the length bounds when the caller knows them. */
export function lengthMessage(max: number): string {
  return msg(str`At most ${max} characters.`, { id: 'common.field.maxLength' });
}

export interface TextFieldOptions {
  /** Unique within the render root; also the name unless `name` is given. */
  id: string;
  label: string | TemplateResult;
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  hint?: string | TemplateResult | undefined;
  required?: boolean;
  type?: 'text' | 'email' | 'tel' | 'password' | 'url' | 'search';
  name?: string;
  autocomplete?: string;
  inputmode?: 'text' | 'decimal' | 'numeric' | 'tel' | 'email';
  maxlength?: number;
  pattern?: string;
  readonly?: boolean;
  disabled?: boolean;
  multiline?: boolean;
  /** Extra class on the wrapper, e.g. `wide`. */
  className?: string;
}

/**
 * A labelled input with its hint and error, wired for assistive tech (aria-invalid, aria-describedby) and
 * styled by base/styles.ts. Parts: field, label, input, hint, field-error.
 */
export function textField(o: TextFieldOptions): TemplateResult {
  const describedBy = [o.hint ? `${o.id}-hint` : '', o.error ? `${o.id}-error` : '']
    .filter(Boolean)
    .join(' ');
  const onInput = (e: Event) => o.onInput((e.target as HTMLInputElement | HTMLTextAreaElement).value);
  const control = o.multiline
    ? html`<textarea
        part="input textarea"
        id=${o.id}
        name=${o.name ?? o.id}
        rows="6"
        .value=${live(o.value)}
        ?required=${o.required}
        ?readonly=${o.readonly}
        ?disabled=${o.disabled}
        maxlength=${ifDefined(o.maxlength)}
        aria-invalid=${o.error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy || undefined)}
        @input=${onInput}
      ></textarea>`
    : html`<input
        part="input"
        id=${o.id}
        name=${o.name ?? o.id}
        type=${o.type ?? 'text'}
        .value=${live(o.value)}
        autocomplete=${ifDefined(o.autocomplete)}
        inputmode=${ifDefined(o.inputmode)}
        maxlength=${ifDefined(o.maxlength)}
        pattern=${ifDefined(o.pattern)}
        ?required=${o.required}
        ?readonly=${o.readonly}
        ?disabled=${o.disabled}
        aria-invalid=${o.error ? 'true' : 'false'}
        aria-describedby=${ifDefined(describedBy || undefined)}
        @input=${onInput}
      />`;
  return html`<div part="field" class="field ${o.className ?? ''}" data-field=${o.id}>
    <label part="label" for=${o.id}
      >${o.label}${o.required ? html`<span class="required" aria-hidden="true">*</span>` : nothing}</label
    >
    ${control} ${o.hint ? html`<div part="hint" class="hint" id="${o.id}-hint">${o.hint}</div>` : nothing}
    ${o.error ? html`<div part="field-error" class="field-error" id="${o.id}-error">${o.error}</div>` : nothing}
  </div>`;
}

/** Moves focus to the first invalid control after a failed submit, so keyboard users land on it. */
export async function focusFirstInvalid(root: ParentNode, updateComplete: Promise<unknown>): Promise<void> {
  await updateComplete;
  root.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
}
