/**
 * Lines inside the article that are a link, or a label and a link, sending the reader elsewhere: "Read also: …", a label and
 * another story's title, a bare address or a blog card's host, a reporter's e-mail address, a link that opens the story's
 * pictures or its gallery, a Japanese council's link to a video on another site. `article-furniture` leaves them out.
 */
import { linkDensity, type Stats } from './article-scores';
import { INLINE_TAG_SET } from './tags';
import { closestOf, query, textOf } from './native';
import { standsAlone } from './appeals';
import { closesReadAlsoLine, labelsTitle, opensReadAlso, SEE_PICTURES, sendsOnward } from './onward-lines';
import { PICTURE_LINK, firstLinkOf } from './picture-links';
import { onlySharing } from './article-controls';

/** A reporter's e-mail address on a line of its own, after their name or not: "By Park Jun-ho (junhopark@heraldcorp.com)". */
const REPORTER_ADDRESS =
  /^(?:(?:[Bb]y\s+)?\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3}\s*[(<]\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s*[)>])?$/u;
/** A line that is one link reading a bare host, no path: a blog card's source under its embed (Hatena's `<cite>kitanotabi.hatenablog.com</cite>`). */
const linksHost = (s: Stats, line: string) =>
  s.link === s.text && /^(?:[a-z0-9-]+\.)+[a-z]{2,}\/?$/i.test(line) && query(s.el, 'cite, iframe') !== null;
/** A video's link with the mark a Japanese CMS puts after a link that leaves the site or opens a new window. */
const EXTERNAL_VIDEO_LINK =
  /(?:動画|映像)[^（(]{0,10}[（(](?:外部サイトへリンク|外部リンク|別ウィンドウ|新しいウィンドウ)(?:で開きます)?[）)]$/;

/** Whether a block or a link standing alone is such a line (see above). */
export function isLinkLine(s: Stats): boolean {
  // A label (a few words) and a link to another story: "Read also: …" (a line that is only a link may be an embedded
  // video's title, unless the link opens with the label: "Lire aussi | …", or it shares the page; a sentence that runs into a
  // link is the story's).
  if (
    s.text === s.inline &&
    linkDensity(s) > 0.5 &&
    (!INLINE_TAG_SET.has(s.tag) || standsAlone(s.el)) &&
    (s.link < s.text
      ? s.text - s.link <= 30 || (s.text - s.link <= 100 && opensReadAlso(textOf(s.el).trim()))
      : s.text < 250 && (opensReadAlso(textOf(s.el).trim()) || onlySharing(s.el)))
  )
    return true;
  // Or such a label and a title without a link, standing alone.
  if (
    !s.link &&
    s.text < 130 &&
    s.text === s.inline &&
    (!INLINE_TAG_SET.has(s.tag) || standsAlone(s.el)) &&
    labelsTitle(textOf(s.el).trim())
  )
    return true;
  // A link after a "read also" label, the rest of its line in `<br>`-broken text ("Czytaj także: <a>…</a><br>").
  if (s.tag === 'A' && s.link === s.text && s.text < 250 && closesReadAlsoLine(s.el)) return true;
  // A line that is a bare address: a summary blog's source link under a quoted post, a blog card's host, a reporter's e-mail under a wire
  // story, alone or after the reporter's name ("By Park Jun-ho (junhopark@…)"; a paragraph of its own, not an address
  // inside a sentence or a list of addresses a story quotes).
  const address = s.text < 200 && s.text === s.inline ? textOf(s.el).trim() : '';
  if (/^https?:\/\/\S+$/.test(address) || ((s.tag === 'P' || s.tag === 'DIV') && (REPORTER_ADDRESS.test(address) || linksHost(s, address))))
    return true;
  // A line that only opens a picture larger ("Enlarge", 「拡大画像を表示する（PNG：312KB）」) or the story's pictures, outside a caption.
  const picturesLink = PICTURE_LINK.test(firstLinkOf(s.el)) || SEE_PICTURES.test(textOf(s.el).trim());
  if (s.text < 40 && s.link === s.text && !s.images && picturesLink && !closestOf(s.el, 'figcaption')) return true;
  // Inside a caption, its link to the full gallery ("View the full photo gallery (12 photos)").
  if (s.tag === 'A' && s.link === s.text && s.text < 80 && closestOf(s.el, 'figcaption') && sendsOnward(textOf(s.el).trim())) return true;
  // A line that is only a link to a video marked as leaving the site (「…の動画（外部サイトへリンク）」), as a Japanese council's pages mark
  // them (not a link to the service a sentence before names: 「岐阜県川の防災情報（外部サイトへリンク）」).
  if (s.text < 200 && s.link === s.text && s.tag === 'P' && EXTERNAL_VIDEO_LINK.test(textOf(s.el).trim())) return true;
  return false;
}
