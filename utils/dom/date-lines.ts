/** Short lines that date the article: a date in figures or in words, with a few words beside it ("Updated:", a byline). */

/** A date in figures: 1.2.2024, 2024-02-01, 2024/11/30, 02/01/2024. */
const FIGURES_DATE = /\b\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})\b|\b\d{4}[-/]\d{1,2}[-/]\d{1,2}\b|\b\d{1,2}\/\d{1,2}\/\d{4}\b/;
/** A date with its month in words: 5 grudnia 2026, 17. Januar 2021, December 5, 2026. */
const WORDS_DATE = /\b\d{1,2}\.?\s\p{L}{3,}\s\d{4}\b|\p{L}{3,}\s\d{1,2},\s\d{4}\b/u;
/**
 * A date in words dates the article only behind a label that says so or beside a time: story lines name dates in words
 * too ("Next hearing: January 12, 2027", "Born: March 3, 1950", a timeline's "December 5, 2026", "Top 10 albums 2026").
 */
const WORDS_DATE_STAMP =
  /^(?:last\s)?(?:updated|published|posted|modified|aktualisiert|veröffentlicht|erstellt|stand|data\s(?:utworzenia|publikacji|aktualizacji)|aktualizacja|publikacja|actualizado|publicado|mis\sà\sjour|publié)\b|\b\d{1,2}[:.]\d{2}\b(?!\.\d)/iu;
/** A line with a date that is no sentence (a period right after the date is the date's). */
export const isDateLine = (t: string) => {
  const date = FIGURES_DATE.test(t) ? FIGURES_DATE : WORDS_DATE.test(t) && WORDS_DATE_STAMP.test(t) ? WORDS_DATE : undefined;
  return (
    date !== undefined &&
    !/\D[.!?。]$/.test(t) &&
    t
      .replace(date, ' ')
      .split(/\s+/)
      .filter((w) => /\p{L}/u.test(w)).length <= 3
  );
};
