/**
 * The finder's rules from blind sets mix26 and mix27 (tests/fixtures/blind-pages), each on a small
 * page with what it must read and what it must leave out: a lead picture inside the story's header
 * box (a header word in its class), a follow-us line in Portuguese, a comment section's disclaimer,
 * a Polish source line, a broadcaster's plea to share. Each probe failed before its rule (99802ad).
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { itLeavesOutLines, itReadsSentences } from './site-lines';
import { load, prose } from './story-page';

describe("a lead picture in the story's header box", () => {
  const page = (header: string) =>
    load(
      `<body><article class="nota"><header class="${header}"><h1 class="com-title">Qué busca Putin con su ofensiva diplomática en América Latina</h1>` +
        `<h2 class="com-subhead">El Kremlin multiplicó viajes, acuerdos energéticos y gestos hacia gobiernos de la región.</h2>` +
        `<figure class="com-image-container"><img src="/putin.jpg" alt=""><figcaption class="com-caption">El presidente ruso, durante una reunión con embajadores latinoamericanos<span class="com-credit">Alexander Kazakov - Sputnik/AFP</span></figcaption></figure></header>` +
        `<section class="cuerpo__nota">${prose('Putin', 6)}</section></article></body>`,
    );

  it("reads its caption, not its credit, although the header's class names a header", () => {
    const text = articleText(page('header-nota'));
    expect(text).toContain('El presidente ruso, durante una reunión');
    expect(text).not.toContain('Alexander Kazakov');
  });
});

describe("the site's lines", () => {
  const page = (after: string) =>
    load(
      `<body><main><article><h1>Lula e Putin conversam por telefone</h1><div class="content-text">${prose('Putin', 6)}${after}</div></article></main></body>`,
    );

  itLeavesOutLines(
    page,
    [
      '📳 Siga o canal do g1 no WhatsApp e receba as principais notícias do dia.',
      'Los comentarios son responsabilidad de cada autor y no reflejan la opinión del medio.',
      'Źródło informacji: RIRM / Caritas Polska',
      'Help keep family & friends informed by sharing this article',
    ],
    3,
  );

  itReadsSentences(page, [
    'Siga a tendência, disse o ministro, que falou no X e depois em entrevista à rádio estatal sobre Putin.',
    'Los comentarios son de Putin, dijo el portavoz, y no de su ministro de Exteriores.',
  ]);
});
