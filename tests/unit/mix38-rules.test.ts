/**
 * The finder's rules from blind set mix38 (tests/fixtures/blind-pages/mix38, English editions of
 * Asian and European media, the held-out check of the mix34–37 rules), each on a small page: a
 * publish-time line, a reporter's name and address, a box asking for support, a comment section's
 * rules, a player's fallback. Each probe failed before its rule (557623b).
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { expectReadsWithout, itLeavesOutLines, itReadsSentences } from './site-lines';
import { load, prose } from './story-page';

const story = (after: string) =>
  load(
    `<body><main><div class="storyline"><h1>India to resume work on Shahtoot dam after talks with Taliban</h1><div class="articlebodycontent">${prose('the Taliban', 6)}${after}</div></div></main></body>`,
  );

describe('lines around a story', () => {
  it('leaves out a line of publication time named so, after the headline', () => {
    const doc = load(
      `<body><main><div class="storyline"><h1>India to resume work on Shahtoot dam after talks with Taliban</h1><div class="update-publish-time"><p class="publish-time">Published - December 04, 2026 09:41 pm IST - NEW DELHI</p></div><div class="articlebodycontent">${prose('the Taliban', 6)}</div></div></main></body>`,
    );
    expectReadsWithout(doc, 'Paragraph 5 of the story', 'Published - December 04');
  });

  itLeavesOutLines(story, [
    'By Park Jun-ho (junhopark@heraldcorp.example)',
    'Comments have to be in English, and in full sentences. They cannot be abusive or personal. Please abide by our community guidelines for posting your comments.',
    'Your browser does not support the video player. Please enable JavaScript or update your browser to watch this video.',
  ]);

  itReadsSentences(story, [
    'Comments must be in writing by Friday, the water ministry said in its notice.',
    'By Friday the engineers (and their Afghan partners) will have surveyed the site.',
  ]);
});

describe('boxes in and after a story', () => {
  it('leaves out a box labelled as a plea to support the site’s journalism', () => {
    expectReadsWithout(
      story(
        '<div class="support-quality-journalism"><h4 class="sqj-title">Support quality journalism</h4><p>BACK TO TOP</p><p class="sqj-text">We have migrated to a new commenting platform. If you are already a registered user, you may continue to engage with our articles.</p></div>',
      ),
      'Paragraph 5 of the story',
      'migrated to a new commenting platform',
    );
  });

  it('leaves out a player’s fallback box with its link to the video’s page', () => {
    expectReadsWithout(
      story(
        '<div class="m-em-video__player"><div class="m-em-video__fallback"><p>This video cannot be played here at the moment. Please check your connection, refresh the page or try another browser in a few minutes.</p><a href="/en/video/20261204-dam">Watch the video on our website</a></div></div>',
      ),
      'Paragraph 5 of the story',
      'Watch the video on our website',
    );
  });

  it('GUARD: reads a video’s caption in its player box that links to its source', () => {
    const text = articleText(
      story(
        '<div class="video-player"><p class="video-caption">Engineers survey the site of the Shahtoot dam west of Kabul on Tuesday. Video: <a href="https://agency.example">Agency</a></p></div>',
      ),
    );
    expect(text).toContain('Engineers survey the site');
  });

  it('GUARD: reads a story’s box on a player of the talks that links to his profile', () => {
    const text = articleText(
      story(
        '<div class="player-card"><p>Amir Khan Muttaqi, the Taliban’s foreign minister, led the talks in Kabul for the second year running.</p><a href="/profile/muttaqi">Profile</a></div>',
      ),
    );
    expect(text).toContain('Amir Khan Muttaqi');
  });
});
