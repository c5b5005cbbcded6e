/**
 * What mix269–272 showed, read sealed once in session 55 on 0eced64 (131/131 article fragments, 4/133 others): a French
 * regional daily's "Cet article vous est offert par …", a UK paper's "Join the … WhatsApp community for breaking news",
 * a Japanese business site's newsletter line ending 「無料メルマガのご登録はこちらから。」 and a SWELL blog's sponsored box
 * under 「PR｜…」. The cases that are not GUARDs fail on 0eced64.
 */
import { describe, it } from 'vitest';
import { jaStoryWith, storyWith } from './story-page';
import { expectReadsWithout, itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';

describe('lines of mix269 and mix270', () => {
  const story = storyWith('Afghan family opens bakery on Wexcombe high street', 'Kabul');
  itLeavesOutLines(story, [
    'Cet article vous est offert par La Voix du Bocage',
    'Join the Wexcombe Evening Post WhatsApp community for breaking news and the day’s top stories sent straight to your phone.',
  ]);
  itReadsSentences(story, [
    'Cet article vous est offert, a-t-elle plaisanté en tendant le journal au boulanger.',
    'Join the Wexcombe Afghan WhatsApp group, the organisers urged, if you want to help with the bread-making class.',
  ]);
});

describe('Japanese lines and boxes of mix271 and mix272', () => {
  const story = jaStoryWith('年末調整、マイナンバーカードで書類が不要に', 'マイナンバーカード');
  itLeavesOutJapaneseLines(story, ['ビジネスリーダーOnlineの人気記事を毎朝メールでお届けします。無料メルマガのご登録はこちらから。']);
  itReadsSentences(story, ['同社は「PR｜広報の仕事」と題した講座を開き、参加者は30人を超えた。']);
  const box = (label: string) =>
    `<div class="swell-block-capbox cap_box p-serviceCta"><div class="cap_box_ttl"><span>${label}</span></div><div class="cap_box_content"><p>資金調達や採用広報の悩みを、編集部とパートナーVCが無料でお聞きします。まずは30分のオンライン相談から。</p><div class="swell-block-button"><a href="https://venturenote.example/support/" class="swell-block-button__link"><span>無料相談を申し込む</span></a></div></div></div>`;
  it('leaves out a sponsored box under 「PR｜…」', () =>
    expectReadsWithout(
      story(box('PR｜ベンチャーノート スタートアップ支援')),
      '5回目の協議は来月にも開かれる見通しで',
      '編集部とパートナーVC',
    ));
  it('GUARD: reads such a box under the story’s own label', () =>
    expectReadsWithout(story(box('ポイント')), '編集部とパートナーVC', 'nothing left out here'));
});
