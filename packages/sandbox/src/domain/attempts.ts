/**
 * Guess limits that hold under concurrency without refusing honest parallel attempts.
 *
 * A limit such as "5 failures per login and IP" is checked before a slow comparison (PBKDF2). Attempts still
 * being checked are not failures yet, so a burst of guesses could all pass the check at once. An `AttemptGate`
 * keeps the attempts of one key in line: at most `allowance()` of them (the failures still allowed) are checked at
 * once; the others wait their turn in memory, and each one calls `allowance()` again when its turn comes, so once
 * the limit is reached everything still waiting gets the lock-out problem that `allowance()` throws. Failures plus
 * attempts in progress never exceed the limit, yet correct attempts only wait, they are never refused. A wait is
 * bounded in time and in length; past either bound the attempt gets `busy()`.
 */
import type { SandboxDeps } from '../context.js';
import { problem, type ProblemError } from '../problem.js';

export interface AttemptGateOptions {
  /** Longest wait for a turn, in real milliseconds (not sandbox clock time). */
  maxWaitMs?: number;
  /** Most attempts waiting per key; later ones are refused at once. */
  maxWaiting?: number;
  /** The problem for an attempt that waited too long or found the line full. */
  busy?: () => ProblemError;
}

interface Waiter {
  allowance: () => number;
  resolve: () => void;
  reject: (error: unknown) => void;
  timer: ReturnType<typeof setTimeout> | undefined;
}

interface Line {
  active: number;
  waiting: Waiter[];
}

export const ATTEMPT_MAX_WAIT_MS = 10_000;
export const ATTEMPT_MAX_WAITING = 100;

function defaultBusy(): ProblemError {
  return problem(429, 'rate_limited', 'Too many attempts at once: try again in 1 s.').withHeader(
    'Retry-After',
    '1',
  );
}

export class AttemptGate {
  private readonly lines = new Map<string, Line>();
  private readonly maxWaitMs: number;
  private readonly maxWaiting: number;
  private readonly busy: () => ProblemError;

  constructor(options: AttemptGateOptions = {}) {
    this.maxWaitMs = options.maxWaitMs ?? ATTEMPT_MAX_WAIT_MS;
    this.maxWaiting = options.maxWaiting ?? ATTEMPT_MAX_WAITING;
    this.busy = options.busy ?? defaultBusy;
  }

  /**
   * Runs `check` once this attempt's turn has come. `allowance()` returns how many attempts of `key` may be in
   * progress now (the failures still allowed), or throws the lock-out problem; it is called when the attempt
   * arrives and again whenever its turn may have come. `check` must record its own failure before it settles.
   */
  async run<T>(key: string, allowance: () => number, check: () => Promise<T>): Promise<T> {
    const line = this.line(key);
    await this.enter(key, line, allowance);
    try {
      return await check();
    } finally {
      line.active--;
      this.pump(key, line);
    }
  }

  /** Attempts of `key` in progress and waiting (for tests and diagnostics). */
  state(key: string): { active: number; waiting: number } {
    const line = this.lines.get(key);
    return { active: line?.active ?? 0, waiting: line?.waiting.length ?? 0 };
  }

  private line(key: string): Line {
    let line = this.lines.get(key);
    if (!line) {
      line = { active: 0, waiting: [] };
      this.lines.set(key, line);
    }
    return line;
  }

  private enter(key: string, line: Line, allowance: () => number): Promise<void> {
    if (line.waiting.length >= this.maxWaiting) {
      // Still report a lock-out as such rather than as a full line.
      allowance();
      return Promise.reject(this.busy());
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = { allowance, resolve, reject, timer: undefined };
      line.waiting.push(waiter);
      this.pump(key, line);
      if (!line.waiting.includes(waiter)) return;
      waiter.timer = setTimeout(() => {
        const at = line.waiting.indexOf(waiter);
        if (at === -1) return;
        line.waiting.splice(at, 1);
        reject(this.busy());
        this.pump(key, line);
      }, this.maxWaitMs);
    });
  }

  /** Lets waiting attempts in, first come first served, as far as the allowance goes. */
  private pump(key: string, line: Line): void {
    while (line.waiting.length > 0) {
      const head = line.waiting[0]!;
      let allowed: number;
      try {
        allowed = head.allowance();
      } catch (error) {
        line.waiting.shift();
        if (head.timer !== undefined) clearTimeout(head.timer);
        head.reject(error);
        continue;
      }
      if (line.active >= allowed) break;
      line.waiting.shift();
      if (head.timer !== undefined) clearTimeout(head.timer);
      line.active++;
      head.resolve();
    }
    if (line.active === 0 && line.waiting.length === 0 && this.lines.get(key) === line)
      this.lines.delete(key);
  }
}

const gates = new WeakMap<SandboxDeps, Map<string, AttemptGate>>();

/**
 * The gate named `name` of one sandbox (each app has its own, so two sandboxes in one process do not share
 * lines). `sign-in`: keyed by login and IP; `totp-misses`: keyed by account (step-up passwords and codes).
 */
export function attemptGate(deps: SandboxDeps, name: 'sign-in' | 'totp-misses'): AttemptGate {
  let byName = gates.get(deps);
  if (!byName) {
    byName = new Map();
    gates.set(deps, byName);
  }
  let gate = byName.get(name);
  if (!gate) {
    gate = new AttemptGate();
    byName.set(name, gate);
  }
  return gate;
}
