import { Task, TaskStatus, initialState } from '@lit/task';
import type { TemplateResult } from 'lit';
import type { IntroservCore } from '@introserv/sdk/core';
import type { IntroservElement } from './introserv-element.js';
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
  return new Task<LoadArgs, T>(host, {
    task: async ([core, , ...extra], { signal }) => {
      if (!core) return initialState as never;
      return load(core, signal, extra);
    },
    args: () => [host.core, host.sessionEpoch, ...extraArgs()] as const,
  });
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
