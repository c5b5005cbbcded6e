/**
 * What mix341–344 showed, read sealed once in session 59 on e2f257a (127/127 article fragments, 6/131 others): a Japanese
 * business daily's line under its keyword follow buttons (「フォローしたキーワードの新着記事を…読めます。」), a Japanese weekly's
 * LINE prompt (「ミライオンラインの最新記事をLINEでお届けします。」), an Indian site's share prompt ("Found this useful? Share this
 * article with your network"), and a Japanese university's boxes around a researcher's commentary: an inline banner named
 * `c-bnrInline` ("bnr", Japanese sites' short name for a banner), a mail magazine box named `c-mailmagBox` (the camel-cased
 * "Box" read as more of the word) and the researcher's profile under 「研究者紹介」. Each line is probed on its set's own page,
 * kept in the fixtures; small pages built like them follow. The cases that are neither GUARDs nor under "small pages" fail
 * on e2f257a.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { parsePage } from '../../scripts/page-html';
import { expectReadsWithout, itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';
import { jaProse, jaStoryWith, load, storyWith } from './story-page';

/** A page of the sets as kept in the fixtures, read as the CLI reads a page. */
const fixture = (file: string) => articleText(parsePage(readFileSync(join(import.meta.dirname, '../fixtures/blind-pages', file), 'utf8')));

describe('the lines mix341–344 read, on their own pages', () => {
  it.each([
    ['mix341/02-keizai-nippo-mynumber.html', 'フォローしたキーワードの新着記事', 'マイナンバー'],
    ['mix343/02-mirai-online-mynumber-madoguchi.html', 'ミライオンラインの最新記事をLINEでお届けします', 'マイナンバーカード'],
    ['mix343/03-bizledger-afghan-dry-fruit-air-corridor.html', 'Found this useful?', 'Afghan'],
    [
      'mix344/02-jp-univ-mynumber-commentary.html',
      '冬季公開講座「くらしと法」の受講者を募集しています',
      '窓口は、住民が行政と直接向き合う数少ない場所です。',
    ],
    [
      'mix344/02-jp-univ-mynumber-commentary.html',
      '「研究者の視点」の新着記事をメールでお届けします。',
      '今後は、調査対象を中国・四国地方の自治体にも広げ',
    ],
    [
      'mix344/02-jp-univ-mynumber-commentary.html',
      '県庁の情報政策課での勤務を経て2019年より現職。',
      '今後は、調査対象を中国・四国地方の自治体にも広げ',
    ],
  ])('%s: leaves out "%s…" and reads the story', (file, gone, kept) => {
    const text = fixture(file);
    expect(text).toContain(kept);
    expect(text).not.toContain(gone);
  });
});

describe('small pages built like them', () => {
  itLeavesOutJapaneseLines(jaStoryWith('マイナ保険証、窓口の混雑続く', 'マイナンバーカード'), [
    '北海タイムスの新着記事をメールでお届けします。',
    'フォローしたトピックの最新記事をマイページで確認できます。',
  ]);
  itReadsSentences(jaStoryWith('市がLINEで防災情報', '市の防災課'), [
    '市は、防災の最新記事をLINEでお届けします。と説明しているが、登録者はまだ少ない。',
  ]);
  itLeavesOutLines(storyWith('Dry fruit exports take to the air', 'the air corridor'), [
    'Enjoyed this story? Share it with a friend',
    'Find this article helpful? Share the link with your colleagues',
  ]);
  itReadsSentences(storyWith('Viral post divides readers', 'the post'), [
    'Found this useful, she wrote, and shared the article with her network before the post was taken down.',
  ]);
  it('leaves out a researcher profile under 「研究者紹介」 after the commentary', () =>
    expectReadsWithout(
      load(
        `<body><main><article><h1>窓口のデジタル化、職員の負担は</h1><div class="body">${jaProse('マイナンバーカード', 6)}<section class="c-box"><h2>研究者紹介</h2><p>山田 花子（法学部准教授）</p><p>県庁勤務を経て2019年より現職。自治体の窓口業務を研究している。</p></section></div></article></main></body>`,
      ),
      '5回目の協議は来月にも開かれる見通しで',
      '県庁勤務を経て2019年より現職',
    ));
  it('leaves out an inline banner box named "bnr" between paragraphs', () =>
    expectReadsWithout(
      load(
        `<body><main><article><h1>窓口のデジタル化、職員の負担は</h1><div class="body">${jaProse('マイナンバーカード', 3)}<div class="bnrArea"><p>【公開講座のご案内】</p><p>冬季公開講座の受講者を募集しています（1月17日開講）</p></div>${jaProse('基幹システム', 3)}</div></article></main></body>`,
      ),
      '基幹システム',
      '冬季公開講座の受講者',
    ));
});
