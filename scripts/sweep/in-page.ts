/**
 * What `sweep:reader` reads in the page once the extension has scanned it: every mark (by
 * highlight registry name), where a mark must never be, and whether marks of the with-alias lie
 * inside text a person judged to be the main text. Runs in the page's main world (Playwright's
 * `evaluate`), which paints the extension's highlights and can read their registry.
 */

export interface MarkInfo {
  /** Highlight registry name (`jfir-briefs-3`, …). */
  name: string;
  text: string;
  /** Inside a with-snippet's text on the page; only asked of marks whose text reads as the with-alias. */
  inWith?: boolean;
  /** Where a mark reading as the without-alias is: its ancestors (tag, id, class) and the text around it. */
  where?: string;
}

export interface PageMarks {
  total: number;
  /** The first marks in registry order (all of them up to `MAX_LISTED`). */
  marks: MarkInfo[];
  /** Marks where none may be: the element's start tag and why. */
  misplaced: string[];
  /** Elements the extension added to the page (its card host is added only when a card opens). */
  ownElements: number;
}

export interface InspectArgs {
  forbidden: string;
  /** The with-alias, folded as `key` below: marks reading as it are checked against the snippets. */
  aliasKey: string;
  /** With-snippets holding the alias, white space removed. */
  snippets: string[];
  /** The without-alias, folded as `key` below: marks reading as it say where they are. */
  leakKey: string;
}

/**
 * Runs in the page. Written without nested named functions' names mattering: tsx's `__name`
 * helper is defined in the page by the sweep's init script.
 */
export function inspectMarks({ forbidden, aliasKey, snippets, leakKey }: InspectArgs): PageMarks {
  const MAX_LISTED = 2000;
  const MAX_CHECKED = 40;
  const key = (text: string) => text.toLowerCase().replace(/[\s\u00a0\-\u2010-\u2015'’]+/g, '');
  const squeeze = (text: string) => text.replace(/\s+/g, '');
  const body = document.body ?? document.documentElement;
  let bodyText: string | undefined;
  let checked = 0;
  const out: PageMarks = { total: 0, marks: [], misplaced: [], ownElements: document.querySelectorAll('[data-jfir-briefs]').length };
  for (const [name, highlight] of CSS.highlights) {
    for (const r of highlight) {
      out.total += 1;
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      const text = range.toString();
      const el = r.startContainer.parentElement;
      const banned = el?.closest(forbidden);
      const bad = !el
        ? 'no parent element'
        : banned
          ? `inside ${(banned.cloneNode(false) as Element).outerHTML.replace(/<\/[^>]+>$/, '').slice(0, 120)}`
          : '';
      const hidden = el && !bad && !el.checkVisibility({ visibilityProperty: true }) ? 'not visible (checkVisibility)' : '';
      if (bad || hidden) out.misplaced.push(`"${text}" ${bad || hidden}: ${el?.outerHTML.slice(0, 160) ?? '?'}`);
      if (out.marks.length >= MAX_LISTED) continue;
      const mark: MarkInfo = { name, text };
      if (aliasKey && key(text) === aliasKey && checked < MAX_CHECKED && body.contains(r.startContainer)) {
        checked += 1;
        bodyText ??= squeeze(body.textContent ?? '');
        const before = document.createRange();
        before.setStart(body, 0);
        before.setEnd(r.startContainer, r.startOffset);
        const at = squeeze(before.toString()).length;
        mark.inWith = snippets.some((s) => {
          const from = Math.max(0, at - s.length + 1);
          const i = bodyText!.slice(from, at + s.length).indexOf(s);
          return i >= 0 && from + i <= at;
        });
      }
      if (leakKey && key(text) === leakKey && el) {
        const path: string[] = [];
        for (let a: Element | null = el; a && a !== body && path.length < 6; a = a.parentElement) {
          const cls =
            typeof a.className === 'string' && a.className.trim() ? `.${a.className.trim().split(/\s+/).slice(0, 2).join('.')}` : '';
          path.push(`${a.localName}${a.id ? `#${a.id}` : ''}${cls}`);
        }
        const block = (el.closest('p, li, h1, h2, h3, h4, h5, h6, td, dd, figcaption, div') ?? el).textContent ?? '';
        mark.where = `${path.reverse().join(' > ')}: ${JSON.stringify(block.replace(/\s+/g, ' ').trim().slice(0, 200))}`;
      }
      out.marks.push(mark);
    }
  }
  return out;
}

/** The with-alias folded for `inspectMarks` (the same folding it applies to a mark's text). */
export const aliasKeyOf = (alias: string) => alias.toLowerCase().replace(/[\s\u00a0\-\u2010-\u2015'’]+/g, '');
