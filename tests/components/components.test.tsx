import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { BriefCard, type BriefCardProps } from '../../components/BriefCard';
import { citation } from '../../components/format';
import { Options } from '../../components/Options';
import { Popup } from '../../components/Popup';
import { Reader } from '../../components/Reader';
import index from '../../data/commentary.json';
import type { Excerpt } from '../../utils/brief';
import { loadSettings, updateSettings, watchSettings } from '../../utils/browser/settings-storage';
import { cardCatalogs } from '../../utils/i18n/card';
import { pagesCatalogs } from '../../utils/i18n/pages';
import { translator } from '../../utils/i18n/translate';
import type { Commentary } from '../../utils/commentary';
import { createSearcher } from '../../utils/search';
import { DEFAULT_SETTINGS, enabledTopics, type Settings } from '../../utils/settings';
import { DEFAULT_TOPICS } from '../../utils/topics';

const commentaries = index.commentaries as Commentary[];
const cardT = translator(cardCatalogs, 'en');
const t = translator(pagesCatalogs, 'en');
afterEach(cleanup);

const excerpt: Excerpt = {
  commentaryId: 'c1',
  passageId: 'c1#p6',
  title: 'Discussion of the Situation in Afghanistan',
  date: '2021-10-19',
  author: 'SUGITA Hiroki',
  affiliation: 'Columnist, Kyodo News Agency',
  section: '1. US foreign policy toward Afghanistan',
  text: 'The US opposes the appointment of senior members of the Haqqani Group to key posts.',
  url: 'https://www.jfir.or.jp/en/commentary/',
  why: ['Haqqani network'],
  score: 2,
};

describe('BriefCard', () => {
  /** The card on a "Haqqani" mention with `excerpt`, in English, nothing emphasised, handlers doing nothing. */
  const card: BriefCardProps = {
    t: cardT,
    language: 'en',
    topicLabel: 'Haqqani network',
    mention: 'Haqqani',
    excerpts: [excerpt],
    emphasis: () => [],
    onOpenReader: () => undefined,
    onCopyCitation: () => undefined,
    onClose: () => undefined,
  };
  const renderCard = (props: Partial<BriefCardProps>) => render(<BriefCard {...card} {...props} />);

  it('shows the topic, the excerpt with its alias emphasised, and how old it is', () => {
    const onOpenReader = vi.fn();
    const onCopyCitation = vi.fn();
    renderCard({
      pageDate: '2026-09-14',
      emphasis: (text) => [{ start: text.indexOf('Haqqani Group'), end: text.indexOf('Haqqani Group') + 13 }],
      onOpenReader,
      onCopyCitation,
      status: 'Citation copied to the clipboard.',
    });
    expect(screen.getByRole('dialog', { name: 'Haqqani network' })).toBeTruthy();
    expect(screen.getByText('Discussion of the Situation in Afghanistan')).toBeTruthy();
    expect(screen.getByText('Haqqani Group').tagName).toBe('STRONG');
    expect(screen.getByText(/written 4 years before this article/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Read the full commentary' }));
    expect(onOpenReader).toHaveBeenCalledWith(excerpt);
    fireEvent.click(screen.getByRole('button', { name: 'Copy citation' }));
    expect(onCopyCitation).toHaveBeenCalledWith(excerpt);
    expect(screen.getByRole('status').textContent).toBe('Citation copied to the clipboard.');
    expect(screen.getByText(/Why this excerpt: Haqqani network/)).toBeTruthy();
  });

  it('speaks Japanese with Japanese dates', () => {
    renderCard({ t: translator(cardCatalogs, 'ja'), language: 'ja', topicLabel: 'ハッカーニ・ネットワーク', pageDate: '2026-09-14' });
    expect(screen.getByRole('button', { name: 'コメンタリー全文を読む' })).toBeTruthy();
    expect(screen.getByText('2021年10月19日')).toBeTruthy();
    expect(screen.getByText(/この記事の4年前に執筆/)).toBeTruthy();
  });

  it('says it is loading, then closes from its button', () => {
    const onClose = vi.fn();
    renderCard({ topicLabel: 'Taliban', mention: 'Taliban', excerpts: undefined, onClose });
    expect(screen.getByText('Loading brief…')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Close brief' }));
    expect(onClose).toHaveBeenCalled();
  });
});

describe('citation', () => {
  it('names author, title, JFIR Commentary, date and URL', () => {
    expect(citation(excerpt)).toBe(
      'SUGITA Hiroki, “Discussion of the Situation in Afghanistan,” JFIR Commentary, Oct 19, 2021. https://www.jfir.or.jp/en/commentary/',
    );
  });
});

describe('Popup', () => {
  const resultOptions = () => within(screen.getByRole('listbox', { name: 'Results' })).getAllByRole('option');
  const searcher = createSearcher(commentaries, DEFAULT_TOPICS);
  const topicName = (id: string) => DEFAULT_TOPICS.find((x) => x.id === id)?.label.en ?? id;
  const base = {
    t,
    language: 'en' as const,
    searcher,
    initialList: [],
    topicName,
    onRevealTopic: () => undefined,
    onOpenResult: () => undefined,
  };

  it('lists the topics on the page and reveals one on click', () => {
    const onRevealTopic = vi.fn();
    render(<Popup {...base} pageTopics={[{ id: 'taliban', label: 'Taliban', count: 4 }]} onRevealTopic={onRevealTopic} />);
    fireEvent.click(screen.getByRole('button', { name: /Taliban, 4 on this page/ }));
    expect(onRevealTopic).toHaveBeenCalledWith('taliban');
  });

  it('searches as the reader types and opens the chosen result with the keyboard', () => {
    const onOpenResult = vi.fn();
    render(<Popup {...base} pageTopics={[]} onOpenResult={onOpenResult} />);
    const box = screen.getByRole('searchbox', { name: 'Search commentary' });
    expect(document.activeElement).toBe(box);
    fireEvent.input(box, { target: { value: 'Northern Territories' } });
    expect(resultOptions()).toHaveLength(2);
    expect(screen.getByText('2 results')).toBeTruthy();
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'Enter' });
    const second = resultOptions()[1]!;
    expect(second.textContent).toContain(onOpenResult.mock.calls[0]![0].commentary.title);
    expect(resultOptions()[1]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box, { key: 'Escape' });
    expect((box as HTMLInputElement).value).toBe('');
  });

  it('suggests a close topic when nothing matches a misspelling', () => {
    render(<Popup {...base} pageTopics={[]} />);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'Hakani' } });
    expect(screen.getByText(/No commentary matches “Hakani”/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Haqqani' }));
    expect(screen.getByRole<HTMLInputElement>('searchbox').value).toBe('Haqqani');
    expect(resultOptions().length).toBeGreaterThan(0);
  });

  it('filters by topic with an empty query, newest first, shown as a removable chip', () => {
    render(<Popup {...base} pageTopics={[]} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Topic' }), { target: { value: 'northern-territories' } });
    const titles = resultOptions().map((o) => o.querySelector('.title')!.textContent);
    const expected = commentaries
      .filter((c) => searcher.search('', { topicId: 'northern-territories' }).some((r) => r.commentary.id === c.id))
      .sort((a, b) => b.date.localeCompare(a.date))
      .map((c) => c.title);
    expect(titles).toEqual(expected);
    expect(titles.length).toBe(2);
    fireEvent.click(screen.getByRole('button', { name: 'Remove filter Northern Territories' }));
    expect(resultOptions()).toHaveLength(6);
  });

  it('combines a year filter with a query', () => {
    render(<Popup {...base} pageTopics={[]} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Year' }), { target: { value: '2020' } });
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'Putin' } });
    const found = resultOptions();
    expect(found.length).toBeGreaterThan(0);
    for (const o of found) expect(o.textContent).toContain('2020');
  });

  it('keeps what the reader types while the index loads, then searches it', () => {
    const view = render(<Popup {...base} searcher={undefined} pageTopics={undefined} />);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'Kuril' } });
    expect(screen.getAllByText('Loading the search index…').length).toBeGreaterThan(0);
    view.rerender(<Popup {...base} pageTopics={[]} />);
    expect(screen.getByRole<HTMLInputElement>('searchbox').value).toBe('Kuril');
    expect(resultOptions().length).toBeGreaterThan(0);
  });

  it('offers to pause, resume or enable the site', () => {
    const onSiteChange = vi.fn();
    const view = render(<Popup {...base} pageTopics={[]} site={{ host: 'www.bbc.com', state: 'active' }} onSiteChange={onSiteChange} />);
    fireEvent.click(screen.getByRole('button', { name: 'Pause on this site' }));
    expect(onSiteChange).toHaveBeenLastCalledWith('pause');
    view.rerender(<Popup {...base} pageTopics={[]} site={{ host: 'example.org', state: 'off' }} onSiteChange={onSiteChange} />);
    expect(screen.getByText('JFIR Briefs does not run on example.org yet.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Enable on this site' }));
    expect(onSiteChange).toHaveBeenLastCalledWith('enable');
  });
});

describe('Options with WXT storage', () => {
  beforeEach(() => fakeBrowser.reset());

  const commentary = { imported: [], bundledIds: new Set<string>(), onSave: async () => undefined, onDelete: async () => undefined };
  function renderBound(initial: Settings) {
    const props = { t, language: 'en' as const, update: updateSettings, enabledOrigins: [], onRevokeOrigin: () => undefined, commentary };
    const view = render(<Options {...props} settings={initial} />);
    watchSettings((s) => view.rerender(<Options {...props} settings={s} />));
    return view;
  }

  it('switches a topic off and persists it', async () => {
    renderBound(DEFAULT_SETTINGS);
    fireEvent.click(screen.getByRole('checkbox', { name: /Vladimir Putin/ }));
    await vi.waitFor(async () => expect((await loadSettings()).disabledTopicIds).toEqual(['putin']));
    expect(enabledTopics(await loadSettings()).some((x) => x.id === 'putin')).toBe(false);
  });

  it('adds, deletes and undeletes a topic; restoring defaults keeps it unless asked', async () => {
    renderBound(DEFAULT_SETTINGS);
    fireEvent.click(screen.getByRole('button', { name: 'Add a topic' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Name in English' }), { target: { value: 'AUKUS' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Name in Japanese (optional)' }), { target: { value: 'オーカス' } });
    fireEvent.input(screen.getByRole('textbox', { name: /Aliases/ }), { target: { value: 'AUKUS\n\nAUKUS pact\n' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Match “AUKUS” in exactly this case' }));
    fireEvent.click(screen.getByRole('button', { name: 'Save topic' }));
    await vi.waitFor(async () => expect((await loadSettings()).customTopics).toHaveLength(1));
    expect((await loadSettings()).customTopics[0]).toMatchObject({
      id: 'custom-aukus',
      label: { en: 'AUKUS', ja: 'オーカス' },
      aliases: [{ text: 'AUKUS', caseSensitive: true }, 'AUKUS pact'],
    });
    fireEvent.click(await screen.findByRole('checkbox', { name: /Taliban/ }));
    await vi.waitFor(async () => expect((await loadSettings()).disabledTopicIds).toEqual(['taliban']));
    fireEvent.click(screen.getByRole('button', { name: 'Restore default topics' }));
    await vi.waitFor(async () => expect((await loadSettings()).disabledTopicIds).toEqual([]));
    expect((await loadSettings()).customTopics).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Delete “AUKUS”' }));
    await vi.waitFor(async () => expect((await loadSettings()).customTopics).toEqual([]));
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await vi.waitFor(async () => expect((await loadSettings()).customTopics).toHaveLength(1));
    vi.stubGlobal('confirm', () => true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Also delete my own topics' }));
    fireEvent.click(screen.getByRole('button', { name: 'Restore default topics' }));
    await vi.waitFor(async () => expect((await loadSettings()).customTopics).toEqual([]));
    vi.unstubAllGlobals();
  });

  it('names each problem in the editor and asks before saving a risky alias', async () => {
    renderBound(DEFAULT_SETTINGS);
    fireEvent.click(screen.getByRole('button', { name: 'Add a topic' }));
    fireEvent.input(screen.getByRole('textbox', { name: 'Name in English' }), { target: { value: 'Empty' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save topic' }));
    expect(screen.getByRole('alert').textContent).toMatch(/at least one alias/);
    fireEvent.input(screen.getByRole('textbox', { name: /Aliases/ }), { target: { value: 'Taliban\nthe' } });
    const alert = screen.getByRole('alert').textContent;
    expect(alert).toMatch(/“Taliban” is also an alias of “Taliban”/);
    expect(alert).toMatch(/“the” would match almost every page/);
    fireEvent.click(screen.getByRole('button', { name: 'Save topic' }));
    expect((await loadSettings()).customTopics).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Save anyway' }));
    await vi.waitFor(async () => expect((await loadSettings()).customTopics).toHaveLength(1));
  });

  it('previews what a topic would mark', () => {
    renderBound(DEFAULT_SETTINGS);
    fireEvent.click(screen.getByRole('button', { name: 'Add a topic' }));
    fireEvent.input(screen.getByRole('textbox', { name: /Aliases/ }), { target: { value: 'Senkaku Islands\n尖閣諸島' } });
    fireEvent.input(screen.getByRole('textbox', { name: /Preview/ }), {
      target: { value: 'The Senkaku islands (尖閣諸島) and Senkakus.' },
    });
    expect([...document.querySelectorAll('.preview .mark')].map((m) => m.textContent)).toEqual(['Senkaku islands', '尖閣諸島']);
    expect(screen.getByText(/2 marked/)).toBeTruthy();
  });

  it('adds a paused site, refusing a path with the reason', async () => {
    renderBound(DEFAULT_SETTINGS);
    const box = screen.getByRole('textbox', { name: 'Add a site' });
    fireEvent.input(box, { target: { value: 'https://www.example.com/news/1' } });
    fireEvent.submit(box.closest('form')!);
    expect(screen.getByRole('alert').textContent).toMatch(/a site cannot have a path/);
    fireEvent.input(box, { target: { value: 'https://www.example.com/*' } });
    fireEvent.submit(box.closest('form')!);
    await vi.waitFor(async () => expect((await loadSettings()).sites.deny).toEqual(['example.com']));
  });

  it("shows what the parser could not read in the reader's language", () => {
    const ja = translator(pagesCatalogs, 'ja');
    const props = {
      t: ja,
      language: 'ja' as const,
      update: updateSettings,
      enabledOrigins: [],
      onRevokeOrigin: () => undefined,
      commentary,
    };
    render(<Options {...props} settings={DEFAULT_SETTINGS} />);
    const body = 'The government said on Monday that the talks with Moscow would continue despite the sanctions imposed last year.';
    fireEvent.input(screen.getByRole('textbox', { name: ja('commentary_paste') }), {
      target: { value: `May 1, 2022\n\nA Title\n\n${body}` },
    });
    fireEvent.click(screen.getByRole('button', { name: ja('commentary_preview') }));
    expect(document.querySelector('.problems .warning')?.textContent).toBe(
      '「A Title」には結びの注記（“This is the English translation…”）がないため、著者が分かりません。',
    );
  });

  it('explains when imports are off because IndexedDB is unavailable', () => {
    const props = { t, language: 'en' as const, update: updateSettings, enabledOrigins: [], onRevokeOrigin: () => undefined };
    render(<Options {...props} settings={DEFAULT_SETTINGS} commentary={{ ...commentary, unavailable: 'IndexedDB is not available' }} />);
    expect(screen.getByRole('alert').textContent).toMatch(
      /Importing is off: this browser window has no IndexedDB storage \(IndexedDB is not available\)/,
    );
    expect(screen.queryByLabelText('Import a saved page')).toBeNull();
  });

  it('tells the reader when settings are kept on this device only, and when nothing was saved', async () => {
    const outcomes = [
      { saved: 'local', bytes: 9300, reason: 'too_large' } as const,
      { saved: false, storageError: 'QUOTA_BYTES quota exceeded' } as const,
    ];
    let next = 0;
    const props = { t, language: 'en' as const, enabledOrigins: [], onRevokeOrigin: () => undefined, commentary };
    render(<Options {...props} settings={DEFAULT_SETTINGS} update={async () => outcomes[next++]!} />);
    fireEvent.click(screen.getByRole('checkbox', { name: /Vladimir Putin/ }));
    await screen.findByText(/Saved on this device only: your settings \(10 KB\) are larger than browser sync allows/);
    fireEvent.click(screen.getByRole('checkbox', { name: /Vladimir Putin/ }));
    await screen.findByText(/Not saved: the browser refused to store the settings \(QUOTA_BYTES quota exceeded\)/);
  });

  it('refuses a malformed settings file, naming the field, and leaves settings unchanged', async () => {
    await updateSettings((s) => ({ ...s, disabledTopicIds: ['putin'] }));
    renderBound(await loadSettings());
    const bad = JSON.stringify({
      format: 'jfir-briefs-settings',
      version: 2,
      settings: { ...DEFAULT_SETTINGS, display: { ...DEFAULT_SETTINGS.display, maxExcerpts: 9 } },
    });
    const input = screen.getByLabelText<HTMLInputElement>('Import settings from a file');
    fireEvent.change(input, { target: { files: [new File([bad], 'bad.json', { type: 'application/json' })] } });
    await screen.findByText(/Nothing was imported from bad.json/);
    expect(screen.getByText('settings.display.maxExcerpts')).toBeTruthy();
    expect((await loadSettings()).disabledTopicIds).toEqual(['putin']);
  });
});

describe('Reader', () => {
  it('shows the whole commentary with metadata, sections and the chosen passage marked', () => {
    const c = commentaries[0]!;
    render(<Reader t={t} language="en" commentary={c} passageId={c.passages[5]!.id} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(c.title);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(c.sections);
    expect(document.querySelector('[aria-current="true"]')!.id).toBe(c.passages[5]!.id);
    expect(screen.getByText(/First published in Japanese on Hyakka-Seiho/)).toBeTruthy();
  });

  it('lists its topics as filter links and the commentaries that share them', () => {
    const [c, other] = [commentaries[1]!, commentaries[5]!];
    render(
      <Reader
        t={t}
        language="en"
        commentary={c}
        topics={[{ id: 'putin', label: 'Vladimir Putin', href: 'popup.html?topic=putin' }]}
        related={[{ commentary: other, href: `reader.html?c=${other.id}`, shared: ['Vladimir Putin'] }]}
      />,
    );
    const nav = screen.getByRole('navigation', { name: 'Topics in this commentary' });
    expect(nav.querySelector('a')!.getAttribute('href')).toBe('popup.html?topic=putin');
    expect(screen.getByRole('link', { name: other.title }).getAttribute('href')).toBe(`reader.html?c=${other.id}`);
  });
});
