/**
 * Lines and boxes that sealed sets of session 54 showed and that were still read when the sets were kept (their
 * `readAnyway`): a US paper's gift-article note (mix254), a Hungarian site's Facebook follow line (mix255), a Spanish
 * daily's "Sobre la firma" author box (mix249) and a Japanese sports paper's `article-writer` profile (mix241). The cases
 * that are not GUARDs fail on 6102a88.
 */
import { describe, it } from 'vitest';
import { jaProse, load, prose, storyWith } from './story-page';
import { expectReadsWithout, itLeavesOutLines, itReadsSentences } from './site-lines';

describe('lines of mix254 and mix255', () => {
  const story = storyWith('Tankers meet at sea off Nampo as sanctions panel stays dark', 'Pyongyang');
  itLeavesOutLines(story, [
    'Subscribers can share up to 10 gift articles each month. Anyone you send it to can read the full story for free.',
    'Kövessen minket a Facebookon is, hogy ne maradjon le a nap legfontosabb gazdasági híreiről!',
    'Kövessen minket a Facebookon is!',
  ]);
  itReadsSentences(story, [
    'Subscribers can share their questions with the panel before the hearing, the committee said.',
    'Kövessen minket a Facebookon is – kérte a polgármester a lakossági fórumon a falu lakóit.',
    'A rendőrség arra kéri a lakókat, hogy kövessék a Facebook-oldalukat, ahol a lezárásokról tájékoztatnak.',
  ]);
});

describe('an author box headed "Sobre la firma" (mix249)', () => {
  const page = (label: string) =>
    load(
      `<body><main><article><h1>Las matronas de Kabul vuelven a los hospitales</h1><div class="a_c">${prose('Taliban', 6)}</div><div id="w-sf" class="w-sf"><p class="w-sf_t">${label}</p><div class="w-sf_c"><img src="/autora.png" width="80" height="80" alt=""><div class="w-sf_txt"><a class="w-sf_n" href="/autor/lucia-arrieta/">Lucía Arrieta</a><p class="w-sf_d">Redactora de la sección de Internacional, especializada en cooperación y derechos humanos. Antes trabajó como corresponsal en Estambul.</p></div></div></div></article></main></body>`,
    );
  it('leaves out the author’s bio', () =>
    expectReadsWithout(page('Sobre la firma'), 'Paragraph 5 of the story', 'Redactora de la sección'));
  it('GUARD: reads a box that a story’s subhead opens', () =>
    expectReadsWithout(page('Sobre la firma del acuerdo con el Gobierno talibán'), 'Redactora de la sección', 'nothing left out here'));
});

describe('a Japanese reporter’s profile in an `article-writer` box (mix241)', () => {
  const page = (boxClass: string) =>
    load(
      `<body><main><article class="article"><h1>競泳・水野が現役引退を表明</h1><div class="article-body">${jaProse('東京五輪', 6)}</div><div class="${boxClass}"><p class="${boxClass}__name">山本一樹</p><p class="${boxClass}__profile">水泳、陸上を中心にオリンピック競技を担当。2016年入社、前任はプロ野球担当。</p></div></article></main></body>`,
    );
  it('leaves out the profile', () =>
    expectReadsWithout(page('article-writer'), '5回目の協議は来月にも開かれる見通しで', '前任はプロ野球担当'));
  it('GUARD: reads a box named for the story’s text', () =>
    expectReadsWithout(page('article-text'), '前任はプロ野球担当', 'nothing left out here'));
});
