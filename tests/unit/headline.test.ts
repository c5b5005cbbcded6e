/**
 * Which h1 is the article's headline, on the pages that got it wrong: a logo, a "Read also" box,
 * a caption above the headline, a post div with loose text, and h1s a page puts where the finder
 * never measured (outside body, or added while it yields).
 */
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/dom/analyze-page';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findArticle, findArticleSteps, inArticle } from '../../utils/dom/article';
import { parsePage } from '../../scripts/page-html';
import { compileMatcher } from '../../utils/matcher';
import { DEFAULT_TOPICS } from '../../utils/topics';
import { load, prose } from './story-page';

const matcher = compileMatcher(DEFAULT_TOPICS);

describe('the article headline', () => {
  it('a hero picture whose caption runs 80+ characters above the h1 does not make the site logo the headline', () => {
    const doc = load(
      `<head><title>Doha round: what we know</title></head><body><header><h1 class="logo"><a href="/">Frontier Wire</a></h1></header>` +
        `<article><figure><img src="x.jpg"><figcaption>Envoys of the Taliban and of the government arrive for the talks in Doha on Saturday, 28 November 2026.</figcaption></figure>` +
        `<h1>Taliban talks resume in Doha</h1>${prose('Kabul', 5)}</article></body>`,
    );
    expect(findArticle(doc).headline?.textContent).toBe('Taliban talks resume in Doha');
  });

  it('an h1 inside a block that holds loose text of its own (a WordPress post div) is not "in the text"', () => {
    const doc = load(
      `<head><title>x</title></head><body><div class="header"><h1>gnaddrig ad libitum</h1></div><div class="content"><div class="post"><h1>Scherenschnitt (3)</h1>` +
        `Veröffentlicht: 05.01.2020 | Autor: gnaddrig | Abgelegt unter: Canon Powershot S110, Fotografie | Tags: Abendhimmel${prose('Kabul', 5)}</div></div></body>`,
    );
    expect(findArticle(doc).headline?.textContent).toBe('Scherenschnitt (3)');
  });

  it('an h1 in a link box the region leaves out, at the top of the article, is not the headline', () => {
    const doc = load(
      `<head><title>x</title></head><body><article><div class="promo"><h1><a href="/x">Read also: Putin meets his ministers</a></h1>` +
        `<ul><li><a href="/a">One</a></li><li><a href="/b">Two</a></li></ul></div><h1>Taliban talks resume</h1>${prose('Kabul', 5)}</article></body>`,
    );
    expect(findArticle(doc).headline?.textContent).toBe('Taliban talks resume');
  });

  it('a topic page’s header with its own h1 above the story’s h1, both in the article: the one the title names is the headline (helper-55’s H3b)', () => {
    const doc = load(
      `<head><title>Kabul airport reopens to aid flights | Frontier Wire</title></head><body><article>` +
        `<div class="topic-header"><h1>Afghanistan</h1><p>The country since the Taliban returned in 2021: our reporting.</p></div>` +
        `<h1>Kabul airport reopens to aid flights</h1>${prose('Kabul', 5)}</article></body>`,
    );
    expect(findArticle(doc).headline?.textContent).toBe('Kabul airport reopens to aid flights');
    // The headline that weighs the topics and goes with a brief is the story's.
    expect(analyzePage(doc, matcher).headline).toBe('Kabul airport reopens to aid flights');
  });

  it('no h1: a bold table cell just before the text that holds the title’s headline part is the headline (blind page mix11/ja regional)', () => {
    const doc = load(
      `<head><title>周防日日新聞 ニュース：タリバン暫定政権、支援再開を要請</title></head><body><table><tr><td class="menu"><a href="/">トップ</a></td><td>` +
        `<table id="kiji"><tr><td class="midashi"><font size="4"><b>タリバン暫定政権、支援再開を要請\u3000岩国の支援団体に書簡</b></font></td></tr>` +
        `<tr><td class="date">2026年12月2日（水）掲載</td></tr><tr><td>${prose('カブール', 5)}</td></tr></table></td></tr></table></body>`,
    );
    expect(findArticle(doc).headline?.textContent).toBe('タリバン暫定政権、支援再開を要請\u3000岩国の支援団体に書簡');
    expect(analyzePage(doc, matcher).mentions.map((m) => m.text)).toContain('タリバン');
  });

  it('no h1: the title’s site-name part in a teaser just before the text is not the headline', () => {
    const doc = load(
      `<head><title>Winter walks with a dog in deep snow - Frontier Dogs</title></head><body><div class="teaser"><u>Frontier Dogs Essen</u></div>` +
        `<div class="news-text">${prose('Kabul', 5)}</div></body>`,
    );
    expect(findArticle(doc).headline).toBeUndefined();
  });

  it('a titled h1 added while the finder yields does not throw', () => {
    const doc = load(
      `<head><title>Taliban talks resume in Doha</title></head><body><div class="story">${prose('Kabul', 5)}${'<span>x</span>'.repeat(5000)}</div></body>`,
    );
    const steps = findArticleSteps(doc);
    let first = true;
    expect(() => {
      for (let s = steps.next(); !s.done; s = steps.next()) {
        if (first) doc.body.insertAdjacentHTML('afterbegin', '<h1>Taliban talks resume in Doha</h1>');
        first = false;
      }
    }).not.toThrow();
  });

  it('a titled h1 outside body (appended to <html> by a script; or in an XHTML head) does not throw', () => {
    load(`<head><title>Taliban talks resume in Doha</title></head><body><div class="story">${prose('Kabul', 5)}</div></body>`);
    const h = document.createElement('h1');
    h.textContent = 'Taliban talks resume in Doha';
    document.documentElement.appendChild(h);
    expect(() => findArticle(document)).not.toThrow();
  });

  it('a scan with includeFurniture after one without reads the current headline, not the old region’s', () => {
    load(`<head><title>a</title></head><body><article id="a"><h1>First story about talks</h1>${prose('Kabul', 5)}</article></body>`);
    analyzePage(document, matcher);
    document
      .getElementById('a')!
      .replaceWith(Object.assign(document.createElement('article'), { innerHTML: `<h1>Second story on Putin</h1>${prose('Putin', 5)}` }));
    expect(analyzePage(document, matcher, { includeFurniture: true }).headline).toBe('Second story on Putin');
  });

  describe('an 80-character block above the h1 that is not the text does not push the h1 into it', () => {
    const long = 'Envoys of the Taliban and of the government arrive for the talks in Doha on Saturday morning';
    const page = (above: string) =>
      load(
        `<head><title>x</title></head><body><header><h1 class="logo"><a href="/">Frontier Wire</a></h1></header>` +
          `<article>${above}<h1>Taliban talks resume in Doha</h1>${prose('Kabul', 5)}</article></body>`,
      );
    it.each([
      ['a long kicker heading', `<h2>${long}</h2>`],
      ['a hidden block', `<div hidden>${long}</div>`],
      ['a share box left out of the article', `<div class="share-bar">${long}</div>`],
    ])('%s', (_name, above) => {
      expect(findArticle(page(above)).headline?.textContent).toBe('Taliban talks resume in Doha');
    });
  });

  it('a section label in an h1 inside a header box left out is not read; the title’s h1 there is', () => {
    const labelled = load(
      `<head><title>Aid talks resume | Paper</title></head><body><div id="main"><div class="section-header"><h1>North Korea</h1>` +
        `<ul class="menu"><li><a href="/a">Politics</a></li><li><a href="/b">World</a></li><li><a href="/c">Asia</a></li></ul></div>` +
        `<h2>Aid talks resume</h2>${prose('aid', 5)}</div></body>`,
    );
    expect(analyzePage(labelled, matcher).mentions).toEqual([]);
    const titled = load(
      `<head><title>North Korea fires a missile | Paper</title></head><body><div id="main"><div class="post-header"><h1><a href="/p">North Korea fires a missile</a></h1>` +
        `<ul class="menu"><li><a href="/a">Politics</a></li><li><a href="/b">World</a></li><li><a href="/c">Asia</a></li></ul></div>` +
        `${prose('aid', 5)}</div></body>`,
    );
    expect(analyzePage(titled, matcher).mentions.map((m) => m.text)).toEqual(['North Korea']);
  });

  it("the h1 heading the story's own article element from a theme's header box left out, under an SEO title worded otherwise (blind page mix10/es)", () => {
    const doc = parsePage(
      readFileSync(join(import.meta.dirname, '../fixtures/blind-pages/mix10/es-internacional-cronicaaustral.html'), 'utf8'),
    );
    const region = findArticle(doc);
    expect(region.headline?.textContent).toMatch(/^Rusia instala nuevos misiles en Kunashir/);
    expect(inArticle(region, doc.querySelector('h1.entry-title')!)).toBe(true);
  });

  it('no h1: the heading before the notice worded a little longer than the title is the headline, not a related notice (blind page mix12/ja)', () => {
    const notice =
      '<p>在留邦人の皆様へ。年末年始は多くの人が集まる場所でのテロに注意し、外務省の海外安全情報を確認してください。</p>'.repeat(5);
    const doc = load(
      `<head><title>年末年始の安全対策（注意喚起） | 在マレーシア日本国大使館</title></head><body>` +
        `<table><tr><td><p id="related">過去のお知らせ：夏季休暇の安全対策</p><h3 id="hl">年末年始における安全対策について（注意喚起）</h3>` +
        `<p align="right">令和8年12月1日</p><div class="notice_body">${notice}</div></td></tr></table></body>`,
    );
    expect(findArticle(doc).headline?.id).toBe('hl');
    expect(inArticle(findArticle(doc), doc.getElementById('related')!)).toBe(false);
  });
});
