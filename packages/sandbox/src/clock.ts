/** The sandbox clock: real time plus an offset (default), or frozen at a given instant (tests). */
import type { Clock } from './context.js';

export interface ClockOptions {
  /** Start time; default: now. */
  start?: Date | string;
  /** Stand still between advance()/set() calls. Default false. */
  frozen?: boolean;
}

export function createClock(options: ClockOptions = {}): Clock {
  const frozen = options.frozen ?? false;
  const start = options.start === undefined ? Date.now() : new Date(options.start).getTime();
  if (Number.isNaN(start)) throw new Error(`Invalid clock start: ${String(options.start)}`);
  let offset = start - Date.now();
  let fixed = start;
  return {
    frozen,
    now: () => new Date(frozen ? fixed : Date.now() + offset),
    advance(ms: number) {
      if (frozen) fixed += ms;
      else offset += ms;
    },
    set(at: Date) {
      if (frozen) fixed = at.getTime();
      else offset = at.getTime() - Date.now();
    },
  };
}
