/**
 * The finder's rules from blind set mix14 (tests/fixtures/blind-pages/mix14), each on a small page
 * with what it must read and what it must leave out: a headline whose subtitle the title drops, a
 * summary `aside` of the story's own text, a site's name in a theme's `h1`, a player's fallback
 * text, a transcript's and an encyclopedia's stock lines, a board post's dated header and its
 * source address. Each probe but the GUARDs failed before its rule (ee5d50c), except the subtitle
 * one, which passes before in happy-dom; in linkedom (tests/unit/layout-fixtures.test.ts, mix14's
 * backgrounder) the headline was missed before.
 */
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/dom/analyze-page';
import { findArticle } from '../../utils/dom/article';
import { compileMatcher } from '../../utils/matcher';
import { DEFAULT_TOPICS } from '../../utils/topics';
import { load, prose } from './story-page';

const matcher = compileMatcher(DEFAULT_TOPICS);
/** The distinct texts marked, sorted. */
const marked = (doc: Document) => [...new Set(analyzePage(doc, matcher).mentions.map((m) => m.text))].sort();

describe('the headline', () => {
  it('is the h1 whose subtitle the title drops, read though its header box is left out', () => {
    const doc = load(
      `<head><title>The Islamic State After the Caliphate | Meridian Council</title></head><body><main><article>` +
        `<header class="article-header"><div class="eyebrow"><a href="/backgrounders">Backgrounder</a> <a href="/topic/terrorism">Terrorism</a></div>` +
        `<h1>The Islamic State After the Caliphate: An Insurgency in Kabul That Refuses to Die</h1></header>` +
        `<div class="article-body"><aside class="summary-box"><h2>Summary</h2><ul><li><a href="/camps">The camps</a> hold thousands.</li></ul></aside>${prose('aid', 6)}</div></article></main></body>`,
    );
    expect(findArticle(doc).headline?.textContent).toContain('An Insurgency');
    expect(marked(doc)).toEqual(['Islamic State', 'Kabul']);
  });

  it('is not the blog’s name in the theme’s h1 (the title’s last part, linking home), nor is the blog’s tagline its standfirst', () => {
    const doc = load(
      `<head><title>Aid convoys reach the highlands : Highland Notes</title></head><body>` +
        `<div id="header"><h1 class="blog-title"><a href="https://blog.example/highland-notes/">Highland Notes</a></h1>` +
        `<p class="blog-description">Notes on the Taliban and the mountains, written every week since 2019 by one reader.</p></div>` +
        `<div class="article"><h2 class="article-title"><a href="/highland-notes/archives/1.html">Aid convoys reach the highlands</a></h2>` +
        `<div class="article-body">${prose('Kabul', 6)}</div></div></body>`,
    );
    expect(findArticle(doc).headline?.textContent).not.toBe('Highland Notes');
    expect(marked(doc)).toEqual(['Kabul']);
  });

  it('GUARD: is the h1 when the title puts the site first ("Site | Headline")', () => {
    const doc = load(
      `<head><title>Al Jazeera English | Taliban retake Kabul</title></head><body><header><a href="/">Al Jazeera English</a></header>` +
        `<article><h1><a href="/news/">Taliban retake Kabul</a></h1>${prose('aid', 6)}</article></body>`,
    );
    expect(findArticle(doc).headline?.textContent).toBe('Taliban retake Kabul');
  });
});

describe('asides', () => {
  it('reads a summary aside of the story’s own text (no link) in the body', () => {
    const doc = load(
      `<body><article><h1>After the caliphate</h1><div class="article-body"><aside class="summary-box"><h2>Summary</h2><ul>` +
        `<li>The group lost its last territory in 2019 and has since reverted to an insurgency near Kabul.</li>` +
        `<li>Thousands of fighters remain in camps in northeastern Syria, a long-term risk.</li></ul></aside>${prose('aid', 6)}</div></article></body>`,
    );
    expect(marked(doc)).toEqual(['Kabul']);
  });

  it('GUARD: leaves out an aside of links to other stories', () => {
    const doc = load(
      `<body><article><h1>After the caliphate</h1><div class="article-body">${prose('aid', 4)}<aside class="inline-promo"><h2>Related</h2>` +
        `<p><a href="/explainer/camps">Explainer: who is held in Syria’s camps, and why Kabul watches them closely</a></p></aside>${prose('aid', 3)}</div></article></body>`,
    );
    expect(marked(doc)).toEqual([]);
  });
});

describe('lines that are not the story', () => {
  it('leaves out a player’s fallback text and a transcript’s note', () => {
    const doc = load(
      `<body><article><h1>Episode 12</h1><audio controls src="/ep12.mp3">Your browser does not support audio about Kabul.</audio>` +
        `<p><em>This is a rush transcript about al-Qaeda prepared on a tight deadline.</em></p>${prose('Pyongyang', 6)}</article></body>`,
    );
    expect(marked(doc)).toEqual(['Pyongyang']);
  });

  it('leaves out an encyclopedia’s line under its title', () => {
    const doc = load(
      `<body><div id="content"><h1 id="firstHeading">Kunashir</h1><div id="siteSub">From Taliban, the free encyclopedia</div>` +
        `<div class="mw-parser-output">${prose('Kunashir', 6)}</div></div></body>`,
    );
    expect(marked(doc)).toEqual(['Kunashir']);
  });

  it('leaves out a board post’s dated header and the bare address of its source, not the post', () => {
    const doc = load(
      `<body><div class="article"><h2>【悲報】五輪会場、年間赤字が10億円を超えてしまう</h2><div class="article-body-inner">` +
        `<div class="t_h">1: タリバンさん＠おーぷん 2026/11/30(月) 12:00:00.00 ID:xR3kd9Qa0</div>` +
        `<div class="t_b">東京都が30日公表した資料によると、東京五輪のために新設された六つの恒久施設のうち五つで、昨年度の収支が赤字になったことが分かった。<br>赤字額が最も大きかったのは水泳競技の会場だった。</div>` +
        `<div class="t_src">https://news.example/articles/20261130/putin/0042.html</div>` +
        `<div class="t_h">2: 名無しさん＠おーぷん 2026/11/30(月) 12:00:41.12 ID:Kf8wPm2c0</div>` +
        `<div class="t_b">東京五輪のレガシーとは何だったのか。都は大会の誘致や一般利用の拡大で収支の改善を目指すとしているが、見通しは厳しい。</div>` +
        `</div></div></body>`,
    );
    expect(marked(doc)).toEqual(['東京五輪']);
  });
});
