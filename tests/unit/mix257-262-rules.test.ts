/**
 * What mix257–262 showed, read sealed once in session 55 on f7698bd (189/190 article fragments, 11/198 others): channel
 * lines after a pictograph, after "Stay informed:" or ending "and never miss an update!"; a community box's "Get the day’s
 * top … stories on WhatsApp and Telegram"; a Patreon box whose button reads "Become a patron"; a Colombian daily's
 * "Reciba todas las mañanas en su correo …"; a Medium publication's call for writers; a Japanese IT site's newsletter line
 * and a business daily's last free paragraph in its paywall's faded edge, missed. Still read: a weekly's line on its
 * e-edition and its tip box's appeal (a rule for it took a police page's own plea; see second-reader-3ca8ec6). The cases
 * that are not GUARDs fail on 574dfe4.
 */
import { describe, it } from 'vitest';
import { jaStoryWith, load, prose, storyWith } from './story-page';
import { expectReadsWithout, itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';

describe('lines of mix257–261', () => {
  const story = storyWith('Sappers report more duds in latest shells from Pyongyang', 'Pyongyang');
  itLeavesOutLines(story, [
    '📲 Follow Kyiv Meridian on Telegram for the latest updates from the front.',
    'Follow ERR News on Facebook and Twitter and never miss an update!',
    'Get the day’s top Israel stories on WhatsApp and Telegram, hand-picked by our night editors.',
    'Reciba todas las mañanas en su correo las noticias más importantes de Colombia y el mundo.',
  ]);
  it('leaves out "Stay informed:" over a channel’s invitation', () =>
    expectReadsWithout(
      story(
        '<p><strong>Stay informed:</strong> Join our WhatsApp channel for breaking news and exclusive reports from across Nigeria. <a href="https://whatsapp.example/channel/1">Click here to join</a></p>',
      ),
      'Paragraph 5 of the story',
      'Join our WhatsApp channel',
    ));
  it('leaves out a publication’s call for writers', () =>
    expectReadsWithout(
      story(
        '<p><em>Platform Notes publishes practical write-ups from engineers. Want to write for us? Read our submission guidelines first.</em></p>',
      ),
      'Paragraph 5 of the story',
      'publishes practical write-ups',
    ));
  itReadsSentences(story, [
    'Follow the money on Telegram, investigators said, and the suppliers become visible within weeks.',
    'Get the latest updates on WhatsApp, the ministry told residents of the border villages on Tuesday.',
    'Recibe cada mañana en su correo decenas de amenazas, dijo la alcaldesa, que ya presentó una denuncia.',
    'Stay informed: that was the advice of the regional governor, who said residents should keep radios on.',
    'Want to write for us? That was the question the editors asked veterans, who then sent in their diaries.',
  ]);
});

describe('a Patreon box whose button reads "Become a patron" (mix257)', () => {
  const page = (href: string) =>
    load(
      `<head><link rel="canonical" href="https://kyivmeridian.example/2026/12/05/sappers-report-more-duds/"></head><body><main><article><h1>Sappers report more duds in latest shells</h1><div class="entry-content">${prose('Pyongyang', 6)}<div class="km-patreon-box"><div class="km-patreon-box__inner"><h3 class="km-patreon-box__title">Support us on Patreon</h3><p class="km-patreon-box__text">Kyiv Meridian is an independent newsroom funded by its readers. Become a patron from $3 a month and help us keep our reporting free.</p><a class="km-patreon-box__btn" href="${href}">Become a patron</a></div></div></div></article></main></body>`,
    );
  it('leaves out the box', () =>
    expectReadsWithout(page('https://www.patreon.example/kyivmeridian'), 'Paragraph 5 of the story', 'independent newsroom funded'));
  it('GUARD: reads a story’s box on a museum’s patrons, its button to the museum', () =>
    expectReadsWithout(page('https://www.patreon.example/odesa-art-museum'), 'independent newsroom funded', 'nothing left out here'));
});

describe('Japanese lines of mix260 and mix261', () => {
  const story = jaStoryWith('マイナ保険証で診察券も不要に、市民病院が来月から', 'マイナンバーカード');
  itLeavesOutJapaneseLines(story, [
    'テックライン NEWSの最新記事を毎朝お届けする「朝刊メールマガジン」の購読は<a href="/mailmag/">こちら</a>から（無料・要会員登録）',
  ]);
  itReadsSentences(story, [
    '同社によると、メールマガジンの購読は無料で、登録者は10万人を超えたという。',
    '市は「気になることを教えてください」と呼びかけ、情報提供は匿名でも受け付けているという。',
  ]);
});

describe('the last free paragraph in a paywall’s faded edge (mix258)', () => {
  const page = (inner: string) =>
    load(
      `<body><main><article><h1>地銀、口座開設をマイナンバーカードで完結</h1><section class="paywallContent_p3k9x2q">${Array.from({ length: 5 }, (_, i) => `<p class="paragraph_p15tm1hb">関係者によりますと、${i + 1}回目の協議は来月にも開かれる見通しで、マイナンバーカードをめぐる手続きの見直しを進めることにしています。</p>`).join('')}<div class="paywallFade_pf8c1wq">${inner}</div></section><div class="paywall_p8v3h0s"><p>この記事は有料会員限定です。</p><a href="/login">続きを読む</a></div></article></main></body>`,
    );
  it('reads it', () =>
    expectReadsWithout(
      page(
        '<p class="paragraph_p15tm1hb">今後は住宅ローンや相続の手続きなど、本人確認の負担が大きいほかの業務にも同じ仕組みを広げる方針だ。</p>',
      ),
      'ほかの業務にも同じ仕組みを広げる方針だ',
      '有料会員限定です',
    ));
  it('GUARD: leaves out an offer’s line in the edge', () =>
    expectReadsWithout(
      page('<p class="paragraph_p15tm1hb">有料会員になると、この記事の続きと過去10年分の記事をお読みいただけます。</p>'),
      '5回目の協議は来月にも開かれる見通しで',
      '過去10年分の記事',
    ));
});
