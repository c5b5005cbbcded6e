/**
 * The reader's topics `sweep:reader` gives each page, picked from the page's snippets by a fixed
 * rule that never looks at what the extension marks:
 *
 * With-alias (topic "Sweep with"), from the `with` snippets that occur in the page's text (white
 * space ignored), in snippet order, first candidate wins:
 *   1. a capitalised word (one capital, then at least four lower-case letters) that is not at a
 *      sentence start (the character before it, spaces skipped, is a letter, digit or comma) and
 *      not a stopword (function words, weekdays, months); when the next word, after exactly one
 *      space, is capitalised too (and no stopword), the two words together ("Joe Biden": then
 *      five letters in all suffice);
 *   2. else a run of three or more katakana (a Japanese name);
 *   3. else a lower-case word of eight or more letters, not at a sentence start.
 * A candidate that is an alias of a built-in topic is skipped (it would be shared, and marks
 * could not be told apart), and so is one the extension's matcher does not find both in its
 * snippet and in the page's text (a snippet cut mid-word, "sollte das vielleich", holds a word
 * the page never has).
 *
 * Without-alias (topic "Sweep without"), from the `without` snippets in order: a word of five or
 * more letters (capitalised ones first, then any), else a katakana run of three or more, that
 * the matcher finds in no `with` snippet, finds in the page's text at least once, and finds
 * there no more often than in the `without` snippets together: so every occurrence on the page
 * is one a person judged to be outside the main text.
 */
import { compileMatcher, type Matcher } from '../../utils/matcher';
import { DEFAULT_TOPICS, type Topic } from '../../utils/topics';

export const WITH_TOPIC_ID = 'custom-sweep-with';
export const WITHOUT_TOPIC_ID = 'custom-sweep-without';

const STOPWORDS = new Set(
  [
    // English
    'about above after again against also although among another because before being below between both cannot could during each every from have having here however into itself just many more most much must never other otherwise over same should since some still such than that their them then there these they this those though through thus under until very were what whatever when where whether which while whom whose will with within without would your yours',
    // German
    'aber alle allem allen aller alles also andere anderen auch auf aus bereits bevor beim bisher damit dann darauf darum dass dein deine dem den denen denn dennoch der deren des dessen dies diese diesem diesen dieser dieses doch dort durch eine einem einen einer eines etwa etwas euch falls fast ganz gegen haben hatte hatten hier hinter ihre ihrem ihren ihrer immer indem jede jedem jeden jeder jedes jedoch jene jetzt kann kein keine keinen konnte können machen mehr mein meine mich mindestens muss nach nachdem neben nicht noch nun oder ohne schon sehr seid sein seine seinem seinen seiner seit selbst sich sind sodass solche sollen sollte sondern sowie später statt über unter viel viele vom von vor während warum weil weiter welche welcher wenn werden wieder wird wurde wurden zwischen',
    // French, Spanish, Italian, Polish, Dutch
    'alors après aussi avant avec avoir cette ceux chez comme comment dans depuis donc elle elles encore entre être leur leurs mais même nous pour pourquoi quand quelle quelque sans selon sont sous toujours tous tout toute toutes très vous ahora antes aunque cada como con cuando desde donde durante entre esta este esto estos hasta para pero porque sobre también tiene todo todos tras además ancora anche come dopo essere hanno nella nelle nostro ogni perché quando questa questo sono sulla tutti tutto będzie jednak który która które oraz przez także tylko więcej aangezien alleen andere betreft door echter heeft hebben hier maar meer omdat over tijdens tussen waar wanneer worden zijn',
    // Weekdays and months (en, de, fr, es)
    'monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz juni juli oktober dezember lundi mardi mercredi jeudi vendredi samedi dimanche janvier février avril juillet août septembre octobre novembre décembre lunes martes miércoles jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
  ]
    .join(' ')
    .split(' '),
);

/** Aliases of the built-in topics, folded: a reader's topic that shares one could not be told apart on the page. */
const BUILT_IN = new Set(DEFAULT_TOPICS.flatMap((t) => t.aliases.map((a) => fold(typeof a === 'string' ? a : a.text))));

function fold(text: string): string {
  return text.toLowerCase().replace(/[\s\u00a0\-\u2010-\u2015]+/g, ' ');
}

/** White space removed: snippets are compared with page text joined from blocks without spaces. */
export const squeeze = (text: string) => text.replace(/\s+/g, '');

/** A reader's topic with one alias, as the options page would store it. */
export function sweepTopic(id: string, alias: string, color: number): Topic {
  return { id, label: { en: id === WITH_TOPIC_ID ? 'Sweep with' : 'Sweep without', ja: '' }, aliases: [alias], color };
}

const matcherOf = (alias: string) => compileMatcher([sweepTopic(WITH_TOPIC_ID, alias, 0)]);
const count = (matcher: Matcher, text: string) => matcher.find(text).length;

const WORD = /\p{L}+/gu;
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u;
const KATAKANA = /[\u30a1-\u30fa\u30fc]{3,}/gu;

interface Token {
  text: string;
  start: number;
  end: number;
}

const tokens = (text: string): Token[] => [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));

/** Whether the word at `start` is mid-sentence: the character before it (spaces skipped) is a letter, digit or comma. */
function midSentence(text: string, start: number): boolean {
  const before = text.slice(0, start).trimEnd();
  return before.length > 0 && /[\p{L}\p{N},]$/u.test(before);
}

const stop = (word: string) => STOPWORDS.has(word.toLowerCase());
const usable = (alias: string) => !BUILT_IN.has(fold(alias));

/** Tier 1 candidates of one snippet, in order: capitalised names, two words when the next is capitalised too. */
function names(snippet: string): string[] {
  const words = tokens(snippet);
  const out: string[] = [];
  words.forEach((w, i) => {
    if (!CAPITALISED.test(w.text) || stop(w.text) || !midSentence(snippet, w.start)) return;
    const next = words[i + 1];
    if (next && CAPITALISED.test(next.text) && !stop(next.text) && snippet.slice(w.end, next.start) === ' ') {
      if (w.text.length + next.text.length >= 5) out.push(`${w.text} ${next.text}`);
    }
    if (w.text.length >= 5) out.push(w.text);
  });
  return out;
}

const katakana = (snippet: string) => [...snippet.matchAll(KATAKANA)].map((m) => m[0]);
const longWords = (snippet: string) =>
  tokens(snippet)
    .filter((w) => w.text.length >= 8 && w.text === w.text.toLowerCase() && !stop(w.text) && midSentence(snippet, w.start))
    .map((w) => w.text);

export interface PickedAliases {
  /** The with-alias, and the `with` snippets the matcher finds it in. */
  withAlias?: { alias: string; snippets: string[] };
  withoutAlias?: string;
  /** `with` snippets not found in the page's text (white space ignored). */
  withMissing: number;
}

/** The page's two aliases by the rule in the module comment; `pageText` is its body's text content. */
export function pickAliases(page: { with: string[]; without: string[] }, pageText: string): PickedAliases {
  const squeezed = squeeze(pageText);
  const found = page.with.filter((s) => squeeze(s) && squeezed.includes(squeeze(s)));
  let withAlias: PickedAliases['withAlias'];
  for (const tier of [names, katakana, longWords]) {
    for (const snippet of found) {
      const alias = tier(snippet).find((a) => usable(a) && count(matcherOf(a), snippet) > 0 && count(matcherOf(a), pageText) > 0);
      if (alias) {
        const matcher = matcherOf(alias);
        withAlias = { alias, snippets: page.with.filter((s) => count(matcher, s) > 0) };
        break;
      }
    }
    if (withAlias) break;
  }
  const withText = page.with.join('\n');
  const withoutText = page.without.join('\n');
  const withoutCandidates = [
    ...page.without.flatMap((s) => tokens(s).filter((w) => w.text.length >= 5 && CAPITALISED.test(w.text) && !stop(w.text))),
    ...page.without.flatMap((s) => tokens(s).filter((w) => w.text.length >= 5 && !stop(w.text))),
  ].map((w) => w.text);
  const kana = page.without.flatMap(katakana);
  const withoutAlias = [...new Set([...withoutCandidates, ...kana])].find((alias) => {
    if (!usable(alias) || alias === withAlias?.alias) return false;
    const matcher = matcherOf(alias);
    if (count(matcher, withText) > 0) return false;
    const onPage = count(matcher, pageText);
    return onPage > 0 && onPage <= count(matcher, withoutText);
  });
  return { ...(withAlias ? { withAlias } : {}), ...(withoutAlias ? { withoutAlias } : {}), withMissing: page.with.length - found.length };
}
