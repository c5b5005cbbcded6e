/**
 * Boxes inside an article around a control of the site's: a player (its play button, title and
 * length), an embed's consent placeholder, a "read here" wall, a reader poll (its question and votes). Their few lines label the control;
 * a reader reads past them. Known by the control's label (play, listen, load, read here), not by
 * any button: a live blog entry's share button, a slideshow's arrows, a chart's "Show data", a
 * footnote's marker and an accordion's questions sit in the story's own boxes. A box whose only links lead to an app
 * store or a channel to follow is the site's app promo ("Get the latest news on your phone with our app" above store
 * badges), known by where its links go, in any language. And the other way
 * round, a link that is a control (a note opened over the text), not a way elsewhere (`isNavigation`).
 */
import type { Stats } from './article-scores';
import { attributeOf, classOf, closestOf, invoke, parentOf, property, query, queryAll, textOf } from './native';
import { standsAlone } from './appeals';

/** A media player's box by its name ("AudioPlayer", "media-player", "videoBlock__player"), not a sports page's "player-card". */
const PLAYER = /(?:video|audio|media)\w*?[-_]*player/i;
/** A loading player's own box by its name ("video-placeholder"), itself, not a box around it and a caption. */
const PLAYER_PLACEHOLDER = /(?:video|audio|media)[-_]*placeholder(?:\s|$)/i;
/** An audio box by its name ("article-audio", "sc__audio"): a player's only when it holds no paragraph (a quote may come with its clip). */
const AUDIO_BOX = /[-_]audio(?:\s|$)/i;
/** A control's label that plays, loads or lets the reader read here: the site's, in a few languages. */
const CONTROL_LABEL =
  /^[▶►⏵]|^(?:play|abspielen|anhören|artikel anhören|listen|écouter|escuchar|reproducir|odtwórz|afspelen|riproduci|再生)\b|\b(?:laden|load|lire ici|read here|hier weiterlesen|seguir leyendo aquí)\b/i;

/** A video's title as its player shows it: opening with "Video:" (not a caption's closing credit "Video: …"), or with its length ("(2:47 Min.)", "Duration 2:14", "durata 2:47", "(1 Std. 38 Min.)"). */
const VIDEO_TITLE =
  /^\s*(?:(?:en|im|in|watch) )?(?:video|vidéo|vídeo)\s*:|\b(?:duration|dauer|durée|duración|durata|duração|duur)\s*:?\s*\d|\(\d{1,2}(?::\d\d| std\.)[^()]{0,12}\)/i;
/** A player's capitalised length label run on after its title when its spans are not spaced ("…studentsDuration 2:47"), not "Flugdauer: 19". */
const RUN_ON_LENGTH = /(?<=\p{Ll})(?:Duration|Dauer|Durée|Duración|Durata|Duração|Duur)\s*:?\s*\d/u;
/** A player's clock, the time played and the length ("0:00 / 2:41"), opening an element's text (a length spelt out for screen readers may follow). */
const PLAYER_CLOCK = /^\s*\d{1,2}:\d\d(?::\d\d)?\s*\/\s*\d{1,2}:\d\d(?::\d\d)?(?!\d|\s*\/)/;
/** A button that plays a video ("Play", "Video abspielen", "Video starten", "Riproduci video"). */
const PLAY = /\b(?:play|abspielen|starten|lire|reproducir|riproduci|odtwórz|afspelen)\b|再生/i;

/** A link that offers to watch or play a video elsewhere. */
const WATCH_LINK = /^(?:watch|view|play|see)\b/i;

/** A poll's answer (or a page's "Was this helpful?"): yes or no, agree or disagree, vote, in a few languages. */
const VOTE_LABEL =
  /^(?:yes|no|ja|nein|nej|nei|nee|oui|non|s[iíì]|tak|nie|ano|ne|kyllä|ei|igen|nem|agree|disagree|vote|abstimmen|voter|votar|はい|いいえ|賛成|反対)$/i;

/**
 * Where an app promo's links go: an app store, a WhatsApp channel, a Google News publication or preferred-source page, or an
 * app-link service that sends a phone on to its store (AppsFlyer's onelink.me, Adjust, Branch's app.link, Firebase's page.link).
 */
const APP_OR_CHANNEL =
  /^(?:https?:)?\/\/(?:play\.google\.com\/store\/apps\/|(?:apps|itunes)\.apple\.com\/|appgallery\.huawei\.com\/|(?:www\.)?whatsapp\.[a-z]{2,8}\/channel\/|news\.google\.com\/(?:publications|s)\/|www\.google\.com\/preferences\/source|(?:[\w-]+\.)*(?:onelink\.me|adj\.st|app\.link|page\.link)\/|app\.adjust\.com\/)/i;

const labelOf = (button: Element) => `${attributeOf(button, 'aria-label') ?? ''} ${textOf(button)}`.trim();

/** Whether a box inside the article is a control's box of the site's (see above). */
export function isControlBox(s: Stats): boolean {
  if (isAppPromo(s)) return true;
  // A video's box showing its title, no heading but the player's own title (h3, no paragraph): a teaser for the video, whatever
  // its picture or caption (a story's picture has no play button; a video under an h1 or h2 of its own may be the story's).
  if (
    s.text < 400 &&
    (!s.headings || (s.headings === 1 && s.paragraphs <= 1 && !query(s.el, 'h1, h2'))) &&
    s.paragraphs <= 3 &&
    (((VIDEO_TITLE.test(textOf(s.el).trim()) || RUN_ON_LENGTH.test(textOf(s.el))) &&
      [...queryAll(s.el, 'button')].some((b) => PLAY.test(labelOf(b)))) ||
      // Or, in a box named as a player, its clock beside any of its buttons (an autoplaying player's offers only "unmute"); not a
      // quote's box with its clip, nor a box of set scores.
      (PLAYER.test(`${classOf(s.el)} ${attributeOf(s.el, 'id') ?? ''}`) &&
        query(s.el, 'button') !== null &&
        [...queryAll(s.el, 'span, div, time')].some((e) => PLAYER_CLOCK.test(textOf(e)))))
  )
    return true;
  if (s.headings || s.images || query(s.el, 'figcaption, svg, canvas, table')) return false;
  const controls = [...queryAll(s.el, 'button, [role="button"]')].filter((b) => !closestOf(b, 'p') && CONTROL_LABEL.test(labelOf(b)));
  if (s.text < 400 && s.paragraphs <= 3 && (controls.length > 0 || isPoll(s.el))) return true;
  // A player's box its script fills: no button yet, a title and "the story continues below the video", or a link to
  // watch it on the video's own page ("Watch the video on our website"; not a caption's link to its source).
  return (
    s.text < 200 &&
    (s.link === 0 || (s.link <= 40 && [...queryAll(s.el, 'a')].every((a) => WATCH_LINK.test(textOf(a).trim())))) &&
    [s.el, ...queryAll(s.el, '[class], [id]')].some((e) => {
      const name = `${classOf(e)} ${attributeOf(e, 'id') ?? ''}`;
      return PLAYER.test(name) || (AUDIO_BOX.test(name) && !query(s.el, 'p')) || (e === s.el && PLAYER_PLACEHOLDER.test(name));
    })
  );
}

/** A short box or line (badges and a line or two, no picture's caption) whose every link leads to an app store or a channel (see above). */
export function isAppPromo(s: Stats): boolean {
  if (s.text >= 250 || s.paragraphs > 2 || s.headings > 1 || !hasAppLinks(property(s.el, 'ownerDocument'))) return false;
  // Native collections, not selectors: a page with such links may still nest boxes thousands deep.
  const links = [...invoke(s.el, 'getElementsByTagName', 'a')];
  if (links.length === 0 || !links.every((a) => APP_OR_CHANNEL.test(attributeOf(a, 'href') ?? ''))) return false;
  if (invoke(s.el, 'getElementsByTagName', 'figure').length || invoke(s.el, 'getElementsByTagName', 'figcaption').length) return false;
  // Badges or buttons: each link a picture or a block of its own, not words in a story's sentence ("free on iOS and Android").
  return links.every((a) => query(a, 'img') !== null || standsAlone(a) || onlyLinks(a));
}

const APP_LINKS =
  'a[href*="play.google.com/store"], a[href*="apple.com/"], a[href*="appgallery.huawei.com"], a[href*="whatsapp."][href*="/channel/"], a[href*="news.google.com/"], a[href*="google.com/preferences/source"], a[href*="onelink.me/"], a[href*="adj.st/"], a[href*=".app.link/"], a[href*=".page.link/"], a[href*="app.adjust.com/"]';
const appLinksIn = new WeakMap<Document, { links: number; has: boolean }>();
/**
 * Whether a page holds any link to an app store or channel (see above): looked up again only when the page's count of
 * links has changed (most pages hold none; a page that loads its app box later is asked afresh).
 */
function hasAppLinks(doc: Document): boolean {
  const links = invoke(doc, 'getElementsByTagName', 'a');
  const count = property(links, 'length');
  const seen = appLinksIn.get(doc);
  if (seen?.links === count) return seen.has;
  const has = query(doc, APP_LINKS) !== null;
  appLinksIn.set(doc, { links: count, has });
  return has;
}

/** Whether a link's block holds links and separators only ("App Store ｜ Google Play"). */
function onlyLinks(a: Element): boolean {
  const block = parentOf(a);
  if (!block) return false;
  const rest = [...queryAll(block, 'a')].reduce((text, link) => text.replace(textOf(link), ''), textOf(block));
  return /^[\s|｜/・·,、]*$/u.test(rest);
}

/** A reader poll: a question with two or more buttons to vote with (a poll of radio buttons is a form's box already). */
function isPoll(el: Element): boolean {
  if (!/[?？]/.test(textOf(el))) return false;
  return [...queryAll(el, 'button, [role="button"]')].filter((b) => VOTE_LABEL.test(labelOf(b))).length >= 2;
}

/**
 * Whether a link takes the reader elsewhere: a `javascript:` link that opens a note or popup over the text (a study
 * text's annotations) is words of the text, not a link; one that goes back, opens a page or posts the form (ASP.NET's
 * `__doPostBack`) is.
 */
export const isNavigation = (a: Element): boolean => {
  const href = attributeOf(a, 'href');
  return href === null || !/^\s*javascript:/i.test(href) || /history|location|open\(|PostBack/i.test(href);
};

/** A share link: a button that posts the page to a network or a reader's contacts (Substack's `?action=share`, X's intent, Facebook's sharer). */
const SHARE_HREF = /[?&]action=share\b|\/intent\/(?:tweet|post)\b|\/sharer(?:\.php)?\b|\/share\?(?:url|u|text)=/i;
/** Whether every link in a line is a share link. */
export const onlySharing = (el: Element): boolean => {
  const links = [...queryAll(el, 'a[href]')];
  return links.length > 0 && links.every((a) => SHARE_HREF.test(attributeOf(a, 'href') ?? ''));
};
