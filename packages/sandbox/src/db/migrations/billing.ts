/** Schema of the money side: plans are code, orders/quotes/transactions/refunds/invoices/payments are tables. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const billingMigrations: Migration[] = [];
