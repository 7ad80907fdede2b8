/**
 * A module loaded on first use. A load that failed (offline, say) is forgotten, so the next use tries again
 * instead of failing for the rest of the page's life.
 */
export function lazy<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}
