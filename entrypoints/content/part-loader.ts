/**
 * Loads a part of the content script's code that most pages never need (`ScriptPart`: the brief
 * card, the article finder) into this isolated world: the background injects the part's script into
 * this frame on `loadPart`, and the script registers its API in a slot of this world's global.
 * A failed load (the extension reloaded under the page, the frame navigating away) is forgotten, so
 * the next use tries again.
 */
import { sendMessage, type ScriptPart } from '../../utils/browser/messages';

/** How long a load may take before it counts as failed (a background that never answers must not hold a scan forever). */
const LOAD_TIMEOUT_MS = 10_000;

const timeout = (part: ScriptPart) =>
  new Promise<never>((_, fail) => setTimeout(() => fail(new Error(`the ${part} script took too long to load`)), LOAD_TIMEOUT_MS));

/** One part: its API once registered, and a load of it that settles with the API. */
export interface PartLoader<T> {
  registered(): T | undefined;
  load(): Promise<T>;
}

/** The loader of `part`, whose script registers a function under `key`. */
export function partLoader<T extends (...args: never[]) => unknown>(part: ScriptPart, key: symbol): PartLoader<T> {
  /**
   * Read as an own data property of this world's global only: in Firefox the content script's
   * global inherits from the page's window (through Xray wrappers), and nothing there is trusted.
   */
  const registered = () => {
    const slot = Object.getOwnPropertyDescriptor(globalThis, key);
    return typeof slot?.value === 'function' ? (slot.value as T) : undefined;
  };
  let loading: Promise<T> | undefined;
  const injected = async () => {
    await Promise.race([sendMessage('loadPart', { part }), timeout(part)]);
    const api = registered();
    if (!api) throw new Error(`the ${part} script did not load`);
    return api;
  };
  const load = () => {
    const api = registered();
    if (api) return Promise.resolve(api);
    // Forgotten once settled: a failed load is tried again, and a later load finds the slot or injects again.
    return (loading ??= injected().finally(() => (loading = undefined)));
  };
  return { registered, load };
}
