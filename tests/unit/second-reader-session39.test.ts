/**
 * A second reader's probes of the line rules as they stood after session 39 (04a8a8d): story sentences worded like a site's
 * rights, subscribe, affiliate, consent, editor's-note, follow, Japanese notice, credit and date lines. Each case asserts
 * the reading a careful human reader gives. helper-149 wrote the first reading of these rules; its file was lost with the
 * machine, and these probes were written again from its findings (the lines it listed). The probes (no "GUARD" in their
 * names) fail on 04a8a8d; the guards, the site's own lines, pass on it and must stay left out.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences, itReadsStoryLines } from './site-lines';
import { jaStoryWith, storyWith } from './story-page';

const story = storyWith('Publishers fight over the new rules', 'the licensing deal');
const jaStory = jaStoryWith('広告表示の規制、来年から強化へ', '表示ルール');

describe('rights, warranty, subscribe and affiliate words in a business story (article-notices STOCK_LINE)', () => {
  itReadsStoryLines(story, [
    'Die Verlage hatten sich alle Rechte vorbehalten, die Bücher später auch digital zu vertreiben.',
    'Der Käufer erwarb das Haus ohne Gewährleistung für versteckte Mängel, wie das Gericht feststellte.',
    'Customers who subscribe now pay about 20 percent more than those who signed up in 2024, the filing shows.',
    'Analysts say fewer households subscribe to our rivals than the company claims, one executive wrote in an internal memo.',
    'Wer heute ein Streamingangebot abonniere, zahle im Schnitt 13 Euro im Monat, heißt es in der Studie.',
    'Viele Leser abonnieren sie inzwischen nur noch digital, sagte die Geschäftsführerin des Verlags.',
    'Affiliate links now make up about a fifth of the publisher’s revenue, the company said in its annual report.',
  ]);
  itLeavesOutLines(story, [
    '© 2026 Mediengruppe Nord GmbH. Alle Rechte vorbehalten.',
    'Alle Rechte vorbehalten.',
    'Alle Angaben ohne Gewähr.',
    'Subscribe now for full access to every story.',
    'Jetzt abonnieren und weiterlesen.',
    'Abonnieren Sie unseren Newsletter.',
    'Anzeige, enthält Affiliate Links',
    'This post contains affiliate links.',
  ]);
});

describe("a story about Meta's training on users' posts, worded like an embed's consent placeholder", () => {
  itReadsStoryLines(story, [
    'Meta braucht keine Einwilligung der Nutzer, um Inhalte von Facebook und Instagram für das Training zu verwenden, urteilte das Gericht.',
    'The regulator said Meta does not need the consent of users to train its models on content from Instagram and Facebook.',
  ]);
  itLeavesOutLines(story, [
    'Wir benötigen Ihre Zustimmung, um den Inhalt von Twitter anzuzeigen.',
    'Mit deinem Einverständnis stellen wir eine Verbindung zu Instagram her.',
  ]);
});

describe("an editor's note's opening words in a story sentence (article-notices EDITORS_NOTE, NO_RESPONSIBILITY)", () => {
  itReadsStoryLines(story, [
    'Über dieses Thema berichtete zuerst das Handelsblatt, später zogen die anderen Wirtschaftsmedien nach.',
    'Originally published by a small press in 1962, the novel sold only 300 copies in its first year.',
    'Meta is not responsible for content on other platforms, the company argued before the court in Dublin.',
  ]);
  itLeavesOutLines(story, [
    'Über dieses Thema berichtete Das Erste am 05. Dezember 2026 um 20:00 Uhr in der tagesschau.',
    'Originally published by The Conversation.',
    'The BBC is not responsible for the content of external sites.',
  ]);
});

describe('"Sigue" as the story\'s verb after a full stop (article-notices FOLLOW_LINE)', () => {
  itReadsStoryLines(story, [
    'El cantante dejó de publicar en X hace un año. Sigue activo en TikTok, donde tiene más de dos millones de seguidores.',
  ]);
  itReadsSentences(story, ['La cuenta oficial fue suspendida en marzo. Sigue publicando vídeos en Instagram con otro nombre.']);
  itLeavesOutLines(story, [
    'Sigue toda la información de Economía en Facebook y X, o en nuestra newsletter semanal.',
    'Sigue a El País en Instagram.',
  ]);
});

describe('a Japanese story worded like a site notice (japanese-notices)', () => {
  itReadsStoryLines(jaStory, [
    '消費者庁は、このサイトには広告が含まれていることを利用者に分かるよう明示するよう求めた。',
    '運営会社によると、規約に違反した動画は予告なく削除されることがありますと利用者に通知しているという。',
    '同社は、地方紙に掲載された記事を無断で転載しています。',
    'ご意見は市役所環境政策課へお寄せください。',
    '【問い合わせ】市生涯学習課（0123-45-6789）',
  ]);
  itLeavesOutJapaneseLines(jaStory, [
    '※この記事にはアフィリエイト広告が含まれています。',
    '提供社の都合により、記事が削除されることがあります。',
    'この記事は、毎日新聞に掲載された記事を転載しています。',
    'ご意見・ご感想は編集局までお寄せください。',
    '【問い合わせ先】外務省報道官室（03-5501-8000）',
  ]);
});

describe('a caption naming when a picture was taken, or an agency by its title', () => {
  const captioned = (caption: string) =>
    articleText(story(`<figure><img src="/img/plant.jpg" width="640" height="427" alt=""><figcaption>${caption}</figcaption></figure>`));
  it.each([['閉鎖された工場の正門（昨年撮影）'], ['建設中の新庁舎（1950年代撮影）'], ['EPA Administrator Lee Zeldin in Washington']])(
    'reads the caption "%s"',
    (caption) => expect(captioned(caption)).toContain(caption),
  );
  it("GUARD: leaves out a photographer's bracketed credit and an agency line", () => {
    expect(captioned('閉鎖された工場の正門（根室支局 山内祐介撮影）')).not.toContain('山内祐介撮影');
    expect(captioned('The plant’s gate. <span>EPA/Stringer</span>')).not.toContain('EPA/Stringer');
  });
});

describe('a fact line of the story with a date (date-lines)', () => {
  itReadsStoryLines(story, [
    'Nächster Verhandlungstag: 14.01.2027',
    'Bewerbungsschluss: 31.01.2027',
    '12.03.2024: Anklage erhoben',
    'Premiere: 12. März 2027, 19.30 Uhr, Staatsoper',
    'Kick-off: December 7, 2026, 15:00',
  ]);
  itLeavesOutLines(story, ['Aktualisiert am 17.01.2021', 'Stand: 17.01.2021', 'Updated: December 7, 2026, 15:00']);
});
