import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { errorCode } from '../../base/errors.js';
import type { Quote } from './types.js';

/** A fresh random key for one logical write. */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

/** The fresh quote a 409 `quote_stale` carries, if any. */
export function staleQuote(error: unknown): Quote | undefined {
  const e = error as { quote?: Quote; problem?: { quote?: Quote } } | null;
  return e?.quote ?? e?.problem?.quote;
}

export interface QuoteFlowOptions<R> {
  /** Asks the server for a quote (the dialog's current choices). */
  quote(signal: AbortSignal): Promise<Quote>;
  /** Executes the quote; `idempotencyKey` is the same for every attempt at the same quote in this dialog. */
  execute(quoteId: string, idempotencyKey: string): Promise<R>;
}

/**
 * Quote → confirm → result for one money-moving dialog.
 *
 * Idempotency: `open()` draws a key that lives as long as the dialog; each quote executes under
 * `<dialog key>.<quote id>`, so a double click, a retry after a lost response or a second confirm of the same
 * quote replays the first result instead of charging twice, while a new quote (which is another body) gets
 * its own key. A second confirm while one is in flight is ignored synchronously, before any re-render.
 * `quote_expired` asks for a new quote, `quote_stale` takes the fresh one the server sent; both set `notice`
 * so the dialog says why the figures changed, and wait for a new confirm.
 */
export class QuoteFlow<R> implements ReactiveController {
  quote: Quote | null = null;
  quoting = false;
  executing = false;
  /** Why the quote shown was replaced: the previous one expired, or prices/balance changed. */
  notice: 'expired' | 'stale' | null = null;
  error: unknown = null;
  result: R | null = null;

  private dialogKey = newIdempotencyKey();
  private quoteController: AbortController | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: QuoteFlowOptions<R>,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.quoteController?.abort();
  }

  /** A new dialog session: new key, nothing quoted yet. */
  open(): void {
    this.quoteController?.abort();
    this.dialogKey = newIdempotencyKey();
    this.quote = null;
    this.quoting = false;
    this.executing = false;
    this.notice = null;
    this.error = null;
    this.result = null;
    this.host.requestUpdate();
  }

  /** The key the quote `quoteId` executes under in this dialog session. */
  keyFor(quoteId: string): string {
    return `${this.dialogKey}.${quoteId}`;
  }

  /** Asks for a (new) quote for the dialog's current choices; a previous quote request is abandoned. */
  async requote(notice: 'expired' | 'stale' | null = null): Promise<void> {
    this.quoteController?.abort();
    const controller = new AbortController();
    this.quoteController = controller;
    this.quoting = true;
    this.quote = null;
    this.error = null;
    this.notice = notice;
    this.host.requestUpdate();
    try {
      const quote = await this.options.quote(controller.signal);
      if (controller !== this.quoteController) return;
      this.quote = quote;
    } catch (error) {
      if (controller !== this.quoteController || controller.signal.aborted) return;
      this.error = error;
    }
    this.quoting = false;
    this.quoteController = null;
    this.host.requestUpdate();
  }

  /** Executes the quote shown. Resolves with the result, or undefined when it did not go through. */
  async confirm(): Promise<R | undefined> {
    const quote = this.quote;
    if (this.executing || this.quoting || !quote || this.result !== null) return undefined;
    this.executing = true;
    this.error = null;
    this.host.requestUpdate();
    try {
      this.result = await this.options.execute(quote.id, this.keyFor(quote.id));
      this.notice = null;
      return this.result;
    } catch (error) {
      const code = errorCode(error);
      const fresh = code === 'quote_stale' ? staleQuote(error) : undefined;
      if (fresh) {
        this.quote = fresh;
        this.notice = 'stale';
      } else if (code === 'quote_expired' || code === 'quote_stale') {
        this.executing = false;
        await this.requote(code === 'quote_expired' ? 'expired' : 'stale');
        return undefined;
      } else {
        this.error = error;
      }
      return undefined;
    } finally {
      this.executing = false;
      this.host.requestUpdate();
    }
  }
}
