import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PageScanner } from '../../entrypoints/content/scanner';
import { analyzePageSteps } from '../../utils/dom/analyze-page';
import { compileMatcher } from '../../utils/matcher';
import { DEFAULT_TOPICS } from '../../utils/topics';

// Spied, not replaced: the scanner runs the real page analysis, and the test counts full scans.
vi.mock('../../utils/dom/analyze-page', { spy: true });

const matcher = compileMatcher(DEFAULT_TOPICS);
const filler = '<p>Background paragraph with enough words to be the article. </p>'.repeat(8);

/** Applies a DOM change and hands the scanner exactly the records it produced. */
function change(scanner: PageScanner, mutate: () => void): boolean {
  const observer = new MutationObserver(() => undefined);
  observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  mutate();
  const records = observer.takeRecords();
  observer.disconnect();
  return scanner.apply(records);
}

const texts = (scanner: PageScanner) => scanner.analysis.mentions.map((m) => m.text);

describe('PageScanner', () => {
  it('does not read the page when there are no topics (paused site), and reads it once there are', async () => {
    document.body.innerHTML = `<article>${filler}<p>The Taliban said so.</p></article>`;
    const scanner = await PageScanner.create(document, compileMatcher([]));
    expect(scanner.analysis.roots).toEqual([]);
    expect(
      change(scanner, () =>
        document.querySelector('article')!.append(Object.assign(document.createElement('article'), { textContent: 'Taliban' })),
      ),
    ).toBe(false);
    await scanner.rescan(matcher);
    expect(texts(scanner)).toEqual(['Taliban', 'Taliban']);
  });

  it('spreads a full scan of a long page over several tasks', async () => {
    document.body.innerHTML = `<article>${'<p>The Taliban said so. </p>'.repeat(3000)}</article>`;
    // A slow machine, made certain: every clock reading is 25 ms after the last, so each 20 ms
    // slice ends after one step and the scan must hand the thread back at every step.
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 25));
    let resumed = 0;
    const counter = setInterval(() => (resumed += 1), 0);
    const scanner = await PageScanner.create(document, matcher);
    clearInterval(counter);
    now.mockRestore();
    expect(scanner.analysis.mentions).toHaveLength(3000);
    expect(resumed).toBeGreaterThan(2);
  });

  beforeEach(() => {
    document.body.innerHTML = `<nav>Putin</nav><article id="a"><h1>The Taliban in Kabul</h1><p id="p1">First: Putin spoke.</p>${filler}</article><aside id="rail"></aside>`;
  });

  it('reads an appended paragraph and keeps document order', async () => {
    const scanner = await PageScanner.create(document, matcher);
    expect(texts(scanner)).toEqual(['Taliban', 'Kabul', 'Putin']);
    change(scanner, () => {
      const p = document.createElement('p');
      p.textContent = 'Later: the Haqqani network.';
      document.getElementById('p1')!.before(p);
    });
    expect(texts(scanner)).toEqual(['Taliban', 'Kabul', 'Haqqani network', 'Putin']);
    expect(scanner.analysis.topics.map((t) => t.topicId)).toContain('haqqani');
  });

  it('names the outermost parts that hid matches when read (a fold, one entry for all it hides), but not hidden furniture', async () => {
    document
      .getElementById('p1')!
      .insertAdjacentHTML(
        'afterend',
        '<div id="fold" style="display: none"><p>Later: the Haqqani network.</p><p>And <b>Kabul</b> again.</p></div>',
      );
    document.body.insertAdjacentHTML('afterbegin', '<nav id="menu" style="display: none"><a href="/x">Taliban</a></nav>');
    const scanner = await PageScanner.create(document, matcher);
    expect(texts(scanner)).toEqual(['Taliban', 'Kabul', 'Putin']);
    expect(scanner.analysis.hidden?.map((el) => el.id)).toEqual(['fold']);
    // A block read again after a mutation adds its own; the earlier ones stay watched.
    change(scanner, () =>
      document.getElementById('a')!.insertAdjacentHTML('beforeend', '<p id="more" style="display: none">Kabul, later.</p>'),
    );
    expect(scanner.analysis.hidden?.map((el) => el.id)).toEqual(['fold', 'more']);
  });

  it('drops the mentions of removed text and re-reads edited text', async () => {
    const scanner = await PageScanner.create(document, matcher);
    change(scanner, () => document.getElementById('p1')!.remove());
    expect(texts(scanner)).toEqual(['Taliban', 'Kabul']);
    change(scanner, () => {
      document.querySelector('h1')!.firstChild!.textContent = 'The Taliban and North Korea';
    });
    expect(texts(scanner)).toEqual(['Taliban', 'North Korea']);
  });

  it('joins an inline element added inside a paragraph with its neighbours', async () => {
    const scanner = await PageScanner.create(document, matcher);
    change(scanner, () => {
      const b = document.createElement('b');
      b.textContent = 'Kuril';
      const p1 = document.getElementById('p1')!;
      p1.textContent = ' Islands';
      p1.prepend(b);
    });
    expect(texts(scanner)).toContain('Kuril Islands');
  });

  it('takes an article appended after the first one (infinite scroll), but not furniture', async () => {
    const scanner = await PageScanner.create(document, matcher);
    change(scanner, () => {
      document.getElementById('rail')!.textContent = 'Most read: Xi Jinping';
      const next = document.createElement('article');
      next.innerHTML = '<p>Next story: Pyongyang fires a missile.</p>';
      document.body.append(next);
    });
    expect(texts(scanner)).toEqual(['Taliban', 'Kabul', 'Putin', 'Pyongyang']);
  });

  it('does nothing for changes outside the article', async () => {
    const scanner = await PageScanner.create(document, matcher);
    expect(change(scanner, () => (document.getElementById('rail')!.textContent = 'Most read: Putin'))).toBe(false);
    expect(texts(scanner)).toEqual(['Taliban', 'Kabul', 'Putin']);
  });

  it('scans afresh when the article is replaced (SPA navigation)', async () => {
    const scanner = await PageScanner.create(document, matcher);
    change(scanner, () => {
      document
        .getElementById('a')!
        .replaceWith(Object.assign(document.createElement('article'), { innerHTML: `<h1>Tokyo Olympics</h1>${filler}` }));
    });
    await scanner.scanning;
    expect(texts(scanner)).toEqual(['Tokyo Olympics']);
  });

  it('finds the article afresh when a client-rendered story arrives on a page that had no running text (its trending links named a topic)', async () => {
    document.body.innerHTML = `<header><div class="trending">Trending: <a href="/t/putin">Putin</a></div></header><div id="root">Loading…</div>`;
    const scanner = await PageScanner.create(document, matcher);
    const story = `<div class="story"><h1>Talks in the capital</h1><p>The Taliban met envoys in Kabul on Monday.</p>${filler}</div>`;
    expect(change(scanner, () => (document.getElementById('root')!.innerHTML = story))).toBe(false);
    await scanner.scanning;
    expect(texts(scanner)).toEqual(['Taliban', 'Kabul']);
  });

  it('GUARD: reads a short line added to a page without running text as a changed part, with no full scan', async () => {
    document.body.innerHTML = `<header><div class="trending">Trending: <a href="/t/putin">Putin</a></div></header><ul id="ticker"><li>Markets open</li></ul>`;
    const scanner = await PageScanner.create(document, matcher);
    const fullScans = vi.mocked(analyzePageSteps).mock.calls.length;
    change(scanner, () =>
      document.getElementById('ticker')!.append(Object.assign(document.createElement('li'), { textContent: 'Kabul: flights resume' })),
    );
    await scanner.scanning;
    expect(vi.mocked(analyzePageSteps).mock.calls.length).toBe(fullScans);
  });

  it('finds the article for a first mention after a scan without one in later tasks, not in the mutation batch, and reads the headline then', async () => {
    document.body.innerHTML = `<nav>Home</nav><article><h1>Talks in the capital</h1>${filler}</article><aside id="rail"></aside>`;
    const scanner = await PageScanner.create(document, matcher);
    expect(texts(scanner)).toEqual([]);
    expect(scanner.analysis.headline).toBeUndefined();
    // A slow machine, made certain: each clock reading is 25 ms after the last, so a 20 ms slice ends after one step.
    let clock = 0;
    const now = vi.spyOn(performance, 'now').mockImplementation(() => (clock += 25));
    const changed = change(scanner, () => document.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>Putin spoke today.</p>'));
    const scanning = scanner.scanning;
    now.mockRestore();
    expect(changed).toBe(false);
    expect(scanning).toBeDefined();
    expect(texts(scanner)).toEqual([]);
    await scanning;
    expect(texts(scanner)).toEqual(['Putin']);
    expect(scanner.analysis.headline).toBe('Talks in the capital');
    expect(scanner.analysis.topics.map((t) => t.topicId)).toEqual(['putin']);
    expect(scanner.scanning).toBeUndefined();
  });

  it('coalesces overlapping rescans: one runs, one waits, and the flag stays set until the last ends', async () => {
    const scanner = await PageScanner.create(document, matcher);
    const scans = vi.mocked(analyzePageSteps);
    scans.mockClear();
    const first = scanner.rescan();
    const storm = Array.from({ length: 20 }, () => scanner.rescan());
    await first;
    // The waiting scan has started: mutations must still wait for it.
    expect(scanner.scanning).toBeDefined();
    await Promise.all(storm);
    expect(scanner.scanning).toBeUndefined();
    expect(scans).toHaveBeenCalledTimes(2);
    expect(texts(scanner)).toEqual(['Taliban', 'Kabul', 'Putin']);
  });

  it('lets the last requested settings win: a pause during a scan leaves no mentions behind', async () => {
    const scanner = await PageScanner.create(document, matcher);
    const first = scanner.rescan();
    await scanner.rescan(compileMatcher([]));
    await first;
    expect(texts(scanner)).toEqual([]);
  });
});
