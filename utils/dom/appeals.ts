/**
 * The site's appeals: for donations or members (a button-like link to its own contribution page, sums to give, the words an
 * appeal sets before it), a band of calls to action, and a paywall's line for those who already pay. Where such a box stands is `article-furniture`'s and `article`'s judgement.
 */
import { attributeOf, closestOf, parentOf, property, query, queryAll, tagOf, textOf } from './native';
import { ownAddresses } from './page-address';
import { INLINE_TAG_SET } from './tags';

/** A link to a site's page for donations or members ("https://support.site/contribute", "https://give.site/winter", "/donate", a subscription host "https://predplatne.site/", a readers' club "https://club.site/", "/assinaturas"). */
const APPEAL_PAGE =
  /\/\/(?:support|donate|give|subscribe|predplatne|abo|club)\.|\/(?:contribute|donate(?:-(?:now|today|monthly|once))?|donations?|(?:jetzt-)?spenden|doneren|doneer(?:-nu)?|faire-un-don|wesprzyj|wspieraj|membership|support-us|(?:community|membership)-signup)(?:[/?#]|$)|^(?:(?:https?:)?\/\/[^/]+)?\/assinaturas?(?:[/?#]|$)/i;
/** A URL's host, lower-cased; undefined for a link within the site ("/donate"). */
const hostOf = (url: string | null | undefined) => /^(?:https?:)?\/\/([^/?#:]+)/i.exec(url ?? '')?.[1]?.toLowerCase();
/** A second-level label under which a country's sites register (".com.ua", ".co.uk", ".com.br", ".or.jp"). */
const SECOND_LEVEL = /^(?:com|co|org|net|gov|edu|ac|or|ne|go|gob|nic)$/;
/**
 * A host's site, near enough: its last two labels ("support.theguardian.com" is "theguardian.com"), three under a country's
 * second-level label ("club.fc-dnipro.com.ua" is "fc-dnipro.com.ua", not "com.ua").
 */
const siteOf = (host: string) => {
  const labels = host.split('.');
  const country = labels.length >= 3 && labels.at(-1)!.length === 2 && SECOND_LEVEL.test(labels.at(-2)!);
  return labels.slice(country ? -3 : -2).join('.');
};
/** Whether a link leads within the page's own site (the page's host looked up only for a link that names one). */
export function withinSite(el: Element, href: string): boolean {
  const host = hostOf(href);
  if (!host) return true;
  const page = pageHostOf(el);
  return !page || siteOf(host) === siteOf(page);
}
/** The page's host: its own first address's (canonical, `og:url`, or where it was loaded from). */
const pageHostOf = (el: Element): string | undefined => hostOf(ownAddresses(property(el, 'ownerDocument')).given[0]);
/** Whether a link stands alone as a button: in a block or on a line of its own (after a `<br>`), with no running text beside it (other links may be). */
export const standsAlone = (a: Element) =>
  (!INLINE_TAG_SET.has(tagOf(parentOf(a) ?? a)) || tagOf(property(a, 'previousElementSibling') ?? a) === 'BR') &&
  [a.previousSibling, a.nextSibling].every(
    (n) =>
      !n || (property(n, 'nodeType') === 3 ? !textOf(n).trim() : !INLINE_TAG_SET.has(tagOf(n as Element)) || tagOf(n as Element) === 'A'),
  );
/**
 * Whether a link in box `el` is a button to a page of the site's own (one that `page` matches, when given): short, standing
 * alone (not a link in a story's sentence or list item), outside parts already left out.
 */
const isSiteButton = (el: Element, page?: RegExp) => (a: Element) => {
  const href = attributeOf(a, 'href') ?? '';
  if (page && !page.test(href)) return false;
  // The page's own host, looked up only for a link to such a page (most boxes hold none).
  return withinSite(el, href) && textOf(a).trim().length < 60 && standsAlone(a) && !closestOf(a, 'aside, nav, footer, [hidden]');
};
/**
 * Whether a box holds the call to action of the site's own appeal for donations or members: a short
 * link to its own contribution page standing alone as a button (not a link in a story's sentence or
 * list item, nor a charity's button in a "how to help" explainer), outside parts already left out; or a button to its own page
 * on a platform for tips or members (`isSupportPlatformButton`).
 */
export const holdsAppeal = (el: Element): boolean =>
  [...queryAll(el, 'a[href]')].some((a) => isSiteButton(el, APPEAL_PAGE)(a) || isSupportPlatformButton(el, a));
/**
 * Whether a box gives a bank account to donate to ("Spendenkonto: …, IBAN DE00 …") beside a button to a donation page, on any
 * site (a diocese's box for its charity's project); not a story's charity box that names the page in its sentence.
 */
export const namesBankAccount = (el: Element) =>
  /\bIBAN:?\s*[A-Z]{2}\s?\d{2}/.test(textOf(el)) &&
  [...queryAll(el, 'a[href]')].some((a) => APPEAL_PAGE.test(attributeOf(a, 'href') ?? '') && standsAlone(a));
/** A button's label asking for support or a tip ("Wesprzyj Portal Północny", "Support us", "Buy us a coffee", "Become a patron", "Unterstützen"). */
const SUPPORT_LABEL =
  /^(?:support|donate|tip|buy (?:us|me) a coffee|become a (?:patron|member|supporter)|unterstütz\w*|spende\w*|soutenez|soutenir|wesprzyj|wspieraj|postaw(?: nam| mi)? kawę|apoya\w*|sostieni\w*|steun)\b/i;
/**
 * Whether a link is a button to the site's own page on a platform for tips or members: its address's first path part is the
 * site's name ("https://suppi.pl/portalpolnocny" on portalpolnocny.pl, "ko-fi.com/thebeacon"), its label asks for support (not
 * a charity's button a story's box links, which names the charity, nor a follow button to the site's social page).
 */
function isSupportPlatformButton(el: Element, a: Element): boolean {
  const label = textOf(a).trim();
  if (!SUPPORT_LABEL.test(label) || label.length >= 60 || !standsAlone(a) || closestOf(a, 'aside, nav, footer, [hidden]')) return false;
  const slug = /^(?:https?:)?\/\/[^/?#]+\/([\w-]+)\/?(?:[?#]|$)/i.exec(attributeOf(a, 'href') ?? '')?.[1];
  const page = pageHostOf(el);
  const name = page && siteOf(page).split('.')[0];
  return !!slug && !!name && slug.replace(/-/g, '').toLowerCase() === name.replace(/-/g, '') && hostOf(attributeOf(a, 'href')) !== page;
}
/**
 * Whether a box beside the story is the site's appeal: two paragraphs at most, or up to four under its one heading ("Not
 * everyone can afford to pay for news. But you can."), with the appeal's button (not a story's last part ending in one).
 */
export const isAppealBox = (el: Element, s: { text: number; paragraphs: number; headings: number }): boolean =>
  ((s.text < 600 && s.paragraphs <= 2) || (s.headings === 1 && s.text < 1500 && s.paragraphs <= 4)) && holdsAppeal(el);
/** An appeal's words: to give, donate, support. */
const APPEAL_WORDS = /\b(?:give|giving|gift|donat\w*|donors?|support\w*|spende\w*|unterstütz\w*|faire un don|soutenez)\b/i;
/** A sentence that opens by asking the reader to give ("Give once or give monthly, and every rand goes …"), not a giving day's name ("Give Miami Day began …"). */
const GIVE_NOW = /(?:^|[.!?]\s+)(?:give|donate) (?:once|monthly|today|now|what you can|generously|a gift)\b/i;
/**
 * Whether the next block holds nothing but the appeal's button: a page builder sets an appeal's words and its button in blocks
 * of their own ("Every family deserves … When you give monthly, …", then "Become a monthly donor"), the words asking the reader to give
 * (speaking to them, or a sentence opening with "Give").
 */
export function leadsToAppeal(el: Element): boolean {
  const next = property(el, 'nextElementSibling');
  const button = next && query(next, 'a[href]');
  if (next === null || button === null || textOf(next).trim() !== textOf(button).trim()) return false;
  const words = textOf(el);
  return APPEAL_WORDS.test(words) && (/\b(?:you|your|Sie|Ihre?|du|dein)\b/.test(words) || GIVE_NOW.test(words)) && holdsAppeal(next);
}

/**
 * Whether a box is a call to action, one of a band of such cards: a heading that links nowhere, a line, and a button to a page of
 * the site's own at its end ("Volunteer · Give a few hours a week … · Find a role"); its place in a run of like boxes is the caller's.
 */
export function isActionCard(el: Element): boolean {
  const links = [...queryAll(el, 'a[href]')];
  const button = links[0];
  return (
    links.length === 1 &&
    button === property(el, 'lastElementChild') &&
    standsAlone(button) &&
    withinSite(el, attributeOf(button, 'href') ?? '') &&
    query(el, ':scope > h2, :scope > h3, :scope > h4') !== null
  );
}

/** A sum of money opening a label or list item: "1500 Ft", "£30", "€ 10", "50 zł", "1,000円子ども1人分の衛生キットを届けられます". */
const AMOUNT = /^(?:[£$€¥₹]\s?\d[\d.,]*|\d[\d.,]*\s?(?:Ft|HUF|zł|kr|Kč|€|EUR|USD|CHF|lei|円|元))/u;
/**
 * Whether a box offers sums to give, in any language: in a `short` box, two or more buttons or labels that are sums of money
 * beside a button to a page of the site's to go on with (not a story's calculator, which has none, nor a section of its
 * text), or list items each opening with a sum and what it buys beside a button to the site's donation page (not a story's
 * list of prices).
 */
export function holdsAmountPicker(el: Element, short: boolean): boolean {
  const sums = (selector: string) => [...queryAll(el, selector)].filter((b) => AMOUNT.test(textOf(b).trim()));
  const buttons = sums('button, label, [role="button"], [role="radio"]').filter((b) => textOf(b).trim().length < 16);
  if (short && buttons.length >= 2) return [...queryAll(el, 'a[href]')].some(isSiteButton(el));
  return sums('li').length >= 2 && holdsAppeal(el);
}

/** A paywall offer's line for those who already pay: "Already a subscriber? Log in", "Allerede abonnent? Logg inn med aID", "Bereits Abonnent? Anmelden" (the question right after the status, not "Déjà abonné au passe Navigo ?"). */
const LOGIN_OFFER =
  /^(?:already (?:a )?(?:subscriber|member)(?![\p{L}])[^.]{0,40}|(?:allerede (?:abonnent|medlem)|redan (?:prenumerant|medlem)|(?:bereits|schon) (?:abonnent(?:in)?|mitglied)|déjà abonnée?|¿?ya eres (?:suscriptor|socio)) ?\?[^.?]{0,20}?)(?:\b(?:log|sign|logg|logga)[ -]?(?:in|inn|ind)\b|\b(?:anmelden|einloggen|connectez|inicia sesión))/iu;
/** Whether a box holds a paywall offer's line for those who already pay (the offer's other lines, in hashed classes, with it). */
export const holdsLoginOffer = (el: Element) => [...queryAll(el, 'p, div, span')].some((line) => LOGIN_OFFER.test(textOf(line).trim()));
