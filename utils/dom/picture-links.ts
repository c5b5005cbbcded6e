/** Links that open a picture or sell it, not another page: a lightbox's, an enlarged image's, a paper's "Buy Now" reprint button. */
import { attributeIn, attributeOf, queryAll, textOf } from './native';

/** A link to a picture (a lightbox's), not to another page. */
export const PICTURE_LINK = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;
/** Where an element's first link leads ('' without one). */
export const firstLinkOf = (el: Element) => attributeIn(el, 'a[href]', 'href') ?? '';

/** A button that sells the picture's print ("Buy Now" under a BLOX paper's photo). */
const SELLS_PICTURE = /^(?:buy|purchase|order)(?: (?:now|(?:this |a )?(?:photo|image|picture|print|reprint)s?))?$/i;
/** Whether a link leads to a picture (a lightbox's, an enlarged image) or sells it. */
export const opensOrSellsPicture = (link: Element) =>
  PICTURE_LINK.test(attributeOf(link, 'href') ?? '') || SELLS_PICTURE.test(textOf(link).trim());
/** Whether every link in a box leads to a picture or sells it, none to another page. */
export const linksOnlyToPictures = (el: Element) => [...queryAll(el, 'a[href]')].every(opensOrSellsPicture);
