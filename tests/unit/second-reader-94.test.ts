/**
 * Second reader's probes of the mix25–mix27 rules (99802ad → 1dda1e0): the sibling join of a box of
 * one picture and a line named its caption (article.ts), a lead figure inside a left-out or unlikely
 * box that holds an h1 (article-furniture.ts `isLeadFigure`), the new stock lines, editor's notes,
 * follow line and back-matter headings (article-notices.ts). Each plain `it` passes on 99802ad and
 * fails on 1dda1e0 (a story's sentence lost, or the site's furniture read); each GUARD passes on both.
 * All pass since the rules were narrowed after this reading (the commit that added this file).
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { load, prose } from './story-page';

const story = (h1: string, body: string) =>
  load(`<body><main><article><h1>${h1}</h1><div class="article-body">${body}</div></article></main></body>`);
/** A story with `line` as a paragraph in the middle of its text. */
const withLine = (h1: string, topic: string, line: string) => story(h1, `${prose(topic, 3)}<p>${line}</p>${prose(topic, 3)}`);

describe("a story's sentences that read like the new stock lines", () => {
  it('reads a court story\'s sentence on "die Veröffentlichung nur mit Genehmigung" (STOCK_LINE, unanchored)', () => {
    const line =
      'Das Landgericht erlaubte die Veröffentlichung nur mit Genehmigung der Angehörigen, die Namen der Opfer bleiben geschwärzt.';
    expect(articleText(withLine('Urteil im Prozess um die Brandnacht von Solingen', 'Solingen', line))).toContain(line);
  });

  it.each([
    ['Dieser Bericht erscheint im Juni und soll erstmals Zahlen zur Kinderarmut in allen Landkreisen enthalten.'],
    ['Dieser Beitrag erschien im Amtsblatt der Stadt und löste eine Welle von Beschwerden bei der Verwaltung aus.'],
  ])('reads a story\'s sentence about a report or column: "%s" (EDITORS_NOTE)', (line) => {
    expect(articleText(withLine('Sozialministerium kündigt Armutsbericht an', 'Armut', line))).toContain(line);
  });

  it('reads a Portuguese how-to\'s instruction "Siga o passo a passo … no WhatsApp." (FOLLOW_LINE, Siga and "no")', () => {
    const line = 'Siga o passo a passo abaixo para ativar a verificação em duas etapas no WhatsApp.';
    const text = articleText(
      story(
        'Como proteger sua conta do WhatsApp contra golpes',
        `${prose('WhatsApp', 3)}<p>${line}</p><ol><li>Abra o aplicativo e toque em Configurações, depois em Conta.</li>` +
          `<li>Toque em Confirmação em duas etapas e escolha um PIN de seis dígitos.</li></ol>${prose('WhatsApp', 3)}`,
      ),
    );
    expect(text).toContain(line);
  });

  it('reads a Portuguese recipe blog\'s "Segui a receita … no Instagram." (FOLLOW_LINE, "no" for every verb)', () => {
    const line = 'Segui a receita da minha avó sem mudar nada e postei o resultado no Instagram.';
    expect(articleText(withLine('Bolo de fubá cremoso da vó Dirce', 'fubá', line))).toContain(line);
  });

  it('reads a Spanish story on a media law: "Los comentarios son responsabilidad de quien los publica, …" (STOCK_LINE)', () => {
    const line =
      'Los comentarios son responsabilidad de quien los publica, establece el artículo 12 de la ley aprobada el martes por el Senado.';
    expect(articleText(withLine('El Senado aprueba la ley de plataformas digitales', 'ley', line))).toContain(line);
  });

  it('reads a guide\'s section headed "Press contact" (BACK_MATTER)', () => {
    const section = (h: string, p: string) => `<div class="wp-block-group"><h2>${h}</h2><p>${p}</p></div>`;
    const text = articleText(
      story(
        'What goes into a press kit for a small nonprofit',
        prose('press kit', 3) +
          section(
            'Press contact',
            'Name one person journalists can reach by phone and email, and make sure that person answers within a day, even on weekends.',
          ) +
          section(
            'Fact sheet',
            'Keep the fact sheet to one page: founding year, budget, staff, the numbers that matter, and three short quotes you are happy to see printed.',
          ) +
          prose('press kit', 3),
      ),
    );
    expect(text).toContain('Name one person journalists can reach');
  });

  it('GUARD: reads a news story\'s paragraph under a "Media contacts" subhead (a paragraph, not a box)', () => {
    const text = articleText(
      story(
        'Company recalls 2 million air fryers',
        `${prose('recall', 4)}<h2>Media contacts</h2><p>Reporters who reached the company's media office on Tuesday were told the recall had been planned for months, a claim regulators dispute.</p>${prose('recall', 2)}`,
      ),
    );
    expect(text).toContain('Reporters who reached');
  });

  it('GUARD: reads a quoted follow line in a story', () => {
    const line = '„Folgen Sie uns auf Telegram“, schrieb die Gruppe am Montag an ihre Anhänger, kurz bevor der Kanal gesperrt wurde.';
    expect(articleText(withLine('Verfassungsschutz beobachtet Telegram-Gruppe', 'Telegram', line))).toContain(line);
  });
});

describe("a box of one picture and a line named its caption, beside the story's text", () => {
  const page = (box: string) =>
    load(
      `<body><div class="single"><h1>Stadtrat beschließt neuen Radweg an der Ringstraße</h1><div class="entry-content">${prose('Radweg', 6)}</div>${box}</div></body>`,
    );

  it.each([
    [
      'a newsletter sign-up',
      'Jeden Freitag',
      `<div class="nl-box"><img src="/img/mail.svg" alt=""><p class="nl-caption">Jeden Freitag die wichtigsten Nachrichten aus der Region – direkt in Ihr Postfach.</p><form><input type="email"><button>Anmelden</button></form></div>`,
    ],
    [
      "the writer's box",
      'Anna Berg schreibt',
      `<div class="about-writer"><img src="/img/anna.jpg" alt=""><p class="writer-caption">Anna Berg schreibt seit 2009 für das Stadtmagazin über Verkehr, Stadtplanung und Kommunalpolitik.</p></div>`,
    ],
    [
      "a video player's controls",
      'Current Time',
      `<div class="video-js vjs-fluid"><img class="vjs-poster" src="/poster.jpg" alt=""><div class="vjs-text-track-display"></div><div class="vjs-control-bar"><span class="vjs-control-text">Play Video. Current Time 0:00. Duration 2:31. Captions off.</span><div class="vjs-captions-button">Untertitel</div></div></div>`,
    ],
    [
      "a car dealer's ad",
      'Autohaus Meier',
      `<div class="anz-box"><img src="/banner.jpg" alt=""><p class="img-caption">Jetzt Probefahrt vereinbaren: Autohaus Meier, Ihr Partner in der Region seit 1962.</p></div>`,
    ],
  ])('leaves out %s (sibling join, article.ts)', (_, words, box) => {
    const text = articleText(page(box));
    expect(text).toContain('Paragraph 5 of the story');
    expect(text).not.toContain(words);
  });

  it('GUARD: leaves out a box of three pictures under one caption', () => {
    const text = articleText(
      page(
        `<div class="more-pics"><img src="/a.jpg"><img src="/b.jpg"><img src="/c.jpg"><p class="pics-caption">Weitere Bilder aus dem Stadtrat: Sitzung, Abstimmung und Pressekonferenz im Rathaus.</p></div>`,
      ),
    );
    expect(text).toContain('Paragraph 5 of the story');
    expect(text).not.toContain('Weitere Bilder');
  });
});

describe('a figure after the h1 in a box left out or named unlikely', () => {
  const opinion = (figure: string) =>
    load(
      `<body><article><header class="post-header"><h1>Why the city should stop widening roads</h1>${figure}</header><div class="post-content">${prose('roads', 6)}</div></article></body>`,
    );

  it.each([
    [
      "a columnist's portrait",
      'Jane Doe is a columnist',
      `<figure class="columnist-portrait"><img src="/authors/jane.jpg" alt=""><figcaption>Jane Doe is a columnist who writes about cities and transport every Sunday.</figcaption></figure>`,
    ],
    [
      'a listen-to-this-article player',
      'Listen to this article',
      `<figure class="audio-player"><audio src="/a.mp3" controls></audio><figcaption>Listen to this article, narrated by an automated voice (7 minutes)</figcaption></figure>`,
    ],
  ])("leaves out %s in the story's post-header (isLeadFigure)", (_, words, figure) => {
    const text = articleText(opinion(figure));
    expect(text).toContain('Paragraph 5 of the story');
    expect(text).not.toContain(words);
  });

  it("leaves out a subscription promo in the site's header, whose h1 is the logo (isLeadFigure)", () => {
    const text = articleText(
      load(
        `<body><div class="site-header"><h1 class="logo">Stadtblatt</h1><figure class="promo"><img src="/abo.jpg" alt=""><figcaption>Das Stadtblatt im Digital-Abo: drei Monate lesen für nur einen Euro pro Woche</figcaption></figure></div>` +
          `<div class="content"><h2>Stadtrat beschließt neuen Radweg</h2>${prose('Radweg', 6)}</div></body>`,
      ),
    );
    expect(text).toContain('Paragraph 5 of the story');
    expect(text).not.toContain('Digital-Abo');
  });

  it("GUARD: reads the lead picture's caption in an article-header", () => {
    const text = articleText(
      load(
        `<body><article><header class="article-header"><h1>Why the city should stop widening roads</h1><figure class="lead"><img src="/roads.jpg" alt=""><figcaption>Traffic on the ring road at rush hour, where the council wants to add a fifth lane.</figcaption></figure></header><div class="post-content">${prose('roads', 6)}</div></article></body>`,
      ),
    );
    expect(text).toContain('Traffic on the ring road');
  });
});
