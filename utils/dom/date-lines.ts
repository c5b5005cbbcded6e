/** Short lines that date the article: a date in figures or in words, with a few words beside it ("Updated:", a byline). */

/** A date in figures (1.2.2024, 2024-02-01, 2024/11/30, 02/01/2024) or with its month in words (5 grudnia 2026, December 5, 2026). */
const DATE =
  /\b\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})\b|\b\d{4}[-/]\d{1,2}[-/]\d{1,2}\b|\b\d{1,2}\/\d{1,2}\/\d{4}\b|\b\d{1,2}\.?\s\p{L}{3,}\s\d{4}\b|\p{L}{3,}\s\d{1,2},\s\d{4}\b/u;
/** A line opening with a date in words is a timeline's entry when words follow ("December 5, 2026: Talks begin"), not a time. */
const WORDS_DATE_FIRST = /^(?:\d{1,2}\.?\s\p{L}{3,}\s\d{4}|\p{L}{3,}\s\d{1,2},\s\d{4})\b(?=.*\p{L}{3})/u;
/** A line with a date that is no sentence (a period right after the date is the date's). */
export const isDateLine = (t: string) =>
  DATE.test(t) &&
  !/\D[.!?。]$/.test(t) &&
  !WORDS_DATE_FIRST.test(t) &&
  t
    .replace(DATE, ' ')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w)).length <= 3;
