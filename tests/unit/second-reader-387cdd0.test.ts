/**
 * A second reader's probes of the rules 34182b8 and 387cdd0 added for mix112–117: new stock lines (a Romanian rights line
 * "Preluarea … este interzisă fără acordul", a pointer to the picture gallery, a plug for the site's latest news "Read … latest news
 * … at site.tld", an errata line "If you find an error …, contact us at …@", a recruiting line "…? … melde dich … @", a Norwegian
 * embed placeholder "For å se … må du godta informasjonskapsler", a Japanese as-of note 「発表日時点のものです」), boxes judged
 * furniture (a short box with a button to the site's /abo page, `isSubscribeOffer`; two or more buttons that are sums of money,
 * `holdsAmountPicker`; a login offer in French and Spanish, `holdsLoginOffer`), a caption's second line "Name Name / Name Name"
 * (`NAME_SLASH_OUTLET`), and a standfirst no longer hidden in a meta box that holds the h1 (`bylineBelow`). Probes (no "GUARD" in
 * the name) assert the reading of a story's own part, worded or built as a real story, release, blog post or institution's news
 * item is, and all twelve fail on 387cdd0 (and on HEAD, 87ccbfd, whose utils are 387cdd0's), passing on bef7652; four (the rights
 * line, the gallery pointer, the caption's line, the meta box) fail on 34182b8 already, the other eight from 387cdd0. The unanchored
 * rules fire on story sentences that carry the attribution ("…, a reamintit Ministerul Educației", "…, og det mener
 * Forbrukerrådet er ulovlig"), on an institution's own news item whose "us" is the institution (a city's billing notice, a
 * university's job post), and the box rules take a story's paragraph with the box it shares (a theatre's news item whose
 * content element holds the new season ticket's price and a button to /abo; an energy story's section holding the bill's figures
 * beside a calculator's buttons "£1,200", "£1,800"; a transit refund explainer's list item "Déjà abonné au passe Navigo ? Connectez-vous …").
 * Also misread on 387cdd0 and passing on bef7652, not kept as probes (the rule's own target, worded as a site's line would be, or
 * less natural as a story's sentence): a Dutch municipality's call "Heb je een tip voor een straatnaam? Mail naar …@…", an NHK-style
 * one-sentence paragraph 「この資料は、市が今月10日に市政記者クラブに配布しました。」, a sports caption's second line
 * "Paris Saint-Germain / Olympique de Marseille", a Spanish ticket explainer's step box "¿Ya eres socio? Inicia sesión …" under an h3.
 * Tried and read alike on both versions: the same Spanish and French login lines written straight into an `li` (no p/div/span
 * inside, so `holdsLoginOffer` does not look at them), a meta box holding the h1 and a made-up "comments are closed" line.
 * The reader was helper-207. The commit after 87ccbfd narrows the rules so that all twelve pass: the Romanian rights line names the
 * site's materials, the gallery pointer needs "unten"/"oben" or "unserer", the site-news plug "all the latest", the errata line
 * an error in the article, the recruiting line "Du möchtest/willst auch …?", the Norwegian placeholder ends its line, the as-of
 * note names the release's information, login offers in the new languages need their question mark right after the status, a
 * box of sums to give needs a button-like link within the site, the caption's second line names an outlet (a press word or a web
 * address), a meta box around the headline hides no heading; `isSubscribeOffer` is gone (a Norwegian line says the story is
 * for subscribers instead).
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { itReadsStoryLines } from './site-lines';
import { jaStoryWith, load, prose, storyWith } from './story-page';

describe('story sentences worded like the new stock lines (article-notices, onward-lines, japanese-notices)', () => {
  // STOCK_LINE's Romanian rights line, unanchored after "." or "©": a story on a ministry's reminder about pupils' pictures.
  itReadsStoryLines(storyWith('Pozele cu elevi, doar cu acordul părinților', 'regulile'), [
    'Preluarea imaginilor cu elevi este interzisă fără acordul scris al părinților, a reamintit Ministerul Educației.',
  ]);
  // TO_SITE_NEWS: a story's pointer to the government's own page, not the site's.
  itReadsStoryLines(storyWith('Bird flu found at second farm in Norfolk', 'the outbreak'), [
    'Read the latest news on the bird flu outbreak and advice for poultry keepers at gov.uk.',
  ]);
  // The errata line: a city's own news item, its "us" the billing office.
  itReadsStoryLines(storyWith('Water bills delayed after billing system upgrade', 'the upgrade'), [
    'If you find an error on your new statement, please contact us at utilitybilling@springfield.example or call 555-0100.',
  ]);
  // The recruiting line "…? … melde dich … @": a university's news item, the job offer being the story.
  itReadsStoryLines(storyWith('Rechenzentrum sucht studentische Hilfskräfte', 'das Rechenzentrum'), [
    'Du studierst Informatik und suchst einen Nebenjob? Das Rechenzentrum stellt zum Wintersemester sechs Hilfskräfte ein – melde dich bis 15. Mai bei Jana Klein unter jobs-rz@uni-musterstadt.example.',
  ]);
  // COOKIE_PLACEHOLDER's Norwegian clause: a consumer story on cookie walls, the regulator's view in the sentence.
  itReadsStoryLines(storyWith('Forbrukerrådet: Samtykkevegger er ulovlige', 'samtykke'), [
    'Mange nettsteder krever samtykke. For å se videoen må du godta informasjonskapsler fra YouTube, og det mener Forbrukerrådet er ulovlig.',
  ]);
  // TO_GALLERY: a story on an exhibition at the Fotogalerie Wien (a real gallery), not the page's picture gallery.
  itReadsStoryLines(storyWith('Nan Goldin in Wien: Die Ausstellung im Überblick', 'die Ausstellung'), [
    'Weitere Fotos aus der Serie gibt es in der Fotogalerie Wien zu sehen, wo die Ausstellung noch bis 30. Mai läuft.',
  ]);
  // The as-of note 「発表日時点のものです」, unanchored: a broadcaster's (polite) paragraph that carries the price itself.
  itReadsStoryLines(jaStoryWith('ガソリン価格 3週連続で値上がり', 'ガソリン価格'), [
    '資源エネルギー庁によりますと、レギュラーガソリンの全国平均価格は1リットルあたり175円10銭でした。価格は発表日時点のものです。',
  ]);
});

describe("boxes the new rules take with a story's paragraph in them (article-furniture, appeals)", () => {
  it("reads a transit refund explainer's step for annual pass holders (holdsLoginOffer: 'Déjà abonné … ? Connectez-vous')", () => {
    const doc = load(
      `<body><main><article><h1>Grève RATP : comment se faire rembourser son passe Navigo</h1><div class="article-body">${prose('le remboursement', 4)}<ul><li><p>Déjà abonné au passe Navigo annuel ? Connectez-vous à votre espace personnel sur le site d’Île-de-France Mobilités pour faire la demande.</p></li><li><p>Pour les abonnés mensuels, le formulaire sera ouvert à partir du 15 mars.</p></li></ul>${prose('la grève', 2)}</div></article></main></body>`,
    );
    expect(articleText(doc)).toContain('votre espace personnel');
  });
  it("reads a theatre's news item on its new season ticket, its content element ending in a button to /abo (isSubscribeOffer)", () => {
    const ce = (inner: string, id: number) => `<div id="c${id}" class="frame frame-default"><div class="ce-bodytext">${inner}</div></div>`;
    const doc = load(
      `<body><main><div class="news news-single"><h1>Die Abonnements für die Spielzeit 2026/27 sind da</h1>${ce(prose('die Spielzeit', 3), 1)}${ce('<p>Neu ist das Wahl-Abo: Sechs Vorstellungen nach eigener Wahl kosten 129 Euro, für Studierende 59 Euro.</p><p><a class="btn btn-primary" href="/abo">Zum Wahl-Abo</a></p>', 2)}${ce(prose('die Premieren', 3), 3)}</div></main></body>`,
    );
    expect(articleText(doc)).toContain('Neu ist das Wahl-Abo');
  });
  it("reads an energy story's figures in the section that holds its bill calculator's buttons (holdsAmountPicker)", () => {
    const doc = load(
      `<body><main><article><h1>Energy price cap: what the rise means for you</h1><div class="article-body">${prose('the price cap', 3)}<div class="article-section"><p>For a typical household using 2,700 kWh of electricity and 11,500 kWh of gas a year, the annual bill will rise by £149 to £1,849 from 1 October.</p><p>Choose your annual usage to see your new bill:</p><div class="calc"><button type="button">£1,200</button><button type="button">£1,800</button><button type="button">£2,400</button></div></div>${prose('the regulator', 3)}</div></article></main></body>`,
    );
    expect(articleText(doc)).toContain('the annual bill will rise by £149');
  });
});

describe('captions and the lead (article-credits, article-lead)', () => {
  it("reads a bilingual caption's second line, the place's Welsh and English names (NAME_SLASH_OUTLET)", () => {
    const doc = load(
      `<body><main><article><h1>New footbridge opens over the River Taff</h1><div class="article-body">${prose('the bridge', 2)}<figure><img src="/img/bridge.jpg" alt=""><figcaption><span>The bridge links the two halves of the park for the first time.</span><span>Parc Bute / Bute Park</span></figcaption></figure>${prose('the park', 4)}</div></article></main></body>`,
    );
    expect(articleText(doc)).toContain('Parc Bute / Bute Park');
  });
  it("leaves out the author's blurb in a blog post's meta box that holds the h1 (bylineBelow)", () => {
    const doc = load(
      `<body><main><article><div class="post-meta"><h1>Easy weeknight lentil curry</h1><p class="post-info">By Jane Doe · March 3, 2026</p><p>Jane Doe is a registered dietitian and mother of three who writes about simple family meals.</p></div><div class="entry-content">${prose('the curry', 6)}</div></article></main></body>`,
    );
    const text = articleText(doc);
    expect(text).toContain('Paragraph 5 of the story');
    expect(text).not.toContain('registered dietitian');
  });
});
