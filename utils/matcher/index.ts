/**
 * One compiled matcher for every enabled alias. Pure: works on strings, never on the DOM.
 *
 * Rules, in order of how a reader sees them:
 * - Leftmost-longest: "Haqqani network" wins over "Haqqani" at the same place; a match is widened
 *   over an alias of its own topic that starts inside it and ends past it ("President Xi Jinping").
 * - Whole words for space-separated scripts, with Unicode-aware boundaries (`\b` is ASCII-only):
 *   "Taliban" does not match in "Talibanization", "Putin" not in "input". Possessives need no alias.
 * - Spaces, hyphens and dashes inside an alias are interchangeable ("Japan–U.S.", "Kim Jong Un"),
 *   and so are straight and curly apostrophes; separators at an alias's ends are dropped, and an
 *   alias with no letter or digit matches nothing.
 * - Case-smart (`case-rules.ts`).
 * - CJK aliases match as substrings, on Japanese word edges (`japanese-words.ts`); full-width and
 *   half-width forms fold (NFKC) with offsets kept, and soft hyphens, word joiners and byte-order
 *   marks are dropped wherever they are ("Af\u00adgha\u00adni\u00adstan" is a word).
 * - Exclusions: a topic's exclusion phrase suppresses that topic's matches inside it.
 *
 * The modules: `characters` (character classes), `width-fold` (a page's text folded, with a map
 * back to its offsets), `case-rules`, `breaks` (block breaks in
 * joined text), `aliases` (an alias ready, and tested at one place), `alias-regex` (the trie regex
 * and its scan), `word-index` (large alias sets), `hits` (merging and exclusions). Every pass is
 * linear in the text and runs as steps (`findSteps`), so a page can spread a huge article over tasks.
 */
import { runToEnd } from '../steps';
import { aliasSpec, type Topic } from '../topics';
import { type AliasData, type AliasMention, aliasData } from './aliases';
import { buildScanner, regexSource, scanSteps } from './alias-regex';
import { type Joins, type Source, breakFinder, foldedJoins } from './breaks';
import { type FoldMap, foldWidthSteps, originalEnd, originalOffset } from './width-fold';
import { joinedOverlaps, leftmostLongest, withoutExcluded } from './hits';
import { type WordIndex, buildWordIndex, scanWordsSteps, wordIndexable } from './word-index';

export { caseAllowed } from './case-rules';
export { foldWidth } from './width-fold';
export type { Joins } from './breaks';

/** A mention of a topic in a text: which topic, by which alias, at which offsets (see docs/architecture.md, "Names"). */
export interface TextMention {
  topicId: string;
  /** The alias as the topic lists it. */
  alias: string;
  /** UTF-16 offsets into the text given to `find`. */
  start: number;
  end: number;
}

export interface Matcher {
  /** All non-overlapping matches, in text order; `joins` tells where the text breaks between blocks. */
  find(text: string, joins?: Joins): TextMention[];
  /**
   * `find` in steps that can be spread over several tasks (see `runInSlices`): it yields every
   * few hundred hits or words, so no step of a page's whole text holds the main thread for long.
   */
  findSteps(text: string, joins?: Joins): Generator<void, TextMention[]>;
  /** Number of aliases compiled. */
  readonly size: number;
  /**
   * The combined alias regex, for benchmarks that compare the matcher with one bare regex pass.
   * With the word index (large alias sets) it holds only the aliases the index cannot take.
   */
  readonly pattern: RegExp | undefined;
}

/** From this many aliases on, whole-word aliases go through the word index instead of the one regex. */
export const WORD_INDEX_FROM = 400;

/**
 * A matcher as JSON-safe data: the aliases made ready (NFKC, options, longest first) and the
 * regex sources built from them. The background prepares it once per settings change and sends
 * it to each page, whose content script then only has to assemble the lookups (`matcherFrom`).
 */
export interface MatcherData {
  aliases: AliasData[];
  exclusions: AliasData[];
  /** From WORD_INDEX_FROM aliases on, whole-word aliases go through this index; the regex holds the others. */
  wordIndex?: WordIndex;
  aliasSource?: string;
  exclusionSource?: string;
}

/** Prepares the aliases and exclusions of the given topics. `wordIndexFrom` (tests) moves the switch to the word index. */
export function prepareMatcher(topics: readonly Topic[], { wordIndexFrom = WORD_INDEX_FROM } = {}): MatcherData {
  const aliases: AliasData[] = [];
  const exclusions: AliasData[] = [];
  const seen = new Set<string>();
  for (const topic of topics) {
    for (const alias of topic.aliases) {
      const data = aliasData(topic.id, aliasSpec(alias));
      const key = data && `${topic.id}\u0000${data.normalized}\u0000${data.caseSensitive}\u0000${data.substring}`;
      if (data && key && !seen.has(key)) {
        seen.add(key);
        aliases.push(data);
      }
    }
    for (const phrase of topic.exclusions ?? []) {
      const data = aliasData(topic.id, { text: phrase });
      // An exclusion hides what it covers wherever it is: held to word edges, it would let 中国 back out of 中国地方紙.
      if (data) exclusions.push({ ...data, japaneseWords: undefined });
    }
  }
  // Longest first, so that every lookup tries longer aliases before shorter ones.
  const byLength = (list: AliasData[]) => list.sort((a, b) => b.normalized.length - a.normalized.length);
  byLength(aliases);
  byLength(exclusions);
  const useWords = aliases.length >= wordIndexFrom;
  const aliasSource = regexSource(useWords ? aliases.filter((a) => !wordIndexable(a)) : aliases);
  const exclusionSource = regexSource(exclusions);
  return {
    aliases,
    exclusions,
    ...(useWords ? { wordIndex: buildWordIndex(aliases) } : {}),
    ...(aliasSource ? { aliasSource } : {}),
    ...(exclusionSource ? { exclusionSource } : {}),
  };
}

/** Compiles the aliases and exclusions of the given topics into one matcher (both ways find the same matches). */
export function compileMatcher(topics: readonly Topic[], options: { wordIndexFrom?: number } = {}): Matcher {
  return matcherFrom(prepareMatcher(topics, options));
}

/** Matches mapped back to the original text, between two chances to yield. */
const MATCHES_PER_STEP = 4096;

/** Hits `from` to `to` as matches in the original text, added to `out` (a plain loop, see `scanSome`). */
function toMatches(hits: readonly AliasMention[], from: number, to: number, map: FoldMap | undefined, out: TextMention[]): void {
  for (const h of hits.slice(from, to)) {
    out.push({ topicId: h.a.topicId, alias: h.a.alias, start: originalOffset(map, h.start), end: originalEnd(map, h.end) });
  }
}

/** An alias as overlaps are judged: lower case, any run of separators one space, one apostrophe. */
const spelled = (a: AliasData) =>
  a.normalized
    .toLowerCase()
    .replace(/[\s\-\u2010-\u2015]+/g, ' ')
    .replace(/\u2019/g, "'");

/**
 * The topics one of whose aliases can start inside another and run past it ("President Xi" and "Xi Jinping"), each with
 * its aliases (longest first) by their lower-cased first character: only their hits can be widened (`joinedOverlaps`).
 */
function overlappingTopics(aliases: readonly AliasData[]): Map<string, Map<string, AliasData[]>> {
  const byTopic = new Map<string, AliasData[]>();
  for (const a of aliases) byTopic.set(a.topicId, [...(byTopic.get(a.topicId) ?? []), a]);
  const out = new Map<string, Map<string, AliasData[]>>();
  for (const [topicId, list] of byTopic) {
    const texts = list.map(spelled);
    // A proper prefix of one alias that ends another after a word's edge (not "n" closing "Kim Jong Un" and opening
    // "North Korea": no word starts there): one pass over each alias's prefixes and suffixes.
    const prefixes = new Set(texts.flatMap((t) => Array.from({ length: t.length - 1 }, (_, k) => t.slice(0, k + 1))));
    const overlaps = texts.some((t) =>
      Array.from({ length: t.length - 1 }, (_, k) => k + 1).some((k) => !/[a-z0-9]/.test(t[k - 1]!) && prefixes.has(t.slice(k))),
    );
    if (!overlaps) continue;
    const byFirst = new Map<string, AliasData[]>();
    for (const a of list) {
      const first = a.normalized[0]!.toLowerCase();
      byFirst.set(first, [...(byFirst.get(first) ?? []), a]);
    }
    out.set(topicId, byFirst);
  }
  return out;
}

/** The matcher for prepared data (see `prepareMatcher`). */
export function matcherFrom(data: MatcherData): Matcher {
  const { aliases, exclusions, wordIndex } = data;
  const aliasScanner = buildScanner(wordIndex ? aliases.filter((a) => !wordIndexable(a)) : aliases, data.aliasSource);
  const exclusionScanner = buildScanner(exclusions, data.exclusionSource);

  let overlapping: Map<string, Map<string, AliasData[]>> | undefined;
  /** The aliases by first character of a topic with overlapping aliases (`overlappingTopics`), made at the first hit. */
  const aliasesOf = (topicId: string) => (overlapping ??= overlappingTopics(aliases)).get(topicId);

  /**
   * The page's first scan compiles each function it runs, whole: what only a page with a hit (or
   * the word index) needs is in functions of its own, so a page without one does not compile it.
   */
  function* findSteps(original: string, given?: Joins): Generator<void, TextMention[]> {
    if ((!aliasScanner && !wordIndex) || !original) return [];
    const folded = yield* foldWidthSteps(original);
    const joins = given && folded.map ? foldedJoins(given, folded.map) : given;
    const source: Source = { text: folded.text, joinStarts: joins?.starts ?? [], breaks: joins && breakFinder(joins) };
    const hits = wordIndex ? yield* wordHitsSteps(source, wordIndex) : yield* scanSteps(source, aliasScanner!);
    return hits.length ? yield* matchesSteps(source, hits, folded.map) : [];
  }

  /** The hits of the word index and of the regex's other aliases, leftmost-longest. */
  function* wordHitsSteps(source: Source, index: WordIndex): Generator<void, AliasMention[]> {
    const byWord = yield* scanWordsSteps(source, index, aliases);
    return leftmostLongest(byWord, aliasScanner ? yield* scanSteps(source, aliasScanner, true) : []);
  }

  /** Hits outside exclusions, as matches in the original text. */
  function* matchesSteps(source: Source, found: AliasMention[], map: FoldMap | undefined): Generator<void, TextMention[]> {
    let hits = found;
    // Exclusions only take hits away: with none, their pass over the text is skipped (most pages).
    if (exclusionScanner) hits = withoutExcluded(hits, yield* scanSteps(source, exclusionScanner));
    hits = yield* joinedOverlaps(source, hits, aliasesOf);
    const out: TextMention[] = [];
    for (let i = 0; i < hits.length; i += MATCHES_PER_STEP) {
      if (i) yield;
      toMatches(hits, i, i + MATCHES_PER_STEP, map, out);
    }
    return out;
  }

  return {
    size: aliases.length,
    pattern: aliasScanner?.regex,
    findSteps,
    find: (text, joins) => runToEnd(findSteps(text, joins)),
  };
}
