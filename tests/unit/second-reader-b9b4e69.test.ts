/**
 * Second reading of b9b4e69 (mix160–168), by helper-272: story content written like the new rules' furniture. Probed:
 * a gift guide's items (an editor's paragraph, a price and a "Jetzt kaufen" button) and a tech story's sentence with a price and
 * a "buy" link, read as shop product cards; a service guide's step and a press release's first paragraph (a bold label or
 * dateline, a PDF "zum Herunterladen") read as a box offering a document; a standfirst sharing its wrapper with an "Artikel
 * anhören" button, no longer a standfirst; a story video's caption whose "Flugdauer: 19 Stunden" reads as a player's length;
 * a listicle's line giving a site's host; a book column's "Lesetipp:" title line; a guide's glossary paragraph opening
 * "Haftungsausschluss:" and a legal blog's paragraph opening "Preise inkl. MwSt., zzgl. Versand"; a broadcaster's polite-form
 * sentence on data charges (「…通信料がかかります。」) and a local story's 「…YouTube…ぜひ見てくださいと…呼びかけています」. The cases that
 * are not GUARDs failed on b9b4e69 and passed on aa0751b; the GUARDs pass on both. All pass since the rules were narrowed: a
 * product card is a box (not a paragraph) whose shop button stands alone and which holds no paragraph of 80 characters; a
 * download box's bold label names a document ("Checkliste:"); a player's note follows the player's button; a run-on length
 * label is capitalised ("…studentsDuration 2:47"); a bare host line holds a blog card's `cite` or embed; "Lesetipp:" is no
 * label; "Haftungsausschluss:" needs the disclaimer's words, the price note ends the line; the polite data-charge note and
 * the shop-picks line are whole lines.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaProse, load, prose, storyAroundWith } from './story-page';

/** Reads `doc` and checks the story around the probe and `kept` are read. */
const expectRead = (doc: Document, kept: string) => {
  const text = articleText(doc);
  expect(text).toContain('Paragraph 2 of the story');
  expect(text).toContain(kept);
};
/** A Japanese story headed `headline` with `middle` between its paragraphs. */
const jaAround = (headline: string, middle: string) =>
  load(
    `<body><article><h1>${headline}</h1><div class="article-body">${jaProse('通信料金', 3)}${middle}${jaProse('料金プラン', 3)}</div></article></body>`,
  );
const expectJaRead = (doc: Document, kept: string) => {
  const text = articleText(doc);
  expect(text).toContain('3回目の協議は来月にも開かれる見通しで');
  expect(text).toContain(kept);
};

describe('second reader of b9b4e69: a shopping story’s own text read as a shop’s product card', () => {
  it('reads a gift guide’s items, each an editor’s paragraph with a price and a "Jetzt kaufen" button', () => {
    const item = (name: string, text: string, price: string, asin: string) =>
      `<div class="gift-item"><h3>${name}</h3><p>${text}</p><p class="price">${price}</p><a class="button" href="https://www.amazon.de/dp/${asin}" rel="sponsored nofollow">Jetzt kaufen</a></div>`;
    expectRead(
      storyAroundWith(
        'Geschenke für Hobbyköche: Zehn Ideen unter 50 Euro',
        'the kitchen',
        'the oven',
      )(
        item(
          'Gusseiserner Bräter',
          'Unser Favorit aus dem Test: Der Bräter hält die Hitze lange und macht Schmorgerichte besonders zart, auch im Backofen.',
          '49,99 €',
          'B07XKZ1Q2P',
        ) +
          item(
            'Digitales Fleischthermometer',
            'Mit dem Thermometer gelingt das Steak auf den Punkt; die Anzeige ist gut ablesbar, die Batterie hält ein Jahr.',
            '19,99 €',
            'B08L5WQ3NN',
          ),
      ),
      'Unser Favorit aus dem Test',
    );
  });
  it('reads a tech story’s sentence giving a price and linking "buy" to the shop', () =>
    expectRead(
      storyAroundWith(
        'Amazon’s first color Kindle is finally here',
        'the screen',
        'the battery',
      )(
        '<p>The Kindle Colorsoft costs $279.99 and is available to <a href="https://www.amazon.com/dp/B0CX3Y1Q5T">buy</a> now, with shipping from October 30.</p>',
      ),
      'The Kindle Colorsoft costs $279.99',
    ));
  it('GUARD: reads a deals story’s paragraph with the price, its "Buy now" button a line of its own', () =>
    expectRead(
      storyAroundWith(
        'The best early Black Friday headphone deals',
        'the discount',
        'the retailer',
      )(
        '<h3>Sony WH-1000XM5</h3><p>Sony’s flagship noise-cancelling headphones are down to $279.99 at Amazon, a record low and $120 off their usual price; we rated them the best overall pair this year.</p><p><a href="https://www.amazon.com/dp/B09XS7JWHH" class="button">Buy now</a></p>',
      ),
      'Sony’s flagship noise-cancelling headphones',
    ));
});

describe('second reader of b9b4e69: a story’s paragraph with a PDF read as a box offering a document', () => {
  it('reads a guide’s step that a bold label opens and that links the form as a PDF to download', () =>
    expectRead(
      storyAroundWith(
        'Wohngeld beantragen: So gehen Sie vor',
        'the application',
        'the office',
      )(
        '<p><strong>Antrag ausfüllen:</strong> Das Formular gibt es im Bürgeramt oder online bei der Stadt <a href="https://www.stadt.de/media/wohngeld-antrag.pdf">zum Herunterladen als PDF</a>. Füllen Sie alle Felder aus und legen Sie Ihre Gehaltsnachweise der letzten drei Monate bei.</p>',
      ),
      'Füllen Sie alle Felder aus',
    ));
  it('reads a press release’s first paragraph opening with a bold dateline and linking its report to download', () =>
    expectRead(
      storyAroundWith(
        'Umweltbundesamt legt Jahresbericht vor',
        'the emissions',
        'the report',
      )(
        '<p><strong>Dessau-Roßlau, 12. März 2025.</strong> Die Treibhausgasemissionen in Deutschland sind 2024 um 3,4 Prozent gesunken. Der vollständige Bericht steht <a href="/sites/default/files/medien/jahresbericht-2024.pdf">hier zum Download</a> bereit.</p>',
      ),
      'Die Treibhausgasemissionen in Deutschland',
    ));
  it('GUARD: reads a story’s sentence that links a study as a PDF to download, no bold label', () =>
    expectRead(
      storyAroundWith(
        'Studie: Jeder dritte Azubi bricht ab',
        'the training',
        'the companies',
      )(
        '<p>Die Studie des Bundesinstituts für Berufsbildung kann auf dessen Website <a href="/dienst/publikationen/studie-ausbildung.pdf">als PDF heruntergeladen</a> werden; sie stützt sich auf 12.000 Befragte.</p>',
      ),
      'sie stützt sich auf 12.000 Befragte',
    ));
});

describe('second reader of b9b4e69: players', () => {
  const header = (intro: string) =>
    load(
      `<body><main><article><header><h1>Der lange Abschied vom Verbrenner</h1>${intro}</header><section class="article-body">${prose('the car', 8)}</section></article></main></body>`,
    );
  it('reads a standfirst that shares its box with an "Artikel anhören" button and a share button', () =>
    expect(
      articleText(
        header(
          '<div class="article-header__intro"><p class="standfirst">Die Autobauer setzen auf Elektro, doch die Kunden zögern. Warum der Umstieg länger dauert als gedacht.</p><div class="article-tools"><button type="button">Artikel anhören</button><button type="button">Teilen</button></div></div>',
        ),
      ),
    ).toContain('Die Autobauer setzen auf Elektro'));
  it('GUARD: reads a standfirst beside the header’s tools, the tools in a box of their own', () =>
    expect(
      articleText(
        header(
          '<p class="standfirst">Die Autobauer setzen auf Elektro, doch die Kunden zögern. Warum der Umstieg länger dauert als gedacht.</p><div class="article-tools"><button type="button">Artikel anhören</button><button type="button">Teilen</button></div>',
        ),
      ),
    ).toContain('Die Autobauer setzen auf Elektro'));
  it('reads the caption of the story’s own video whose title gives a flight’s length ("Flugdauer: 19 Stunden")', () =>
    expectRead(
      storyAroundWith(
        'Qantas testet Nonstop-Flug von New York nach Sydney',
        'the flight',
        'the crew',
      )(
        '<figure class="video"><div class="video__poster"><img src="/qantas-poster.jpg" alt="" width="640" height="360"><button type="button" aria-label="Video abspielen">▶</button></div><figcaption>Flugdauer: 19 Stunden – so erlebten Passagiere und Crew den Testflug. Video: Reuters</figcaption></figure>',
      ),
      'so erlebten Passagiere und Crew den Testflug',
    ));
  it('GUARD: reads a live blog entry under an h3 whose video shows its length', () =>
    expectRead(
      storyAroundWith(
        'Live: Ukraine peace talks in Geneva',
        'the talks',
        'the ceasefire',
      )(
        '<div class="liveblog-entry"><h3>Zelensky arrives in Geneva</h3><p>The Ukrainian president landed shortly after noon and was driven straight to the talks venue, officials said.</p><div class="video"><img src="/thumb.jpg" alt=""><button aria-label="Play video">▶</button><span>Duration 1:32</span></div></div>',
      ),
      'The Ukrainian president landed shortly after noon',
    ));
});

describe('second reader of b9b4e69: story lines read as link lines and site notices', () => {
  it('reads a listicle’s line giving the site it recommends, its host linked', () =>
    expectRead(
      storyAroundWith(
        'Die besten kostenlosen Lernseiten für Grundschüler',
        'the school',
        'the homework',
      )(
        '<h3>Anton</h3><p>Die App deckt Deutsch, Mathe und Sachkunde von der ersten bis zur zehnten Klasse ab und ist werbefrei.</p><p><a href="https://anton.app">anton.app</a></p>',
      ),
      'anton.app',
    ));
  it('reads a book column’s "Lesetipp:" line naming the book it reviews', () =>
    expectRead(
      storyAroundWith(
        'Die Bücher des Sommers',
        'the novel',
        'the author',
      )(
        '<p><strong>Lesetipp: „Die Wand“ von Marlen Haushofer</strong></p><p>Eine Frau bleibt allein in einer Jagdhütte zurück, eine unsichtbare Wand trennt sie von der Welt.</p>',
      ),
      'Lesetipp: „Die Wand“ von Marlen Haushofer',
    ));
  it('reads a car-sale guide’s paragraph on the warranty clause, opening "Haftungsausschluss:"', () =>
    expectRead(
      storyAroundWith(
        'Auto privat verkaufen: Darauf kommt es im Kaufvertrag an',
        'the contract',
        'the buyer',
      )(
        '<p><strong>Haftungsausschluss:</strong> Privatverkäufer schließen die Sachmängelhaftung im Vertrag meist aus. Das gilt aber nicht für Mängel, die sie kannten und verschwiegen haben.</p>',
      ),
      'Privatverkäufer schließen die Sachmängelhaftung',
    ));
  it('reads a legal blog’s paragraph on the wording a shop must show, opening "Preise inkl. MwSt., zzgl. Versand"', () =>
    expectRead(
      storyAroundWith(
        'OLG: Versandkosten müssen neben dem Preis stehen',
        'the shop',
        'the ruling',
      )(
        '<p>Preise inkl. MwSt., zzgl. Versandkosten – dieser Hinweis reicht nach Ansicht des Gerichts nicht, wenn die Höhe der Versandkosten erst im Warenkorb zu sehen ist.</p>',
      ),
      'dieser Hinweis reicht nach Ansicht des Gerichts nicht',
    ));
  it('reads a broadcaster’s polite-form sentence on the data charges of video (「…再生には多くの通信料がかかります。」)', () =>
    expectJaRead(
      jaAround('子どものスマホ　通信料の請求に注意', '<p>専門家によりますと、高画質の動画の再生には多くの通信料がかかります。</p>'),
      '高画質の動画の再生には多くの通信料がかかります',
    ));
  it('reads a local story’s sentence on students’ video (「…YouTube…ぜひ見てくださいと…呼びかけています。」)', () =>
    expectJaRead(
      jaAround(
        '中学生が地元の魅力を動画で発信',
        '<p>完成した動画は町のYouTubeチャンネルで公開されていて、ぜひ見てくださいと生徒たちは呼びかけています。</p>',
      ),
      'ぜひ見てくださいと生徒たち',
    ));
  it('GUARD: reads the students’ words quoted (「…YouTubeにも載っているので、ぜひ見てください」と話していました)', () =>
    expectJaRead(
      jaAround(
        '中学生が地元の魅力を動画で発信',
        '<p>生徒たちは「町の公式YouTubeにも載っているので、ぜひ見てください」と話していました。</p>',
      ),
      'ぜひ見てください」と話していました',
    ));
});

describe('second reader of b9b4e69: appeals and author boxes', () => {
  it('GUARD: reads a local story’s box on a charity’s appeal whose "Donate" button leads to the charity’s page', () =>
    expectRead(
      load(
        `<head><link rel="canonical" href="https://www.northdevonnews.co.uk/news/foodbank-appeal"></head><body><main><article><h1>Foodbank shelves empty before Christmas</h1><div class="article-body">${prose('the foodbank', 3)}<div class="factbox"><p>The Barnstaple foodbank needs tinned fish, rice and toiletries, and can take money online.</p><p><a href="https://www.justgiving.com/barnstaplefoodbank">Donate to the foodbank</a></p></div>${prose('the volunteers', 3)}</div></article></main></body>`,
      ),
      'The Barnstaple foodbank needs tinned fish',
    ));
  it('GUARD: reads a profile’s box on the person it portrays, marked up as the page’s subject', () =>
    expectRead(
      storyAroundWith(
        'Die Frau, die den Rhein sauber macht',
        'the river',
        'the volunteers',
      )(
        '<div class="person-box" itemprop="about" itemscope itemtype="https://schema.org/Person"><p><span itemprop="name">Anna Keller</span>, 54, gründete 2015 die Initiative Rheinputzer und sammelt seither jedes Wochenende Müll am Ufer.</p></div>',
      ),
      'gründete 2015 die Initiative Rheinputzer',
    ));
});
