/**
 * The finder's rules from blind set mix13 (tests/fixtures/blind-pages/mix13), each on a small page
 * with the furniture it leaves out and the story text it must keep: an ad slot's one-line label, a
 * call-to-action box, a pull quote in an `aside`, a lead picture in a story header whose author's
 * name is a linked heading, a caption marked `aria-hidden`, a figure whose only link opens the
 * picture larger, and comment sections named in Spanish, German or Polish. Each "leaves out" or
 * "reads" probe failed before its rule (c820315).
 */
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/dom/analyze-page';
import { compileMatcher } from '../../utils/matcher';
import { DEFAULT_TOPICS } from '../../utils/topics';
import { load, prose } from './story-page';

const matcher = compileMatcher(DEFAULT_TOPICS);
/** The distinct texts marked, sorted. */
const marked = (doc: Document) => [...new Set(analyzePage(doc, matcher).mentions.map((m) => m.text))].sort();
const story = (inner: string) => load(`<body><article><h1>Aid in the highlands</h1>${inner}</article></body>`);

describe('an ad slot’s label of one line', () => {
  it('leaves out "Story continues below advertisement" in a box named as an ad', () => {
    const doc = story(
      `${prose('Kabul', 4)}<div class="ad-slot ad-slot--inline"><p class="ad-slot__label">Story continues below al-Qaeda advertisement</p></div>${prose('Kabul', 3)}`,
    );
    expect(marked(doc)).toEqual(['Kabul']);
  });

  it('keeps a story paragraph in a box whose class names an ad, once it runs past a line', () => {
    const doc = story(
      `${prose('Kabul', 4)}<div class="ad-slot"><p>Officials said al-Qaeda had been discussed at length.</p><p>Another line of the story follows here.</p></div>${prose('Kabul', 3)}`,
    );
    expect(marked(doc)).toContain('al-Qaeda');
  });
});

describe('a call-to-action box', () => {
  it('leaves out a member appeal after the story by its class word "cta"', () => {
    const doc = load(
      `<body><main><article><h1>Counting the dark</h1><section class="gh-content">${prose('Pyongyang', 6)}</section>` +
        `<section class="gh-post-cta"><div class="gh-post-upgrade-cta"><div class="gh-post-upgrade-cta-content"><h2>Thanks for reading The Long Margin</h2>` +
        `<p>Members keep this publication on al-Qaeda, Kabul and the region independent, and free of advertising. Paid members also get the quarterly print edition, and the archive.</p>` +
        `<a class="gh-btn" href="#/portal/signup">Become a member from $6 a month</a><p><small>Already have an account? <a href="#/portal/signin">Sign in</a></small></p></div></div></section></article></main></body>`,
    );
    expect(marked(doc)).toEqual(['Pyongyang']);
  });

  it('keeps a story box whose class only holds the letters (a "selectable" or "nectar" theme)', () => {
    const doc = load(
      `<body><article><h1>Counting the dark</h1><div class="selectable-content nectar-post">${prose('Pyongyang', 6)}</div></article></body>`,
    );
    expect(marked(doc)).toEqual(['Pyongyang']);
  });
});

describe('a pull quote in an aside', () => {
  it('reads the story’s own words set apart in an aside named as a pull quote', () => {
    const doc = story(
      `${prose('aid', 4)}<aside class="element-pullquote"><p>A brighter Pyongyang may tell you the centre is favoured.</p></aside>${prose('aid', 3)}`,
    );
    expect(marked(doc)).toEqual(['Pyongyang']);
  });

  it('still leaves out any other aside in the story', () => {
    const doc = story(
      `${prose('aid', 4)}<aside class="inline-related"><p>A brighter Pyongyang may tell you the centre is favoured.</p></aside>${prose('aid', 3)}`,
    );
    expect(marked(doc)).toEqual([]);
  });
});

describe('captions', () => {
  it('reads the lead picture’s caption in a story header whose author’s name is a linked heading', () => {
    const doc = load(
      `<body><article><header><h1>Counting the dark</h1><div class="meta"><h4 class="author-name"><a href="/author/imogen/">Imogen Cartwright-Bell</a></h4></div>` +
        `<figure><img src="/night.jpg" alt=""><figcaption>A winter composite of light over Pyongyang, from several passes.</figcaption></figure></header>` +
        `<section class="content">${prose('aid', 6)}</section></article></body>`,
    );
    expect(marked(doc)).toEqual(['Pyongyang']);
  });

  it('reads a caption marked aria-hidden (the picture’s alt text repeats it), not a part of the story so marked', () => {
    const doc = story(
      `${prose('aid', 4)}<figure><img src="/hadda.jpg" alt="A stucco head found near Kabul"><figcaption aria-hidden="true">A stucco head found near Kabul, shown in the first room.</figcaption></figure>` +
        `<div aria-hidden="true"><p>Locked paragraph on the Taliban for subscribers, which the page hides from everyone else.</p></div>${prose('aid', 3)}`,
    );
    expect(marked(doc)).toEqual(['Kabul']);
  });

  it('reads a figure whose only link opens the picture larger, and leaves out that link’s line', () => {
    const doc = load(
      `<body><div class="hakusho_body"><h1>第1節\u3000日米安全保障体制</h1>${'<p class="txt">日米両国は、同盟の抑止力と対処力を強化するため、役割や任務、能力に関する協議を重ねてきた。</p>'.repeat(6)}` +
        `<div class="fig_wrap"><p class="fig_img"><a href="../img/fig_02.png"><img src="../img/fig_02_s.png" alt=""></a></p><p class="fig_caption">図表2\u3000日米同盟の概要</p>` +
        `<p class="fig_link"><a href="../img/fig_02.png">拡大画像（プーチン）を表示する（PNG）</a></p></div></div></body>`,
    );
    expect(marked(doc)).toEqual(['日米同盟']);
  });
});

describe('comment sections named in other languages', () => {
  it.each(['comentarios', 'kommentare', 'komentarze'])('leaves out a box whose id is "%s"', (name) => {
    const doc = story(
      `${prose('Kabul', 6)}<div id="${name}" class="a_com"><p>Comentarios 64</p><p>Los comentarios sobre al-Qaeda están disponibles solo para suscriptores.</p><button>Ver todos</button></div>`,
    );
    expect(marked(doc)).toEqual(['Kabul']);
  });
});
