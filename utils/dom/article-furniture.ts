/**
 * The parts inside the article's roots that are not the article: containers that read as
 * furniture (Readability's conditional cleaning, adapted: link lists, teaser runs, share bars,
 * forms, furniture markup), datelines, bylines and meta lines, picture credits, "Read also" lines,
 * what follows the story's last paragraph (`article-endings`), and the headings that introduce a part left out. `article.ts` finds the roots.
 */
import { isStockHeadedBox } from './headed-boxes';
import { CLEANABLE, HEADINGS, MIN_PARAGRAPH, linkDensity, type Stats } from './article-scores';
import { AD_BOX, classWeight } from './class-words';
import { INLINE_TAG_SET, customName } from './tags';
import { attributeOf, classOf, invoke, property, query, tagOf, textOf } from './native';
import { holdsSubhead, introducesText, isSubheadBox, leaveOutAllBut } from './article-subheads';
import { isSiteBox, isStockLine, maxStockLine } from './article-notices';
import { isAuthorCard, isAuthorNote } from './author-notes';
import { holdsAmountPicker, holdsAppeal, holdsLoginOffer, isActionCard, leadsToAppeal, namesBankAccount, standsAlone } from './appeals';
import { boldLead, isBackMatter, opensWithContactLabel } from './back-matter';
import { brokenLines, labelsPointers, offersDocument } from './onward-lines';
import { PICTURE_LINK, firstLinkOf, linksOnlyToPictures } from './picture-links';
import { composedContains, elementsInPageOrder } from './shadow-roots';
import { isDateLine } from './date-lines';
import { storyEnding } from './article-endings';
import { isLinkLine } from './link-lines';
import { isAppPromo, isControlBox } from './article-controls';
import { besideCaption, inCaption, isByline, isCaptionBox, isLonePicture, isCredit, isNamed } from './article-credits';
import { inSentence, isQuotedRemarks, isShortParagraph } from './story-lines';
import {
  isFlatTeaserList,
  isHeldBackBox,
  isHeldBackRun,
  isLinkCard,
  isLinkedTeaser,
  isPlaylist,
  isProductCard,
  isRepeated,
  isReplyBox,
  isStoryCard,
  likeSiblings,
} from './like-items';

/** A link to another page (not to a part of this one, as an accordion's titles are). */
const LINK_ELSEWHERE = 'a[href]:not([href^="#"])';
/** A heading that links elsewhere: a teaser's. */
export const TEASER_HEADING = `h2 ${LINK_ELSEWHERE}, h3 ${LINK_ELSEWHERE}, h4 ${LINK_ELSEWHERE}, ${LINK_ELSEWHERE} h2, ${LINK_ELSEWHERE} h3, ${LINK_ELSEWHERE} h4`;

/** Class words of a quoted post: a social network's embed, which UNLIKELY names as furniture elsewhere. */
const QUOTED_POST = /^(?:(?!news-?letter|sign-?up|subscri|promo|sponsor|comment).)*(?:social|tweet|embed)/i;

/** A quoted post ("quote-social"), or a box around one alone (`<social-embed>`): the story's quotation, whatever its name says. */
function quotesPost(el: Element, tag: string): boolean {
  const only = property(el, 'childElementCount') === 1 ? property(el, 'firstElementChild') : null;
  if (tag !== 'BLOCKQUOTE' && !(only && tagOf(only) === 'BLOCKQUOTE')) return false;
  return QUOTED_POST.test(`${classOf(el)} ${attributeOf(el, 'id') ?? ''} ${customName(tag) ?? ''}`);
}

/** Elements walked between two chances to yield while judging furniture: each may read its subtree, and a first scan runs that code cold. */
const FURNITURE_PER_STEP = 32;

/** The containers inside the article's roots that read as furniture, outermost only. */
export function* furnitureIn(roots: readonly Element[], stats: Stats[], indexOf: Map<Element, number>): Generator<void, Set<Element>> {
  const excluded = new Set<Element>();
  /** Parts left out of a box whose subhead stays: no heading among them introduces them. */
  const besideSubhead = new Set<Element>();
  const subheadBoxes: Element[] = [];
  /** The roots' blocks of text and headings, less the parts left out. */
  const blocks: Stats[] = [];
  for (const root of roots) {
    const rootStats = stats[indexOf.get(root)!]!;
    // A root may be one paragraph (text split across siblings) or a heading.
    if (rootStats.tag !== 'H1' && (rootStats.inline || HEADINGS.has(rootStats.tag))) blocks.push(rootStats);
    let skipUntil: Element | undefined;
    let subheadBox: Element | undefined;
    let seen = 0;
    for (const el of elementsInPageOrder(root).slice(1)) {
      if (++seen % FURNITURE_PER_STEP === 0) yield;
      if (skipUntil && composedContains(skipUntil, el)) continue;
      // Left out beside a subhead that stays (below).
      if (besideSubhead.has(el)) {
        skipUntil = el;
        continue;
      }
      const s = stats[indexOf.get(el)!];
      // Added while the finder yielded (a lazy ad): not judged, and kept.
      if (!s) continue;
      // A heading is the article's, whatever sits inside it (a share count beside the headline).
      if (HEADINGS.has(s.tag)) {
        if (s.tag !== 'H1') blocks.push(s);
        skipUntil = el;
        continue;
      }
      // The boxes between a subhead kept and its box were judged with it.
      if (subheadBox && composedContains(subheadBox, el)) continue;
      subheadBox = undefined;
      if (isFurniture(s, rootStats, stats) || isCredit(s, el)) {
        // A short box around a subhead (a theme's title wrapper, a live blog entry's header with its time
        // and share links): the subhead stays, the rest goes.
        if (holdsSubhead(s, stats, indexOf) && !isStockLine(textOf(el).trim())) {
          leaveOutAllBut(el, stats, indexOf, besideSubhead);
          subheadBoxes.push((subheadBox = el));
        } else {
          excluded.add(el);
          skipUntil = el;
        }
      } else if (s.inline && !INLINE_TAG_SET.has(s.tag)) blocks.push(s);
    }
  }
  for (const el of besideSubhead) excluded.add(el);
  // A subhead kept so introduces text that stays, not a part left out ("Weitere Beiträge" over a posts widget).
  for (const box of subheadBoxes) if (!introducesText(box, roots, excluded, stats, indexOf)) excluded.add(box);
  // Stats are in document order: the roots' blocks, in the order a reader meets them.
  blocks.sort((a, b) => indexOf.get(a.el)! - indexOf.get(b.el)!);
  storyEnding(blocks, excluded);
  // An author's note comes after the story (in its last quarter, by text), not as an interview's italic introduction of its guest.
  const total = blocks.reduce((n, s) => n + s.inline, 0);
  let before = 0;
  for (const s of blocks) {
    if (before >= total * 0.75 && s.text < 450 && s.text === s.inline && DATED.has(s.tag) && isAuthorNote(s.el, textOf(s.el).trim()))
      excluded.add(s.el);
    before += s.inline;
  }
  // A heading that introduces a part left out ("Related articles", "More on this") goes with it.
  for (const el of [...excluded]) {
    if (besideSubhead.has(el)) continue;
    const prev = property(el, 'previousElementSibling');
    if (
      prev &&
      tagOf(prev) !== 'H1' &&
      (HEADINGS.has(tagOf(prev)) || isSubheadBox(prev, stats, indexOf)) &&
      stats[indexOf.get(el)!]!.link > 0
    )
      excluded.add(prev);
  }
  return excluded;
}

/**
 * Whether a block is a stock line, or `<br>` lines each a stock line; an unlinked picture's box with a stock line among its lines
 * only so, line by line (its caption is the story's, a credit's rights line after it is not: 「写真提供：…（本サイトからの無断転載
 * を禁じます）」; a banner's linked picture and its lines are the site's, and so is a pitch whose lines are stock only together).
 */
function isStockBlock(s: Stats): boolean {
  const lines = query(s.el, ':scope > br') === null ? undefined : brokenLines(s.el);
  const captioned = lines !== undefined && s.images > 0 && query(s.el, 'a img') === null && lines.some(isStockLine);
  return (!captioned && isStockLine(textOf(s.el).trim())) || (lines !== undefined && lines.every(isStockLine));
}

const EMAIL_FIELD = 'input[type="email" i], input[autocomplete="email" i]';
/**
 * A signup box's offer to the reader: what it sends them, that they may sign up or stop it ("Einmal im Monat schicken wir dir …
 * – kostenlos und jederzeit abbestellbar"), not a story's sentence on a service's subscribers or a newsletter.
 */
const SIGNUP_OFFER =
  /\b(?:schicken|senden) wir (?:dir|ihnen|euch)\b|\b(?:to|in|into) your inbox\b|\bsign up (?:for|to|now|here)\b|\bmelde dich\b|\bmelden sie sich\b|abbestellbar|\bunsubscribe at any ?time\b|\bdésinscri|メルマガ(?:に|を)?(?:登録|購読)/i;
/** Whether the box right after an element is a short one holding a field for the reader's e-mail address. */
function beforeSignupField(el: Element): boolean {
  const next = property(el, 'nextElementSibling');
  return next !== null && textOf(next).length < 400 && query(next, EMAIL_FIELD) !== null;
}

/** Whether a container inside the article reads as furniture (Readability's conditional cleaning, adapted). */
function isFurniture(s: Stats, root: Stats, stats: Stats[]): boolean {
  // Hidden, code, form controls and furniture markup (nav, aside, footer …), zeroed by `measure`.
  if (s.hidden) return true;
  // A subscribe, newsletter, follow-us, advertising or rights line (a block, or a span standing among blocks): the site speaking, not
  // the story (a caption's credit is `isCredit`'s), even when it is most of a small root's text (a blog entry's footer of buttons);
  // a block of such lines broken by `<br>`.
  if (
    s.text < maxStockLine(textOf(s.el).trim()) &&
    s.text === s.inline &&
    (!INLINE_TAG_SET.has(s.tag) || standsAlone(s.el)) &&
    !s.headings &&
    isStockBlock(s) &&
    (!inCaption(s.el) || besideCaption(s.el))
  )
    return true;
  // Most of the article's running text is the article, whatever its class says (a gallery's captions are not).
  if (
    s.prose > root.prose / 2 ||
    (s.body > root.body / 2 && s.items * 2 < s.paragraphs) ||
    (s.text > root.text / 2 && s.images <= 2 && s.items < 5)
  )
    return false;
  // Not a quoted post for its class ("quote-social"): other class words leave a blockquote out (a sign-up box written as one),
  // nor one of a run of the story's paragraphs (a magazine marks those its paywall may hold back `<p class="paywall">`), nor a
  // box of them (`<div class="paywall-area">`), nor its faded edge around the last free one.
  const heldBack =
    linkDensity(s) < 0.25 &&
    ((s.inline >= 80 && isHeldBackRun(s.el)) || ((s.paragraphs >= 3 || s.paragraphs === 1) && isHeldBackBox(s.el)));
  // Nor the story's one captioned picture in a box named a gallery.
  const lonePicture = !s.headings && isLonePicture(s.el);
  // Nor a box "commentBox" of the quoted remarks the story reports.
  const remarks = isQuotedRemarks(s);
  if (s.unlikelyHere && !quotesPost(s.el, s.tag) && !heldBack && !lonePicture && !remarks) return true;
  // Or a paragraph that a bold contact label opens ("<strong>Media contact:</strong><br>…") or such a heading stands over, in an
  // address's short lines (not a story's paragraph on its hotlines).
  const addressLines = () => brokenLines(s.el).every((l) => l.length < 80);
  if (
    CLEANABLE.has(s.tag)
      ? isBackMatter(s.el)
      : s.tag === 'P' && s.text < 300 && (opensWithContactLabel(s.el) || (addressLines() && isBackMatter(s.el)))
  )
    return true;
  // An ad slot's label ("Advertisement", "Story continues below advertisement"): a short box of one line at most, named as an ad.
  if (CLEANABLE.has(s.tag) && s.text < 100 && (s.paragraphs <= 1 || s.inline === s.text) && isAdNamed(s.el, 1)) return true;
  if (s.text < 1000 && isAuthorCard(s.el)) return true;
  // A teaser: one of a run of like items (articles, list items, cards), short, its heading (or first line) a link elsewhere; or a call to action in a band of such cards
  // with little else (not a story's cards of the help on offer, each with its button, among its paragraphs).
  // So is an `article` of its own inside the text whose picture and heading link to one other story (a "Kapcsolódó" card).
  const single = s.tag === 'ARTICLE' && isStoryCard(s.el);
  if (s.headings > 0 && s.link > 0 && s.text < 600 && (isRepeated(s.el) || single) && query(s.el, TEASER_HEADING) !== null) return true;
  const band = (cards: number) => root.text < (cards + 1) * s.text * 1.5;
  if (s.headings > 0 && s.link > 0 && s.text < 400 && isActionCard(s.el) && isRepeated(s.el) && band(likeSiblings(s.el).length))
    return true;
  if (
    s.link > 0 &&
    s.text < 600 &&
    ((!s.headings && (isLinkedTeaser(s.el) || isLinkCard(s.el))) || (CLEANABLE.has(s.tag) && isProductCard(s.el)))
  )
    return true;
  if (s.link > 0 && s.text < 3000 && isFlatTeaserList(s.el)) return true;
  if (s.text < 1500 && (s.tag === 'OL' || s.tag === 'UL') && isPlaylist(s.el)) return true;
  // A reader's comment or response: one of a run of like boxes with a "Reply" control, whatever its class says.
  if (s.text < 1500 && !s.headings && REPLY_ITEM.has(s.tag) && isReplyBox(s.el)) return true;
  // The site's appeal for donations or members (a short box with a button-like link to its contribution page, or with sums to give at a click), its citation box, a sponsor's box.
  const box = REPLY_ITEM.has(s.tag) || s.tag === 'TD';
  if (
    s.text < 1500 &&
    s.paragraphs <= 4 &&
    box &&
    (holdsAppeal(s.el) || isSiteBox(s.el) || (s.text < 500 && s.tag !== 'LI' && namesBankAccount(s.el)))
  )
    return true;
  if (s.text < 1000 && s.paragraphs <= 8 && box && holdsAmountPicker(s.el, s.text < 500 && s.paragraphs <= 2)) return true;
  if (s.text < 300 && s.paragraphs <= 2 && !s.link && box && leadsToAppeal(s.el)) return true;
  // A short box that a stock line or an onward label heads, with a link or a form to act on it, or over a player or a card.
  if (box && isStockHeadedBox(s)) return true;
  // A paragraph that a bold onward label opens, sending the reader on by a link ("<strong>Más información:</strong> … <a>…</a>"), or to a
  // document to download ("<strong>Kostenlose Checkliste:</strong> … <a href="….pdf">hier als PDF herunterladen</a>").
  const label = s.tag === 'P' && s.link > 0 && s.text < 400 ? boldLead(s.el) : null;
  if (
    label &&
    (labelsPointers(textOf(label).trim()) || offersDocument(s.el, textOf(label).trim())) &&
    textOf(s.el).trim().startsWith(textOf(label).trim())
  )
    return true;
  // A paywall's offer: a short box with a line for those who already pay.
  if (s.text < 600 && s.paragraphs <= 4 && box && holdsLoginOffer(s.el)) return true;
  // A dateline: a date, alone or with a few words ("Updated:", a byline), and a one-line paragraph holding it that is no sentence.
  if (s.tag === 'TIME' && stats[s.parent]!.text < 80) return true;
  if (
    s.text < 80 &&
    s.text === s.inline &&
    DATED.has(s.tag) &&
    !/\D[.!?。]$/.test(textOf(s.el).trim()) &&
    invoke(s.el, 'getElementsByTagName', 'time').length > 0
  )
    return true;
  // A meta line dated in figures, with no <time> ("Aktualisiert am 17.01.2021.").
  if (s.text < 80 && s.text === s.inline && DATED.has(s.tag) && isDateLine(textOf(s.el).trim())) return true;
  // A short line named as a byline or meta line (date, reading time, category).
  if (s.text < 100 && !s.headings && isByline(s.el, 1) && !inSentence(s, stats)) return true;
  if (isLinkLine(s)) return true;
  // A paragraph that is an app's or channel's promo (a linked badge and its line: "Follow us on Google News …", in any language).
  if (s.tag === 'P' && isAppPromo(s)) return true;
  if (!CLEANABLE.has(s.tag)) return false;
  if (isControlBox(s)) return true;
  // A short box with no picture: a share bar, a byline box, a "read more" line; not a story's short line written as a box.
  if (s.text < MIN_PARAGRAPH && s.images === 0 && s.paragraphs === 0 && !isShortParagraph(s)) return true;
  if (!s.scored) s.weight = classWeight(s.el);
  const weight = s.weight;
  const ld = linkDensity(s);
  // Not for a picture's caption box beside the picture, whatever its name ("image__metadata" around the caption and credit).
  if (weight < 0 && s.score < 25 && s.paragraphs < 3 && !isCaptionBox(s, ld) && !lonePicture && !remarks && !heldBack) return true;
  if (s.commas >= 10) return false;
  const isList = s.tag === 'UL' || s.tag === 'OL';
  const p = s.paragraphs;
  // More pictures than paragraphs: a gallery, unless most of its text is links to other pages (a list of stories lined with bullet images).
  if (s.images > 1 && p / s.images < 0.5 && s.tag !== 'FIGURE' && (ld < 0.5 || PICTURE_LINK.test(firstLinkOf(s.el)))) return false;
  // A picture whose only links open it larger ("拡大画像を表示する"): a figure with its caption, not a list of links.
  if (s.images > 0 && ld > 0.33 && linksOnlyToPictures(s.el)) return false;
  if (!isList && s.items > p + 1 && ld > 0.5) return true;
  if (s.inputs > Math.floor(p / 3) + 1) return true;
  // A signup box: up to three lines beside a field for the reader's e-mail address (a builder's box has no class words).
  if (s.inputs > 0 && s.text < 300 && p <= 3 && query(s.el, EMAIL_FIELD)) return true;
  // Or its one line set in a widget of its own just before the field's (a page builder's text and form widgets), offering what it sends.
  if (!s.inputs && !s.images && s.text < 300 && p <= 1 && !s.headings && SIGNUP_OFFER.test(textOf(s.el)) && beforeSignupField(s.el))
    return true;
  if (weight < 25 && ld > 0.33 && s.text > 0) return true;
  if (weight >= 25 && ld > 0.5) return true;
  return false;
}

/** Whether an element, or one of the few boxes around it, is named as an ad slot. */
export const isAdNamed = (el: Element, levels = 4): boolean => isNamed(el, AD_BOX, levels);
/** Blocks whose short line with a date dates the article (not a table's cell, a list's item, a span in a sentence). */
const DATED = new Set(['P', 'DIV']);

/** Boxes a comment is written in (not a paragraph that links "respond"). */
const REPLY_ITEM = new Set(['DIV', 'LI', 'ARTICLE', 'SECTION']);
