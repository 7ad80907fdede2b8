import type { Hono } from 'hono';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function registerCatalogRoutes(app: Hono<any>, deps: unknown): void {
  void app;
  void deps;
}
