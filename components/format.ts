/** Formatting shared by the card, popup and reader page. */
import { formatDate } from '../utils/i18n/translate';

/** How long before the page the commentary was written, when the page is dated and well after it. */
export function ageBefore(commentaryIso: string, pageIso: string | undefined): { years: number } | { months: number } | undefined {
  if (!pageIso) return undefined;
  const days = (Date.parse(pageIso) - Date.parse(commentaryIso)) / 86_400_000;
  if (!Number.isFinite(days) || days < 60) return undefined;
  const years = Math.floor(days / 365.25);
  return years >= 1 ? { years } : { months: Math.floor(days / 30.44) };
}

/** A citation a reader can paste: author, title, JFIR Commentary, date, URL (always in English, like the commentary). */
export function citation(e: { author: string; title: string; date: string; url: string }): string {
  return `${e.author}, “${e.title},” JFIR Commentary, ${formatDate(e.date, 'en-US')}. ${e.url}`;
}
