/**
 * Errors in a tab, by the world they were thrown in, through the Chrome DevTools Protocol:
 * `Runtime.enable` announces every execution context of the tab (the page's main world, and
 * each extension's isolated world with `auxData.type` "isolated" and the extension's origin);
 * `Runtime.exceptionThrown` and `Runtime.consoleAPICalled` name the context they came from.
 * Playwright's `pageerror` event reports the main world only: an exception in the content
 * script would go unseen.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

export interface WorldError {
  /** `content-script`: the extension's isolated world; `page`: any other context of the tab. */
  world: 'content-script' | 'page';
  kind: 'exception' | 'console.error' | 'console.warn' | 'console.assert';
  text: string;
}

interface ExecutionContext {
  id: number;
  origin: string;
  name: string;
  auxData?: { type?: string; isDefault?: boolean; frameId?: string };
}

interface ExceptionDetails {
  text: string;
  executionContextId?: number;
  exception?: { description?: string; value?: unknown };
  url?: string;
  lineNumber?: number;
}

interface ConsoleCall {
  type: string;
  executionContextId: number;
  args: Array<{ value?: unknown; description?: string }>;
}

export interface ErrorCapture {
  /** Errors since the last `take`, which empties the list. */
  take(): WorldError[];
  /** Ids of the extension's isolated worlds seen in this tab (the content script's). */
  readonly extensionContexts: ReadonlySet<number>;
  readonly session: CDPSession;
}

/** Listens to `page`'s execution contexts; errors from `chrome-extension://<extensionId>` contexts count as the content script's. */
export async function captureErrors(context: BrowserContext, page: Page, extensionId: string): Promise<ErrorCapture> {
  const session = await context.newCDPSession(page);
  const extensionContexts = new Set<number>();
  let errors: WorldError[] = [];
  const worldOf = (id: number | undefined): WorldError['world'] =>
    id !== undefined && extensionContexts.has(id) ? 'content-script' : 'page';
  session.on('Runtime.executionContextCreated', ({ context: c }: { context: ExecutionContext }) => {
    if (c.auxData?.type === 'isolated' && c.origin === `chrome-extension://${extensionId}`) extensionContexts.add(c.id);
  });
  session.on('Runtime.exceptionThrown', ({ exceptionDetails: d }: { exceptionDetails: ExceptionDetails }) => {
    const where = d.url ? ` at ${d.url}:${(d.lineNumber ?? 0) + 1}` : '';
    errors.push({ world: worldOf(d.executionContextId), kind: 'exception', text: `${d.exception?.description ?? d.text}${where}` });
  });
  session.on('Runtime.consoleAPICalled', (call: ConsoleCall) => {
    const kind =
      call.type === 'error'
        ? 'console.error'
        : call.type === 'warning'
          ? 'console.warn'
          : call.type === 'assert'
            ? 'console.assert'
            : undefined;
    if (!kind) return;
    const text = call.args.map((a) => a.description ?? (typeof a.value === 'string' ? a.value : JSON.stringify(a.value))).join(' ');
    errors.push({ world: worldOf(call.executionContextId), kind, text });
  });
  await session.send('Runtime.enable');
  return {
    take() {
      const out = errors;
      errors = [];
      return out;
    },
    extensionContexts,
    session,
  };
}
