/**
 * Second reader for a1612fb (rules from blind sets mix17 and mix19): small realistic pages probing
 * where the new rules drop text a reader calls the article, or read text that is not. A probe marked
 * `it.fails` shows a problem still open (its comment names the rule; each is a gap the rules leave,
 * not a regression); the GUARDs document behaviour that holds. P1, P2, P3, P5, P10 and P11 failed
 * on a1612fb and pass since the rules were narrowed (their comments say how). P7 (an infinite
 * scroll's next story in a div, left out) was dropped with rule 5: a story appended beside the one
 * read is marked on purpose (tests/e2e/second-reader-69.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { load, prose } from './story-page';

const para = (s: string) => `<p>${s}</p>`;

describe('rule 1: a sibling holding 3+ teaser headings', () => {
  // Failed on a1612fb (rule 1): the block holding the story's last paragraph after the ad break also holds an inline
  // "Related coverage" box of 3 linked h3s, and was not joined. Now a sibling is a run of teasers only when every
  // paragraph in it sits in a teaser (`onlyTeasers`); the box alone is left out, by the furniture rules.
  it('P1 reads the story’s last paragraphs after an ad break, though an inline related box sits in that block', () => {
    const related = [1, 2, 3]
      .map(
        (i) =>
          `<li><h3><a href="https://northline.example/2026/03/0${i}/kabul-water-${i}/">Earlier coverage, part ${i}, of the city's water</a></h3></li>`,
      )
      .join('');
    const doc = load(
      `<head><title>Kabul water shortage deepens - Northline News</title></head><body><main><article class="story">` +
        `<h1>Kabul water shortage deepens</h1><div class="story-body">${prose('the aquifer', 10)}</div>` +
        `<div class="ad-slot"><span>Advertisement</span></div>` +
        `<div class="story-body"><div class="related-inline"><h4>Related coverage</h4><ul>${related}</ul></div>` +
        para('The ministry said it would publish a full survey of the wells, district by district, before the end of the year.') +
        `</div></article></main></body>`,
    );
    const text = articleText(doc);
    expect(text).toContain('Paragraph 9 of the story');
    expect(text).toContain('publish a full survey of the wells');
    expect(text).not.toContain('Earlier coverage, part 2');
  });
});

describe('rule 2: teasers whose classes differ item by item', () => {
  // Failed on a1612fb (rule 2): "pick pick--top" / "pick pick--budget" counted as like siblings, so each pick (short,
  // headed by a link to a shop) was a teaser. Now like classes share two words or more (`sameKind`). Picks with identical
  // classes are still dropped (an older limit).
  it('P2 reads a buying guide’s picks boxed with modifier classes, each headed by a link to its shop', () => {
    const pick = (kind: string, name: string, why: string) =>
      `<section class="pick pick--${kind}"><h3><a href="https://shop.example/p/${name.toLowerCase().replace(/ /g, '-')}">${name}</a></h3>${para(why)}</section>`;
    const doc = load(
      `<head><title>The best travel kettles - Gearline</title></head><body><main><article>` +
        `<h1>The best travel kettles</h1><div class="entry-content">${prose('the kettle test', 6)}` +
        pick(
          'top',
          'Brava Mini',
          'Our top pick boils half a litre in under three minutes, folds flat, and, unlike its rivals, switches voltage by itself.',
        ) +
        pick(
          'budget',
          'Kessel Go',
          'The budget pick is slower and louder, but at a third of the price it is the one we would take on a backpacking trip.',
        ) +
        pick(
          'upgrade',
          'Teawell Pro',
          'The upgrade pick holds a set temperature for green tea, which, for the tea drinkers on our panel, justified the weight.',
        ) +
        `</div></article></main></body>`,
    );
    const text = articleText(doc);
    expect(text).toContain('Paragraph 5 of the story');
    expect(text).toContain('Our top pick boils half a litre');
    expect(text).toContain('The budget pick is slower');
  });
});

describe('rule 3: a block that is a bare e-mail address', () => {
  // Failed on a1612fb (rule 3): each li is a block whose whole text is an e-mail address. Now only a paragraph (P, DIV) is.
  it('P3 reads the scam addresses a consumer story lists, one per item', () => {
    const doc = load(
      `<head><title>Fake tax refund e-mails target pensioners - Northline News</title></head><body><article>` +
        `<h1>Fake tax refund e-mails target pensioners</h1>${prose('the scam', 5)}` +
        para('The tax office said the e-mails had come from addresses including these, none of which it uses:') +
        `<ul><li>refunds@tax-office-online.example</li><li>service@taxrefund-gov.example</li><li>noreply@secure-taxportal.example</li></ul>` +
        para('Anyone who has clicked a link in such a message should change their passwords and call their bank, officials said.') +
        `</article></body>`,
    );
    const text = articleText(doc);
    expect(text).toContain('call their bank');
    expect(text).toContain('refunds@tax-office-online.example');
    expect(text).toContain('service@taxrefund-gov.example');
  });

  // Was a gap beside rule 3 (the bare address left out, the worded contact line read) until the contact line of blind set
  // mix49 ("Contact reporter … @…") became the site's line.
  it('P4 leaves out a reporter’s contact line with words around the address', () => {
    const doc = load(
      `<body><article><h1>Envoy meets Taliban officials in Doha</h1>${prose('the envoy', 5)}` +
        `<p class="contact">Contact the author at seoha.yoon@hanbit.example</p></article></body>`,
    );
    const text = articleText(doc);
    expect(text).toContain('Paragraph 4 of the story');
    expect(text).not.toContain('seoha.yoon@hanbit.example');
  });
});

describe('rule 4 and 5: the titled story, and another article beside it', () => {
  // Failed on a1612fb (rule 5): the body article holds h1 section heads, so the head article beside it (an article with
  // an h1) was taken for another story. Rule 5 was dropped (a story appended beside the one read is marked on purpose).
  it('P5 reads the headline and standfirst in their own article when the body article uses h1 section heads (HTML5 outline)', () => {
    const section = (head: string, topic: string) => `<section><h1>${head}</h1>${prose(topic, 4)}</section>`;
    const doc = load(
      `<head><title>How Kabul ran dry - Northline News</title></head><body><main>` +
        `<article class="story-head"><h1>How Kabul ran dry</h1><p class="dek">Two decades of unregulated wells have drained the aquifer beneath the city, and the rains no longer refill it.</p></article>` +
        `<article class="story-body">${section('The wells', 'the wells')}${section('The rains', 'the rains')}</article></main></body>`,
    );
    const text = articleText(doc);
    expect(text).toContain('How Kabul ran dry');
    expect(text).toContain('Two decades of unregulated wells');
    expect(text).toContain('Paragraph 3 of the story');
  });

  it('P6 GUARD: reads an editor’s note in an article of its own after the story', () => {
    const doc = load(
      `<head><title>Kabul water shortage deepens - Northline News</title></head><body><main>` +
        `<article class="story"><h1>Kabul water shortage deepens</h1>${prose('the aquifer', 6)}</article>` +
        `<article class="editors-note"><h2>Editor’s note</h2><p>An earlier version of this story misstated the depth of the wells in the western districts, which is about 120 metres, not 80.</p></article>` +
        `</main></body>`,
    );
    const text = articleText(doc);
    expect(text).toContain('Paragraph 5 of the story');
    expect(text).toContain('misstated the depth of the wells');
  });
});

describe('rule 6: custom elements’ names as class words', () => {
  it('P8 GUARD: reads a story inside Polymer’s app-header-layout (the page’s whole layout is one custom element named “header”)', () => {
    const doc = load(
      `<head><title>Kabul water shortage deepens - Northline News</title></head><body>` +
        `<app-drawer-layout><app-drawer><nav><a href="/">Home</a> <a href="/world">World</a></nav></app-drawer>` +
        `<app-header-layout><app-header><app-toolbar><div main-title>Northline News</div></app-toolbar></app-header>` +
        `<main><article><h1>Kabul water shortage deepens</h1>${prose('the aquifer', 6)}</article></main>` +
        `<footer><p>Northline News is published in Islamabad by Northline Media Ltd. Terms, privacy and a list of our correspondents are on the about page.</p></footer>` +
        `</app-header-layout></app-drawer-layout></body>`,
    );
    const text = articleText(doc);
    expect(text).toContain('Paragraph 5 of the story');
  });

  // FAILS, a gap in rule 6 (not a regression): "article-footer" is kept by MAYBE ("article"), so the custom element's name
  // does not mark it as a footer; the bio is read.
  it.fails('P9 leaves out an article-footer element’s author bio and tags', () => {
    const doc = load(
      `<body><news-article><h1>Kabul water shortage deepens</h1>${prose('the aquifer', 6)}` +
        `<article-footer><p>Sara Haidari is Northline’s correspondent in Kabul. She previously reported from Islamabad and Tehran.</p>` +
        `<tag-list><a href="/tags/water">Water</a> <a href="/tags/kabul">Kabul</a></tag-list></article-footer></news-article></body>`,
    );
    const text = articleText(doc);
    expect(text).toContain('Paragraph 5 of the story');
    expect(text).not.toContain('previously reported from Islamabad');
  });

  // Failed on a1612fb (rule 6): "social-embed" matches UNLIKELY (social), and the quoted-post exception held only for a
  // BLOCKQUOTE. Now it holds for a box around a quoted post alone too (`quotesPost`).
  it('P10 reads a quoted post the story cites, wrapped in a social-embed element', () => {
    const doc = load(
      `<body><article><h1>Minister denies resignation rumours</h1>${prose('the minister', 4)}` +
        para('On Tuesday evening the minister posted a short denial:') +
        `<social-embed><blockquote class="twitter-tweet"><p>I have not resigned and I will not resign. The work on the water law goes on.</p>&mdash; Minister (@minister_example) <a href="https://twitter.com/minister_example/status/1">March 3, 2026</a></blockquote></social-embed>` +
        para('Her office later confirmed that she would attend the cabinet meeting on Thursday, as planned, officials said.') +
        `</article></body>`,
    );
    const text = articleText(doc);
    expect(text).toContain('Her office later confirmed');
    expect(text).toContain('I have not resigned');
  });
  // Failed on a1612fb (rule 6): "amp-carousel" matched UNLIKELY (carousel), so the lead figure's caption was lost. Now
  // AMP's components (amp-*) are generic building blocks whose tag names say nothing of the part (`customName`).
  it('P11 reads an AMP story’s lead caption, its picture in an amp-carousel', () => {
    const doc = load(
      `<head><title>Kabul water shortage deepens - Northline News</title></head><body><article>` +
        `<header><h1>Kabul water shortage deepens</h1>` +
        `<amp-carousel width="800" height="500" layout="responsive" type="slides"><figure><amp-img src="/a.jpg" width="800" height="450" layout="responsive" alt=""></amp-img>` +
        `<figcaption>Residents queue for water from a tanker in western Kabul on Monday.</figcaption></figure></amp-carousel></header>` +
        `<amp-social-share type="twitter" width="40" height="40"></amp-social-share><amp-social-share type="facebook" width="40" height="40"></amp-social-share>` +
        `${prose('the aquifer', 3)}<figure><amp-img src="/b.jpg" width="800" height="450" layout="responsive" alt=""></amp-img><figcaption>A dry well in the Khair Khana district, where the water table has fallen.</figcaption></figure>` +
        `${prose('the wells', 3)}</article></body>`,
    );
    const text = articleText(doc);
    expect(text).toContain('Paragraph 2 of the story');
    expect(text).toContain('A dry well in the Khair Khana');
    expect(text).toContain('Residents queue for water');
  });
  it('P12 GUARD: reads a web-component story’s dek and body, not its byline, comment count, related links or share bar', () => {
    const doc = load(
      `<head><title>Kabul water shortage deepens - Northline News</title></head><body><news-article>` +
        `<story-header><h1>Kabul water shortage deepens</h1><story-dek>Two decades of unregulated wells have drained the aquifer beneath the city.</story-dek>` +
        `<story-byline>By <a href="/authors/sara-haidari">Sara Haidari</a> <time datetime="2026-03-03">March 3, 2026</time> <comment-count><a href="#comments">12 comments</a></comment-count></story-byline></story-header>` +
        `<story-body>${prose('the aquifer', 6)}<related-links><h3>More on water</h3><ul><li><a href="/a">Wells run dry in Herat</a></li><li><a href="/b">The Kabul river, a decade on</a></li><li><a href="/c">Who owns the city's water?</a></li></ul></related-links>${prose('the wells', 2)}</story-body>` +
        `<article-footer><share-bar><a href="https://twitter.com/share">Share on X</a></share-bar></article-footer></news-article></body>`,
    );
    const text = articleText(doc);
    expect(text).toContain('Two decades of unregulated wells');
    expect(text).toContain('Paragraph 5 of the story');
    expect(text).toContain('Paragraph 1 of the story, in which officials said, according to two sources, that the wells');
    expect(text).not.toContain('12 comments');
    expect(text).not.toContain('Wells run dry in Herat');
    expect(text).not.toContain('Share on X');
  });
});
