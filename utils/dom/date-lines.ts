/** Short lines that date the article: a date in figures or in words, with a few words beside it ("Updated:", a byline). */

/** A date in figures: 1.2.2024, 2024-02-01, 2024/11/30, 02/01/2024. */
const FIGURES_DATE = /\b\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})\b|\b\d{4}[-/]\d{1,2}[-/]\d{1,2}\b|\b\d{1,2}\/\d{1,2}\/\d{4}\b/;
/** A date with its month in words: 5 grudnia 2026, 17. Januar 2021, December 5, 2026. */
const WORDS_DATE = /\b\d{1,2}\.?\s\p{L}{3,}\s\d{4}\b|\p{L}{3,}\s\d{1,2},\s\d{4}\b/u;
/**
 * A stamp's label: a date in words dates the article only behind one or beside a time, as story lines name dates in words
 * too ("Next hearing: January 12, 2027", "Born: March 3, 1950", a timeline's "December 5, 2026", "Top 10 albums 2026").
 */
const STAMP_LABEL =
  /^(?:(?:last|first|zuletzt|letzte|última)\s|最終)?(?:update[ds]?|posted|modified|z?aktuali\p{L}*|published|publiziert|publié|publicado|publikacja|opublikowano|a[ct]{1,2}uali[zs]\p{L}*|veröffentlicht|erstellt|stand|datum|date|fecha|data|mis\sà\sjour|更新|配信|公開|掲載|投稿|日時)(?!\p{L})/iu;
const TIME = /\b\d{1,2}[:.]\d{2}\b(?!\.\d)/;
/**
 * A line with a date that is no sentence (a period right after the date is the date's), nor a fact of the story: a label
 * before the date other than a stamp's ("Nächster Verhandlungstag: 14.01.2027", "Kick-off: December 7, 2026, 15:00", not
 * "Stand: 17.01.2021"), or a timeline's entry after it ("12.03.2024: Anklage erhoben").
 */
export const isDateLine = (t: string) => {
  const date = FIGURES_DATE.test(t) ? FIGURES_DATE : WORDS_DATE.test(t) && (STAMP_LABEL.test(t) || TIME.test(t)) ? WORDS_DATE : undefined;
  if (!date) return false;
  const [before = '', after = ''] = t.split(date);
  if ((/:\s*$/.test(before) && !STAMP_LABEL.test(before)) || /^\s*:\s*\p{L}/u.test(after)) return false;
  return (
    !/\D[.!?。]$/.test(t) &&
    t
      .replace(date, ' ')
      .split(/\s+/)
      .filter((w) => /\p{L}/u.test(w)).length <= 3
  );
};
/** Whether a line is a date line that a stamp's label opens ("Zuletzt aktualisiert: 04. Dezember 2026"), not an event's "Termin: …". */
export const isStampLine = (t: string) => STAMP_LABEL.test(t) && isDateLine(t);
