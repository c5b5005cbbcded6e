/**
 * Stepped computations: a generator that yields wherever it may pause, so that one caller can
 * run it at once (`runToEnd`) and another spread it over several tasks (`runInSlices`).
 * Pure, so that the matcher in the core can be stepped as the page walk is.
 */

/**
 * What a step yields: nothing (it may pause there), or a promise it must wait for before going on
 * (a part of the code loaded on demand, `entrypoints/content/article-loader.ts`). Only
 * `runInSlices` can wait; `runFor` stops at such a step and `runToEnd` throws.
 */
export type Step = void | Promise<unknown>;

/** Runs a stepped computation to its end at once. */
export function runToEnd<T>(steps: Generator<Step, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (step.value) throw new Error('a stepped computation has to wait, and runToEnd cannot');
  }
}

/**
 * Runs a stepped computation at once for up to `budgetMs`: its value, or undefined when the
 * budget ran out or a step has to wait first (then `steps` holds the rest, for `runInSlices`;
 * a step that waits yields its promise again when resumed too early).
 */
export function runFor<T>(steps: Generator<Step, T>, now: () => number, budgetMs: number): { value: T } | undefined {
  const start = now();
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value };
    if (step.value || now() - start > budgetMs) return undefined;
  }
}

/**
 * Runs a stepped computation, handing the main thread back whenever `budgetMs` has passed
 * since the last pause. `now` and `pause` come from the caller, keeping this module free of globals.
 */
export async function runInSlices<T>(steps: Generator<Step, T>, now: () => number, pause: () => Promise<void>, budgetMs = 20): Promise<T> {
  let sliceStart = now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (step.value) {
      await step.value;
      sliceStart = now();
    } else if (now() - sliceStart > budgetMs) {
      await pause();
      sliceStart = now();
    }
  }
}
