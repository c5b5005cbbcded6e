/**
 * The finder's rules from blind set mix24 (tests/fixtures/blind-pages/mix24), each on a small page
 * with what it must read and what it must leave out: a headline in a `div` marked
 * `itemprop="headline"` under a title worded otherwise, and "read also" lines whose label sits
 * inside their one link ("Lire aussi | …"). Each probe failed before its rule (53c05f2).
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { load, prose } from './story-page';

describe('a headline marked by itemprop, with no h1', () => {
  const page = (title: string) =>
    load(
      `<head><title>${title}</title></head><body><div class="article m-article" itemscope itemtype="http://schema.org/Article">` +
        `<div class="article__header"><div class="article__info"><a href="/20261203/">11:04 03.12.2026</a></div>` +
        `<div class="article__title" itemprop="headline">Группировка ИГ-Хорасан взяла на себя ответственность за взрыв на рынке в Кундузе</div>` +
        `<div class="article__second-title">Число погибших при взрыве возросло до 19, еще более 40 человек ранены в Кундузе</div></div>` +
        `<div class="article__body">${prose('ISIS-K', 6)}</div></div></body>`,
    );

  it('reads it and the standfirst under it when the title words the headline otherwise', () => {
    const text = articleText(page('ИГ-Хорасан взяла ответственность за теракт в Кундузе - РИА Вести, 03.12.2026'));
    expect(text).toContain('Группировка ИГ-Хорасан взяла на себя');
    expect(text).toContain('Число погибших при взрыве возросло до 19');
  });

  it("GUARD: not a related story's linked headline marked so, before the body", () => {
    const text = articleText(
      load(
        `<head><title>ИГ-Хорасан взяла ответственность за теракт в Кундузе - РИА Вести</title></head><body><div class="article">` +
          `<div class="related-card" itemscope itemtype="http://schema.org/Article"><div itemprop="headline"><a href="/20261120/kabul.html">ИГ-Хорасан взяла ответственность за теракт в Кабуле</a></div></div>` +
          `<div class="article__body">${prose('ISIS-K', 6)}</div></div></body>`,
      ),
    );
    expect(text).not.toContain('теракт в Кабуле');
    expect(text).toContain('Paragraph 5 of the story');
  });
});

describe('a "read also" line whose label is inside its link', () => {
  const page = (line: string) =>
    load(
      `<body><main><article class="article"><h1 class="article__title">Au Pakistan, le retour forcé de réfugiés vers l’Afghanistan</h1>` +
        `<section class="article__content">${prose("l'Afghanistan", 3)}` +
        `<p class="article__paragraph"><a class="lmd-link" href="/international/article/2026/11/18/pakistan_6609876_3210.html">${line}</a></p>` +
        `${prose('Kaboul', 3)}</section></article></main></body>`,
    );

  it('leaves out "Lire aussi | …" and "LEGGI ANCHE: …" written as one link', () => {
    expect(articleText(page('Lire aussi | Le Pakistan accélère les expulsions de migrants afghans'))).not.toContain(
      'accélère les expulsions',
    );
    expect(articleText(page('LEGGI ANCHE: Kabul, i talebani chiudono le scuole'))).not.toContain('i talebani chiudono');
  });

  it("GUARD: reads a paragraph that is one link without such a label (an embedded video's title)", () => {
    expect(articleText(page('Le Pakistan accélère les expulsions de migrants afghans'))).toContain('accélère les expulsions');
  });
});
