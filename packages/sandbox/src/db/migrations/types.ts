/** A versioned schema change. Platform versions are 1–99, billing 100+. */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}
