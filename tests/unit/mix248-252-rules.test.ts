/**
 * What mix248–252 showed, read sealed once in session 54 on 7411452 (161/162 article fragments, 9/172 others): a Dutch
 * daily's lead caption in a figure its header names as a part of itself (`figure.artstyle__header-media`, missed); a German
 * weekly's gift-article note, a Brazilian portal's WhatsApp line and "VÍDEOS: mais assistidos", a Spanish newsletter line,
 * "Scroll Down to Continue Reading", a Swedish tip line naming the desk, a Japanese paper's newsletter line and a city's LINE
 * account line. Still read: a Spanish author's bio under the link to the author's page. The cases that are not GUARDs fail
 * on 7411452.
 */
import { describe, it } from 'vitest';
import { jaStoryWith, load, prose, storyWith } from './story-page';
import { expectReadsWithout, itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';

describe('the lead picture in a figure named as a part of the story’s header (mix250)', () => {
  const page = (figureClass: string) =>
    load(
      `<body><main><article class="artstyle"><header class="artstyle__header"><div class="artstyle__header-container"><h1 class="artstyle__header-title">Alibaba wil distributiecentrum bij Horstveld, dorp in verzet</h1></div><figure class="${figureClass}"><img src="/horstveld.jpg" width="1360" height="906" alt=""><figcaption><span>De akkers ten oosten van Horstveld moeten plaatsmaken voor een hal van twintig meter hoog.</span><span class="artstyle__credit">Beeld Jeroen Smeets</span></figcaption></figure></header><div class="artstyle__byline"><a href="/auteur/sanne-de-vries/">Sanne de Vries</a></div><section class="artstyle__main">${prose('Alibaba', 6)}</section></article></main></body>`,
    );
  it('reads its caption', () =>
    expectReadsWithout(page('artstyle__header-media'), 'De akkers ten oosten van Horstveld', 'nothing left out here'));
  it('GUARD: leaves out an ad’s picture box in the header', () =>
    expectReadsWithout(page('artstyle__header-media ad-slot'), 'Paragraph 5 of the story', 'De akkers ten oosten van Horstveld'));
});

describe('lines of mix248–252', () => {
  const story = storyWith('Städtepartnerschaft mit Wladimir ruht, Putin-Kritiker eingeladen', 'Putin');
  itLeavesOutLines(story, [
    'Dieser Artikel gehört zum Angebot von Wochenpost+. Sie können ihn auch ohne Abonnement lesen, weil er Ihnen geschenkt wurde.',
    '📲 Receba as notícias do N1 Piauí no WhatsApp',
    'Recibe cada viernes en tu correo el análisis de la actualidad internacional que firman nuestros corresponsales.',
    'Scroll Down to Continue Reading',
    'Vet du något som vi borde skriva om? Hör av dig till Morgonpostens nyhetsdesk dygnet runt',
  ]);
  itReadsSentences(story, [
    'Dieser Artikel gehört zu den meistgelesenen des Jahres, sagte die Chefredakteurin.',
    'Recibe cada viernes a los vecinos en su despacho, donde escucha sus quejas sobre el tráfico.',
    'Vet du något om branden? frågade polisen, och hör av dig till oss, lade hon till.',
  ]);
  it('leaves out a "VÍDEOS: mais assistidos" label over the site’s videos', () =>
    expectReadsWithout(
      storyWith(
        'Mel do Piauí chega à China',
        'Alibaba',
      )(
        '<div class="mc-column content-text"><p class="content-text__container"><strong>VÍDEOS: mais assistidos do N1 Piauí</strong></p></div>',
      ),
      'Paragraph 5 of the story',
      'mais assistidos do N1',
    ));
});

describe('Japanese lines of mix248 and mix250', () => {
  const story = jaStoryWith('マイナンバーカードの出張窓口、商業施設で月2回', 'マイナンバーカード');
  itLeavesOutJapaneseLines(story, [
    '宮城県内の話題を毎週金曜日にメールでお届けします。登録は無料です。',
    '市公式LINEアカウントでは、広報誌の発行日や窓口の混雑状況をお知らせしています。ぜひ友だち登録をお願いします。',
  ]);
  itReadsSentences(story, [
    '同社は購入者に取扱説明書をメールでお届けします。登録は無料ですが、住所の入力が必要です。',
    '市によると、公式LINEアカウントでは混雑状況を知らせているが、利用者は伸び悩んでいるという。',
  ]);
});
