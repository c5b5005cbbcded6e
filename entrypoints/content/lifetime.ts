/**
 * How long this content script runs, and the only way it listens to the page: until the
 * extension is unloaded or updated under the page, or a newer copy of this script starts in the
 * same page, and never on the page's word.
 *
 * WXT's ContentScriptContext ends itself on a DOM event any page script can dispatch (its
 * "content-script-started" event, named after our public extension id; see wxt-dev/wxt#1359 and
 * #1938), and its `wxt:locationchange` event is a window event a page can forge too. So its
 * signal alone never stops us, and we use neither its listeners nor its location watcher.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** A slot on the content script's own global (an isolated world the page cannot see). */
const STOP_PREVIOUS = Symbol.for('jfir-briefs.stop');
type Scope = typeof globalThis & { [STOP_PREVIOUS]?: () => void };

export class Lifetime {
  private readonly controller = new AbortController();

  constructor(ctx: ContentScriptContext) {
    const scope = globalThis as Scope;
    // A copy of this script already runs in this page (injected again): it gives way to this one.
    scope[STOP_PREVIOUS]?.();
    scope[STOP_PREVIOUS] = () => this.end();
    // WXT also says "invalidated" when a page forges its start-up event; only a gone extension counts.
    ctx.onInvalidated(() => this.checkExtension());
  }

  get signal(): AbortSignal {
    return this.controller.signal;
  }

  get ended(): boolean {
    return this.controller.signal.aborted;
  }

  /** Runs `cleanup` when the script ends. */
  onEnd(cleanup: () => void): void {
    this.signal.addEventListener('abort', cleanup, { once: true });
  }

  end(): void {
    this.controller.abort();
  }

  /** Ends the script if the extension is gone (reloaded, updated or removed); true while it is still there. */
  checkExtension(): boolean {
    if (browser.runtime?.id == null) this.end();
    return !this.ended;
  }

  /**
   * Listens for the reader's own input: events a page script dispatches (`isTrusted` false) are
   * ignored, and so is everything once the script has ended.
   */
  onReaderInput<E extends Event>(target: EventTarget, type: string, handler: (event: E) => void, options: AddEventListenerOptions = {}): void {
    target.addEventListener(
      type,
      (event) => {
        if (event.isTrusted && this.checkExtension()) handler(event as E);
      },
      { ...options, signal: this.signal },
    );
  }

  /** `setTimeout` whose handler never runs after the script ended. */
  setTimeout(handler: () => void, ms: number): ReturnType<typeof setTimeout> {
    return setTimeout(() => !this.ended && handler(), ms);
  }
}
