/**
 * How much each part of a page looks like article text: one pass measures every element (text, links, commas,
 * paragraphs, headings, pictures, form fields), then running text scores its ancestors, as Readability does, with
 * class and id words and semantic markup adding to or taking from a score. `article.ts` turns them into the region.
 */
import { INLINE_TAG_SET, SKIP_TAG_SET, ariaHides, customName } from './tags';
import { isFurnitureMarkup } from './furniture-markup';
import { attributeOf, hasAttributes, hostOf, parentOf, property, tagOf } from './native';
import { elementsInPageOrder, shadowRootsIn } from './shadow-roots';
import { isNavigation } from './article-controls';
import { storyBoxTest } from './like-items';
import { classWeight, namesFurniture } from './class-words';

/** Containers that may be left out of the article when they read as furniture. */
export const CLEANABLE = new Set('DIV SECTION UL OL TABLE FORM HEADER DL FIGURE ASIDE NAV FOOTER MENU'.split(' '));
export const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** A block of running text shorter than this scores nothing. */
export const MIN_PARAGRAPH = 25;

/** Word-ish weight of the text: CJK characters carry about as much as two Latin ones. */
export function textWeight(data: string): number {
  const trimmed = data.trim();
  if (!trimmed) return 0;
  // Ideographs, kana, hangul: a 40-character Japanese sentence is a paragraph.
  return trimmed.length + (WIDE.test(trimmed) ? (trimmed.match(WIDE_ALL)?.length ?? 0) : 0);
}

const COMMAS = /[,，、،]/g;
const WIDE = /[\u3000-\uffff]/;
const WIDE_ALL = /[\u3000-\uffff]/g;
/** Elements or text nodes handled between two chances to yield (see `findArticleSteps`). */
export const PER_STEP = 256;

/** What the scoring keeps per element. */
export interface Stats {
  el: Element;
  tag: string;
  parent: number;
  /** Text under the element (weighted), and how much of it is link text. */
  text: number;
  link: number;
  /** Text of the inline run this element holds directly (a block's own paragraph). */
  inline: number;
  inlineLink: number;
  inlineCommas: number;
  commas: number;
  /** Paragraphs (blocks of running text) inside, headings, images, list items, form fields. */
  paragraphs: number;
  headings: number;
  images: number;
  items: number;
  inputs: number;
  /** Text of the scoring paragraphs inside (running prose, not link lists or unlikely parts). */
  prose: number;
  /** Text of all paragraphs inside, unlikely parts included. */
  body: number;
  /** Readability-style content score, and whether it was ever given one. */
  score: number;
  scored: boolean;
  hidden: boolean;
  /** Inside a part whose class or id says it is seldom the article (UNLIKELY), and whether that is this element's own. */
  unlikely: boolean;
  unlikelyHere: boolean;
  weight: number;
}

/** Readability's head start by tag: containers of prose up, lists and headings down. */
function tagScore(tag: string): number {
  if (/^(DIV|ARTICLE|SECTION|MAIN)$/.test(tag)) return 5;
  if (/^(PRE|TD|BLOCKQUOTE)$/.test(tag)) return 3;
  if (/^(H\d|TH)$/.test(tag)) return -5;
  return /^(ADDRESS|[OU]L|D[LDT]|LI|FORM)$/.test(tag) ? -3 : 0;
}

/** Strong evidence from markup that an element is the article. */
function semanticBonus(el: Element, tag: string): number {
  if (attributeOf(el, 'itemprop') === 'articleBody') return 40;
  if (tag === 'ARTICLE') return 15;
  if (tag === 'MAIN' || attributeOf(el, 'role') === 'main') return 10;
  return 0;
}

function isHiddenElement(el: Element): boolean {
  if (!hasAttributes(el)) return false;
  if (attributeOf(el, 'hidden') !== null || ariaHides(el)) return true;
  const style = attributeOf(el, 'style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** The index of an element's nearest indexed ancestor: its parent's, unless the page wrapped it in a new element
 * while the finder paused; the body's when none is (it was moved out). */
function indexedAncestor(el: Element, index: Map<Element, number>): number {
  for (let p = parentOf(el); p; p = parentOf(p)) {
    const i = index.get(p);
    if (i !== undefined) return i;
  }
  return 0;
}

/** Adds `parent`'s own text to `s`, returns the child nodes looked at. Plain getters but a form's first child (its control named `firstChild` would skip its text): the unshadowed ones cost a tenth of the finder. */
function addOwnText(s: Stats, parent: Node): number {
  let looked = 1;
  for (let node = s.tag === 'FORM' ? property(parent, 'firstChild') : parent.firstChild; node; node = node.nextSibling, looked += 1) {
    if (node.nodeType !== 3 /* TEXT_NODE */) continue;
    const data = (node as Text).data;
    const w = textWeight(data);
    s.text += w;
    s.inline += w;
    if (w > 20) s.inlineCommas += data.match(COMMAS)?.length ?? 0;
  }
  return looked;
}

/** Per-element statistics over the body (parents before children), and each element's index. */
export function* measure(body: Element): Generator<void, { stats: Stats[]; index: Map<Element, number> }> {
  const elements = elementsInPageOrder(body);
  const index = new Map<Element, number>();
  const stats: Stats[] = [];
  const unlikelyNames = new Map<string, boolean>();
  const isStoryBox = storyBoxTest(() => [body, ...shadowRootsIn(body)]);
  for (let i = 0; i < elements.length; i += 1) {
    if (i % PER_STEP === PER_STEP - 1) yield;
    const el = elements[i]!;
    index.set(el, i);
    const s: Stats = {
      el,
      tag: tagOf(el),
      parent: i === 0 ? -1 : indexedAncestor(el, index),
      text: 0,
      link: 0,
      inline: 0,
      inlineLink: 0,
      inlineCommas: 0,
      commas: 0,
      paragraphs: 0,
      headings: 0,
      images: 0,
      items: 0,
      inputs: 0,
      prose: 0,
      body: 0,
      score: 0,
      scored: false,
      hidden: false,
      unlikely: false,
      unlikelyHere: false,
      weight: 0,
    };
    stats.push(s);
    const custom = customName(s.tag);
    if (s.tag !== 'ARTICLE' && s.tag !== 'MAIN' && s.tag !== 'A' && s.tag !== 'BODY' && (hasAttributes(el) || custom)) {
      // An accessible name says what a part is as a class word does (`<section aria-label="Comments">`); a SilverStripe block's id is its title.
      const names = `${attributeOf(el, 'class') ?? ''} ${/__elemental__/.test(attributeOf(el, 'class') ?? '') ? '' : (attributeOf(el, 'id') ?? '')} ${custom ?? ''} ${attributeOf(el, 'aria-label') ?? ''}`;
      // Pages repeat a few hundred class lists thousands of times: one regex verdict per list.
      let unlikely = unlikelyNames.get(names);
      if (unlikely === undefined) unlikelyNames.set(names, (unlikely = namesFurniture(names)));
      // A box a paywall holds back, or a layout's wrapper around the story, is the story's whatever its class says (see `isStoryBox`).
      s.unlikelyHere = unlikely && attributeOf(el, 'itemprop') !== 'articleBody' && !isStoryBox(el);
    }
    s.unlikely = s.unlikelyHere || (s.parent >= 0 && stats[s.parent]!.unlikely);
  }
  // Own text of each element, from its child nodes (a live walk over text nodes would stop where the page removed
  // a node while the finder paused), then the text at the top of each shadow tree, which is its host's.
  for (let i = 0, nodes = 0; i < elements.length; i += 1) {
    nodes += addOwnText(stats[i]!, elements[i]!);
    if (nodes >= PER_STEP) {
      nodes = 0;
      yield;
    }
  }
  for (const root of shadowRootsIn(body)) {
    const i = index.get(hostOf(root)!);
    if (i !== undefined) addOwnText(stats[i]!, root);
  }
  for (let i = stats.length - 1; i >= 0; i -= 1) {
    if (i % PER_STEP === 0) yield;
    const s = stats[i]!;
    if (SKIP_TAG_SET.has(s.tag) || isHiddenElement(s.el) || isFurnitureMarkup(s.el, s.tag)) {
      s.hidden = true;
      s.text =
        s.body =
        s.link =
        s.inline =
        s.inlineLink =
        s.inlineCommas =
        s.commas =
        s.paragraphs =
        s.headings =
        s.images =
        s.items =
        s.inputs =
          0;
      // Visible form fields: a comment or newsletter form, not the hidden fields and buttons of share widgets.
      if ((s.tag === 'INPUT' && attributeOf(s.el, 'type') !== 'hidden') || s.tag === 'SELECT' || s.tag === 'TEXTAREA') s.inputs = 1;
    } else {
      if (s.tag === 'A' && isNavigation(s.el)) {
        s.link = s.text;
        s.inlineLink = s.inline;
      }
      if (s.tag === 'IMG' || s.tag === 'PICTURE') s.images += 1;
      if (s.tag === 'LI') s.items += 1;
      if (HEADINGS.has(s.tag)) s.headings += 1;
      const inline = INLINE_TAG_SET.has(s.tag);
      if (!inline && s.inline >= MIN_PARAGRAPH && s.inlineLink / s.inline < 0.5) {
        s.paragraphs += 1;
        s.body += s.inline;
      }
      s.commas += s.inlineCommas;
    }
    const p = s.parent >= 0 ? stats[s.parent]! : undefined;
    if (!p) continue;
    p.text += s.text;
    p.link += s.link;
    p.commas += s.commas;
    p.paragraphs += s.paragraphs;
    p.body += s.body;
    p.headings += s.headings;
    p.images += s.images;
    p.items += s.items;
    p.inputs += s.inputs;
    if (INLINE_TAG_SET.has(s.tag) && !s.hidden) {
      p.inline += s.inline;
      p.inlineLink += s.inlineLink;
      p.inlineCommas += s.inlineCommas;
    }
  }
  // Text inside hidden parts, code and furniture markup scores nothing either.
  for (const s of stats) if (s.parent >= 0 && stats[s.parent]!.hidden) s.hidden = true;
  return { stats, index };
}

export const linkDensity = (s: Stats) => (s.text ? s.link / s.text : 0);

/** A candidate's score less its share of link text. */
export const finalScore = (s: Stats) => s.score * (1 - linkDensity(s));

/**
 * Gives each block of running text's ancestors their score (Readability's propagation), in steps
 * of PER_STEP elements: a page may have a hundred thousand.
 */
export function* scoreSteps(stats: Stats[], skipUnlikely: boolean): Generator<void, void> {
  const touch = (s: Stats) => {
    if (s.scored) return;
    s.scored = true;
    s.weight = classWeight(s.el);
    s.score = tagScore(s.tag) + s.weight + semanticBonus(s.el, s.tag);
  };
  // Each block's running text, summed into its ancestors' `prose` in one pass from the end (a walk up per block is quadratic).
  const below = new Float64Array(stats.length);
  let seen = 0;
  for (const s of stats) {
    if (++seen % PER_STEP === 0) yield;
    if (s.hidden || INLINE_TAG_SET.has(s.tag) || s.inline < MIN_PARAGRAPH || (skipUnlikely && s.unlikely)) continue;
    if (s.inlineLink / s.inline > 0.5) continue;
    const points = 1 + s.inlineCommas + Math.min(Math.floor(s.inline / 100), 3);
    if (s.parent >= 0) below[s.parent] = below[s.parent]! + s.inline;
    // The block itself, as Readability turns a text-holding div into a paragraph.
    let at = s.parent;
    for (let level = 0; at >= 0 && level < 5; level += 1) {
      const a = stats[at]!;
      touch(a);
      a.score += points / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
      at = a.parent;
    }
  }
  for (let i = stats.length - 1; i >= 0; i -= 1) {
    if (i % PER_STEP === 0) yield;
    const s = stats[i]!;
    s.prose += below[i]!;
    if (s.parent >= 0) below[s.parent] = below[s.parent]! + below[i]!;
  }
}
