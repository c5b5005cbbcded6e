/**
 * Dates as pages print them by a headline, for pages whose metadata gives none: "2026年11月30日
 * 10時30分", "令和8年11月30日", "Nov. 30, 2026", "30 November 2026", "30. November 2026",
 * "2026/11/30", "30.11.2026". Pure: the page reading is `utils/dom/page-date.ts`.
 */

const MONTHS_EN = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTHS_DE = ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'];
/** English month names or their abbreviations ("Sept."), German month names. */
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|januar|februar|märz|mai|juni|juli|oktober|dezember)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th|\\.)?';

/**
 * Each pattern (global: every match is tried) with the order of its groups: year, month (number or
 * name), day. Spaces are allowed where a page splits a date across elements ("<span>2026</span>年").
 */
const PATTERNS: Array<{ re: RegExp; order: [year: number, month: number, day: number] }> = [
  { re: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g, order: [1, 2, 3] },
  { re: /(令和)\s*(\d{1,2}|元)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g, order: [2, 3, 4] },
  { re: /(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/g, order: [1, 2, 3] },
  { re: new RegExp(`\\b${MONTH}\\s+${DAY}(?:\\s*,\\s*|\\s+)(\\d{4})\\b`, 'giu'), order: [3, 1, 2] },
  { re: new RegExp(`\\b${DAY}\\s+${MONTH},?\\s+(\\d{4})\\b`, 'giu'), order: [3, 2, 1] },
  { re: /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/g, order: [3, 2, 1] },
];

/** A month as a number 1–12, from its number or its English or German name. */
function monthOf(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const name = text.toLowerCase().replace(/\.$/, '');
  const german = MONTHS_DE.indexOf(name);
  return german >= 0 ? german + 1 : MONTHS_EN.indexOf(name.slice(0, 3)) + 1;
}

/** `YYYY-MM-DD` if the parts make a real date between 1990 and 2100. */
function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1990 || year > 2100 || month < 1 || month > 12) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** The earliest date printed in a short line of text, as `YYYY-MM-DD` (full-width digits fold). */
export function parsePrintedDate(line: string): string | undefined {
  const text = line.normalize('NFKC');
  let best: { at: number; iso: string } | undefined;
  for (const { re, order } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      if (best && m.index >= best.at) break;
      const [y, mo, d] = order.map((i) => m[i]!);
      // 令和 (Reiwa) began in 2019, its first year written 元.
      if (m[1] === '令和' && y === '0') continue;
      const year = m[1] === '令和' ? 2018 + (y === '元' ? 1 : Number(y)) : Number(y);
      const iso = isoDate(year, monthOf(mo!), Number(d));
      if (iso) {
        best = { at: m.index, iso };
        break;
      }
    }
  }
  return best?.iso;
}
