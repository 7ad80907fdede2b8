// Imported first by every entry: under the strict CSP (no 'unsafe-eval') zod must never try `new Function`.
// zod reads its settings from this global (shared by every copy of zod), so setting it needs no zod import
// and holds for schemas that load later (the SDK loads its input schemas lazily).
const scope = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
(scope.__zod_globalConfig ??= {}).jitless = true;

export {};
