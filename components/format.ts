/** Formatting shared by the card, popup and reader page. */

/** "19 Oct 2021" style date in the reader's locale; the ISO text when it does not parse. */
export function formatDate(iso: string, locale = 'en-GB'): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** "written 5 years before this article" when the page is dated and well after the commentary. */
export function ageBefore(commentaryIso: string, pageIso: string | undefined): string | undefined {
  if (!pageIso) return undefined;
  const days = (Date.parse(pageIso) - Date.parse(commentaryIso)) / 86_400_000;
  if (!Number.isFinite(days) || days < 60) return undefined;
  const years = Math.floor(days / 365.25);
  if (years >= 1) return `written ${years} year${years === 1 ? '' : 's'} before this article`;
  const months = Math.floor(days / 30.44);
  return `written ${months} months before this article`;
}

/** A citation a reader can paste: author, title, JFIR Commentary, date, URL. */
export function citation(e: { author: string; title: string; date: string; url: string }): string {
  return `${e.author}, “${e.title},” JFIR Commentary, ${formatDate(e.date, 'en-US')}. ${e.url}`;
}
