/**
 * The alias regex: every alias (or the few the word index cannot take) in one trie-shaped,
 * case-insensitive regex, and the scan that runs it over a text, checking each hit against the
 * boundary and case rules and falling back to shorter aliases at the same place.
 */
import { type AliasData, type AliasMention, boundariesOk, matchAt } from './aliases';
import { type Source, crossesBreak, wordCharAt } from './breaks';
import { caseAllowed } from './case-rules';
import { APOSTROPHE, APOSTROPHE_PATTERN, SEPARATOR, SEPARATOR_RUN_PATTERN, canonicalKey } from './characters';

function escapeChar(ch: string): string {
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

/** The regex tokens of an alias: one per character, with separators and apostrophes as classes. */
function tokens(normalized: string): string[] {
  const out: string[] = [];
  for (const ch of normalized.toLowerCase()) {
    if (SEPARATOR.test(ch)) {
      if (out.at(-1) !== SEPARATOR_RUN_PATTERN) out.push(SEPARATOR_RUN_PATTERN);
    } else if (APOSTROPHE.test(ch)) out.push(APOSTROPHE_PATTERN);
    else out.push(escapeChar(ch));
  }
  return out;
}

interface TrieNode {
  children: Map<string, TrieNode>;
  /** An alias ends here. */
  end?: boolean;
}

function trieInsert(root: TrieNode, toks: string[]): void {
  let node = root;
  for (const t of toks) {
    let next = node.children.get(t);
    if (!next) node.children.set(t, (next = { children: new Map() }));
    node = next;
  }
  node.end = true;
}

/**
 * Regex source for a trie: shared prefixes are written once, so the engine rejects most
 * positions on the first character however many aliases there are. Longer alternatives come
 * first, which makes the greedy engine pick the longest alias. Word boundaries are checked
 * afterwards in JS: lookarounds at every alias end made the pattern (and its compile time, paid
 * on every page) grow tenfold.
 */
function trieSource(node: TrieNode): string {
  const alternatives = [...node.children].map(([tok, child]) => tok + trieSource(child));
  if (node.end) alternatives.push('');
  return alternatives.length === 1 ? alternatives[0]! : `(?:${alternatives.join('|')})`;
}

/** The source of one regex matching any of the aliases, longest first, as a trie. */
export function regexSource(aliases: readonly AliasData[]): string | undefined {
  if (aliases.length === 0) return undefined;
  const root: TrieNode = { children: new Map() };
  for (const a of aliases) trieInsert(root, tokens(a.normalized));
  return trieSource(root);
}

interface Lookups {
  /** Aliases by canonical key of their text. */
  byKey: Map<string, AliasData[]>;
  /** Aliases by their lower-cased first character, longest first, for the fallback. */
  byFirst: Map<string, AliasData[]>;
}

/** The compiled alias regex and what a scan needs besides. */
export interface Scanner {
  regex: RegExp;
  /**
   * First characters (canonical key) of the aliases that can start inside a word (substring
   * aliases, or ones that begin with punctuation). A hit inside a word with any other first character
   * cannot be an alias: "isis" in "crisis", which is on most news pages.
   */
  startsInsideWords: Set<string>;
  /** The lookups from matched text to aliases, made at the first match: most pages have none. */
  lookups(): Lookups;
}

/**
 * `canonicalKey` of an alias's or a hit's first character, without its regexes (which a page's
 * first scan would compile): no alias starts with a separator, so only the apostrophe differs.
 */
const firstKey = (ch: string) => (ch === '\u2019' ? "'" : ch.toLowerCase());

/** The combined regex and the lookups from matched text to aliases (given longest first). */
export function buildScanner(aliases: readonly AliasData[], source: string | undefined): Scanner | undefined {
  if (aliases.length === 0 || source === undefined) return undefined;
  let lookups: Lookups | undefined;
  const add = (map: Map<string, AliasData[]>, key: string, a: AliasData) => {
    const list = map.get(key);
    if (list) list.push(a);
    else map.set(key, [a]);
  };
  return {
    // No `u` flag: the pattern holds only literal characters and simple classes, and is faster without it.
    regex: new RegExp(source, 'gi'),
    startsInsideWords: new Set(aliases.filter((a) => a.substring || !a.wordStart).map((a) => firstKey(a.normalized[0]!))),
    lookups() {
      if (!lookups) {
        lookups = { byKey: new Map(), byFirst: new Map() };
        for (const a of aliases) {
          add(lookups.byKey, canonicalKey(a.normalized), a);
          add(lookups.byFirst, a.normalized[0]!.toLowerCase(), a);
        }
      }
      return lookups;
    },
  };
}

/** Regex hits looked at between two chances to yield. */
const HITS_PER_STEP = 512;

/**
 * Finds leftmost-longest matches that pass the boundary and case rules, in text order. When the
 * longest alias at a place fails them (rare), the other aliases starting with the same character
 * are tried there, longest first, before moving on. With `everyStart`, the longest hit at each
 * start, overlapping ones too, for merging with the word index.
 */
export function* scanSteps(source: Source, scanner: Scanner, everyStart = false): Generator<void, AliasMention[]> {
  const out: AliasMention[] = [];
  for (let at = scanSome(source, scanner, everyStart, out, 0); at >= 0; at = scanSome(source, scanner, everyStart, out, at)) yield;
  return out;
}

/**
 * `scanSteps`'s work from offset `from` for up to HITS_PER_STEP regex hits, added to `out`;
 * returns where to go on, or -1 at the text's end. A plain function called once per step, not a
 * loop in the generator: V8 optimises a loop while it runs only in a plain function, and a page's
 * first scan is the one a reader waits for.
 */
function scanSome(source: Source, scanner: Scanner, everyStart: boolean, out: AliasMention[], from: number): number {
  const { text } = source;
  const { regex } = scanner;
  regex.lastIndex = from;
  for (let n = 0; n < HITS_PER_STEP; n += 1) {
    const m = regex.exec(text);
    if (!m) return -1;
    const start = m.index;
    const matched = m[0];
    if (wordCharAt(source, start - 1, start) && !scanner.startsInsideWords.has(firstKey(matched[0]!))) {
      regex.lastIndex = start + 1;
      continue;
    }
    const hit = hitAt(source, scanner, start, matched);
    if (hit) out.push(hit);
    regex.lastIndex = hit && !everyStart ? Math.max(hit.end, start + 1) : start + 1;
  }
  return regex.lastIndex;
}

/**
 * The alias at a regex hit that passes the boundary and case rules, if any. A function of its
 * own: a page whose hits all fall inside words ("isis" in "crisis") never compiles it.
 */
function hitAt(source: Source, scanner: Scanner, start: number, matched: string): AliasMention | undefined {
  const end = start + matched.length;
  const { byKey, byFirst } = scanner.lookups();
  // Across a block break the regex's hit is no alias; a shorter one before the break may be.
  const found = crossesBreak(source, start, end)
    ? undefined
    : byKey
        .get(canonicalKey(matched))
        ?.find((a) => boundariesOk(a, source, start, end) && caseAllowed(a.normalized, matched, a.caseSensitive));
  return found ? { a: found, start, end } : matchAt(source, start, byFirst.get(matched[0]!.toLowerCase()) ?? []);
}
