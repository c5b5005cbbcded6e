/**
 * Stepped computations: a generator that yields wherever it may pause, so that one caller can
 * run it at once and another spread it over several tasks (`runInSlices` in `utils/dom/page-text`).
 * Pure, so that the matcher in the core can be stepped as the page walk is.
 */

/** Runs a stepped computation to its end at once. */
export function runToEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
