/**
 * Stepped computations: a generator that yields wherever it may pause, so that one caller can
 * run it at once (`runToEnd`) and another spread it over several tasks (`runInSlices`).
 * Pure, so that the matcher in the core can be stepped as the page walk is.
 */

/** Runs a stepped computation to its end at once. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs a stepped computation at once for up to `budgetMs`: its value, or undefined when the
 * budget ran out first (then `steps` holds the rest, for `runInSlices`).
 */
export function runFor<T>(steps: Generator<void, T>, now: () => number, budgetMs: number): { value: T } | undefined {
  const start = now();
  for (;;) {
    const step = steps.next();
    if (step.done) return { value: step.value };
    if (now() - start > budgetMs) return undefined;
  }
}

/**
 * Runs a stepped computation, handing the main thread back whenever `budgetMs` has passed
 * since the last pause. `now` and `pause` come from the caller, keeping this module free of globals.
 */
export async function runInSlices<T>(steps: Generator<void, T>, now: () => number, pause: () => Promise<void>, budgetMs = 20): Promise<T> {
  let sliceStart = now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (now() - sliceStart > budgetMs) {
      await pause();
      sliceStart = now();
    }
  }
}
