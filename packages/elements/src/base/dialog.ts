import { html, nothing, type TemplateResult } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';
import { msg } from '@lit/localize';

/**
 * Keeps a native <dialog> modal in step with a boolean: `<dialog ${modal(this.open)}>`. The native modal
 * dialog gives the focus trap, Escape, inert background and top layer without any script of ours.
 */
class ModalDirective extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('modal() goes on a <dialog> element');
  }
  render(_open: boolean) {
    return nothing;
  }
  override update(part: ElementPart, [open]: [boolean]) {
    const dialog = part.element as HTMLDialogElement;
    // The template may not be in the document yet on the first render: sync after the commit.
    queueMicrotask(() => {
      if (open && !dialog.open && dialog.isConnected) dialog.showModal();
      else if (!open && dialog.open) dialog.close();
    });
    return nothing;
  }
}
export const modal = directive(ModalDirective);

export interface DialogOptions {
  open: boolean;
  /** The accessible name, shown as the heading. */
  label: string;
  /** Called when the user closes (Escape, the close button); set `open` false in response. */
  onClose: () => void;
  body: unknown;
  footer?: unknown;
  /** Extra part names, e.g. `step-up-dialog`. */
  part?: string;
}

/**
 * The dialog every element uses: a native modal <dialog> with a heading, a close button, a body and a
 * footer. Parts: dialog, dialog-header, dialog-title, dialog-close, dialog-body, dialog-footer.
 */
export function dialogView(o: DialogOptions): TemplateResult {
  const titleId = `dialog-title-${o.part ?? 'main'}`;
  return html`<dialog
    ${modal(o.open)}
    part="dialog ${o.part ?? ''}"
    class="dialog"
    aria-labelledby=${titleId}
    @cancel=${(e: Event) => {
      e.preventDefault();
      o.onClose();
    }}
  >
    <div part="dialog-header" class="dialog-header">
      <h2 part="dialog-title" id=${titleId}>${o.label}</h2>
      <button
        part="dialog-close"
        class="icon-button"
        type="button"
        aria-label=${msg('Close', { id: 'common.close' })}
        @click=${o.onClose}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
    <div part="dialog-body" class="dialog-body">${o.body}</div>
    ${o.footer ? html`<div part="dialog-footer" class="dialog-footer actions">${o.footer}</div>` : nothing}
  </dialog>`;
}
