/**
 * Second reader of d144730 (ad-blocker plea spelled "adblock", the tip line naming the "news desk", the comments disclaimer
 * "posted below/here", ad slots `gpt-slot`/`adslot`/`AdWrapper`): story text the widened rules now leave out. Each case
 * passes on 92c7753 and fails on d144730.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { load, prose, storyAroundWith, storyWith } from './story-page';
import { itReadsStoryLines } from './site-lines';

describe('a story sentence that reports an ad-blocker wall spelled "adblock"', () => {
  const story = storyWith('Court backs publisher in fight over ad-blocking software', 'the ad blocker');
  itReadsStoryLines(story, [
    'Please disable your adblock or subscribe to our site, reads the notice that Bild readers have seen since 2015 and that the court upheld on Thursday.',
    'Please turn off your Adblock to view our content is the message the fake streaming sites show before they push the malware, the researchers found.',
    'Please switch off your ad block for our website, the pop-up asks, and about a third of readers do so, the publisher told the hearing.',
  ]);
});

describe('a story box whose class merely holds the new ad-slot words', () => {
  const story = storyAroundWith('I asked ChatGPT to plan my week. Here is what it said', 'the chatbot', 'the planner');
  it('reads a chatbot reply set in a box named chat-gpt-wrapper', () =>
    expect(articleText(story('<div class="chat-gpt-wrapper"><p>Sure! Block two hours each morning for deep work.</p></div>'))).toContain(
      'Block two hours each morning for deep work.',
    ));
  it('reads a short story line in a box that bars ads (no-adslot)', () =>
    expect(articleText(story('<div class="story-paragraph no-adslot"><p>That was the easy part, it turned out.</p></div>'))).toContain(
      'That was the easy part, it turned out.',
    ));
  it('reads the lead picture caption under an article that bars ads (no-ad-slots)', () => {
    const doc = load(
      `<body><article class="post no-ad-slots"><header><h1>Aid talks resume</h1><div class="hero"><figure class="lead"><img src="a.jpg" width="1200"><figcaption>Envoys meet the Taliban in Kabul on Tuesday morning</figcaption></figure></div></header>` +
        `<div class="body-text">${prose('Pyongyang', 5)}</div></article></body>`,
    );
    expect(articleText(doc)).toContain('Envoys meet the Taliban in Kabul');
  });
});
