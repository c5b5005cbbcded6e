/**
 * What mix269–272 showed, read sealed once in session 55 on 0eced64 (131/131 article fragments, 4/133 others): a French
 * regional daily's "Cet article vous est offert par …", a UK paper's "Join the … WhatsApp community for breaking news",
 * and a Japanese business site's newsletter line ending 「無料メルマガのご登録はこちらから。」. Still read: a SWELL blog's
 * sponsored box under 「PR｜…」 (a rule for it took a story's ad-labelled sections and a staff interview's speaker line; see
 * second-reader-57521ac). The cases that are not GUARDs fail on 0eced64.
 */
import { describe } from 'vitest';
import { jaStoryWith, storyWith } from './story-page';
import { itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';

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

describe('a Japanese line of mix272', () => {
  const story = jaStoryWith('年末調整、マイナンバーカードで書類が不要に', 'マイナンバーカード');
  itLeavesOutJapaneseLines(story, ['ビジネスリーダーOnlineの人気記事を毎朝メールでお届けします。無料メルマガのご登録はこちらから。']);
});
