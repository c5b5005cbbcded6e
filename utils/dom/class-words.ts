/**
 * What a part's class and id words say of it: words of parts seldom the article (a sidebar, a comment box), words that
 * keep such a part in the running (`article-footer`), and the weight they add to or take from a part's score.
 */
import { customName } from './tags';
import { attributeOf, closestOf, tagOf } from './native';

/** Class or id words of parts that are seldom the article: their text does not score, unless nothing else does. */
export const UNLIKELY =
  /-ad-|share|legends|gallery|banner|(?<![a-z\d])bnr(?![a-z]*(?:photo|image|img|fig))|breadcrumb|comment(?!ary)|(?:^|\s)(?:読者の|みんなの)?コメント(?:欄|プラス|一覧)?(?:\s|$)|(?<!(?:category|tag)[-_])community(?![\w-])|comentarios|kommentare|komentarze|disqus|footer|gdpr|header|menu|related|replies|sidebar|social|sponsor|pagination|pager|popup|modal|lightbox|slider|carousel|privacy|cookie|consent|overlay|news-?letter|mail-?mag(?:box)?(?![b-z])(?![a-z]*[-_]?(?:sample|example))|republication|sign-?up|app[-_]?(?:promo|download|banner)(?![-_]?(?:guide|steps?|how))|flyout|teaser|recommend|author|bio|credit|copyright|rating|disclaimer|disclosure|boilerplate|podcast[-_]?(?:promo|inline|teaser|banner|box|widget|cta)|affiliate|subscri(?!ber-(?:only|preview))|paywall|byline|timestamp|(?<![a-z])cta(?![a-z])|creator-?info|(?:article|story|post)[-_]{1,2}writer(?![a-z])|(?<![a-z\d-])[a-z][-_]writer(?![a-z-])|(?<![a-z])autor(?![a-z])|moduletable/i;
/**
 * Class or id words of an ad slot: "ad" or "ads" as a word of its own ("container--ads", "ad-slot"), "advert…", Google's ad
 * server as a word ("dfp-slot", "GoogleDfpAd-underwriting"), its tag's slot and one-word slot names ("gpt-slot", "adslot",
 * "AdWrapper"); not "ad-free", "has-ads", "no-adslot", "chat-gpt-wrapper", "pdfp-wrapper", "headwrapper" or a hash ("css-1dfp7xq").
 */
export const AD_BOX =
  /(?:^|[\s_-])(?<!(?:has|no|show|hide|with|without)[-_])(?:(?:ads?|advert\w*)(?![-_](?:hoc|free))(?:[\s_-]|$)|(?:gpt[-_]slot|ad[-_]?(?:slot|wrapper))s?(?![a-z]))|(?:^|[\s_-]|google)dfp(?:ad)?(?![a-z\d])/i;
const CREDIT_CAPTION = /credit[-_]?caption|caption[-_]?credit/i;
/** Words that keep a part with an unlikely word in the running (`article-footer` is not a footer; `credit-caption` holds a caption). */
const MAYBE = new RegExp(`and|article|body|column|content|main|shadow|story|entry|${CREDIT_CAPTION.source}`, 'i');
/** "article-" or "story-" before a part's furniture word names what the part is about (`article-author-bio`, `article-inline-newsletter`, `story-community`, `story__author-box`, `article__disclaimer`); Divi's "_tb_body", SilverStripe's "…__models__elementcontent", the template or model a block is in; a call to action's (`content-box content-box--cta`), which no story word outweighs. */
const STORY_PART_OF =
  /(?:article|story)[-_](?:inline[-_](?=newsletter))?(?=author|bio|byline|writer|share|related|newsletter|mail-?mag|recommend|community(?![\w-])|app[-_]?promo)|article__(?=writer(?![\w-])|app[-_]?promo)|(?<![\w-])story__(?=author|newsletter)|(?<![\w-])article__(?=comments?[-_](?:prompt|form|cta)|disclaimer)|_tb_body\b|dnadesign__elemental__models__\w+|^.*(?<![a-z\d]|(?:after|before|post|pre)[-_])cta(?![a-z\d]).*/gi;
/** Elementor's names for a post's own blocks (text, heading, picture, quote, container, wrap) and a template's title, picture and
 * content: no sidebar's widgets. A template's widgets around the content are the site's boxes and keep the weight. */
const STORY_WIDGET =
  /elementor-widget(?:-(?:container|wrap|text-editor|heading|image|blockquote|theme-post-(?:content|title|excerpt|featured-image)))?(?![\w-])/g;
const STORY_PART =
  '.elementor-widget-theme-post-content, .elementor-widget-theme-post-title, .elementor-widget-theme-post-featured-image, .elementor-widget-theme-post-excerpt, [data-elementor-type="wp-post"], [data-elementor-type="wp-page"]';
/** Class or id words that take from a part's score, or add to it. */
const NEGATIVE = new RegExp(`${UNLIKELY.source}|meta|tags|widget|promo|nav|byline`, 'i');
const POSITIVE = /article|body|content|entry|main|page|post|text|blog|story|prose|lead|intro/i;

/**
 * Whether a part's class, id or accessible name (`names`, joined) says it is seldom the article: a furniture word
 * that no story word keeps in the running.
 */
export const namesFurniture = (names: string): boolean => UNLIKELY.test(names) && !MAYBE.test(names.replace(STORY_PART_OF, ''));

/** Whether an element's class and id name it unlikely only by the word "header" (a story header's `figure.artstyle__header-media`). */
export function namedForHeaderOnly(el: Element): boolean {
  const names = `${attributeOf(el, 'class') ?? ''} ${attributeOf(el, 'id') ?? ''}`;
  return UNLIKELY.test(names) && !UNLIKELY.test(names.replace(/header/gi, ''));
}

/** What class and id words add to a part's score (a story word) or take from it (a furniture word). */
export function classWeight(el: Element): number {
  let w = 0;
  const classes = attributeOf(el, 'class');
  const story = classes?.includes('elementor-widget') && closestOf(el, STORY_PART) !== null;
  for (const name of [story ? classes!.replace(STORY_WIDGET, '') : classes, attributeOf(el, 'id'), customName(tagOf(el))]) {
    if (!name) continue;
    if (NEGATIVE.test(name) && !CREDIT_CAPTION.test(name)) w -= 25;
    if (POSITIVE.test(name)) w += 25;
  }
  return w;
}
