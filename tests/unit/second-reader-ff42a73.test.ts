/**
 * Second reader of ff42a73 (helper-471: the channel promo "Get … delivered straight to your WhatsApp", the Italian ad slot line
 * anchored at its end): story paragraphs and a list item opening like the promo were left out, and ad slot lines with a label
 * or mark after "la pubblicità" were read. Each case passes on f6b2530 and failed on ff42a73; the promo now needs news, stories
 * or headlines and to end the line (or be followed by "Follow …"), and the ad line may go on with anything but the words of a
 * sentence ("… di un bando").
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { itReadsStoryLines } from './site-lines';
import { storyAroundWith, storyWith } from './story-page';

describe('story text opening "Get the latest … delivered/sent to your <channel>" is read', () => {
  itReadsStoryLines(storyWith('Council launches WhatsApp bin alerts', 'the bin service'), [
    'Get the latest bin collection dates sent straight to your WhatsApp. That is the promise of a service Leeds City Council launched on Tuesday, which officials say 14,000 households have already joined.',
    "Get the day's top deals delivered straight to your WhatsApp. That was the opening line of the message police say reached thousands of phones before the fake shop vanished with their money.",
    'Get the latest flood warnings sent directly to your Telegram. The Environment Agency trialled the service in Somerset last winter, and ministers now want it nationwide.',
  ]);
  it('reads a list item of the alert service in the story', () => {
    const text = articleText(
      storyAroundWith(
        'New alert service for commuters',
        'the rail operator',
        'the alert service',
      )(
        '<p>Passengers who sign up can:</p><ul><li>Get the latest delay notices sent directly to your WhatsApp.</li><li>Check platform changes before leaving home.</li><li>Claim Delay Repay from the same chat.</li></ul>',
      ),
    );
    expect(text).toContain('Get the latest delay notices sent directly to your WhatsApp.');
  });
});

describe('an Italian ad slot line with more text after "la pubblicità" is left out', () => {
  const around = storyAroundWith('Scuola serale, iscrizioni in crescita', 'la scuola', 'il comune');
  it.each([
    ['<div class="adv"><p>L\'articolo continua dopo la pubblicità - Pubblicità</p></div>', 'continua dopo la pubblicità'],
    ['<div class="adv"><p>L\'articolo continua sotto la pubblicità Advertisement</p></div>', 'continua sotto la pubblicità'],
    ['<div class="adv"><span>L\'articolo continua dopo la pubblicità</span><span>Pubblicità</span></div>', 'continua dopo la pubblicità'],
    ['<p class="adv-label">L\'articolo continua dopo la pubblicità...</p>', 'continua dopo la pubblicità'],
    ['<p class="adv-label">L\'articolo continua dopo la pubblicità ↓</p>', 'continua dopo la pubblicità'],
    ['<p class="adv-label">L\'articolo continua dopo la pubblicità:</p>', 'continua dopo la pubblicità'],
  ])('%s', (middle, gone) => {
    const text = articleText(around(middle));
    expect(text).toContain('Paragraph 2 of the story, in which officials said, according to two sources, that il comune');
    expect(text).not.toContain(gone);
  });
});
