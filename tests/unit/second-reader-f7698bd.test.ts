/**
 * Second reader of f7698bd: story text that the commit's four rules (a gift-article note, a Hungarian follow line, a
 * "Sobre la firma" author box, the class word "writer") now leave out, and that 6102a88 read. Every case here failed
 * on f7698bd and passed on 6102a88; all pass since the rules were narrowed (the gift note a whole sentence on the month's
 * allowance, the follow line without a reported speaker after a dash, "Sobre la firma" over a link to the author's page,
 * "writer" only as an article's, story's or post's part).
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { load, prose, storyWith } from './story-page';

const huProse = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>A ${i + 1}. bekezdés szerint a megyei katasztrófavédelem, a rendőrség és az önkormányzat közösen dolgozik azon, hogy a víz visszahúzódása után a lakók minél hamarabb hazatérhessenek.</p>`,
  ).join('');
const huStory = (line: string) =>
  load(
    `<body><main><article><h1>Lezárták a 61-es főutat Dombóvárnál a belvíz miatt</h1><div class="article-body">${huProse(3)}<p>${line}</p>${huProse(3)}</div></article></main></body>`,
  );

describe('a media story about gift articles (rule 1)', () => {
  const story = storyWith('The Times doubles the number of gift articles readers can send', 'gift links');
  it('reads the story’s sentence on the new allowance', () => {
    const line =
      'Subscribers can share up to 10 gift articles each month, up from five, and people who receive them no longer need to register, the company said on Tuesday.';
    expect(articleText(story(`<p>${line}</p>`))).toContain(line);
  });
  it('reads a story’s sentence on a rival’s policy in the middle of the text', () => {
    const line =
      'Subscribers can send five gift stories a month under the Journal’s plan, which executives said had brought in more than 40,000 trial sign-ups since January.';
    const doc = load(
      `<body><main><article><h1>Why newspapers are giving away their paywalled stories</h1><div class="article-body">${prose('gift links', 3)}<p>${line}</p>${prose('gift links', 3)}</div></article></main></body>`,
    );
    expect(articleText(doc)).toContain(line);
  });
});

describe('a Hungarian story quoting a police or band appeal without quotation marks (rule 2)', () => {
  it('reads the appeal that the story attributes to the police', () => {
    const line = 'Kövessen minket a Facebookon is, hogy ne maradjon le a lezárásokról – kérte a lakosságot a megyei rendőrség szóvivője.';
    expect(articleText(huStory(line))).toContain(line);
  });
  it('reads a band’s message to its fans that the story reports', () => {
    const line = 'Kövessetek minket a TikTokon is, hogy ne maradjatok le a turné új állomásairól – üzente rajongóinak a zenekar.';
    expect(articleText(huStory(line))).toContain(line);
  });
});

describe('a Spanish story with a section headed "Sobre la firma" (rule 3)', () => {
  it('reads an explainer’s section on the signing of the agreement', () => {
    const doc = load(
      `<body><main><article><h1>Claves del acuerdo de paz entre el Gobierno y el ELN</h1><div class="a_c">${prose('el acuerdo', 4)}<section><h2>Sobre el acuerdo</h2><p>El texto, de 42 páginas, fija un cese al fuego bilateral de seis meses, prorrogable, y un mecanismo de verificación con la ONU y la Iglesia.</p></section><section><h2>Sobre la firma</h2><p>La firma tendrá lugar el próximo 12 de junio en La Habana, en presencia de los países garantes, y el presidente viajará a Cuba la víspera.</p><p>Los negociadores no descartan que la ceremonia se aplace si no se cierra antes el capítulo sobre las víctimas, según fuentes de la delegación.</p></section><section><h2>Sobre las víctimas</h2>${prose('las víctimas', 3)}</section></div></article></main></body>`,
    );
    const text = articleText(doc);
    expect(text).toContain('Paragraph 3 of the story');
    expect(text).toContain('La firma tendrá lugar el próximo 12 de junio');
  });
  it('reads a business story’s box on the law firm it profiles', () => {
    const doc = load(
      `<body><main><article><h1>Cuatrecasas abre oficina en Miami para captar clientes latinoamericanos</h1><div class="a_c">${prose('Cuatrecasas', 5)}<div class="a_c_box"><h3>Sobre la firma</h3><p>Fundado en Barcelona en 1917, el despacho cuenta con más de 1.300 abogados y 26 oficinas en 12 países, y facturó 380 millones de euros en 2023.</p></div></div></article></main></body>`,
    );
    const text = articleText(doc);
    expect(text).toContain('Paragraph 4 of the story');
    expect(text).toContain('Fundado en Barcelona en 1917');
  });
});

describe('story text in parts a CMS names with "writer" (rule 4)', () => {
  it('reads a writer’s answers in an interview marked up by speaker', () => {
    const q = (t: string) => `<p class="interviewer"><strong>${t}</strong></p>`;
    const a = (t: string) => `<p class="writer">${t}</p>`;
    const doc = load(
      `<body><main><article><h1>“I wrote the novel in the mornings, before the children woke”</h1><div class="article-body"><p>Maya Lindqvist’s debut, a family saga set on a Baltic island, has sold more than 200,000 copies in Sweden. We spoke to her ahead of its English publication.</p>${q('When did you start writing the book?')}${a('Seven years ago, after my grandmother died and left me a box of letters from the island, most of them written during the war, which nobody in the family had ever read.')}${q('How did you find the time?')}${a('I wrote in the mornings, from five until seven, before the children woke, and on the ferry to work, which took forty minutes each way when the weather was calm.')}${q('Is the family in the book your own?')}${a('Partly. The grandmother is mine, the fishermen are composites, and the scandal in the third part is invented, although my aunt still refuses to believe that.')}</div></article></main></body>`,
    );
    const text = articleText(doc);
    expect(text).toContain('Seven years ago, after my grandmother died');
    expect(text).toContain('I wrote in the mornings, from five until seven');
  });
  it('reads a guest essay set in a `guest-writer` box inside the story', () => {
    const doc = load(
      `<body><main><article><h1>Letters from the front line of the housing crisis</h1><div class="article-body">${prose('rents', 2)}<div class="guest-writer"><h2>‘We moved four times in two years’</h2><p>When our landlord sold the flat in 2022, we had six weeks to find somewhere else, and every viewing had thirty families queueing outside it on the stairs.</p><p>My daughter has changed schools twice. She asks me now, whenever we unpack, whether she should bother putting her books on the shelf at all.</p></div>${prose('rents', 3)}</div></article></main></body>`,
    );
    const text = articleText(doc);
    expect(text).toContain('Paragraph 2 of the story');
    expect(text).toContain('My daughter has changed schools twice');
  });
});
