/**
 * What mix175–177 showed, read sealed once in session 50 on b164d3b: an Asian daily's note that its journalism relies on
 * readers like it; a Slovak daily's subscription box whose button leads to the site's subscription host; a diocese's
 * donation box giving a bank account; a Japanese local paper's print note running on to 「内容は掲載時点の情報です。」. The
 * cases that are not GUARDs fail on b164d3b.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaStoryWith, load, prose, storyWith } from './story-page';
import { expectReadsWithout, itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';

describe('appeals of mix175–177', () => {
  const story = storyWith('Hokkaido fishermen face new checks near the Kuril Islands', 'the checks');
  itLeavesOutLines(story, ['Our work depends on readers like you. Our correspondents follow the stories that matter across Asia.']);
  itReadsSentences(story, ['The shelter depends on donations from readers like you, its director said on Friday.']);

  const daily = (box: string) =>
    load(
      `<head><link rel="canonical" href="https://www.dennik.example/svet/afganistan-ucitelky"></head><body><main><article><h1>Tajné školy v Kábule</h1><div class="article-body">${prose('the schools', 6)}${box}</div></article></main></body>`,
    );
  it('leaves out a subscription box whose button leads to the site’s subscription host', () =>
    expectReadsWithout(
      daily(
        '<div class="article-box article-box--premium"><span class="article-box__title">Podporte nezávislú žurnalistiku</span><p>Reportáže zo sveta stoja peniaze a čas. Ak chcete, aby sme v nich pokračovali, staňte sa predplatiteľom.</p><a class="btn" href="https://predplatne.dennik.example/?ref=box">Predplatiť od 1 eura</a></div>',
      ),
      'Paragraph 5 of the story',
      'Reportáže zo sveta stoja peniaze',
    ));
  it('GUARD: reads a box that recommends another outlet’s subscription', () =>
    expect(
      articleText(
        daily(
          '<div class="article-box"><p>Podľa analytikov si slovenské médiá získali v tomto roku viac predplatiteľov než kedykoľvek predtým, najmä regionálne.</p><a class="btn" href="https://predplatne.inydennik.example/">Predplatné iného denníka</a></div>',
        ),
      ),
    ).toContain('získali v tomto roku viac predplatiteľov'));

  const diocese = storyWith('Mentoren begleiten geflüchtete Familien aus Afghanistan', 'the families');
  it('leaves out a donation box that gives a bank account', () =>
    expectReadsWithout(
      diocese(
        '<div class="news-inline-box"><p class="news-inline-box__label">Spenden</p><p>Sie möchten helfen? Spendenkonto: Caritasverband Nordstadt e.V., IBAN DE00 1234 5678 0000 0000 00, Stichwort „Ankommen“.</p><p><a class="btn" href="https://www.caritas-nordstadt.example/spenden">Jetzt online spenden</a></p></div>',
      ),
      'Paragraph 5 of the story',
      'Stichwort „Ankommen“',
    ));
  it('GUARD: reads a list item of a story on fraud that quotes an account', () =>
    expect(
      articleText(
        diocese(
          '<ul><li>Die Betrüger nannten in der E-Mail eine neue IBAN DE89 3704 0044 0532 0130 00 und baten um eine schnelle Überweisung.</li><li>Die Polizei rät, Kontoänderungen immer telefonisch zu prüfen.</li></ul>',
        ),
      ),
    ).toContain('Die Betrüger nannten in der E-Mail eine neue IBAN'));
});

describe('Japanese lines of mix177', () => {
  const paper = jaStoryWith('書かない窓口、市役所で始まる', 'マイナンバー');
  itLeavesOutJapaneseLines(paper, ['※この記事は南浜日報11月30日付紙面に掲載されたものです。内容は掲載時点の情報です。']);
  itReadsSentences(paper, ['この記事は同紙の紙面に掲載されたものですが、内容に誤りがあったとして同社は謝罪しました。']);
});
