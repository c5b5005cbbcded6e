/** Links that open a picture or sell it, not another page: a lightbox's, an enlarged image's, a paper's "Buy Now" reprint button, a gallery's label. */
import { attributeIn, attributeOf, queryAll, textOf } from './native';

/** A link to a picture (a lightbox's), not to another page. */
export const PICTURE_LINK = /\.(?:jpe?g|png|gif|webp|avif)(?:[?#]|$)/i;
/** Where an element's first link leads ('' without one). */
export const firstLinkOf = (el: Element) => attributeIn(el, 'a[href]', 'href') ?? '';

/** A button that sells the picture's print ("Buy Now" under a BLOX paper's photo). */
const SELLS_PICTURE = /^(?:buy|purchase|order)(?: (?:now|(?:this |a )?(?:photo|image|picture|print|reprint)s?))?$/i;
/** A link's label that opens the story's gallery with how many pictures it holds ("Zobacz galerię (24 zdjęcia)"), not a promo's "View gallery". */
const OPENS_GALLERY =
  /^(?:(?:zobacz|view|see|open|otevřít|ver|voir)\s+)?(?:(?:foto|bilder)?galer(?:ie|ia|ię|ii|y|ía)|gallery|fotostrecke)\s*\(\d+[^()]{0,20}\)$/i;
/** Whether a link leads to a picture (a lightbox's, an enlarged image), sells it, or opens the gallery by its label. */
export const opensOrSellsPicture = (link: Element) =>
  PICTURE_LINK.test(attributeOf(link, 'href') ?? '') || SELLS_PICTURE.test(textOf(link).trim()) || OPENS_GALLERY.test(textOf(link).trim());
/** Whether every link in a box leads to a picture or sells it, none to another page. */
export const linksOnlyToPictures = (el: Element) => [...queryAll(el, 'a[href]')].every(opensOrSellsPicture);
