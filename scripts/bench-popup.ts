/**
 * `npm run bench:popup`: the popup's time from navigation to interactive (the search box focused
 * and the newest-first list rendered, mark `jfir-popup-interactive`) and to the search index
 * being ready, in Debian's Chromium with the built extension. Medians and maxima over RUNS loads
 * (default 15). Run `npm run build` first.
 */
import { launchWithExtension } from '../tests/e2e/harness';

const RUNS = Number(process.env.RUNS ?? 15);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const browser = await launchWithExtension();
try {
  const interactive: number[] = [];
  const searchable: number[] = [];
  const page = await browser.context.newPage();
  for (let i = 0; i < RUNS + 1; i += 1) {
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.getByRole('combobox', { name: 'Year' }).and(page.locator(':enabled')).waitFor();
    const [mark, ready] = await page.evaluate(() => [
      performance.getEntriesByName('jfir-popup-interactive')[0]?.startTime ?? NaN,
      performance.now(),
    ]);
    // The first load warms the browser's caches for the extension; it is not counted.
    if (i === 0) continue;
    interactive.push(mark);
    searchable.push(ready);
  }
  console.log(
    `popup open → interactive: median ${median(interactive).toFixed(1)} ms, max ${Math.max(...interactive).toFixed(1)} ms (target ≤ 150 ms)`,
  );
  console.log(`popup open → search index ready (upper bound, includes polling): median ${median(searchable).toFixed(1)} ms`);
  console.log(`${RUNS} loads after one warm-up, navigation start = 0`);
} finally {
  await browser.close();
}
