import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { BriefCard } from '../../components/BriefCard';
import { citation } from '../../components/format';
import { Options } from '../../components/Options';
import { Popup } from '../../components/Popup';
import { Reader } from '../../components/Reader';
import index from '../../data/commentary.json';
import type { Excerpt } from '../../utils/brief';
import { settingsItem } from '../../utils/browser/settings-storage';
import type { Commentary } from '../../utils/commentary';
import { createSearcher } from '../../utils/search';
import { DEFAULT_SETTINGS, enabledTopics, type Settings } from '../../utils/settings';
import { DEFAULT_TOPICS } from '../../utils/topics';

const commentaries = index.commentaries as Commentary[];
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
  it('shows the topic, the excerpt with its alias emphasised, and how old it is', () => {
    const onOpenReader = vi.fn();
    const onCopyCitation = vi.fn();
    render(
      <BriefCard
        topicLabel="Haqqani network"
        mention="Haqqani"
        excerpts={[excerpt]}
        pageDate="2026-09-14"
        emphasis={(text) => [{ start: text.indexOf('Haqqani Group'), end: text.indexOf('Haqqani Group') + 13 }]}
        onOpenReader={onOpenReader}
        onCopyCitation={onCopyCitation}
        status="Citation copied to the clipboard."
        onClose={() => undefined}
      />,
    );
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

  it('says it is loading, then closes from its button', () => {
    const onClose = vi.fn();
    render(<BriefCard topicLabel="Taliban" mention="Taliban" excerpts={undefined} emphasis={() => []} onOpenReader={() => undefined} onCopyCitation={() => undefined} onClose={onClose} />);
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
  const searcher = createSearcher(commentaries, DEFAULT_TOPICS);
  const search = (q: string) => searcher.search(q);

  it('lists the topics on the page and reveals one on click', () => {
    const onRevealTopic = vi.fn();
    render(<Popup pageTopics={[{ id: 'taliban', label: 'Taliban', count: 4 }]} search={search} onRevealTopic={onRevealTopic} onOpenResult={() => undefined} />);
    fireEvent.click(screen.getByRole('button', { name: /Taliban\s*4/ }));
    expect(onRevealTopic).toHaveBeenCalledWith('taliban');
  });

  it('searches as the reader types and opens the chosen result with the keyboard', () => {
    const onOpenResult = vi.fn();
    render(<Popup pageTopics={[]} search={search} onRevealTopic={() => undefined} onOpenResult={onOpenResult} />);
    const box = screen.getByRole('searchbox', { name: 'Search commentary' });
    expect(document.activeElement).toBe(box);
    fireEvent.input(box, { target: { value: 'Northern Territories' } });
    expect(screen.getAllByRole('option')).toHaveLength(2);
    expect(screen.getByText('2 results')).toBeTruthy();
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'Enter' });
    const second = screen.getAllByRole('option')[1]!;
    expect(second.textContent).toContain(onOpenResult.mock.calls[0]![0].commentary.title);
    expect(screen.getAllByRole('option')[1]!.getAttribute('aria-selected')).toBe('true');
  });

  it('says so when nothing matches', () => {
    render(<Popup pageTopics={[]} search={search} onRevealTopic={() => undefined} onOpenResult={() => undefined} />);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'zzzzqqqq' } });
    expect(screen.getByText(/No commentary matches/)).toBeTruthy();
  });
});

describe('Options with WXT storage', () => {
  beforeEach(() => fakeBrowser.reset());

  function renderBound(initial: Settings) {
    const view = render(<Options settings={initial} onChange={(s) => void settingsItem.setValue(s)} />);
    settingsItem.watch((s) => view.rerender(<Options settings={s} onChange={(n) => void settingsItem.setValue(n)} />));
    return view;
  }

  it('switches a topic off and persists it', async () => {
    renderBound(DEFAULT_SETTINGS);
    fireEvent.click(screen.getByRole('checkbox', { name: /Vladimir Putin/ }));
    await vi.waitFor(async () => expect((await settingsItem.getValue()).disabledTopicIds).toEqual(['putin']));
    expect(enabledTopics(await settingsItem.getValue()).some((t) => t.id === 'putin')).toBe(false);
  });

  it('adds and removes a custom topic; restoring defaults keeps it', async () => {
    renderBound(DEFAULT_SETTINGS);
    fireEvent.input(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'AUKUS' } });
    fireEvent.input(screen.getByRole('textbox', { name: /Aliases/ }), { target: { value: 'AUKUS\n\nAUKUS pact\n' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add topic' }));
    await vi.waitFor(async () => expect((await settingsItem.getValue()).customTopics).toHaveLength(1));
    const added = (await settingsItem.getValue()).customTopics[0]!;
    expect(added).toMatchObject({ id: 'custom-aukus', aliases: ['AUKUS', 'AUKUS pact'] });
    fireEvent.click(await screen.findByRole('checkbox', { name: /Taliban/ }));
    await vi.waitFor(async () => expect((await settingsItem.getValue()).disabledTopicIds).toEqual(['taliban']));
    fireEvent.click(screen.getByRole('button', { name: 'Restore default topics' }));
    await vi.waitFor(async () => expect((await settingsItem.getValue()).disabledTopicIds).toEqual([]));
    expect((await settingsItem.getValue()).customTopics).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Remove “AUKUS”' }));
    await vi.waitFor(async () => expect((await settingsItem.getValue()).customTopics).toEqual([]));
  });

  it('names the problem when a topic has no aliases', () => {
    render(<Options settings={DEFAULT_SETTINGS} onChange={() => undefined} />);
    fireEvent.input(screen.getByRole('textbox', { name: 'Name' }), { target: { value: 'Empty' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add topic' }));
    expect(screen.getByRole('alert').textContent).toMatch(/at least one alias/);
  });
});

describe('Reader', () => {
  it('shows the whole commentary with metadata, sections and the chosen passage marked', () => {
    const c = commentaries[0]!;
    render(<Reader commentary={c} passageId={c.passages[5]!.id} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(c.title);
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(c.sections);
    expect(document.querySelector('[aria-current="true"]')!.id).toBe(c.passages[5]!.id);
    expect(screen.getByText(/First published in Japanese on Hyakka-Seiho/)).toBeTruthy();
  });

  it('lists its topics as search links and the commentaries that share them', () => {
    const [c, other] = [commentaries[1]!, commentaries[5]!];
    render(
      <Reader
        commentary={c}
        topics={[{ id: 'putin', label: 'Vladimir Putin', href: 'popup.html?q=Vladimir+Putin' }]}
        related={[{ commentary: other, href: `reader.html?c=${other.id}`, shared: ['Vladimir Putin'] }]}
      />,
    );
    const nav = screen.getByRole('navigation', { name: 'Topics in this commentary' });
    expect(nav.querySelector('a')!.getAttribute('href')).toBe('popup.html?q=Vladimir+Putin');
    expect(screen.getByRole('link', { name: other.title }).getAttribute('href')).toBe(`reader.html?c=${other.id}`);
  });
});
