/**
 * Finds a page's main article: which parts of the page are the article (its text, headline,
 * standfirst, captions and subheads) and which parts inside it are not (comments, related lists,
 * share bars, teaser rails). Its one job is that verdict; reading text and judging single matches
 * live in `page-text`. Uses only the `Document` it is given and never changes it, so the content
 * script and the brief CLI (linkedom) share it.
 *
 * How: every block of running text (a paragraph, or any block holding text directly) scores its
 * ancestors by its length and commas, as Readability does; an ancestor's score is discounted by
 * its link density. Semantic markup (`itemprop="articleBody"`, `article`, `main`) and class or id
 * words add to or take from a score but decide nothing alone. The best-scoring element is the
 * article, joined by siblings that score well or read as prose (or, on a page of several stories,
 * the story whose headline the document title names); inside it, the parts `article-furniture`
 * finds are left out.
 */
import { TEASER_HEADING, furnitureIn } from './article-furniture';
import { isStockLine, maxStockLine } from './article-notices';
import { isAppealBox } from './appeals';
import { HEADINGS, finalScore, measure, linkDensity, scoreSteps, type Stats } from './article-scores';
import { storyCandidate } from './article-candidate';
import { INLINE_TAG_SET } from './tags';
import { bodyOf, childrenOf, classOf, closestOf, parentNodeOf, parentOf, query, queryAll, textOf, titleOf } from './native';
import { composedContains } from './shadow-roots';
import { headlines, ogTitledHeading, titledHeadingIn, titledLine } from './article-headline';
import { inArticle, subtreeEnd, type ArticleRegion } from './article-region';
import { NAMED_CAPTIONS, captionCredits, isByline } from './article-credits';
import { leadsAfter } from './article-lead';
import { backMatterWithin, escapedParts, isSitesBox, onlyTeasers, opensWithOtherHeadline } from './article-siblings';

export { inArticle, type ArticleRegion } from './article-region';

/**
 * The article region of a page. Costs one pass over the page's elements and text nodes: run it
 * only once a possible mention is found, once per page.
 */
export function findArticle(doc: Document): ArticleRegion {
  const steps = findArticleSteps(doc);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The element holding most of the page's article (its largest root; see `findArticle` for the whole region). */
export function findArticleRoot(doc: Document): Element {
  const { roots } = findArticle(doc);
  return roots.reduce((best, r) => (textOf(r).length > textOf(best).length ? r : best));
}

/** `findArticle` in steps of a few hundred elements, so that a page's main thread is never held long. */
export function* findArticleSteps(doc: Document): Generator<void, ArticleRegion> {
  const region = yield* rootsSteps(doc);
  const creditTails = captionCredits(region);
  return creditTails ? { ...region, creditTails } : region;
}
/** The region's roots and the parts left out inside them, less the captions' credits. */
function* rootsSteps(doc: Document): Generator<void, ArticleRegion> {
  const body = bodyOf(doc);
  const { stats, index: indexOf } = yield* measure(body);
  yield* scoreSteps(stats, true);
  yield;
  const region = yield* regionOf(doc, stats, indexOf);
  // Little or no text found outside the unlikely parts: the article may sit in one of them.
  if (region && region.roots.reduce((n, r) => n + stats[indexOf.get(r)!]!.text, 0) >= 300) return region;
  for (const s of stats) {
    s.score = 0;
    s.scored = false;
    s.prose = 0;
  }
  yield* scoreSteps(stats, false);
  yield;
  // No running text anywhere (a page of short lines, or a client-rendered story still loading): the whole page, less
  // its furniture, until a story arrives (see `ArticleRegion.provisional`).
  return (
    (yield* regionOf(doc, stats, indexOf)) ?? {
      roots: [body],
      excluded: yield* furnitureIn([body], stats, indexOf),
      known: indexOf,
      provisional: true,
    }
  );
}

function* regionOf(doc: Document, stats: Stats[], indexOf: Map<Element, number>): Generator<void, ArticleRegion | undefined> {
  const { h1s, titled } = headlines(doc);
  const candidate = storyCandidate(stats, indexOf, h1s, titled);
  if (!candidate) return undefined;
  const { titledStory } = candidate;
  let top = candidate.top;

  // Siblings that score well, or read as prose, belong to the article too: those of the outermost wrapper holding
  // nothing else (a post's intro beside the long piece it quotes), not out of the story's own `article`.
  const topScore = finalScore(top);
  const threshold = Math.max(10, topScore * 0.2);
  if (!titledStory)
    for (let p = stats[top.parent]; p && p !== stats[0] && p.text === top.text && top.tag !== 'ARTICLE'; p = stats[p.parent]) top = p;
  const roots: Element[] = [];
  const parent = parentOf(top.el);
  // The titled story stands alone: the stories beside it are other stories.
  if (parent && top !== stats[0] && !titledStory) {
    let pastTop = false;
    // A block of the story's own kind that broken markup set after it (`escaped`) joins as a box of its text would.
    const joins = (sibling: Element, escaped = false) => {
      const s = stats[indexOf.get(sibling) ?? -1];
      if (!s || s.hidden) return false;
      const bonus = classOf(top.el) && classOf(sibling) === classOf(top.el) ? topScore * 0.2 : 0;
      const ld = s.inline ? s.inlineLink / s.inline : 1;
      const prose =
        !INLINE_TAG_SET.has(s.tag) &&
        s.text === s.inline &&
        ((s.inline > 80 && ld < 0.25) ||
          (s.inline > 0 && s.inline <= 80 && ld === 0 && /[.!?。]\s|[.!?。]$/.test(textOf(sibling)) && !isByline(sibling, 1)));
      // A picture beside the story's text, with its caption: a `figure`, or, before the text, a box of one picture and a
      // line named its caption, named no furniture and holding no form (not a sign-up box or an ad after the story).
      const captioned = !pastTop && s.images === 1 && !s.inputs && !s.unlikelyHere && query(sibling, NAMED_CAPTIONS) !== null;
      const figure = (s.tag === 'FIGURE' || captioned) && s.link === 0;
      // Not a notice beside the story (a provider's, a rights line), a control's box or an app promo, a form (a page's "Report a problem" box), its citation box or a short appeal for donations (unless
      // named as the story's own part: a closing "How to help" section), a part headed
      // as back matter (the author's box, references), nor a run of teasers shorter than the story ("More posts"; a landing page's boxes of
      // linked headings may hold more text than its intro), nor a shorter box opening with another story's headline ("Next Story").
      return (
        ((s.scored && finalScore(s) + bonus >= threshold) || prose || figure || (escaped && s.text > 80 && linkDensity(s) < 0.25)) &&
        !(
          s.text < (s.paragraphs <= 1 && !s.headings ? maxStockLine(textOf(sibling).trim()) : 250) && isStockLine(textOf(sibling).trim())
        ) &&
        !(s.inputs > Math.floor(s.paragraphs / 3) + 1 && query(sibling, 'textarea') !== null) &&
        !isSitesBox(s) &&
        !(!bonus && isAppealBox(sibling, s)) &&
        !backMatterWithin(sibling) &&
        !(s.prose < top.prose && queryAll(sibling, TEASER_HEADING).length >= 3 && onlyTeasers(sibling)) &&
        !(s.prose < top.prose && opensWithOtherHeadline(sibling))
      );
    };
    // At the top of a shadow tree, the siblings are the shadow root's children, not its host's.
    for (const sibling of childrenOf(parentNodeOf(top.el) ?? parent)) {
      if (sibling === top.el) {
        pastTop = true;
        roots.push(sibling);
      } else if (joins(sibling)) roots.push(sibling);
    }
    for (const part of escapedParts(top.el)) if (joins(part, true)) roots.push(part);
  } else roots.push(top.el);

  const excluded = yield* furnitureIn(roots, stats, indexOf);
  // The headline: an `h1` inside the article ahead of its text, else the one the document title
  // names, else the first other. Never one that is hidden or in furniture markup (unless the title
  // names it), one after the text's first paragraph, or a link box's left out of the article.
  const textStart = firstParagraph(roots[0]!, excluded, stats, indexOf);
  const inText = (h: Element) =>
    composedContains(roots[0]!, h) && (indexOf.get(h) ?? -1) > textStart && !composedContains(stats[textStart]!.el, h);
  // Measured, and neither hidden nor in furniture markup (`Stats.hidden` covers both).
  const readable = (h: Element) => {
    const s = stats[indexOf.get(h) ?? -1];
    return s !== undefined && !s.hidden;
  };
  const linkBoxHeading = (h: Element) => {
    const s = stats[indexOf.get(h)!]!;
    return s.link > s.text / 2 && composedContains(roots[0]!, h) && !inArticle({ roots, excluded }, h);
  };
  const candidates = h1s.filter((h) => readable(h) && !inText(h) && !linkBoxHeading(h));
  // Of several inside the article, the one the title names (a topic box's own h1 label may come first).
  const inside = candidates.filter((h) => composedContains(roots[0]!, h));
  const first =
    (titled && inside.includes(titled) ? titled : inside[0]) ?? (titled && indexOf.has(titled) ? titled : undefined) ?? candidates[0];
  // A section label in the page's h1 ("Aktuelles aus dem Verband") outside the roots, over the story's own heading that the
  // title names (a TYPO3 news item's h3), in the largest box around the text that leaves the label out: that heading heads the story.
  const label = first && first !== titled && !roots.some((r) => composedContains(r, first));
  let scope = roots[0]!;
  for (let up = parentOf(scope); label && up && !composedContains(up, first); up = parentOf(up)) scope = up;
  const headline = (label && titledHeadingIn(titleOf(doc), scope)) || first;
  // A headline outside the roots is read on its own; so is one inside a part left out when the title names it (a
  // blog's linked title in a header box of links), not a section label there.
  // So is one that heads the story's own `article` element from a header box left out (a title, meta and share links).
  const storyOf = (el: Element | undefined) => (el ? closestOf(el, 'article') : null);
  // No other headline between it and the text (a section label over the story's own h1 or h2 heads nothing).
  // Without an `article` element, the page's only h1 (a portal's header box left out around it); a standfirst set as
  // a heading (80 characters or more) is no other headline.
  const headsStory = (h: Element) => {
    if ((storyOf(h) === null && h1s.length > 1) || storyOf(h) !== storyOf(stats[textStart]?.el)) return false;
    for (let i = (indexOf.get(h) ?? textStart) + 1; i < textStart; i += 1)
      if (/^H[1-3]$/.test(stats[i]!.tag) && stats[i]!.text < 80 && !composedContains(h, stats[i]!.el)) return false;
    return true;
  };
  if (
    headline &&
    (!roots.some((r) => composedContains(r, headline)) ||
      ((headline === titled || headsStory(headline)) && !inArticle({ roots, excluded }, headline)))
  )
    roots.unshift(headline);
  // No h1: a short line just before the text that the title names is the headline (an old
  // table layout's bold cell); else the lead follows the last heading before the article.
  const from = indexOf.get(roots[0]!)!;
  const lineHeadline = headline ? undefined : (titledLine(titleOf(doc), stats, from) ?? ogTitledHeading(doc, stats, from));
  if (lineHeadline) roots.unshift(lineHeadline);
  const heading = headline ?? lineHeadline;
  let anchor = heading;
  for (let i = indexOf.get(roots[0]!)!, n = 0; !anchor && i > 0 && n < 400; i -= 1, n += 1)
    if (HEADINGS.has(stats[i]!.tag) && !stats[i]!.hidden) anchor = stats[i]!.el;
  if (anchor) leadsAfter(anchor, anchor === heading, roots, excluded, stats, indexOf);
  return { roots, excluded, known: indexOf, ...(heading ? { headline: heading } : {}) };
}

/** Where the article's first paragraph inside `root` is, as an index into `stats` (past the end when none). */
function firstParagraph(root: Element, excluded: Set<Element>, stats: Stats[], indexOf: Map<Element, number>): number {
  const r = indexOf.get(root)!;
  const region = { roots: [root], excluded };
  for (let i = r, end = subtreeEnd(stats, r); i < end; i += 1) {
    const s = stats[i]!;
    if (s.inline >= 80 && !INLINE_TAG_SET.has(s.tag) && !HEADINGS.has(s.tag) && !closestOf(s.el, 'figure') && inArticle(region, s.el))
      return i;
  }
  return stats.length;
}
