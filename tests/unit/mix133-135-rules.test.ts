/**
 * What mix133–135 showed, read sealed on 45cbe23 and again on 2f76b6a (the rules of c3009a5): a Swedish municipality's "Was
 * this helpful?" form; a UK regional paper's WhatsApp community pitch; a Japanese NGO's note on how it writes its reports and
 * its follow prompt; a Czech town's print-edition note and a list of dated teasers; a Japanese release's trademark and "as of"
 * notes; a Catalan broadcaster's player note, its WhatsApp line and the promo box beside the story; a British Columbia
 * release's "A backgrounder follows."; a caption's bracket of when the author took the picture. The cases that are not GUARDs
 * fail on c3009a5.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaStoryWith, load, prose, storyWith } from './story-page';
import { expectReadsWithout, itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';

const story = storyWith('Refugee opens a bakery on Wyke Street', 'the bakery');
const jaStory = jaStoryWith('アフガニスタンで用水路の改修が完了', 'アフガニスタン');

describe('site lines of mix133–135', () => {
  itLeavesOutLines(story, [
    "For the latest news, join the Humbermouth Live WhatsApp community - we'll send you the day's top stories and breaking news alerts.",
    "Segueix tota l'actualitat d'Osona i el Ripollès al canal de WhatsApp de Ter TV. Si vols fer-nos arribar una notícia, escriu a redaccio@tertv.example.",
    "El vídeo començarà després d'un breu anunci. Si no el pots veure, actualitza el navegador.",
    'Článek vyšel také v tištěném Lhoteckém zpravodaji 12/2026. Uzávěrka lednového čísla je 15. prosince 2026.',
    'A backgrounder follows.',
  ]);
  itReadsSentences(story, [
    'For the latest news on the bakery, customers check its window, where Farid chalks the day’s bread.',
    'Segueix la investigació, segons els Mossos, que demanen la col·laboració dels veïns.',
    'A backgrounder on the scheme follows the minister’s statement in the legislature on Tuesday.',
    'Join the Wyke Street WhatsApp group, Farid told his regulars, and you will hear first when the bolani is ready.',
  ]);
  itLeavesOutJapaneseLines(jaStory, [
    '※当会の活動報告は、現地スタッフからの報告をもとに東京事務所で作成しています。写真：緑の井戸ネットワーク',
    '最新の活動報告をいち早くお届けします。FacebookとXのフォローをお願いします',
    '「SONOLITE」は三和メディテック株式会社の日本およびその他の国における登録商標です。',
    'ニュースリリースに記載されている内容は、発表日現在の情報です。',
  ]);
  itReadsSentences(jaStory, [
    '市の担当者は「LINEの友だち登録をお願いします」と呼びかけ、災害時の情報発信に力を入れる考えを示した。',
    '同社は、模倣品の販売が商標権の侵害にあたるとして、販売業者に差し止めを求めている。',
  ]);
});

/** A page whose story box stands beside other boxes in one wrapper (the Catalan broadcaster's template). */
const besideStory = (beside: string) =>
  load(
    `<body><div class="c-noticia"><h1 class="c-noticia__titol">Set dones refugiades obren una cooperativa</h1><div class="c-noticia__cos">${prose('the cooperative', 6)}</div>${beside}</div></body>`,
  );

describe('boxes of mix133–135', () => {
  it('leaves out a "Was this helpful?" form of yes and no buttons', () =>
    expectReadsWithout(
      story(
        '<form class="env-form"><fieldset><legend>Fick du den information du behövde?</legend><button type="button">Ja</button><button type="button">Nej</button></fieldset></form>',
      ),
      'Paragraph 5 of the story',
      'Fick du den information',
    ));
  it('GUARD: reads a question and answer of the story', () =>
    expect(articleText(story('<p>Fick du svar från kommunen? Nej, säger hon, inte på tre månader.</p>'))).toContain(
      'Fick du svar från kommunen?',
    ));
  const teaser = (n: number, day: string) =>
    `<div class="polozka"><a href="/aktuality/a${n}"><img src="/t${n}.jpg" alt=""></a><div class="datum">${day}</div><a href="/aktuality/a${n}"><b>Zastupitelé schválili rozpočet číslo ${n}</b></a><br>Rozpočet ${n} počítá s příjmy 162 milionů korun. Největší investicí bude rekonstrukce ulice Husovy a přístavba mateřské školy v Zahradní ulici, na kterou město získalo dotaci.</div>`;
  it('leaves out teasers whose linked title follows their date line', () =>
    expectReadsWithout(
      story(`<h2>Další aktuality</h2>${teaser(1, '2. 12. 2026')}${teaser(2, '28. 11. 2026')}${teaser(3, '24. 11. 2026')}`),
      'Paragraph 5 of the story',
      'počítá s příjmy',
    ));
  it('GUARD: reads a timeline of dated entries of the story', () => {
    const entry = (day: string, text: string) => `<div class="entry"><div class="date">${day}</div><p>${text}</p></div>`;
    expect(
      articleText(
        story(
          entry('2. 12. 2026', 'The convoy left the fire station with four lorries of generators and blankets.') +
            entry('4. 12. 2026', 'It crossed the border at Vyšné Nemecké after a wait of eleven hours.') +
            entry('5. 12. 2026', 'The generators were handed over to the hospital in Hlyboka.'),
        ),
      ),
    ).toContain('a wait of eleven hours');
  });
  it('leaves out a WhatsApp promo box beside the story', () =>
    expectReadsWithout(
      besideStory(
        '<div class="c-promo-whatsapp"><strong>Tenim canal de WhatsApp!</strong> Rep cada dia les notícies més importants de la comarca directament al mòbil. <a href="https://whatsapp.com/channel/tertv">Uneix-t\'hi</a></div>',
      ),
      'Paragraph 5 of the story',
      'Rep cada dia',
    ));
  it('GUARD: reads the story going on in a box beside its text', () =>
    expect(
      articleText(
        besideStory(
          '<div class="c-noticia__continua"><p>The seven women plan to open a second workshop in Manlleu next autumn, with help from the town council, which has offered them an empty shop on the main square at a low rent.</p></div>',
        ),
      ),
    ).toContain('a second workshop in Manlleu'));
  it('reads a caption up to its end when its bracket says when the author took the picture', () =>
    expect(
      articleText(
        jaStory(
          '<figure><img src="/nosappu.jpg" alt=""><figcaption>根室市・納沙布岬から望む歯舞群島と貝殻島灯台（2026年10月、筆者撮影）</figcaption></figure>',
        ),
      ),
    ).toContain('貝殻島灯台（2026年10月、筆者撮影）'));
});
