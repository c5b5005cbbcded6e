/** Short boxes that a stock line or an onward label heads: a paper's tip box, a council's callout, a paywall's upsell, a site's video, a video's card. */
import { isStockLine } from './article-notices';
import type { Stats } from './article-scores';
import { namesOnwardBox } from './onward-lines';
import { attributeOf, classOf, closestOf, property, query, queryAll, tagOf, textOf } from './native';

/** A title's few words, no sentence: a box's heading set as a paragraph, not a story's first line ("Update: …"). */
const isTitleLine = (text: string) => text.length <= 40 && !/[.!?。！？]$/.test(text);
/** An element's words, white space collapsed. */
const wordsOf = (el: Element) => textOf(el).replace(/\s+/g, ' ').trim();

/**
 * A short box's heading: its one heading, opening its text or after a badge's word (「<span>Pluss</span><h2>…」), or, without
 * one, a first paragraph that is a title's few words (「<p class="…__ttl">ここから先は…会員の方だけがお読みいただけます</p>」).
 */
function boxHeading(s: Stats): Element | null {
  if (s.headings) {
    const heading = query(s.el, 'h1, h2, h3, h4, h5, h6');
    return heading && wordsOf(s.el).indexOf(wordsOf(heading)) <= 12 ? heading : null;
  }
  const first = property(s.el, 'firstElementChild');
  return first && tagOf(first) === 'P' && s.paragraphs <= 3 && isTitleLine(wordsOf(first)) ? first : null;
}

/**
 * Whether a short box (a block the caller judged one) is headed by a stock line or an onward label, with a link or a form to
 * act on it (a paper's tip box under 「ご意見・情報をお寄せください」, a council's "Find out more" callout, "Du leser nå en plussak
 * fra …" over an upsell's button), or is one of the other boxes this module knows: a paper's expert comments, a player that a
 * "story continues" line opens, a card under an onward label, a video's card, a broadcaster's tip box.
 */
export function isStockHeadedBox(s: Stats): boolean {
  const head = s.headings <= 1 && s.text < 500 && (s.link > 0 || s.inputs > 0) ? boxHeading(s) : null;
  return (
    (!!head && (isStockLine(wordsOf(head)) || namesOnwardBox(wordsOf(head)) || isExpertComments(s.el, head) || isTipBox(s.el, head))) ||
    opensPlayer(s) ||
    isLabelledCard(s) ||
    isVideoCard(s)
  );
}

/** A video's card among the story's paragraphs, its picture, one heading and its running time ("02:41"), no paragraph, named a video: another video's title. */
function isVideoCard(s: Stats): boolean {
  if (s.text >= 200 || s.headings !== 1 || s.paragraphs > 1 || query(s.el, 'p') !== null || query(s.el, 'img, video') === null)
    return false;
  const leaves = [...queryAll(s.el, 'span, div, time')].filter((e) => property(e, 'childElementCount') === 0).map(wordsOf);
  // Named a video by its class or a label of its own (a match's score or a recipe's timer in a box is the story's).
  return (
    leaves.some((words) => /^\d{1,2}:\d{2}(?::\d{2})?$/.test(words)) &&
    (/video|player/i.test(classOf(s.el)) || leaves.some((words) => /^(?:video|watch|動画)$/i.test(words)))
  );
}

/**
 * A paper's expert comments on the story under its feature's name (朝日新聞's 「コメントプラス」), each opening with its kind in
 * brackets (「【視点】…」, 「【解説】…」): not a blog's section on the feature, which tells of it in its own words.
 */
const isExpertComments = (box: Element, head: Element) =>
  wordsOf(head) === 'コメントプラス' &&
  [...queryAll(box, 'p')].some((p) => /^【(?:視点|解説|提案|見方|分析・考察|補足|耳より|別の視点)】/.test(wordsOf(p)));

/**
 * A broadcaster's tip box under 「情報提供をお願いします」 with its link to the form for posts (「投稿フォームへ」): not a missing person's
 * story, which asks the same with no such link.
 */
const isTipBox = (box: Element, head: Element) =>
  /^情報提供を?お願い(?:します|いたします)[。！!]?$/.test(wordsOf(head)) &&
  [...queryAll(box, 'a[href]')].some((a) => /投稿|フォーム|情報提供/.test(wordsOf(a)));

/**
 * A card that an onward label opens over one other page's picture, title and excerpt (SWELL's blog card under 「あわせて読みたい」,
 * its title the only link, or AFFINGER's inside one link): the label is the box's first text, and every link leads to the one page.
 */
function isLabelledCard(s: Stats): boolean {
  if (s.text >= 300 || s.headings > 1 || s.paragraphs > 2 || (s.link && s.paragraphs > 1)) return false;
  // Or a card that is one link as a whole (AFFINGER's `a.st-cardlink` around its box), looked up only for a short box without links.
  const around = s.link ? null : closestOf(s.el, 'a[href]');
  if ((!s.link && !around) || query(s.el, 'img') === null) return false;
  const first = [...queryAll(s.el, '*')].find((e) => property(e, 'firstElementChild') === null && wordsOf(e));
  const targets = new Set([...queryAll(s.el, 'a[href]'), ...(around ? [around] : [])].map((a) => attributeOf(a, 'href')));
  return !!first && targets.size === 1 && namesOnwardBox(wordsOf(first));
}

/** A stock line saying that the story goes on below or after the box ("Dalsza część artykułu pod materiałem wideo", "Story continues below advertisement"). */
const GOES_ON = /continu|pokračuje|dalsza część|dalszy ciąg|fortsätter|fortgesetzt|weiter|gaat verder|la suite/i;
/**
 * A short box that such a line opens over a player or a picture and its title, no paragraph: the site's video after "Dalsza
 * część artykułu pod materiałem wideo", not the story's own (under a player's or a consent notice).
 */
function opensPlayer(s: Stats): boolean {
  if (s.text >= 300 || s.headings > 0 || query(s.el, 'p') !== null || query(s.el, 'img, video, iframe') === null) return false;
  const first = property(s.el, 'firstElementChild');
  const line = first && tagOf(first) !== 'P' && query(first, 'img, video, iframe') === null ? wordsOf(first) : '';
  return GOES_ON.test(line) && isStockLine(line);
}
