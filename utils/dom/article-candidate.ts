/**
 * Which element holds most of a page's story: the best-scoring candidate (past runs of teasers), widened to the
 * ancestor that holds more of the story's prose (its text split over sibling boxes), or, on a page of several stories,
 * the one the document title names. `article.ts` gathers the region around it.
 */
import { TEASER_HEADING } from './article-furniture';
import { finalScore, linkDensity, type Stats } from './article-scores';
import { childrenOf, closestOf, queryAll } from './native';
import { composedContains } from './shadow-roots';
import { isAnotherStory, teaserRunOf } from './article-siblings';

/**
 * The story's candidate, and whether it is the story the title names among several (`titledStory`: it stands alone,
 * without its siblings). `h1s` and `titled` are the page's h1s and the one the title names (see `headlines`).
 */
export function storyCandidate(
  stats: Stats[],
  indexOf: Map<Element, number>,
  h1s: Element[],
  titled: Element | undefined,
): { top: Stats; titledStory: boolean } | undefined {
  // Not a box in a run of teasers (a grid of other posts under a story split over a page builder's many small text boxes): past
  // up to three such runs, the best candidate outside them. Nor a line's box that class words lift over a long text elsewhere.
  const runs: Element[] = [];
  const long = stats.filter((s) => s.scored && s.prose >= 1000 && s !== stats[0]);
  const tooShort = (s: Stats) => s.prose < 100 && long.some((l) => !composedContains(l.el, s.el));
  let top: Stats | undefined;
  for (let tries = 0; tries < 4; tries += 1) {
    let best: Stats | undefined;
    for (const s of stats)
      if (
        s.scored &&
        !s.hidden &&
        s !== stats[0] &&
        !tooShort(s) &&
        (!best || finalScore(s) > finalScore(best)) &&
        !runs.some((r) => composedContains(r, s.el))
      )
        best = s;
    top ??= best;
    const run = best && teaserRunOf(best, stats);
    if (!run) {
      top = best ?? top;
      break;
    }
    runs.push(run);
  }
  if (!top) return undefined;
  // A near tie goes to the outermost candidate with twice the running text: a class word's bonus can
  // lift a short block (a "post-text" intro) over the container of the story's paragraphs. Not to
  // one in another article, nor one holding a run of teasers (headings that link elsewhere).
  const leader = top;
  const leaderStory = closestOf(leader.el, 'article');
  for (const s of stats)
    if (
      s.scored &&
      !s.hidden &&
      s !== stats[0] &&
      finalScore(s) >= finalScore(leader) * 0.8 &&
      s.prose >= 2 * leader.prose &&
      linkDensity(s) < 0.3 &&
      closestOf(s.el, 'article') === leaderStory &&
      queryAll(s.el, TEASER_HEADING).length < 3
    ) {
      top = s;
      break;
    }

  // Several of the best candidates under one ancestor: the article is split across them. Not the
  // leader's own parts (its text block is a candidate too, and says nothing of a split), nor the boxes
  // around the story's own `article` (its `main` scores as high as it, and says nothing of a split either).
  const topStory = closestOf(top.el, 'article');
  const ranked = stats
    .filter(
      (s) =>
        s.scored &&
        s !== top &&
        finalScore(s) >= finalScore(top!) * 0.75 &&
        !composedContains(top!.el, s.el) &&
        !(topStory && !composedContains(topStory, s.el) && composedContains(s.el, topStory)),
    )
    .sort((a, b) => finalScore(b) - finalScore(a))
    .slice(0, 4);
  if (ranked.length >= 2) {
    for (let a = top.parent; a > 0; a = stats[a]!.parent) {
      const anc = stats[a]!.el;
      if (ranked.filter((r) => composedContains(anc, r.el)).length >= 2) {
        top = stats[a]!;
        break;
      }
    }
  }
  // A parent that scores higher holds more of the article; out of the story's own `article`
  // element only when it holds clearly more prose (not just an expert's comment beside the story).
  let last = finalScore(top);
  const ownStory = stats[indexOf.get(closestOf(top.el, 'article')!) ?? -1];
  for (let a = top.parent; a > 0;) {
    const p = stats[a]!;
    if (!p.scored) {
      a = p.parent;
      continue;
    }
    if (finalScore(p) < finalScore(top) / 3) break;
    if (finalScore(p) > last) top = ownStory && !composedContains(ownStory.el, p.el) && p.prose < ownStory.prose * 1.25 ? ownStory : p;
    last = finalScore(p);
    a = p.parent;
  }

  // The article's text split over sibling containers: their parent holds clearly more prose.
  // Wrappers that hold no more prose are passed on the way up.
  const storyEl = closestOf(top.el, 'article');
  for (let p = stats[top.parent]; p && p !== stats[0] && linkDensity(p) < 0.3; p = stats[p.parent]) {
    // Not into a layout table's row of columns: the cells beside the story's are its menus and sidebars.
    if (p.tag === 'TR' && childrenOf(p.el).length > 1) break;
    if (p.prose >= top.prose * (storyEl && p.el !== storyEl && composedContains(p.el, storyEl) ? 2 : 1.25)) top = p;
    else if (p.prose > top.prose) break;
  }

  // Several stories on the page (an infinite scroll, the next stories below this one): the story
  // whose headline the document title names, when it has paragraphs of its own.
  const story = titled && closestOf(titled, 'article');
  const storyStats = story && !composedContains(story, top.el) ? stats[indexOf.get(story) ?? -1] : undefined;
  const titledStory = storyStats?.scored && storyStats.prose >= 300 && storyStats.paragraphs >= 3 && isAnotherStory(top.el, story!, h1s);
  if (titledStory) top = storyStats;
  return { top, titledStory: !!titledStory };
}
