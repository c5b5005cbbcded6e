/**
 * What mix277–280 showed, read sealed once in session 56 on dfa2681 (127/128 article fragments, 6/128 others): a city office's
 * caption closing 「（12月7日午前撮影）」 taken as a photographer's credit; a Gulf site's app line ("Download the … app for
 * breaking news alerts and our daily briefings"); an Australian broadcaster's "Do you know more about this story? Get in
 * touch …"; a Japanese weekly's 「…メールマガジン「…」を配信中です。」; an Austrian daily's `div.article-inline-newsletter` in
 * the story's body and its forum (`section.story-community`) joined to the story as its sibling. The cases that are not
 * GUARDs fail on dfa2681.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { creditStart } from '../../utils/dom/article-credits';
import { jaStoryWith, load, prose, storyAroundWith, storyWith } from './story-page';
import { expectReadsWithout, itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';

describe('a caption saying when in the day its picture was taken (mix277)', () => {
  it('is no credit', () => {
    expect(creditStart('東部市民センター駐車場に設けられた臨時給水所（12月7日午前撮影）')).toBeUndefined();
    expect(creditStart('給水を待つ市民（7日夕方撮影）')).toBeUndefined();
  });
  it('GUARD: a photographer named is still one', () => {
    expect(creditStart('給水を待つ市民（根室支局 山内祐介撮影）')).toBe('給水を待つ市民'.length);
  });
});

describe('lines of mix278 and mix279', () => {
  const story = storyWith('Kabul dialysis units get filters for the winter', 'Kabul');
  itLeavesOutLines(story, [
    'Stay informed wherever you are. Download the Gulf Ledger app for breaking news alerts and our daily briefings. Get it now',
    'Do you know more about this story? Get in touch with our reporters using our secure tip-off form',
  ]);
  itReadsSentences(story, [
    'The ministry asked residents to download the SafeCity app for alerts on road closures near the hospital.',
    'Do you know more about this story? Get in touch, the police appeal said, urging witnesses to come forward.',
  ]);
});

describe('a Japanese line of mix279', () => {
  const story = jaStoryWith('マイナ保険証の読み取り端末、更新費用が診療所の負担に', 'マイナンバーカード');
  itLeavesOutJapaneseLines(story, [
    '平日の朝7時に、編集部が厳選した最新記事と話題のニュースをお届けするメールマガジン「ビジプレ朝刊」を配信中です。',
  ]);
  it('GUARD: reads a story sentence on a newsletter', () =>
    expect(articleText(story('<p>同社は、会員にお届けするメールマガジン「週刊医療」を配信している。</p>'))).toContain('週刊医療'));
});

describe("an Austrian daily's boxes (mix280)", () => {
  const newsletter = `<div class="article-inline-newsletter"><p class="article-inline-newsletter--title">Newsletter Kultur</p><p class="article-inline-newsletter--text">Jeden Freitag die wichtigsten Premieren, Ausstellungen und Bücher der Woche direkt in Ihr Postfach</p><a class="article-inline-newsletter--button" href="/newsletter/kultur">Jetzt anmelden</a></div>`;
  it('leaves out the newsletter box between paragraphs', () =>
    expectReadsWithout(
      storyAroundWith('Teppiche aus Herat werden restauriert', 'Afghanistan', 'Herat')(newsletter),
      'Paragraph 2 of the story',
      'Jeden Freitag die wichtigsten',
    ));
  const posting = (user: string, text: string) =>
    `<div class="posting"><div class="posting--header"><span class="posting--user">${user}</span><time datetime="2026-12-06T14:31">6. Dezember 2026, 14:31</time></div><div class="posting--content"><div class="posting--text">${text}</div></div></div>`;
  const page = (forumClass: string) =>
    load(
      `<body><main><div class="story-layout--main"><article class="story-article"><h1>Teppiche aus Herat werden restauriert</h1>${prose('Afghanistan', 5)}</article><section class="${forumClass}"><h2>Forum</h2><p>143 Postings</p>${[
        posting(
          'Wollsocke',
          'Großartige Arbeit, ich hoffe, die Ausstellung kommt danach auch nach Graz.<br>Solche Geschichten lese ich hier gern.',
        ),
        posting(
          'Hinterbrühler',
          'Mein Großvater hatte auch so einen Salzsack, der liegt seit Jahren bei uns am Dachboden.<br>Wohin wendet man sich da am besten?',
        ),
        posting('Fadenzieherin', 'Auf keinen Fall selbst waschen. Trocken und dunkel lagern und ein Fachatelier fragen, das kostet wenig.'),
        posting('Leserin', 'Endlich einmal ein Artikel ohne Putin und ohne Budgetloch. Danke dafür, das war wirklich schön zu lesen.'),
      ].join('')}</section></div></main></body>`,
    );
  it('leaves out the forum beside the story', () =>
    expectReadsWithout(page('story-community'), 'Paragraph 4 of the story', 'Mein Großvater'));
  it('GUARD: a category named community leaves the story in', () => {
    const doc = load(
      `<body><main><article class="post-7 category-community"><h1>Teppiche aus Herat werden restauriert</h1>${prose('Afghanistan', 5)}</article></main></body>`,
    );
    expect(articleText(doc)).toContain('Paragraph 4 of the story');
  });
});
