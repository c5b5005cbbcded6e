/**
 * What follows a story's last paragraph (`article-endings.ts`): closing notes set wholly in italics
 * or bold are left out (a bio, a credit, a reprint note, a call to follow or share); story text set
 * in emphasis stays (an interview's questions, a bold kicker before the last paragraph, a story
 * that closes in italics at length, a long notice the story quotes).
 */
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/dom/analyze-page';
import { compileMatcher } from '../../utils/matcher';
import { DEFAULT_TOPICS } from '../../utils/topics';
import { load, prose } from './story-page';

const matcher = compileMatcher(DEFAULT_TOPICS);
const marked = (doc: Document) => analyzePage(doc, matcher).mentions.map((m) => m.text);
const story = (ending: string, body = prose('aid', 10)) =>
  load(
    `<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Aid talks resume</h1>${body}${ending}</article></body>`,
  );

describe('closing notes after the story are left out', () => {
  it('an author bio in italics', () => {
    const doc = story(`<p><em>The author spent ten years reporting on the Taliban and now teaches history in Berlin.</em></p>`);
    expect(marked(doc)).toEqual([]);
  });

  it('a bold call to download an app, and an italic reprint note after it', () => {
    const doc = story(
      `<p><strong>Get the latest news on the Taliban straight to your phone with our app.</strong></p>` +
        `<p><i>This article first appeared in the spring issue of <a href="https://example.org/">Example Review</a>, a quarterly on foreign affairs; it is reprinted here with the permission of its Kabul desk.</i></p>`,
    );
    expect(marked(doc)).toEqual([]);
  });

  it('a call to follow whose emphasis is split in two, with a link inside', () => {
    const doc = story(`<p><em>Like this story?</em> <em>Follow our coverage of <a href="/kabul">Kabul</a> on our channel.</em></p>`);
    expect(marked(doc)).toEqual([]);
  });
});

describe('story text set in emphasis stays', () => {
  it("an interview's bold questions, the last one answered in plain text", () => {
    const qa = (q: string, a: string) => `<p><strong>${q}</strong></p><p>${a}</p>`;
    const doc = story(
      qa(
        'Will the Taliban let girls go back to school?',
        'Nobody in the ministry would give a date, and the aid agencies we spoke to were not hopeful at all.',
      ) + qa('What about Kabul?', 'In the capital some schools opened quietly last spring, with the support of parents and local elders.'),
    );
    expect(marked(doc)).toEqual(['Taliban', 'Kabul']);
  });

  it('a story that closes with a long passage in italics (more than a few lines)', () => {
    const line = (i: number) => `<p><em>Line ${i} of the poem the family recited, about the road from Kabul.</em></p>`;
    const doc = story(Array.from({ length: 6 }, (_, i) => line(i)).join(''));
    expect(marked(doc).filter((t) => t === 'Kabul')).toHaveLength(6);
  });

  it('a bold kicker followed by the last paragraph', () => {
    const doc = story(
      `<p><strong>The Taliban did not answer.</strong></p>` +
        `<p>The talks are to resume next week in Doha, the officials said, with the same delegations and the same agenda as before.</p>`,
    );
    expect(marked(doc)).toContain('Taliban');
  });

  it('a long notice in bold at the end, which the story quotes', () => {
    const notice = `Travel advice: the foreign ministry advises against all travel to areas held by the Taliban. ${'Those who are in the country should register with the embassy, keep their papers at hand and follow local news for changes. '.repeat(3)}`;
    const doc = story(`<p><strong>${notice}</strong></p>`, prose('aid', 20));
    expect(marked(doc)).toContain('Taliban');
  });

  it('a short closing line in plain text', () => {
    const doc = story(`<p>The talks resume on Monday in Kabul.</p>`);
    expect(marked(doc)).toEqual(['Kabul']);
  });

  it('a poem of five short lines in italics that closes a long story', () => {
    const verse = ['The road from Kabul', 'runs through the snow,', 'the trucks go slowly,', 'the drivers know', 'the way back home.'];
    const doc = story(verse.map((line) => `<p><em>${line}</em></p>`).join(''), prose('aid', 16));
    expect(marked(doc)).toEqual(['Kabul']);
  });

  it('an introduction followed by letters in italics, more than a fifth of the text', () => {
    const letter = (i: number) =>
      `<p><em>Letter ${i}: the market in Kabul opened again today, and the bakers sold bread before dawn.</em></p>`;
    const doc = story([1, 2, 3].map(letter).join(''), prose('aid', 2));
    expect(marked(doc).filter((t) => t === 'Kabul')).toHaveLength(3);
  });

  it('a story whose every paragraph is in italics', () => {
    const doc = load(
      `<body><article><h1>Letters from Kabul</h1>${Array.from({ length: 5 }, (_, i) => `<p><em>Letter ${i}: the market in Kabul opened again today, and the bakers were selling bread before dawn as they used to.</em></p>`).join('')}</article></body>`,
    );
    expect(marked(doc).filter((t) => t === 'Kabul')).toHaveLength(6);
  });
});
