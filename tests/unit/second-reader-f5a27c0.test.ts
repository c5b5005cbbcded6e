/**
 * A second reader's probes of the line rules as f5a27c0 left them, against 41d4bb5: story sentences that a rule leaves out,
 * and site lines that a narrowed rule lets in as the story's. Every probe (no "GUARD" in its name) fails on f5a27c0; the
 * describes say whether it passes on 41d4bb5.
 */
import { describe } from 'vitest';
import { itLeavesOutJapaneseLines, itLeavesOutLines, itReadsStoryLines } from './site-lines';
import { jaStoryWith, storyWith } from './story-page';

const story = storyWith('Regulators tighten the rules for streaming and social media', 'the new rules');
const jaStory = jaStoryWith('動画投稿サイトの規約改定、市が注意呼びかけ', '動画投稿');

describe('placeholder-consent rule (EMBED_CONSENT with READER) on consent-law sentences: "Sie" the platforms after a full stop; consent "to display", "um … anzuzeigen" as the story\'s purpose', () => {
  // "Sie" after a full stop is "they" (fails on 41d4bb5 too); "to display" fails on 41d4bb5 too; "um … anzuzeigen" passes on 41d4bb5.
  itReadsStoryLines(story, [
    'Das Gesetz betrifft vor allem Nachrichtenportale. Sie müssen künftig die Einwilligung der Nutzer einholen, bevor sie Inhalte von Drittanbietern einbinden.',
    'Publishers will need their readers’ consent to display content from third-party platforms such as YouTube, the court ruled.',
    'Nachrichtenseiten brauchen laut dem Urteil eine Einwilligung, um Inhalte von Drittanbietern wie YouTube anzuzeigen.',
  ]);
});

describe('placeholder-consent rule: a paragraph opening with "Sie können" where "Sie" is the platforms (new ^Sie (können|müssen) in READER); passes on 41d4bb5', () => {
  itReadsStoryLines(story, [
    'Sie können die Einwilligung der Nutzer für Inhalte von Drittanbietern wie Instagram künftig nicht mehr einfach voraussetzen, urteilte das Gericht.',
  ]);
});

describe('placeholder-consent rule: an impersonal placeholder ("Für die Anzeige … erforderlich", READER narrowed to a purpose); passes on 41d4bb5', () => {
  itLeavesOutLines(story, ['Externer Inhalt: Für die Anzeige ist die Einwilligung zur Verbindung mit Instagram erforderlich.']);
});

describe('subscribe rule on business sentences: ": subscribe now or …", "dann abonnieren sie" (they), "jetzt abonnieren will"; fail on 41d4bb5 too', () => {
  itReadsStoryLines(story, [
    'The message from the streaming service was blunt: subscribe now or lose access to the sports channels in January.',
    'Erst testen viele Kunden das Angebot einen Monat lang kostenlos, dann abonnieren sie es für ein ganzes Jahr.',
    'Wer das Sportpaket jetzt abonnieren will, zahlt künftig 4,99 Euro mehr im Monat, teilte der Anbieter mit.',
  ]);
});

describe('subscribe rule narrowed (": Subscribe" needs now/today/to our; "abonnieren Sie jetzt" dropped): paywall pitches; pass on 41d4bb5', () => {
  itLeavesOutLines(story, [
    'Support local journalism: Subscribe for just $1 a week.',
    'Unterstützen Sie unabhängigen Journalismus – abonnieren Sie jetzt das Digital-Abo.',
  ]);
});

describe('affiliate rule: a consumer story on "Affiliate-Links dieser Art" (diese[mr] taken as the page); passes on 41d4bb5', () => {
  itReadsStoryLines(story, ['Affiliate-Links dieser Art sind nach Ansicht der Verbraucherzentrale oft nicht ausreichend gekennzeichnet.']);
});

describe('affiliate rule narrowed (no "gekennzeichnet"): a disclosure whose "wir" is in its second sentence; passes on 41d4bb5', () => {
  itLeavesOutLines(story, ['Affiliate-Links sind mit einem * gekennzeichnet. Bei einem Kauf erhalten wir eine Provision.']);
});

describe('copyright rule narrowed (copyright must open the line): a rights footer with Copyright mid-line; passes on 41d4bb5', () => {
  itLeavesOutLines(story, ['Das Copyright für sämtliche Inhalte liegt bei der Mediengruppe, alle Rechte vorbehalten.']);
});

describe('travel disclosure narrowed (no "and"/"e" after it): disclosures naming two hosts; pass on 41d4bb5', () => {
  itLeavesOutLines(story, [
    'The writer travelled to Tasmania as a guest of Tourism Tasmania and Virgin Australia.',
    'A jornalista viajou a Macau a convite do Turismo de Macau e da TAP.',
  ]);
});

describe('FOLLOW_LINE\'s "Sigue" lookahead: "Sigue a la espera" (still waiting, fails on 41d4bb5 too) and "Sigue la cuenta atrás" (new "cuenta", passes on 41d4bb5)', () => {
  itReadsStoryLines(story, [
    'La familia del periodista detenido pidió ayuda el lunes. Sigue a la espera de una respuesta de Exteriores, según explicó su hermana en X.',
    'Sigue la cuenta atrás para el lanzamiento, que la NASA emitirá en directo en YouTube.',
  ]);
});

describe('EDITORS_NOTE\'s "Originally published" lookahead (six words after ", the"): a short story sentence about a book; passes on 41d4bb5', () => {
  itReadsStoryLines(story, ['Originally published by Gallimard in 1942, the book went largely unnoticed.']);
});

describe('Japanese comment disclaimer narrowed (must end its line): a disclaimer followed by the moderation sentence; passes on 41d4bb5', () => {
  itLeavesOutJapaneseLines(jaStory, [
    '※投稿は個人の見解であり、編集部の見解を示すものではありません。誹謗中傷などの投稿は削除する場合があります。',
  ]);
});

describe('Japanese deletion notice narrowed (no 「」 before 記事/動画): a notice naming its service in 「」; passes on 41d4bb5', () => {
  itLeavesOutJapaneseLines(jaStory, ['※「ABCニュース」の記事・動画は、配信から一定期間が過ぎると削除される場合があります。']);
});
