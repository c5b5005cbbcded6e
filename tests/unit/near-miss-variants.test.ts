/**
 * Close variants of session 57's rules that its second readers listed as still missed: the tip line naming the "news desk", the comments disclaimer that says the comments are "posted below", and ad slots named
 * `gpt-slot`, `adslot` or `AdWrapper` (Google Publisher Tag's and the common one-word names). Written before the rules; the
 * cases that are not GUARDs fail on 92c7753. ("adblock" for "ad blocker" was tried and dropped: its second reader,
 * `second-reader-d144730.test.ts`, found stories quoting such walls.)
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { storyAroundWith, storyWith } from './story-page';
import { expectReadsWithout, itLeavesOutLines, itReadsSentences } from './site-lines';

describe('the tip line naming the news desk', () => {
  const story = storyWith('Council staff told to delete messages before audit', 'the audit');
  itLeavesOutLines(story, ['Contact the Courier news desk securely through our confidential tip-off form.']);
  itReadsSentences(story, ['Contact the news desk confidentially, the union told its members, and keep any tips off work phones.']);
});

describe('the comments disclaimer, "posted below"', () => {
  const story = storyWith('Typhoon cuts power to 200,000 homes', 'the typhoon');
  itLeavesOutLines(story, ['Disclaimer: Comments posted below do not represent the views of the Manila Ledger.']);
  itReadsSentences(story, ['Comments posted below the video do not represent the views of the ministry, a spokesman said on Friday.']);
});

describe('ad slots named by Google Publisher Tag or in one word', () => {
  const slot = (name: string) =>
    `<div class="${name}"><div class="${name}__label">Advertisement</div><p>Become a Courier advertiser and reach thousands of engaged readers across the region.</p></div>`;
  const storyBox = (name: string) =>
    `<div class="${name}"><p>Most of the families arrived with two suitcases and a phone number for a cousin in the county.</p></div>`;
  const story = storyAroundWith('Afghan families find a foothold in Riverbend', 'Afghanistan', 'Kabul');
  it.each(['gpt-slot', 'adslot', 'AdWrapper'])('leaves out a slot named %s', (name) =>
    expectReadsWithout(story(slot(name)), 'Paragraph 2 of the story', 'Become a Courier advertiser'),
  );
  it.each(['thread-wrapper', 'gradunit', 'headwrapper', 'roadslot'])('GUARD: reads a story box named %s', (name) =>
    expect(articleText(story(storyBox(name)))).toContain('two suitcases and a phone number'),
  );
});
