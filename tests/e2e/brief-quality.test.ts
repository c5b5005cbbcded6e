/**
 * The brief evaluation pages (tests/fixtures/briefs) in Chromium: click a mention of the case's
 * topic and read the first excerpt of the card, as a reader would. The figure is printed.
 */
import index from '../../data/commentary.json';
import { afterAll, describe, expect, it } from 'vitest';
import { casePage, loadCases } from '../../scripts/eval-briefs';
import { compileMatcher } from '../../utils/matcher';
import { DEFAULT_TOPICS } from '../../utils/topics';
import { briefCard } from './card';
import { fixtureSession } from './session';

const cases = loadCases();
const passageText = new Map(index.commentaries.flatMap((c) => c.passages.map((p) => [p.id, p.text] as const)));
const matcher = compileMatcher(DEFAULT_TOPICS);
const session = fixtureSession({ pages: () => Object.fromEntries(cases.map((c) => [`${c.id}.html`, casePage(c)])) });
let firstRight = 0;

afterAll(() => {
  console.log(`brief quality in Chromium: best passage first on ${firstRight} of ${cases.length} pages`);
});

describe('briefs on the evaluation pages, in Chromium', () => {
  it.each(cases)('$id: a click on a $topic mention opens a card whose first excerpt is read', async (c) => {
    const page = await session.open(`/${c.id}.html`, { scan: true });
    // Where the first mention of the case's topic stands on screen.
    const rects = await page.evaluate(() =>
      [...CSS.highlights.values()].flatMap((h) =>
        [...h].map((r) => {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          const box = range.getClientRects()[0]!;
          return { text: range.toString(), x: box.left + box.width / 2, y: box.top + box.height / 2, top: box.top, bottom: box.bottom };
        }),
      ),
    );
    const target = rects.find((r) => matcher.find(r.text).some((m) => m.topicId === c.topic));
    expect(target, `no ${c.topic} mention marked`).toBeDefined();
    await page.mouse.click(target!.x, target!.y);
    const card = await briefCard(page);
    const first = card.locator('blockquote').first();
    await first.waitFor();
    // The card never covers the mention it explains.
    const box = (await card.boundingBox())!;
    expect(box.y >= target!.bottom || box.y + box.height <= target!.top).toBe(true);
    const text = (await first.textContent()) ?? '';
    if (text === passageText.get(c.best)) firstRight += 1;
    await page.close();
  });

  it('shows the best passage first on nearly all pages', () => {
    expect(firstRight / cases.length).toBeGreaterThanOrEqual(0.8);
  });
});
