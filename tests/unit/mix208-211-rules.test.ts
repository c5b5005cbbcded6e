/**
 * What mix208–211 showed, read sealed once in session 52 on 469b805 (130/131 article fragments, 4/130 others): a Danish
 * broadcaster's tip box (its heading a question, its line and a mail link), a Croatian portal's Google News and tip lines, and a
 * Japanese business site's linked 【関連記事】 line in the text. Still missed: an FAQ page's questions set in accordion buttons
 * (mix211; the finder never reads a button's text). The cases that are not GUARDs fail on 469b805.
 */
import { describe, it } from 'vitest';
import { jaStoryWith, load, prose, storyWith } from './story-page';
import { expectReadsWithout, itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';

describe('a tip box of mix209', () => {
  const page = (box: string) =>
    load(
      `<body><main><article><h1>Glemte tæpper fra Afghanistan får nyt liv på museum i Vejle</h1><div class="dre-article-body">${prose('Afghanistan', 7)}</div>${box}</article></main></body>`,
    );
  it('leaves out a box headed by the newsroom’s question, its line and its mail link', () =>
    expectReadsWithout(
      page(
        '<div class="dre-tip-box"><h2 class="dre-tip-box__title">Har du et tip til DR Trekanten?</h2><p class="dre-tip-box__text">Skriv til redaktionen, hvis du har en historie fra Vejle, Fredericia, Kolding eller Middelfart, som vi bør se nærmere på.</p><a href="mailto:trekanten@dr.example">trekanten@dr.example</a></div>',
      ),
      'Paragraph 6 of the story',
      'Skriv til redaktionen, hvis',
    ));
});

describe('lines of mix210', () => {
  const story = storyWith('Alibaba gradi logistički centar kraj Zagreba', 'the warehouse');
  itLeavesOutLines(story, [
    'Budite u tijeku s najnovijim vijestima i pratite Jadranski portal na Google Newsu.',
    'Imate li zanimljivu priču ili fotografiju? Javite nam se na redakcija@jadranskiportal.example ili putem Vibera na broj 099 555 0101.',
    'Har du et tip til DR Trekanten?',
  ]);
  itReadsSentences(story, [
    'Gradonačelnik je pozvao građane da prate obavijesti grada na Google Newsu i na službenoj stranici tijekom radova.',
    'Imate li zanimljivu priču ili fotografiju iz djetinjstva, pitali su organizatori izložbe posjetitelje muzeja.',
  ]);
});

describe('Japanese lines of mix210', () => {
  const story = jaStoryWith('マイナ保険証、診療所の窓口で見えた「3つの誤算」', 'マイナンバーカード');
  itLeavesOutJapaneseLines(story, [
    '【関連記事】開業医の年収はなぜ下がらないのか…診療報酬改定で「勝ち組」と「負け組」がはっきり分かれた理由',
  ]);
  itReadsSentences(story, ['関連記事の多くは、制度が始まった当初のトラブルを取り上げていたという。']);
});
