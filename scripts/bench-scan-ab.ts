/**
 * `npx tsx scripts/bench-scan-ab.ts`: two versions of the first scan side by side, for changes too
 * small for `bench:scan` to tell apart on a shared machine. Each version is a bundle of
 * `scripts/bench/scan-entry.ts`, made on its own checkout with
 * `npx esbuild scripts/bench/scan-entry.ts --bundle --format=iife --minify > /tmp/a.js`; then
 * `A=/tmp/a.js B=/tmp/b.js npx tsx scripts/bench-scan-ab.ts`.
 *
 * Per page and round, three fresh loads in a rotating order: the floor (as `bench:scan` times it),
 * A's first scan and B's. Medians over ROUNDS (default 12) of A/floor, B/floor and B/A (each pair
 * from the same round); pages as ONLY (default: the pages where our scan finds no possible
 * mention). COI=1 serves the pages cross-origin isolated, so that `performance.now()` counts 5 µs
 * instead of 100 µs. The matcher data both bundles get is made by this checkout's code: bundles
 * whose `MatcherData` differs from it cannot be compared this way.
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_TOPICS } from '../utils/topics';
import { ISOLATED, corpusBrowser, runScript } from './bench/corpus-browser';
import { preparedScan } from './bench/scan-prepared';

const ROUNDS = Number(process.env.ROUNDS ?? 12);
const PAGES = (process.env.ONLY ?? 'yahoo-1,guardian-1,breitbart,wikia,nytimes-4,lazy-image-2').split(',');
/** Each load comes first, second and third equally often over six rounds. */
const ORDERS = [
  ['floor', 'A', 'B'],
  ['A', 'B', 'floor'],
  ['B', 'floor', 'A'],
  ['floor', 'B', 'A'],
  ['B', 'A', 'floor'],
  ['A', 'floor', 'B'],
] as const;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

async function main() {
  if (!process.env.A || !process.env.B) {
    console.error('A=<bundle> B=<bundle>: two bundles of scripts/bench/scan-entry.ts (see the head of this file)');
    process.exitCode = 2;
    return;
  }
  const bundles = { A: readFileSync(process.env.A, 'utf8'), B: readFileSync(process.env.B, 'utf8') };
  const { freshPage, origin, close } = await corpusBrowser(process.env.COI ? ISOLATED : {});
  const defaults = preparedScan(DEFAULT_TOPICS);
  const perPage = { A: [] as number[], B: [] as number[], BA: [] as number[] };
  for (const name of PAGES) {
    const ms = { floor: [] as number[], A: [] as number[], B: [] as number[] };
    const load = async (bundle: string, call: string) => {
      const page = await freshPage();
      await page.goto(`${origin}/${name}/source.html`, { waitUntil: 'load' });
      await runScript(page, bundle);
      return await page.evaluate<number>(call);
    };
    for (let round = 0; round < ROUNDS; round += 1)
      for (const k of ORDERS[round % ORDERS.length]!)
        ms[k].push(
          k === 'floor'
            ? await load(bundles.B, `jfirBench.floorRun(${defaults}).then((r) => r.first)`)
            : await load(bundles[k], `jfirBench.firstScan(${defaults})`),
        );
    const ratio = (of: number[], to: number[]) => median(of.map((x, i) => x / to[i]!));
    perPage.A.push(ratio(ms.A, ms.floor));
    perPage.B.push(ratio(ms.B, ms.floor));
    perPage.BA.push(ratio(ms.B, ms.A));
    console.log(
      `${name}: floor ${median(ms.floor).toFixed(3)}, A ${median(ms.A).toFixed(3)}, B ${median(ms.B).toFixed(3)} ms; A/floor ${perPage.A.at(-1)!.toFixed(2)}, B/floor ${perPage.B.at(-1)!.toFixed(2)}, B/A ${perPage.BA.at(-1)!.toFixed(2)}`,
    );
  }
  console.log(
    `medians over ${PAGES.length} pages, ${ROUNDS} rounds each: A/floor ${median(perPage.A).toFixed(2)}×, B/floor ${median(perPage.B).toFixed(2)}×, B/A ${median(perPage.BA).toFixed(2)}×`,
  );
  await close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
