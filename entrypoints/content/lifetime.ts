/**
 * How long this content script runs, and the only way it listens to the page: until the
 * extension is unloaded or updated under the page, or a newer copy of this script starts in the
 * same page, and never on the page's word.
 *
 * WXT's ContentScriptContext ends itself on a DOM event any page script can dispatch (its
 * "content-script-started" event, named after our public extension id; see wxt-dev/wxt#1359 and
 * #1938), and its `wxt:locationchange` event is a window event a page can forge too. So the
 * content script build replaces it with a context that says nothing to the page
 * (`script-context.ts`), and the lifetime ends only on what the page cannot reach.
 */
import { browser } from 'wxt/browser';

/** A slot on the content script's own global (an isolated world the page cannot see). */
const STOP_PREVIOUS = Symbol.for('jfir-briefs.stop');

export interface Lifetime {
  readonly ended: boolean;
  /** Runs `cleanup` when the script ends. */
  onEnd(cleanup: () => void): void;
  /** Ends the script if the extension is gone (reloaded, updated or removed); true while it is still there. */
  checkExtension(): boolean;
  /**
   * Listens for events the browser dispatches (the reader's own input, a style sheet's animation
   * ending): events a page script dispatches (`isTrusted` false) are ignored, and so is everything
   * once the script has ended.
   */
  onTrustedEvent<E extends Event>(target: EventTarget, type: string, handler: (event: E) => void, options?: AddEventListenerOptions): void;
  /**
   * Adds every listener again: `document.open()` (a page rewriting itself with `document.write`)
   * erases all listeners of the document and window, ours included. Listeners still in place are
   * not doubled (the same listener added twice is added once).
   */
  relisten(): void;
  /** `setTimeout` whose handler never runs after the script ended. */
  setTimeout(handler: () => void, ms: number): ReturnType<typeof setTimeout>;
}

/**
 * Runs a handler, ending it quietly if it throws: a page can make DOM calls throw (a form's named
 * controls shadow its methods, see `utils/dom/native.ts`), which costs that page a card or a
 * keystroke, never an error of ours in its console.
 */
function quietly(handler: () => void): void {
  try {
    handler();
  } catch {
    // Nothing to undo: handlers change our own state and highlights only.
  }
}

/** Starts this script's lifetime; a copy of the script already running in this page gives way to it. */
export function startLifetime(): Lifetime {
  const controller = new AbortController();
  const listeners: Array<[EventTarget, string, (event: Event) => void, AddEventListenerOptions]> = [];
  // The prototype's own method: `<img name="addEventListener">` shadows the document's.
  const listen = (...[target, type, listener, options]: (typeof listeners)[number]) =>
    EventTarget.prototype.addEventListener.call(target, type, listener, options);
  const scope = globalThis as { [STOP_PREVIOUS]?: () => void };
  scope[STOP_PREVIOUS]?.();
  scope[STOP_PREVIOUS] = () => controller.abort();
  const lifetime: Lifetime = {
    get ended() {
      return controller.signal.aborted;
    },
    onEnd: (cleanup) => controller.signal.addEventListener('abort', cleanup, { once: true }),
    checkExtension() {
      if (browser.runtime?.id == null) controller.abort();
      return !lifetime.ended;
    },
    onTrustedEvent(target, type, handler, options) {
      const listener = (event: Event) => event.isTrusted && lifetime.checkExtension() && quietly(() => handler(event as never));
      const registration: (typeof listeners)[number] = [target, type, listener, { ...options, signal: controller.signal }];
      listeners.push(registration);
      listen(...registration);
    },
    relisten: () => {
      for (const registration of listeners) listen(...registration);
    },
    setTimeout: (handler, ms) => setTimeout(() => !lifetime.ended && quietly(handler), ms),
  };
  return lifetime;
}
