/**
 * Second reader of 3ca8ec6 ("Rules from mix257-262 …"): cases where it reads worse than its parent 574dfe4. Each probe
 * passed on 574dfe4 and failed on 3ca8ec6; all pass since the rules were narrowed (a faded edge only as one paragraph in a
 * box named "fade", not "blur", the old gate kept for larger held-back boxes; only pictographs that point to a channel;
 * the call for writers only as the whole line's end; "Reciba … en su correo" only for the news; the tip appeal dropped).
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { load, prose, storyWith } from './story-page';

const ledgerPara = (cls: string, n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p class="${cls}">Paragraph ${i} of the story, in which the council said, according to two members, that the harbour levy was discussed at length on Monday.</p>`,
  ).join('');
/** A CSS-modules news page whose story paragraphs all carry the Paragraph component's hashed class, with `box` after them. */
const ledger = (cls: string, box: string) =>
  load(
    `<head><link rel="canonical" href="https://www.valleyledger.example/news/2026/12/07/council-delays-harbour-levy-vote"></head><body><main><article><h1>Council delays harbour levy vote again</h1><div class="Article_body__Xr2pL">${ledgerPara(cls, 6)}${box}</div></article></main></body>`,
  );
const K = 'Paragraph_paragraph__k2Vd9';
const LOREM = [
  'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris.',
  'Duis aute irure dolor in reprehenderit in voluptate velit esse cillum dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia.',
];
const expectReadsWithout = (doc: Document, kept: string, gone: string) => {
  const text = articleText(doc);
  expect(text).toContain(kept);
  expect(text).not.toContain(gone);
};
const expectReads = (doc: Document, ...kept: string[]) => {
  const text = articleText(doc);
  for (const k of kept) expect(text).toContain(k);
};

describe('paywall boxes of one or two paragraphs now read (the gate s.paragraphs >= 1, isFadedEdgeBox)', () => {
  it('leaves out a two-line paywall offer set in the story’s own Paragraph component', () =>
    expectReadsWithout(
      ledger(
        K,
        `<div class="Paywall_paywall__Qm3xT"><p class="${K}">You’ve reached the end of this month’s free reading. Keep reading the Valley Ledger for $1 a week for your first three months.</p><p class="${K}">Cancel at any time. Your support pays for the reporters who cover your council, your schools and your courts.</p><a class="Paywall_button__z81Qa" href="/offers">See offers</a></div>`,
      ),
      'Paragraph 5 of the story',
      'Keep reading the Valley Ledger for $1 a week',
    ));
  it('leaves out the blurred placeholder text drawn behind the paywall (two paragraphs)', () =>
    expectReadsWithout(
      ledger(
        K,
        `<div class="Paywall_blur__p4Hq1">${LOREM.map((t) => `<p class="${K}">${t}</p>`).join('')}</div><div class="Paywall_paywall__Qm3xT"><h2>This story is for Ledger Plus readers</h2><a href="/offers">See offers</a></div>`,
      ),
      'Paragraph 5 of the story',
      'Lorem ipsum dolor sit amet',
    ));
  it('leaves out the blurred placeholder paragraph in the paywall’s edge (one paragraph)', () =>
    expectReadsWithout(
      ledger(
        K,
        `<div class="paywall-blur"><p class="${K}">${LOREM[0]}</p></div><div class="Paywall_paywall__Qm3xT"><h2>This story is for Ledger Plus readers</h2><a href="/offers">See offers</a></div>`,
      ),
      'Paragraph 5 of the story',
      'Lorem ipsum dolor sit amet',
    ));
  it('leaves out a blurred premium teaser of another story inside the text', () =>
    expectReadsWithout(
      ledger(
        'article__text',
        `<div class="premium-teaser premium-teaser--blur"><p class="article__text"><strong>Ledger Plus:</strong> Inside the harbour master’s secret deal with the shipping line, and why the council never saw the contract until this week. <a href="/plus/harbour-deal">Read more</a></p></div>`,
      ),
      'Paragraph 5 of the story',
      'secret deal with the shipping line',
    ));
});

describe('story lines now taken for site lines', () => {
  it('reads a storm story’s emoji-bulleted advice to follow the forecaster', () =>
    expectReads(
      storyWith(
        'Storm Éowyn: what to do before the red warning starts',
        'the red warning',
      )(
        '<ul><li>📻 Follow Met Éireann on X for the latest warnings.</li><li>🔦 Keep a torch and spare batteries at hand.</li><li>🚗 Avoid all travel once the red warning begins.</li></ul>',
      ),
      'Paragraph 5 of the story',
      'Follow Met Éireann on X for the latest warnings.',
    ));
  it('reads a listicle’s emoji-headed entry on an account worth following', () =>
    expectReads(
      load(
        `<body><main><article><h1>Ten space accounts worth following this year</h1><div class="article-body">${prose('the space station', 3)}<p>🚀 Follow NASA on Instagram for pictures from the space station, many of them taken by the crew themselves.</p>${prose('the telescope', 3)}</div></article></main></body>`,
      ),
      'Paragraph 2 of the story',
      'Follow NASA on Instagram for pictures from the space station',
    ));
  it('reads a story’s paragraph reporting a student paper’s recruiting poster', () =>
    expectReads(
      storyWith(
        'The Clarion is back in print after two years',
        'the Clarion',
      )('<p>The posters went up across campus in September. Want to write for us? Send three clips to the editors, they read.</p>'),
      'Paragraph 5 of the story',
      'The posters went up across campus in September.',
    ));
  it('reads a publication’s “Write for us” page, its paragraph on what it looks for', () =>
    expectReads(
      load(
        '<body><main><article><h1>Write for us</h1><div class="entry-content"><p>Platform Notes publishes practical write-ups from engineers who build and run software for a living, and we pay for every piece.</p><p>We look for first-hand accounts: an outage you handled, a migration you led, a tool you built. Want to write for us? Read the guidelines below, then send a pitch of two paragraphs.</p><h2>Guidelines</h2><p>Pieces run between 1,200 and 2,500 words, with code where it helps, and are edited by one of our three editors before they run.</p></div></article></main></body>',
      ),
      'Pieces run between 1,200 and 2,500 words',
      'We look for first-hand accounts',
    ));
  it('reads a police page’s appeal for information, its closing plea', () =>
    expectReads(
      load(
        '<body><main><div id="contents"><h1>中央駅周辺の連続不審火に関する情報提供のお願い</h1><div class="main-body"><p>令和8年11月以降、中央区の中央駅周辺で、ごみ集積所や駐輪場の自転車が燃やされる不審火が相次いでいます。</p><p>これまでに計7件の火災が発生しており、いずれも午前0時から午前4時までの深夜の時間帯に起きています。</p><p>現場付近では、黒っぽい服装で自転車に乗った人物が目撃されています。</p><p>不審な人物や車両を見かけた方は、どんな小さなことでも教えてください。情報提供は匿名でも受け付けています。</p><p>連絡先：中央警察署刑事課（電話 000-000-0000）</p></div></div></main></body>',
      ),
      '計7件の火災が発生しており',
      'どんな小さなことでも教えてください',
    ));
  it('reads a Spanish story’s paragraph opening with the scam e-mail’s own words', () =>
    expectReads(
      load(
        `<body><main><article><h1>La Policía alerta de un nuevo fraude que suplanta a Hacienda</h1><div class="article-body">${prose('el fraude', 4)}<p>Reciba gratis en su correo el bono de 500 euros para la factura de la luz. Con ese mensaje, que suplanta al Ministerio de Hacienda, los estafadores ya han engañado a cientos de vecinos, según la Policía Nacional.</p>${prose('la denuncia', 2)}</div></article></main></body>`,
      ),
      'Paragraph 1 of the story',
      'los estafadores ya han engañado a cientos de vecinos',
    ));
});
