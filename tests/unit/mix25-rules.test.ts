/**
 * The finder's rules from blind set mix25 (tests/fixtures/blind-pages/mix25), each on a small page
 * with what it must read and what it must leave out: a picture's caption in a box of its own
 * beside the story (TYPO3's news image, not a `figure`), a club's rights and newsletter notes, a
 * university's contact box under its heading. Each probe failed before its rule (99802ad).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { parsePage } from '../../scripts/page-html';
import { itLeavesOutLines } from './site-lines';
import { load, prose } from './story-page';

describe("a picture's caption in a box beside the story", () => {
  const page = (box: string) =>
    load(
      `<body><div class="news news-single"><div class="article" itemscope itemtype="http://schema.org/Article"><div class="header"><h1 itemprop="headline">Russland-Sanktionen: Wann Geschäftsführer haften</h1></div>` +
        `<div class="footer"><p><span class="news-list-date"><time datetime="2026-11-20">20.11.2026</time></span> <span class="news-list-author">von Dr. Henrik Lindqvist</span></p></div>` +
        `<div class="lead" itemprop="description"><p>Seit dem 19. Sanktionspaket prüfen Zoll und Staatsanwaltschaften Lieferketten nach Russland deutlich genauer, auch bei Putin nahen Firmen.</p></div>` +
        `${box}<div class="news-text-wrap">${prose('Putin', 6)}</div></div></div></body>`,
    );

  it('reads the caption of a box holding one picture and a line named its caption, not its credit (mix25 law firm blog)', () => {
    const html = readFileSync(join(import.meta.dirname, '../fixtures/blind-pages/mix25/03-kanzlei-typo3-blog.html'), 'utf8');
    const text = articleText(parsePage(html));
    expect(text).toContain('Lieferungen über Drittstaaten wie Kasachstan');
    expect(text).not.toContain('Foto: Adobe Stock');
  });

  it('GUARD: not a teaser box of one picture whose caption links to another story', () => {
    const text = articleText(
      page(
        `<div class="teaser-img-wrap"><img src="/zoll.jpg" alt=""><p class="teaser-caption"><a href="/blog/zoll-pruefung">Zollprüfung: Was Exporteure jetzt über Drittstaaten wissen müssen</a></p></div>`,
      ),
    );
    expect(text).not.toContain('Zollprüfung: Was Exporteure');
  });
});

describe("a club's and a university's notes", () => {
  const page = (after: string) =>
    load(
      `<body><main><article class="item-page"><h1>Ein Jahr Schulküche in Kabul</h1><div class="com-content-article__body">${prose('Kabul', 6)}${after}</div></article></main></body>`,
    );

  itLeavesOutLines(page, [
    'Fotos: Partnerorganisation / Bildungsbrücke e.V. – Veröffentlichung nur mit Genehmigung des Vereins',
    'Dieser Bericht erscheint auch in unserem Mitgliederrundbrief 4/2026.',
  ]);

  it('GUARD: reads a sentence of the story on a report that appears elsewhere', () => {
    const line = 'Dieser Bericht erscheint nach Angaben des Vereins nur, weil die Köchinnen in Kabul selbst darum gebeten haben.';
    expect(articleText(page(`<p>${line}</p>`))).toContain(line);
  });

  it('leaves out a contact box under "Kontakt für Rückfragen"', () => {
    const text = articleText(
      page(
        `<div class="c-infobox c-infobox--contact"><h2 class="c-infobox__title">Kontakt für Rückfragen</h2>` +
          `<div class="c-card"><p class="c-card__name">Prof. Dr. Sun-Hee Albrecht</p><p class="c-card__role">Institut für Ostasienwissenschaften, Lehrstuhl für Politik Ostasiens</p></div></div>`,
      ),
    );
    expect(text).not.toContain('Institut für Ostasienwissenschaften');
  });
});
