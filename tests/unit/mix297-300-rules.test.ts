/**
 * What mix297–300 showed, read sealed once in session 57 on 68e7b5c (126/126 article fragments, 1/133 others): a SWELL
 * blog's disclosure in the wording the Consumer Affairs Agency's guidance gives (「※本記事にはアフィリエイト広告を利用した
 * プロモーションが含まれています」), more words between 「本記事には」 and the advertising word than the line rule allowed.
 * Narrowed after its second reader (`second-reader-a7fab35.test.ts`): the agency's wording and 「当…は」 only as the whole
 * line. The cases that are not GUARDs fail on 68e7b5c.
 */
import { describe } from 'vitest';
import { jaStoryWith } from './story-page';
import { itLeavesOutJapaneseLines, itReadsSentences } from './site-lines';

describe("a blog's disclosure of its affiliate advertising (mix299)", () => {
  const story = jaStoryWith('マイナンバーカードの更新、窓口で30分', 'マイナンバーカード');
  itLeavesOutJapaneseLines(story, [
    '※本記事にはアフィリエイト広告を利用したプロモーションが含まれています',
    '当ブログはアフィリエイト広告を利用しています。',
    '当サイトには、Amazonアソシエイトなどのアフィリエイト広告を含みます。',
    '当サイトはアフィリエイトプログラムを利用しています。',
    '本サイトではアフィリエイト広告を利用しています',
    '当メディアはアフィリエイト広告を利用しています。',
    '当ブログは、アフィリエイト広告を掲載しています。',
    'このページには広告リンクが含まれています。',
  ]);
  itReadsSentences(story, [
    '消費者庁は、このサイトには広告が含まれていることを利用者に分かるよう明示するよう求めた。',
    'この記事には、市が実施したPRイベントの写真も使っています。',
    '当ブログは昨年、アフィリエイトの収入を公表して話題になった。',
    'このサイトでは、有名人の写真を無断で利用した広告を掲載しています。',
  ]);
});
