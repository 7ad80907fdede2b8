/** One page of a cursor-paginated list, as the server returns it. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

export type FetchPage<Q, T> = (query: Q, cursor: string | null, signal: AbortSignal) => Promise<Page<T>>;

/**
 * The rows of a server-sorted, server-filtered list, loaded page by page as the view asks for them.
 *
 * `reset(query)` starts over (a new sort, filter or search) and keeps the previous rows visible until the
 * first page of the new query arrives, so the table never flashes empty; a response to an older query is
 * dropped. `want(index)` loads the next page when the view comes within `lookahead` rows of the end.
 */
export class PagedList<Q, T extends { id: string | number }> {
  items: T[] = [];
  /** True once the last page has arrived. */
  done = false;
  /** The request in flight, if any ('first' = a new query whose rows replace the current ones). */
  loading: 'first' | 'more' | null = null;
  error: unknown = null;
  /** True once the first page of the current query has arrived. */
  loaded = false;
  private cleared: AbortController | null = null;

  private query: Q | undefined;
  private cursor: string | null = null;
  private controller: AbortController | null = null;

  constructor(
    private readonly fetchPage: FetchPage<Q, T>,
    private readonly onChange: () => void,
    private readonly lookahead = 30,
  ) {}

  reset(query: Q): Promise<void> {
    this.controller?.abort();
    this.query = query;
    this.cursor = null;
    this.done = false;
    this.error = null;
    this.loaded = false;
    return this.load('first');
  }

  /** The view shows rows up to `index`: fetch the next page if it is close to the end. */
  want(index: number): void {
    if (
      this.loaded &&
      !this.done &&
      !this.loading &&
      !this.error &&
      index >= this.items.length - this.lookahead
    ) {
      void this.load('more');
    }
  }

  /** Try again after an error (the first page, or the page that failed). */
  retry(): Promise<void> {
    this.error = null;
    return this.load(this.loaded ? 'more' : 'first');
  }

  /** Put a fresher copy of a row in place (after a renewal, a settings change…). */
  replace(item: T): void {
    const i = this.items.findIndex((row) => row.id === item.id);
    if (i >= 0) {
      this.items = this.items.slice();
      this.items[i] = item;
      this.onChange();
    }
  }

  /** Forgets the rows (the session ended). A request in flight drops its page but keeps its error (a 401 says why). */
  clear(): void {
    this.cleared = this.controller;
    this.items = [];
    this.cursor = null;
    this.done = false;
    this.loaded = false;
    this.onChange();
  }

  abort(): void {
    this.controller?.abort();
    this.controller = null;
    this.loading = null;
  }

  private async load(kind: 'first' | 'more'): Promise<void> {
    if (this.query === undefined) return;
    const controller = new AbortController();
    this.controller = controller;
    this.loading = kind;
    this.onChange();
    try {
      const page = await this.fetchPage(this.query, kind === 'first' ? null : this.cursor, controller.signal);
      if (controller !== this.controller) return;
      if (controller === this.cleared) {
        this.loading = null;
        this.controller = null;
        this.onChange();
        return;
      }
      this.items = kind === 'first' ? page.items : this.items.concat(page.items);
      this.cursor = page.nextCursor;
      this.done = page.nextCursor === null;
      this.loaded = true;
    } catch (error) {
      if (controller !== this.controller || controller.signal.aborted) return;
      this.error = error;
    }
    this.loading = null;
    this.controller = null;
    this.onChange();
  }
}
