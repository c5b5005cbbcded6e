/**
 * The message contract's reply envelope, as browsers deliver it: a receiver answers through
 * `sendResponse` (the one reply Chromium without the polyfill and Firefox both take), a failing
 * handler's message reaches the sender as a rejection, and a sender unwraps the value.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Browser } from 'wxt/browser';
import { onMessages, sendMessage, sendTabMessage } from '../../utils/browser/messages';

const sender: Browser.runtime.MessageSender = { id: fakeBrowser.runtime.id };
// fakeBrowser types its listeners without the third argument, `sendResponse`, that browsers pass.
const trigger = (message: unknown, from: Browser.runtime.MessageSender, sendResponse: (reply: unknown) => void) =>
  (fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown[]>)(message, from, sendResponse);
/** The reply a listener sends for `message`, once it has sent one. */
const replyTo = (message: unknown) =>
  new Promise((resolve, reject) => {
    trigger(message, sender, resolve).catch(reject);
  });

interface TestMessages {
  double(req: { n: number }): number;
  fail(req: Record<string, never>): void;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('onMessages', () => {
  beforeEach(() => {
    onMessages<TestMessages>({
      double: ({ n }) => n * 2,
      fail: () => Promise.reject(new Error('no such topic')),
    });
  });

  it('keeps the channel open (returns true) and answers through sendResponse', async () => {
    const answers = await trigger({ type: 'double', payload: { n: 21 } }, sender, () => undefined);
    expect(answers).toEqual([true]);
    expect(await replyTo({ type: 'double', payload: { n: 21 } })).toEqual({ value: 42 });
  });

  it("sends a failing handler's message as the error", async () => {
    expect(await replyTo({ type: 'fail', payload: {} })).toEqual({ error: 'no such topic' });
  });

  it('leaves messages from elsewhere and unknown types unanswered', async () => {
    const sendResponse = vi.fn();
    expect(await trigger({ type: 'double', payload: { n: 1 } }, { id: 'another-extension' }, sendResponse)).toEqual([undefined]);
    expect(await trigger({ type: 'toString', payload: {} }, sender, sendResponse)).toEqual([undefined]);
    expect(sendResponse).not.toHaveBeenCalled();
  });
});

describe('sendMessage and sendTabMessage', () => {
  it("give the reply's value", async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ value: ['excerpt'] });
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue({ value: true });
    expect(await sendMessage('getTabTopics', { tabId: 1, url: 'https://example.org/' })).toEqual(['excerpt']);
    expect(await sendTabMessage(1, 'revealMention', { topicId: 'taliban' })).toBe(true);
  });

  it("reject with the receiver's error", async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ error: 'no such topic' });
    await expect(sendMessage('getBrief', { topicId: 'x', context: {} })).rejects.toThrow('no such topic');
  });

  it('give undefined when nobody answered', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    expect(await sendMessage('pageTopics', { topics: [] })).toBeUndefined();
  });
});
