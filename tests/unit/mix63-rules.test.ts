/**
 * What the sealed set mix63 (Japanese national and regional dailies) showed when read once on 9feab70: a paper's
 * reaction prompt asking for the reader's feelings about the article. The probes fail on 9feab70; the guards are
 * story sentences worded alike.
 */
import { describe } from 'vitest';
import { itLeavesOutJapaneseLines, itReadsSentences } from './site-lines';
import { jaStoryWith } from './story-page';

describe("a reaction prompt asking for the reader's feelings about the article", () => {
  const page = jaStoryWith('習近平氏、上海の半導体工場を視察', '習近平');

  itLeavesOutJapaneseLines(page, [
    'この記事に対するあなたの気持ちを教えてください',
    'この記事についてのご意見をお聞かせください。',
    'この記事への感想を教えてください',
    'この記事についてどう思いますか？',
  ]);

  itReadsSentences(page, [
    '同紙は「この記事に対するあなたの気持ちを教えてください」と読者に呼びかけ、批判が相次いだ。',
    'この記事について中国外務省は「事実に反する」と反発し、削除を求めた。',
    '習氏は視察先で従業員に「皆さんの気持ちを教えてください」と語りかけた。',
  ]);
});
