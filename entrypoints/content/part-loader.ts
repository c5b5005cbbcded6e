/**
 * Loads a part of the content script's code that most pages never need (`ScriptPart`: the brief
 * card, the article finder) into this isolated world: the background injects the part's script into
 * this frame on `loadPart`, and the script registers its API in a slot of this world's global.
 * A failed load (the extension reloaded under the page, the frame navigating away) is forgotten, so
 * the next use tries again.
 */
import { sendMessage, type ScriptPart } from '../../utils/browser/messages';

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
    await sendMessage('loadPart', { part });
    const api = registered();
    if (!api) throw new Error(`the ${part} script did not load`);
    return api;
  };
  const load = () => {
    const api = registered();
    if (api) return Promise.resolve(api);
    return (loading ??= injected().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  };
  return { registered, load };
}
