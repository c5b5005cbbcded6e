/**
 * A second reader's probes of b1194f8 against 7da1b28: the titled line looked for 80 elements before the text (was 40),
 * a picture box with a `figcaption` (no heading) before the text joining the article, and a channel invitation after a
 * sentence end (JOIN_CHANNEL). Probes assert the right reading; GUARDs are what the commit rightly does. All probes failed
 * on b1194f8 and passed on 7da1b28. The commit after b1194f8 looks farther than 40 elements only inside the box two levels
 * above the text, takes the figcaption rule back, and takes an invitation after a sentence only after a pitch of the news on
 * the reader's phone; the two cases left open are `it.fails`, with why.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { expectReadsWithout, itLeavesOutLines, itReadsStoryLines } from './site-lines';
import { parsePage } from '../../scripts/page-html';
import { load, storyWith } from './story-page';

const DEBUG = !!process.env.SR_DEBUG;
const read = (doc: Document) => {
  const t = articleText(doc).replace(/\s+/g, ' ');
  if (DEBUG) console.log(t);
  return t;
};

/** Paragraphs of a story; `paras` is the list of sentences, each a paragraph. */
const ps = (paras: string[]) => paras.map((p) => `<p>${p}</p>`).join('');
const links = (label: string, n: number) =>
  `<ul>${Array.from({ length: n }, (_, i) => `<li><a href="/${label.toLowerCase().replace(/\W+/g, '-')}/${i + 1}/">${label} ${i + 1}</a></li>`).join('')}</ul>`;

const historyPost = [
  'Thank you to everyone who came out to the December open house at the Old Mill. More than two hundred visitors toured the restored grinding room, and the volunteers served cider until well after dark.',
  'Over the winter the museum will be closed to walk-in visitors, but the archive stays open on Tuesday and Thursday mornings for researchers who book a slot by phone.',
  'Work on the new roof of the carriage house begins in January. The contractor expects the job to take six weeks, weather permitting, and the collection has already been moved to the barn.',
  'We are still looking for photographs of Main Street from the 1950s and 1960s. If you have any in a shoebox in the attic, we would love to scan them and return them the same day.',
  'Our spring lecture series opens on March 4 with a talk on the town’s lost railway station. Members get in free; tickets for everyone else are five dollars at the door.',
];

describe('titledLine over 80 elements: a line far before the text that states the title but is no headline', () => {
  // An old two-column blog theme: its left sidebar (an "About" box, recent posts, archives, categories) before the post.
  // The post's title is short ("Winter update"), so the longest part of the document title is the society's name.
  const sidebar = (about: string) =>
    `<div id="sidebar" class="left-col"><div class="box about-box">${about}</div>` +
    `<div class="box"><h3>Recent posts</h3>${links('Recent post', 6)}</div>` +
    `<div class="box"><h3>Archives</h3>${links('Month', 10)}</div>` +
    `<div class="box"><h3>Categories</h3>${links('Category', 5)}</div>` +
    `<div class="box hours"><p>The museum is open Saturdays and Sundays from 10 am to 4 pm, May through October.</p></div></div>`;
  const page = (about: string) =>
    load(
      `<head><title>Winter update – Springfield Historical Society</title></head><body><div id="wrap"><div id="top"><a href="/"><img src="/logo.png" alt="Home"></a></div>` +
        sidebar(about) +
        `<div id="content"><div class="post"><h2 class="post-title"><a href="/2026/12/winter-update/">Winter update</a></h2><div class="post-date">December 5, 2026</div>` +
        `<div class="entry">${ps(historyPost)}</div></div></div></div></body>`,
    );
  it("does not read the sidebar's about text (a paragraph naming the society) as the headline", () => {
    const t = read(page('<p>The Springfield Historical Society keeps the town’s records, photographs and the Old Mill museum.</p>'));
    expect(t).toContain('roof of the carriage house');
    expect(t).not.toContain('keeps the town’s records');
    expect(t).not.toContain('open Saturdays and Sundays');
  });
  it("does not read the sidebar's about heading (“About the Springfield Historical Society”) and its blurb", () => {
    const t = read(
      page(
        '<h3>About the Springfield Historical Society</h3><p>Founded in 1923, we preserve the history of our town and run the Old Mill museum on River Road.</p>',
      ),
    );
    expect(t).toContain('roof of the carriage house');
    expect(t).not.toContain('About the Springfield');
    expect(t).not.toContain('Founded in 1923');
  });
});

const cityStory = [
  'The city council voted 7–2 on Tuesday night to approve a $4.3 million plan to redesign Main Street, adding protected bike lanes on both sides between Elm Street and the river.',
  'Supporters packed the chamber for more than three hours of public comment. Several parents said their children were afraid to ride to Lincoln Elementary on the current road.',
  'Business owners were divided. The owner of a hardware store near Oak Avenue said losing 40 parking spaces would hurt sales, while a café owner said more cyclists would mean more customers.',
  'Construction is expected to start in April and last about five months. The city plans to keep one lane open in each direction while crews work.',
  'Council member Diane Foster, who voted against the plan, said she supports bike lanes but wanted the city to study a route on Second Street first.',
];
/**
 * A city's news release, laid out as an IKISS-style authority page (mix91): side columns, the section's h1 label, the
 * release's h2 title, then `box`, a sibling before the release's text.
 */
const release = (box: string, title = 'Council approves bike lanes on Main Street', story = cityStory, lang = 'en') =>
  parsePage(`<!doctype html><html lang="${lang}"><head><title>${title} / City of Springfield</title><link rel="canonical" href="https://www.springfield.example/news/releases/1234"></head><body>
<div id="skiplinks"><a href="#content">Skip to content</a></div>
<div id="top"><a href="/"><img src="/logo.svg" alt="City of Springfield"></a><p class="claim">Working together for a greener Springfield</p></div>
<nav id="navigation">${links('Department', 8)}</nav>
<aside id="left"><div class="box"><h2>News</h2>${links('News page', 5)}</div><div class="box hours"><h3>City Hall hours</h3><p>Mon–Fri 8:00 am–5:00 pm. Permit counter closes at 4:00 pm.</p></div></aside>
<main id="content"><div class="page-content"><h1 class="page-title">News releases</h1>
<div class="release"><div class="release-head"><p class="date">December 3, 2026</p><p class="category">Category: Transportation</p></div>
<h2 class="release-title">${title}</h2>
${box}
<div class="release-body">${ps(story)}</div>
<div class="downloads"><h4>Downloads</h4><ul><li><a href="/files/release-1234.pdf">Release as PDF (120 KB)</a></li></ul></div></div></div></main>
<aside id="right"><div class="box"><h3>Contact</h3><p>Office of Communications<br>Phone 555-0100</p></div></aside>
<footer><p>© 2026 City of Springfield</p>${links('Footer', 5)}</footer></body></html>`);

describe('a picture box with a figcaption before the text that is not the story’s (an authority page’s release)', () => {
  const probe = (name: string, box: string, gone: string) =>
    it(name, () => {
      const t = read(release(box));
      expect(t).toContain('protected bike lanes on both sides');
      expect(t).not.toContain(gone);
    });
  probe(
    'does not read a weather box (an icon, a figcaption with the forecast)',
    '<div class="weather-now"><figure><img src="/icons/weather/cloudy.svg" alt="Cloudy" width="48" height="48"><figcaption>Springfield: 12°C, cloudy. Tomorrow: rain showers, high of 10°C.</figcaption></figure></div>',
    'rain showers, high of 10°C',
  );
  probe(
    'does not read a "photo of the day" box (a resident\'s picture)',
    '<div class="photo-of-day"><figure><img src="/ugc/2026/12/sunrise-river.jpg" alt="" width="300" height="200"><figcaption>Photo of the day: sunrise over the river, sent in by resident Tom Alvarez.</figcaption></figure></div>',
    'sunrise over the river',
  );
  probe(
    'does not read the mayor’s portrait box (figcaption: name and office hours)',
    '<div class="mayor-box"><figure><img src="/img/mayor-portrait.jpg" alt="Mayor Linda Park" width="160" height="200"><figcaption>Mayor Linda Park. Office hours: first Monday of every month, 2 to 4 pm, by appointment only.</figcaption></figure></div>',
    'Office hours: first Monday',
  );
  probe(
    'does not read a campaign box (a poster, a figcaption pitch for another event)',
    '<div class="campaign"><figure><img src="/media/campaigns/blood-drive-poster.jpg" alt="Blood drive poster" width="300" height="420"><figcaption>Red Cross blood drive on December 18 in the City Hall lobby. Book your appointment online today.</figcaption></figure></div>',
    'Red Cross blood drive',
  );
  probe(
    'does not read a video box (a thumbnail, a figcaption on another release)',
    '<div class="video-player" data-video-id="88231"><figure><img src="/video/thumbs/88231.jpg" alt="" width="640" height="360"><figcaption>Video: firefighters rescue a dog from the frozen river on Sunday.</figcaption></figure></div>',
    'firefighters rescue a dog',
  );
  it('does not read a Spanish "foto del día" box', () => {
    const story = [
      'El pleno del Ayuntamiento aprobó este martes, con los votos del equipo de gobierno, el proyecto para peatonalizar la calle Mayor entre la plaza de España y el puente viejo.',
      'Las obras comenzarán en abril y durarán unos cinco meses. Durante ese tiempo se mantendrá el acceso a los garajes y a la carga y descarga en horario de mañana.',
      'La oposición criticó que no se haya consultado a los comerciantes de la zona, que temen perder clientes por la falta de aparcamiento en el centro.',
      'El alcalde defendió que la medida mejorará la calidad del aire y recordó que el proyecto cuenta con fondos europeos por valor de 1,2 millones de euros.',
      'La asociación de vecinos del casco antiguo celebró la decisión, aunque pidió que se refuerce la limpieza y la iluminación de las calles adyacentes durante las obras.',
    ];
    const t = read(
      release(
        '<div class="foto-dia"><figure><img src="/fotos/2026/12/atardecer-malecon.jpg" alt="" width="300" height="200"><figcaption>La foto del día: atardecer sobre el Malecón, enviada por nuestra lectora Ana Ruiz.</figcaption></figure></div>',
        'El Ayuntamiento aprueba peatonalizar la calle Mayor',
        story,
        'es',
      ),
    );
    expect(t).toContain('peatonalizar la calle Mayor entre');
    expect(t).not.toContain('atardecer sobre el Malecón');
  });
  // FAILS since the commit after b1194f8 took the figcaption rule back: the probes above showed no structure that tells the
  // story's own picture box from a weather, portrait or campaign box in the same place. mix91 lists its caption as missed.
  it.fails("reads the release's own picture box (a wrapper div, figure and figcaption) before the text", () => {
    const t = read(
      release(
        '<div class="image"><figure><img src="/media/2026/main-street-rendering.jpg" alt="" width="800" height="450"><figcaption>A rendering of Main Street with protected bike lanes between Elm Street and the river.</figcaption></figure></div>',
      ),
    );
    expect(t).toContain('protected bike lanes on both sides');
    expect(t).toContain('A rendering of Main Street');
  });
});

describe('JOIN_CHANNEL after a sentence end: a story’s own sentence', () => {
  const scam = storyWith('Police warn of fake parcel texts sent over WhatsApp', 'the scam');
  itReadsStoryLines(scam, [
    'The messages claim to come from Royal Mail. Join our WhatsApp channel to track your parcel, they say, before asking for a card number.',
    'Party officials said the channel had 40,000 followers within a day. Join us on WhatsApp was the slogan printed on every leaflet handed out in the town centre.',
  ]);
  const estafa = storyWith('La Policía alerta de una estafa que suplanta a una cadena de supermercados', 'la estafa');
  itReadsStoryLines(estafa, [
    'Los agentes explican que el mensaje llega desde un número desconocido. Únete a nuestro canal de WhatsApp y gana un vale de 500 euros, promete, antes de pedir los datos bancarios.',
    // The site's invitation tacked onto the story's last sentence, in one paragraph: the sentence is the story's.
    'El pleno votará el presupuesto el próximo jueves a las 19.00 horas en el salón de plenos del Ayuntamiento. Únete a nuestro canal de WhatsApp',
  ]);
  const dePartei = storyWith('Stadtrat startet eigenen Kanal für Bürgerinformationen', 'der Kanal');
  itReadsStoryLines(dePartei, [
    'Die Stadtverwaltung will damit vor allem jüngere Menschen erreichen. Tritt unserem WhatsApp-Kanal bei, heißt es auf den Plakaten, die seit Montag an allen Bushaltestellen hängen.',
  ]);
  it("GUARD: leaves out a Spanish site's invitation after its lead-in", () =>
    expectReadsWithout(
      storyWith(
        'Una cooperativa de La Loma abre tienda en Alibaba',
        'the store',
      )('<p>📲 Toda la actualidad de Jaén en tu móvil. Únete a nuestro canal de WhatsApp</p>'),
      'Paragraph 5 of the story',
      'Toda la actualidad de Jaén',
    ));
  it('GUARD: leaves out the English invitation after its lead-in', () =>
    expectReadsWithout(
      storyWith(
        'Council approves bike lanes on Main Street',
        'the plan',
      )('<p>Get the latest Springfield news on your phone. Join our WhatsApp channel</p>'),
      'Paragraph 5 of the story',
      'Join our WhatsApp',
    ));
});

describe('variants the change meant to catch but missed (lower priority)', () => {
  itLeavesOutLines(storyWith('Una cooperativa de La Loma abre tienda en Alibaba', 'the store'), [
    'Recibe las noticias de Úbeda en tu móvil: únete a nuestro canal de WhatsApp',
    'Recibe las noticias más importantes en tu móvil. ¡Únete a nuestro canal de WhatsApp!',
  ]);
  // FAILS: "Join the <Site> WhatsApp channel" after a lead-in that names no phone; a site's name between "the" and the
  // network is too loose a pattern for a story's sentences. Left open.
  it.fails('leaves out "Get breaking news first. Join the Springfield Times WhatsApp channel"', () => {
    const text = articleText(
      storyWith(
        'Una cooperativa de La Loma abre tienda en Alibaba',
        'the store',
      )('<p>Get breaking news first. Join the Springfield Times WhatsApp channel</p>'),
    );
    expect(text).toContain('Paragraph 5 of the story');
    expect(text).not.toContain('Get breaking news first');
  });
});
