/**
 * What mix204–207 showed, read sealed once in session 52 on eb0cd1a (132/132 article fragments, 6/131 others): a Ukrainian
 * outlet's donation box linking to its readers' club on a host of its own and its report-an-error line, a Belgian daily's
 * premium badge, a Portuguese daily's subscription box, a note.com creator's support line and a Japanese station's note on its
 * player's sound. The cases that are not GUARDs fail on eb0cd1a.
 */
import { describe, it } from 'vitest';
import { jaStoryWith, load, prose, storyWith } from './story-page';
import { expectReadsWithout, itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';

describe('appeal boxes of mix205 and mix207', () => {
  const page = (box: string) =>
    load(
      `<head><link rel="canonical" href="https://www.narodna-pravda.example/news/2026/12/06/7520011/"></head><body><main><article><h1>Українські пасічники шукають покупців на Alibaba</h1><div class="post_text">${prose('Alibaba', 4)}${box}${prose('Alibaba', 3)}</div></article></main></body>`,
    );
  it('leaves out a donation box whose button leads to the readers’ club on the site’s own host', () =>
    expectReadsWithout(
      page(
        '<div class="donate-inline donate_block"><div class="donate_block_title">Народна правда працює для вас щодня</div><div class="donate_block_text">Ми не беремо грошей у політиків і олігархів. Щомісячний внесок від 99 гривень допомагає нам залишатися незалежними.</div><a href="https://club.narodna-pravda.example/?utm_source=post" class="button donate_block_button">Стати Другом НП</a></div>',
      ),
      'Paragraph 2 of the story',
      'Ми не беремо грошей',
    ));
  it('leaves out a subscription box whose button leads to the subscriptions page', () =>
    expectReadsWithout(
      page(
        '<div class="story__support support-box"><p class="support-box__title">O jornalismo de qualidade precisa de si</p><p class="support-box__text">Cada assinatura ajuda a manter uma redacção independente, que investiga, verifica e explica.</p><a class="btn btn--primary" href="/assinaturas?ref=artigo-fim">Assinar</a></div>',
      ),
      'Paragraph 2 of the story',
      'Cada assinatura ajuda',
    ));
  it('GUARD: reads a story’s box on a club of another site (a football club’s fan page)', () =>
    expectReadsWithout(
      page(
        '<div class="note-box"><p>Фанати клубу зібрали понад мільйон гривень на нову базу для юнацької команди, розповіли організатори збору.</p><a href="https://club.fc-dnipro.example/">Сторінка клубу</a></div>',
      ),
      'Фанати клубу зібрали',
      'Ми не беремо грошей',
    ));
});

describe('lines of mix205', () => {
  const story = storyWith('Ukrainian beekeepers look for buyers abroad', 'the exports');
  itLeavesOutLines(story, [
    'Якщо ви помітили помилку, виділіть необхідний текст і натисніть Ctrl + Enter, щоб повідомити про це редакцію.',
    'Cet article est réservé aux abonnés',
  ]);
  itReadsSentences(story, [
    'The app lets users press Ctrl + Enter to send a message, a shortcut the developers said most testers found on their own.',
    'Le club précise que cet article du règlement est réservé aux abonnés de la tribune nord depuis la saison dernière.',
  ]);
});

describe('Japanese lines of mix204 and mix205', () => {
  const story = jaStoryWith('マイナンバーカード更新、窓口に長い列', 'マイナンバーカード');
  itLeavesOutJapaneseLines(story, [
    '※動画の再生時に音声が流れます。通信量にご注意ください。',
    'いただいたサポートは、子どもと行く週末のみかん狩りと、次の記事を書くためのコーヒー代に使わせていただきます。',
  ]);
  itReadsSentences(story, ['市によりますと、いただいたご意見は来年度の窓口運営に生かしていくということです。']);
});
