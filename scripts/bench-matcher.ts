/**
 * `npm run bench:matcher`: the matcher on pathological texts and aliases at 1×, 2×, 4× and 8× a
 * base size, printing each time and the ratio to the 1× time (linear: about 2, 4, 8). Cases: prose,
 * long runs of white space and dashes after the start of an alias, repeated words against
 * repeated-word aliases, aliases wrapped in separators, a 2,000-alias set over one repeated
 * word, texts that need folding (Japanese with full-width forms, German with soft hyphens), and
 * Japanese text whose hits need word edges. ONLY=<part of a case name> runs only the cases it names. With BASELINE_ROOT=<another checkout> its matcher runs beside this one in the same process
 * (a case stops growing once one run passes 2 s). Medians of RUNS (default 7) runs, after a warm-up run.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileMatcher as compileOurs } from '../utils/matcher';
import { DEFAULT_TOPICS, type Topic } from '../utils/topics';

type Compile = typeof compileOurs;
const RUNS = Number(process.env.RUNS ?? 7);
const BASE = Number(process.env.BASE_CHARS ?? 100_000);
const GIVE_UP_MS = 2000;

const topic = (id: string, aliases: string[]): Topic => ({ id, label: { en: id, ja: id }, aliases, color: 0 });
const fill = (unit: string, chars: number) => unit.repeat(Math.max(1, Math.round(chars / unit.length)));
const manyAliases = [
  ...DEFAULT_TOPICS,
  topic(
    'many',
    Array.from({ length: 2000 }, (_, i) => `constructor${i} word`),
  ),
];

/** Each case: the topics, and a text of about `chars` characters. */
const CASES: Array<{ name: string; topics: readonly Topic[]; text: (chars: number) => string }> = [
  {
    name: 'prose, default topics',
    topics: DEFAULT_TOPICS,
    text: (n) => fill('The Taliban met the Haqqani network in Kabul on Friday. ', n),
  },
  { name: 'white space after "Kim" (alias "Kim Jong Un")', topics: DEFAULT_TOPICS, text: (n) => `Kim${' '.repeat(n)}Jong` },
  { name: '"Kim" + 40 spaces, repeated', topics: DEFAULT_TOPICS, text: (n) => fill(`Kim${' '.repeat(40)}`, n) },
  { name: 'dashes after "Kim"', topics: DEFAULT_TOPICS, text: (n) => `Kim${'-'.repeat(n)}Jong` },
  { name: 'one run of dashes, alias "-Taliban-"', topics: [topic('t', ['-Taliban-'])], text: (n) => '-'.repeat(n) },
  { name: 'one run of spaces, alias " — Kabul"', topics: [topic('t', [' — Kabul'])], text: (n) => ' '.repeat(n) },
  { name: '"a " repeated, alias "a a a a"', topics: [topic('a', ['a a a a'])], text: (n) => fill('a ', n) },
  { name: '"a " repeated, alias "a a a b"', topics: [topic('a', ['a a a b'])], text: (n) => fill('a ', n) },
  { name: '"constructor " repeated, 2,000 aliases (word index)', topics: manyAliases, text: (n) => fill('constructor ', n) },
  {
    name: 'folded: Japanese prose with full-width digits and brackets',
    topics: DEFAULT_TOPICS,
    text: (n) => fill('タリバン暫定政権は１１月２７日（木）、カブールで会見を開いた。ハッカニ・ネットワークの幹部も出席した。', n),
  },
  {
    name: 'Japanese prose, kanji aliases next to kanji (word edges asked of Intl.Segmenter)',
    topics: DEFAULT_TOPICS,
    text: (n) => fill('首相は帰国後、北方領土問題で日露首脳会談に臨んだ。国後島の元島民も同行した。', n),
  },
  {
    name: 'folded: German prose, soft hyphens in long words',
    topics: DEFAULT_TOPICS,
    text: (n) =>
      fill(
        'Die Ta\u00adli\u00adban ha\u00adben in Ka\u00adbul meh\u00adre\u00adre Gou\u00adver\u00adneu\u00adre aus\u00adge\u00adwech\u00adselt. ',
        n,
      ),
  },
  {
    name: 'folded: the same German prose without them',
    topics: DEFAULT_TOPICS,
    text: (n) => fill('Die Taliban haben in Kabul mehrere Gouverneure ausgewechselt. ', n),
  },
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

function timeCase(compile: Compile, topics: readonly Topic[], text: string): number {
  const matcher = compile(topics);
  matcher.find(text);
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const t0 = performance.now();
    matcher.find(text);
    times.push(performance.now() - t0);
    if (times.at(-1)! > GIVE_UP_MS) break;
  }
  return median(times);
}

async function main() {
  const matchers: Array<[string, Compile]> = [['this', compileOurs]];
  if (process.env.BASELINE_ROOT) {
    // The matcher is a folder since its split; a checkout from before has the one file.
    const folder = resolve(process.env.BASELINE_ROOT, 'utils/matcher/index.ts');
    const url = pathToFileURL(existsSync(folder) ? folder : resolve(process.env.BASELINE_ROOT, 'utils/matcher.ts')).href;
    const baseline = (await import(url)) as { compileMatcher: Compile };
    matchers.unshift(['baseline', baseline.compileMatcher]);
  }
  const sizes = [1, 2, 4, 8];
  const rows: Array<Record<string, string>> = [];
  for (const c of CASES.filter((c) => !process.env.ONLY || c.name.includes(process.env.ONLY))) {
    for (const [label, compile] of matchers) {
      const row: Record<string, string> = { case: c.name, matcher: label };
      let first = NaN;
      let stopped = false;
      for (const k of sizes) {
        if (stopped) {
          row[`${k}×`] = '—';
          continue;
        }
        const ms = timeCase(compile, c.topics, c.text(BASE * k));
        if (k === 1) first = ms;
        row[`${k}×`] = k === 1 ? `${ms.toFixed(2)} ms` : `${ms.toFixed(2)} ms (${(ms / first).toFixed(1)}×)`;
        stopped = ms > GIVE_UP_MS;
      }
      rows.push(row);
      console.error(`measured ${c.name} (${label})`);
    }
  }
  console.table(rows);
  console.log(
    `base size ${BASE} characters; ratios to 1×: linear is about 2, 4, 8; quadratic about 4, 16, 64. "—": stopped after a run over ${GIVE_UP_MS} ms.`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
