/** One-after-another execution of async tasks that read, change and write shared state. Pure. */

/** A queue: each task starts when the one before it has settled, whether it resolved or threw. */
export type SerialQueue = <T>(task: () => Promise<T>) => Promise<T>;

/** A new, empty queue. */
export function serialQueue(): SerialQueue {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}
