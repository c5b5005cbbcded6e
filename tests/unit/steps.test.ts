import { describe, expect, it } from 'vitest';
import { runFor, runInSlices, runToEnd, type Step } from '../../utils/steps';

/** A computation that waits for `ready` (yielding it again if resumed before it settles), as the content script's article loader does. */
function* waitingFor(ready: { promise: Promise<void>; done: boolean }, log: string[]): Generator<Step, string> {
  log.push('start');
  yield;
  while (!ready.done) yield ready.promise;
  log.push('after wait');
  yield;
  return 'value';
}

function gate() {
  const ready = { done: false, promise: undefined as unknown as Promise<void>, open: () => undefined as void };
  ready.promise = new Promise<void>((resolve) => {
    ready.open = () => {
      ready.done = true;
      resolve();
    };
  });
  return ready;
}

const now = () => 0;
const pause = () => Promise.resolve();

describe('stepped computations that wait', () => {
  it('runInSlices waits for a yielded promise and goes on when it settles', async () => {
    const ready = gate();
    const log: string[] = [];
    const result = runInSlices(waitingFor(ready, log), now, pause);
    await Promise.resolve();
    expect(log).toEqual(['start']);
    ready.open();
    await expect(result).resolves.toBe('value');
    expect(log).toEqual(['start', 'after wait']);
  });

  it('runFor stops at a step that waits, within its budget, and runInSlices finishes the rest', async () => {
    const ready = gate();
    const log: string[] = [];
    const steps = waitingFor(ready, log);
    expect(runFor(steps, now, 1000)).toBeUndefined();
    expect(log).toEqual(['start']);
    const result = runInSlices(steps, now, pause);
    ready.open();
    await expect(result).resolves.toBe('value');
  });

  it('runInSlices fails when what it waits for fails', async () => {
    function* failing(): Generator<Step, string> {
      yield Promise.reject(new Error('the script did not load'));
      return 'never';
    }
    await expect(runInSlices(failing(), now, pause)).rejects.toThrow('the script did not load');
  });

  it('runToEnd throws at a step that waits instead of spinning', () => {
    expect(() => runToEnd(waitingFor(gate(), []))).toThrow(/wait/);
  });

  it('runToEnd and runFor run a computation that never waits to its end', () => {
    function* plain(): Generator<Step, number> {
      yield;
      yield;
      return 3;
    }
    expect(runToEnd(plain())).toBe(3);
    expect(runFor(plain(), now, 1000)).toEqual({ value: 3 });
  });
});
