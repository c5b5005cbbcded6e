/**
 * `npm run bench:parts`: what the built scripts cost to load, cold, in Debian's Chromium: the content script (`content.js`,
 * on every page) and the parts it loads later (`finder.js` with the first possible mention, `japanese-lines.js` with it on a
 * page with CJK text, `card.js` with the first card).
 * Each run opens a fresh tab and evaluates one script's text there: compiling it (`new Function`) and running its top level,
 * timed apart, as `scripting.executeScript` does once per page. A script's top level only defines (the parts register
 * themselves; the content script's `main` is not called here), so this is the cost of the script's size and of the
 * patterns and tables it builds. Medians over RUNS tabs (default 15), the scripts taken in turn within each run, and the
 * parts' ratio to the content script measured in the same runs. Run `npm run build` first.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { EXTENSION_DIR } from '../tests/e2e/harness';

const RUNS = Number(process.env.RUNS ?? 15);
const SCRIPTS = { content: 'content-scripts/content.js', finder: 'finder.js', japanese: 'japanese-lines.js', card: 'card.js' } as const;
type Name = keyof typeof SCRIPTS;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

const texts = Object.fromEntries(
  Object.entries(SCRIPTS).map(([name, file]) => [name, readFileSync(join(EXTENSION_DIR, file), 'utf8')]),
) as Record<Name, string>;
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
const times = Object.fromEntries(Object.keys(SCRIPTS).map((name) => [name, { compile: [] as number[], run: [] as number[] }])) as Record<
  Name,
  { compile: number[]; run: number[] }
>;
try {
  for (let i = 0; i < RUNS + 1; i += 1)
    for (const name of Object.keys(SCRIPTS) as Name[]) {
      const page = await browser.newPage();
      await page.setContent('<!doctype html><p>A page.</p>');
      const [compile, run] = await page.evaluate((source) => {
        let start = performance.now();
        // eslint-disable-next-line @typescript-eslint/no-implied-eval -- compiling the built script's text is what is measured
        const script = new Function(source);
        const compiled = performance.now() - start;
        start = performance.now();
        try {
          script();
        } catch {
          // A part may expect the isolated world's `browser`; what it built before that is timed all the same.
        }
        return [compiled, performance.now() - start];
      }, texts[name]);
      await page.close();
      // The first run warms the browser's own code up.
      if (i === 0) continue;
      times[name].compile.push(compile);
      times[name].run.push(run);
    }
} finally {
  await browser.close();
}
const total = (name: Name) => median(times[name].compile.map((c, i) => c + times[name].run[i]!));
console.log(`Cold load of each built script, medians over ${RUNS} fresh tabs (ms):`);
for (const name of Object.keys(SCRIPTS) as Name[])
  console.log(
    `  ${name.padEnd(8)} ${(gzipSync(texts[name]).length / 1024).toFixed(1).padStart(5)} KB gz  compile ${median(times[name].compile).toFixed(2).padStart(6)}  top level ${median(times[name].run).toFixed(2).padStart(6)}  total ${total(name).toFixed(2).padStart(6)}  (${(total(name) / total('content')).toFixed(2)}× content.js)`,
  );
