/**
 * The finder's rules from blind set mix23 (tests/fixtures/blind-pages/mix23), each on a small page
 * with what it must read and what it must leave out: a blog's name opening the title (Blogger's
 * "Blog name: Post title"), a magazine's paragraphs marked `class="paywall"`, an editor's note
 * above the headline, a press release's "About …" boilerplate, a lead photo's credit named as a
 * byline. Each probe failed before its rule (53c05f2).
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { load, prose } from './story-page';

describe("a blog's name opening the title", () => {
  const page = (title: string) =>
    load(
      `<head><title>${title}</title></head><body><div class="content-outer"><header><div class="header-inner">` +
        `<h1 class="title"><a href="https://northern-notes.blogspot.example/">Northern Notes</a></h1>` +
        `<p class="description"><span>A retired teacher wanders around the cold edges of the map, slowly, with a thermos.</span></p></div></header>` +
        `<div class="main-inner"><div class="blog-posts hfeed"><h2 class="date-header"><span>Sunday, November 22, 2026</span></h2>` +
        `<div class="post hentry"><h3 class="post-title entry-title">A day at Cape Nosappu, looking at the Kuril Islands</h3>` +
        `<div class="post-body entry-content"><h3>The bridge to nowhere</h3>${prose('the Kuril Islands', 5)}</div></div></div>` +
        `<div class="sidebar"><h2>About Me</h2><p>Geography teacher, retired.</p></div></div></div></body>`,
    );

  it("reads the post's title heading, not the blog's tagline beside the blog's name", () => {
    const text = articleText(page('Northern Notes: A day at Cape Nosappu'));
    expect(text).toContain('A day at Cape Nosappu, looking at the Kuril Islands');
    expect(text).not.toContain('A retired teacher wanders');
    expect(text).toContain('Paragraph 4 of the story');
  });

  it("GUARD: reads a story's h1 that opens the title but does not link to the site's home", () => {
    const text = articleText(
      load(
        `<head><title>Sakhalin ferry resumes: what it means for the Kuril Islands</title></head><body><main><article>` +
          `<h1>Sakhalin ferry resumes</h1><p class="standfirst">The first crossing since 2019 left Korsakov on Monday with 212 passengers aboard.</p>` +
          `${prose('the Kuril Islands', 5)}</article></main></body>`,
      ),
    );
    expect(text).toContain('Sakhalin ferry resumes');
    expect(text).toContain('The first crossing since 2019');
  });
});

describe('paragraphs marked as held back by a paywall', () => {
  const para = (i: number) =>
    `<p class="paywall">Section two, paragraph ${i}: he stopped taking calls on the white phone, and within a few weeks, he said, it stopped ringing in Peshawar.</p>`;

  it("reads a run of the story's paragraphs whatever their class says", () => {
    const text = articleText(
      load(
        `<body><article class="article main-content"><header><h1>The Go-Between</h1></header><div class="body__inner-container">` +
          `${prose('the Haqqani network', 3)}<h2>The silence</h2>${[1, 2, 3].map(para).join('')}</div>` +
          `<div class="ContentFooter"><p class="bio">Miriam Solberg, a staff writer, has reported from South Asia since 2009.</p></div></article></body>`,
      ),
    );
    expect(text).toContain('Section two, paragraph 1');
    expect(text).toContain('Section two, paragraph 3');
  });

  it('GUARD: leaves out a lone paywall box among the paragraphs', () => {
    const text = articleText(
      load(
        `<body><article><h1>The Go-Between</h1>${prose('the Haqqani network', 4)}` +
          `<p class="paywall">You have read your last free article this month. Subscribe now for unlimited access and a free tote bag.</p>` +
          `${prose('Peshawar', 2)}</article></body>`,
      ),
    );
    expect(text).not.toContain('You have read your last free article');
  });
});

describe("an editor's note above the headline", () => {
  it("leaves out the note and reads the headline's standfirst", () => {
    const text = articleText(
      load(
        `<head><title>Opinion | Kim Jong-un's succession problem is ours too - The Ledger</title></head><body><main id="main-content">` +
          `<div class="article-header-wrapper"><div class="editors-note" role="note"><p><span>Editor’s note: </span>This article is part of “The World in 2027,” a series of essays by experts on the forces that will shape the coming year.</p></div>` +
          `<h1 class="headline-text">The world is not ready for North Korea after Kim</h1>` +
          `<h2 class="subheadline">Pyongyang is grooming a successor. Washington and Seoul should plan for the day the plan fails.</h2></div>` +
          `<div class="article-body">${prose('Kim Jong-un', 5)}</div></main></body>`,
      ),
    );
    expect(text).toContain('Pyongyang is grooming a successor');
    expect(text).not.toContain('This article is part of');
  });
});

describe("a press release's boilerplate", () => {
  const release = (closing: string) =>
    load(
      `<body><article class="news-release-detail"><h1>Midwives Fund Commits $12 Million to Train Midwives in Kabul</h1>` +
        `<section class="release-body"><p>NEW YORK, Dec. 3, 2026 /Newswire/ -- The fund said today it would train 900 midwives in Kabul and four provinces over three years, with the health ministry's consent.</p>` +
        `${prose('Kabul', 6)}${closing}</section></article></body>`,
    );

  it('leaves out the sender\'s "About …" portrait, its media contact and the source line', () => {
    const text = articleText(
      release(
        `<p><b>About the Global Midwives Fund</b></p><p>The Global Midwives Fund is an independent, nonprofit organization founded in 1998 that trains midwives in 40 countries.</p>` +
          `<p>Media contact:<br>Dana Reyes, Director of Communications, Global Midwives Fund</p><p>SOURCE Global Midwives Fund</p>`,
      ),
    );
    expect(text).toContain('Paragraph 5 of the story');
    expect(text).not.toContain('independent, nonprofit organization');
    expect(text).not.toContain('Director of Communications');
    expect(text).not.toContain('SOURCE Global');
  });

  it('GUARD: reads a closing section headed "About …" that holds much of the story', () => {
    const text = articleText(release(`<h2>About the midwives who stayed</h2>${prose('the midwives who stayed in Kabul', 5)}`));
    expect(text).toContain('About the midwives who stayed');
    expect(text).toContain('Paragraph 4 of the story, in which officials said, according to two sources, that the midwives who stayed');
  });
});

describe("a lead photo's credit named as a byline", () => {
  it("leaves out the credit line in the lead picture's caption, not the caption", () => {
    const text = articleText(
      load(
        `<body><div class="asset"><header><h1 class="headline">Refugee family’s bakery opens on Main Street</h1></header>` +
          `<div class="asset-photo"><figure class="photo"><img src="/bakery.jpg" alt=""><figcaption class="caption-container"><div class="caption-text"><p>Farida Noori pulls a tray of bread from the oven at the family's new bakery on Main Street.</p></div>` +
          `<div class="tnt-byline">Jess Kowalczyk, Millbrook Courier</div></figcaption></figure></div>` +
          `<div class="asset-body"><div class="asset-content" id="article-body">${prose('Afghanistan', 6)}</div></div></div></body>`,
      ),
    );
    expect(text).toContain('Farida Noori pulls a tray');
    expect(text).not.toContain('Jess Kowalczyk');
  });
});
