/**
 * What the sealed set mix65 (Japanese official pages) showed when read once on 9f9012e: a caption whose bracket gives
 * when or where the picture was taken, not who took it, lost that part as if it were a credit; a press release's contact
 * line and a transcript's note on how it was made were read. The probes fail on 9f9012e; the guards are a photographer's
 * bracketed credit and story sentences worded alike.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { itLeavesOutJapaneseLines, itReadsSentences } from './site-lines';
import { jaProse, jaStoryWith, load } from './story-page';

const withCaption = (caption: string) =>
  articleText(
    load(
      `<body><article><h1>ロシア軍、択捉島周辺で演習</h1><figure><img src="/img/a.jpg" width="640" height="427" alt=""><figcaption>${caption}</figcaption></figure><div class="article-body">${jaProse('択捉')}</div></article></body>`,
    ),
  );

describe("a caption's bracket saying when or where the picture was taken", () => {
  it.each([
    '根室海峡上空を飛行するロシア海軍の哨戒機（12月4日撮影）',
    '演習が行われた択捉島の海岸（2026年11月撮影）',
    '国後島を望む納沙布岬（4日、根室市で撮影）',
    '飛行する哨戒機（4日午後3時ごろ撮影）',
    // When, then who: the caption's own too (mix57 and mix135 both counted it so; a credit alone, below, is not).
    '演習が行われた海岸（2026年11月、筆者撮影）',
  ])('reads "%s" whole', (caption) => {
    expect(withCaption(caption)).toContain(caption);
  });

  it.each([
    ['択捉島を望む海岸（根室支局 山内祐介撮影）', '山内祐介撮影'],
    ['演習が行われた海岸（筆者撮影）', '筆者撮影'],
    ['飛行するロシア軍機（防衛省提供）', '防衛省提供'],
  ])('GUARD: reads "%s" without the credit', (caption, credit) => {
    const text = withCaption(caption);
    expect(text).toContain(caption.slice(0, 8));
    expect(text).not.toContain(credit);
  });
});

describe("a press release's contact line and a transcript's note on how it was made", () => {
  const page = jaStoryWith('ロシア軍による択捉島周辺での演習について', '択捉');

  itLeavesOutJapaneseLines(page, [
    '【問い合わせ先】統合幕僚監部報道官室　03-3268-3111（内線）21293',
    '【お問い合わせ】外務省 国内広報室 電話：03-3580-3311',
    '問い合わせ先：防衛省報道室',
    '※記者会見の内容は速記録に基づき作成しております。なお、一部の言い回しについては、読みやすさを考慮して整理しています。',
    '※本会見録は速記録に基づき掲載しています。',
  ]);

  itReadsSentences(page, [
    '問い合わせ先は市の防災課で、住民からの相談が相次いでいるということです。',
    '政府は速記録に基づき作成した議事録を来週公開する方針です。',
    '防衛省によりますと、問い合わせが相次いだため、専用の窓口を設けたということです。',
  ]);
});
