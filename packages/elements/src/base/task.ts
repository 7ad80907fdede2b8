import { Task, TaskStatus, initialState } from '@lit/task';
import type { TemplateResult } from 'lit';
import type { IntroservCore } from '@introserv/sdk/core';
import type { IntroservElement } from './introserv-element.js';
import { errorKind } from './errors.js';
import { errorView, skeletonView, signedOutView } from './states.js';

type LoadArgs = readonly [IntroservCore | undefined, number, ...unknown[]];

/**
 * A @lit/task that loads data through the element's core. It reruns when the core or the session changes
 * (and when `extraArgs()` change), hands the task's AbortSignal to the SDK call and drops stale results.
 *
 *   private profileTask = loadTask(this, (core, signal) => profile(core).get({ signal }));
 */
export function loadTask<T>(
  host: IntroservElement,
  load: (core: IntroservCore, signal: AbortSignal, extra: readonly unknown[]) => Promise<T>,
  extraArgs: () => readonly unknown[] = () => [],
): Task<LoadArgs, T> {
  // The 401 that ended the last session: once signed out, the element keeps saying the session expired
  // (rather than a plain "sign in") until a new session loads.
  let expired: unknown;
  // The load still running: the 401 that clears the token starts the next run before this one settles.
  let running: Promise<unknown> | undefined;
  return new Task<LoadArgs, T>(host, {
    task: async ([core, , ...extra], { signal }) => {
      // No client, or nobody signed in: nothing to ask the API (it would only answer 401); the element shows
      // its signed-out notice and loads when a session starts (the session epoch is one of the args).
      if (!core || !hasSession(core)) {
        await running?.catch(() => undefined);
        host.forgetSession();
        if (expired) throw expired;
        return initialState as never;
      }
      const run = load(core, signal, extra).then(
        (value) => {
          expired = undefined;
          return value;
        },
        (error: unknown) => {
          if (errorKind(error) === 'session-expired') expired = error;
          throw error;
        },
      );
      running = run;
      try {
        return await run;
      } finally {
        if (running === run) running = undefined;
      }
    },
    args: () => [host.core, host.sessionEpoch, ...extraArgs()] as const,
  });
}

/** A token, a cookie session, or a host-provided `getToken` (whose token the core cannot see until a call). */
export function hasSession(core: IntroservCore): boolean {
  return core.getSession() !== null || core.getToken() !== undefined || core.options.getToken !== undefined;
}

export interface TaskViews<T> {
  complete: (value: T) => TemplateResult | unknown;
  /** Shown when `isEmpty(value)` is true. */
  empty?: () => TemplateResult | unknown;
  isEmpty?: (value: T) => boolean;
  /** Skeleton lines while loading the first time (default 3). */
  skeletonLines?: number;
}

/**
 * Renders a load task through the shared state views: skeleton while the first load runs (a reload keeps
 * the previous content), empty, error with retry (offline, session expired, IP not allowed… each
 * explained), and a "not connected" notice while no client is available.
 */
export function renderTask<T>(task: Task<LoadArgs, T>, views: TaskViews<T>): unknown {
  const showValue = (value: T) =>
    views.isEmpty?.(value) && views.empty ? views.empty() : views.complete(value);
  switch (task.status) {
    case TaskStatus.INITIAL:
      return signedOutView();
    case TaskStatus.PENDING:
      return task.value !== undefined ? showValue(task.value) : skeletonView(views.skeletonLines ?? 3);
    case TaskStatus.COMPLETE:
      return showValue(task.value as T);
    case TaskStatus.ERROR:
      return errorView(task.error, () => void task.run());
  }
}
