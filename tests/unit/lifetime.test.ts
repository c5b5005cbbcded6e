import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { startLifetime, type Lifetime } from '../../entrypoints/content/lifetime';
import { ContentScriptContext as ShippedContext } from '../../entrypoints/content/script-context';

/** The name WXT gives its start-up event (private in its types; a page can compute it from our public id). */
const STARTED = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
const started: Lifetime[] = [];
const start = () => {
  const lifetime = startLifetime();
  started.push(lifetime);
  return { lifetime };
};

afterEach(() => {
  vi.restoreAllMocks();
  started.splice(0);
});

describe('the content script lifetime', () => {
  it('outlives a start-up event forged by the page, which WXT’s own context believes', () => {
    const wxtContext = new ContentScriptContext('content');
    const shipped = new ShippedContext();
    const { lifetime } = start();
    const ended = vi.fn();
    lifetime.onEnd(ended);
    document.dispatchEvent(new CustomEvent(STARTED, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
    expect(wxtContext.isValid).toBe(false);
    expect(shipped.isValid).toBe(true);
    expect(lifetime.ended).toBe(false);
    expect(ended).not.toHaveBeenCalled();
  });

  it('says nothing to the page when it starts, unlike WXT’s context', () => {
    const dispatched = vi.spyOn(document, 'dispatchEvent');
    new ShippedContext();
    expect(dispatched).not.toHaveBeenCalled();
    new ContentScriptContext('content');
    expect(dispatched).toHaveBeenCalled();
  });

  it('gives way to a newer copy of the script in the same page', () => {
    const { lifetime: older } = start();
    const { lifetime: newer } = start();
    expect(older.ended).toBe(true);
    expect(newer.ended).toBe(false);
  });

  it('hears only trusted input, and nothing once the extension is gone', () => {
    const { lifetime } = start();
    const handler = vi.fn();
    lifetime.onTrustedEvent(document, 'click', handler);
    document.body.click();
    document.body.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(handler).not.toHaveBeenCalled();
    vi.spyOn(browser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    expect(lifetime.checkExtension()).toBe(false);
    expect(lifetime.ended).toBe(true);
  });
});
