// The mocha globals web-test-runner provides in the browser (only what the element tests use).
declare function describe(title: string, body: () => void): void;
interface MochaContext {
  timeout(ms: number): void;
}
declare function it(title: string, body: (this: MochaContext) => unknown): void;
declare function before(body: () => unknown): void;
declare function after(body: () => unknown): void;
declare function beforeEach(body: () => unknown): void;
declare function afterEach(body: () => unknown): void;
