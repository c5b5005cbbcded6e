/**
 * A second reader's probes of the line rules as 41d4bb5 left them, against 4211b26: story sentences that a new or widened
 * rule leaves out, and site lines that a narrowed rule lets in as the story's. Every probe (no "GUARD" in its name) fails
 * on 41d4bb5; the describes say whether it passes on 4211b26.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { itLeavesOutJapaneseLines, itLeavesOutLines, itReadsStoryLines } from './site-lines';
import { jaStoryWith, storyAroundWith, storyWith } from './story-page';

const story = storyWith('Regulators tighten the rules for streaming and social media', 'the new rules');
/** A story with `middle` between its third and fourth paragraphs. */
const storyAround = storyAroundWith('Bridge collapses after ship strike', 'the collapse', 'the inquiry');
const jaStory = jaStoryWith('動画投稿サイトの規約改定、市が注意呼びかけ', '動画投稿');

describe('consent-law sentences with "required", "displaying", "angezeigt" (EMBED_CONSENT and the widened READER); pass on 4211b26', () => {
  itReadsStoryLines(story, [
    'Under the ruling, consent is required before news sites load content from third-party platforms such as Facebook.',
    'Meta was fined after it failed to seek consent before displaying content from third-party advertisers on Facebook.',
    'Die Datenschutzbehörde verlangt eine Einwilligung, bevor Inhalte von Drittanbietern auf Nachrichtenseiten angezeigt werden.',
  ]);
});

describe('a consent placeholder opening with the polite "Sie" (READER no longer counts an opening "Sie"); passes on 4211b26', () => {
  itLeavesOutLines(story, [
    'Sie können die Einwilligung zur Verbindung mit Instagram jederzeit in den Datenschutzeinstellungen widerrufen.',
  ]);
});

describe('business sentences about subscribing (widened subscribe rule: ": subscribe", "to subscribe now", "abonnieren sie jetzt"); pass on 4211b26', () => {
  itReadsStoryLines(story, [
    'The offer to new customers is simple: subscribe for two years and the phone comes free.',
    'Customers who want to subscribe now will keep the old price of $9.99 until March, the company said.',
    'Viele Kunden kündigen ihre Streamingdienste und abonnieren sie jetzt nur noch für einzelne Monate.',
  ]);
});

describe('a ruling on influencer advertising opening with "Affiliate-Links" (widened affiliate rule); passes on 4211b26', () => {
  itReadsStoryLines(story, [
    'Affiliate-Links müssen künftig deutlich als Werbung gekennzeichnet werden, entschied der Bundesgerichtshof am Donnerstag.',
    'Affiliate links must be clearly marked as advertising under the new guidelines, the regulator said on Tuesday.',
  ]);
});

describe('a copyright dispute (widened "copyright … Rechte vorbehalten"); passes on 4211b26', () => {
  itReadsStoryLines(story, [
    'Die Erben haben das Copyright an den Tagebüchern nie abgegeben und sich sämtliche Rechte vorbehalten, sagte ihr Anwalt.',
  ]);
});

describe('a detained journalist, and password sharing (travel disclosure and "another device" rules); pass on 4211b26', () => {
  itReadsStoryLines(story, [
    'The journalist travelled to Kabul at the invitation of the Taliban government and was detained three days later, his family said.',
    'A repórter viajou a Caracas a convite da oposição e foi impedida de deixar o aeroporto, segundo o sindicato.',
    'Netflix will charge an extra fee when a subscription is being used on another device outside the household.',
    "Netflix facturera 5,99 euros par mois lorsque l'abonnement est utilisé sur un autre appareil hors du foyer.",
  ]);
});

describe('Spanish story sentences opening with "Sigue" and a name or "también" (widened FOLLOW_LINE lookahead); pass on 4211b26', () => {
  itReadsStoryLines(story, [
    'El presidente no ha vuelto a hablar en público desde el lunes. Sigue Milei, eso sí, muy activo en X, donde ha publicado decenas de mensajes.',
    'El exfutbolista se retiró en 2019. Sigue también muy presente en Instagram, donde tiene doce millones de seguidores.',
  ]);
});

describe('Spanish follow lines with "el canal", "la última hora" (narrowed FOLLOW_LINE lookahead); pass on 4211b26', () => {
  itLeavesOutLines(story, ['Sigue el canal de RTVE Noticias en WhatsApp.', 'Sigue la última hora de la DANA en Telegram.']);
});

describe('a Swiss paper\'s stamp "Publiziert:" (narrowed STAMP_LABEL); passes on 4211b26', () => {
  itLeavesOutLines(story, ['Publiziert: 05.12.2026, 14:32 Uhr']);
});

describe('a video teaser box titled "En vidéo :" (VIDEO_TITLE now only at the opening); pass on 4211b26', () => {
  it.each([
    [
      '<div class="bloc-video"><img src="/thumbs/pont.jpg" alt=""><button aria-label="Lire la vidéo"></button><p>En vidéo : les images de l’effondrement du pont</p></div>',
      'les images de l’effondrement',
    ],
  ])('leaves out the teaser (%#)', (box, title) => {
    const text = articleText(storyAround(box));
    expect(text).toContain('Paragraph 2 of the story');
    expect(text).not.toContain(title);
  });
});

describe("a city's warning quoted in 「」 (Japanese 削除される場合がありますので widened); passes on 4211b26", () => {
  itReadsStoryLines(jaStory, ['市は「規約に違反した動画は予告なく削除される場合がありますので、ご注意ください」と呼びかけている。']);
});

describe('a comment-section disclaimer naming its section in 「」 (narrowed 投稿/コメント rule); passes on 4211b26', () => {
  itLeavesOutJapaneseLines(jaStory, ['※「みんなの声」への投稿は個人の見解であり、当サイトの見解を示すものではありません。']);
});

describe('"Originally published by X, the …" (EDITORS_NOTE\'s new lookahead); fails on 4211b26 too', () => {
  itLeavesOutLines(story, ['Originally published by ProPublica, the nonprofit investigative newsroom.']);
});
