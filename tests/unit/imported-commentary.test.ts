import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import index from '../../data/commentary.json';
import { DB_NAME, deleteImported, listImported, openCommentaryDb, saveImported } from '../../utils/browser/commentary-store';
import type { Commentary } from '../../utils/commentary';
import { htmlToLines } from '../../utils/dom/html-lines';
import { createRanker } from '../../utils/brief';
import { checkImportFile, MAX_IMPORT_BYTES, previewImport } from '../../utils/import-commentary';
import { parseCommentaryPage, parseJapaneseDate } from '../../utils/parse-commentary';
import { createSearcher } from '../../utils/search';
import { DEFAULT_TOPICS } from '../../utils/topics';

const bundled = index.commentaries as Commentary[];
const bundledIds = new Set(bundled.map((c) => c.id));
const NEW_COMMENTARY = readFileSync('tests/fixtures/imports/new-commentary.txt', 'utf8');
const JAPANESE_COMMENTARY = readFileSync('tests/fixtures/imports/taliban-recognition-ja.txt', 'utf8');

afterEach(async () => {
  await new Promise<void>((done) => {
    const req = indexedDB.deleteDatabase(DB_NAME);
    req.onsuccess = req.onerror = req.onblocked = () => done();
  });
});

describe('checking an import', () => {
  it('refuses files that are too large, binary or empty', () => {
    expect(checkImportFile('x', MAX_IMPORT_BYTES + 1)?.code).toBe('import_too_large');
    expect(checkImportFile('%PDF-1.7\u0000\u0000\ufffd\ufffd binary', 100)?.code).toBe('import_binary');
    expect(checkImportFile('  \n ', 4)?.code).toBe('import_empty');
    expect(checkImportFile(NEW_COMMENTARY, NEW_COMMENTARY.length)).toBeUndefined();
  });

  it('finds no commentary in an unrelated page', () => {
    expect(previewImport('Just a recipe.\nMix flour and water.', new Set(), bundledIds)).toEqual({
      code: 'import_no_commentary',
      args: [],
    });
  });

  it('previews a pasted commentary as new, then as an update; the bundled page as already there', () => {
    const preview = previewImport(NEW_COMMENTARY, new Set(), bundledIds);
    expect(preview).toMatchObject({
      items: [
        { status: 'new', commentary: { title: 'The Quad after AUKUS: What Japan Should Expect', date: '2022-03-14', imported: true } },
      ],
    });
    const id = (preview as { items: Array<{ commentary: Commentary }> }).items[0]!.commentary.id;
    expect(previewImport(NEW_COMMENTARY, new Set([id]), bundledIds)).toMatchObject({ items: [{ status: 'update' }] });
    const seed = readFileSync('data/sources/jfir-commentary.txt', 'utf8');
    const again = previewImport(seed, new Set(), bundledIds) as { items: Array<{ status: string }> };
    expect(again.items.map((i) => i.status)).toEqual(bundled.map(() => 'bundled'));
  });

  it('reads a saved HTML page like its text', () => {
    const html = `<!doctype html><html><body><nav><a>Home</a></nav><main>${NEW_COMMENTARY.split('\n')
      .filter(Boolean)
      .map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
      .join('')}</main></body></html>`;
    const { document } = parseHTML(html);
    const fromHtml = previewImport(htmlToLines(document), new Set(), bundledIds);
    const fromText = previewImport(NEW_COMMENTARY, new Set(), bundledIds);
    expect(fromHtml).toEqual(fromText);
  });
});

describe('a commentary written in Japanese', () => {
  const preview = previewImport(JAPANESE_COMMENTARY, new Set(), bundledIds) as { items: Array<{ status: string; commentary: Commentary }> };
  const commentary = preview.items[0]!.commentary;

  it('reads its date line, title, closing note and passages', () => {
    expect(preview.items).toHaveLength(1);
    expect(preview.items[0]!.status).toBe('new');
    expect(commentary).toMatchObject({
      date: '2026-02-10',
      title: 'タリバン政権の承認問題と日本の選択',
      author: { name: '佐藤花子', affiliation: '日本国際フォーラム上席研究員' },
      imported: true,
    });
    // Three paragraphs of about 130 characters: one passage each, none holding the closing note.
    expect(commentary.passages).toHaveLength(3);
    expect(commentary.passages[0]!.text).toMatch(/^タリバンがカブールを制圧してから.*解かない構えである。$/);
    expect(commentary.passages.some((p) => p.text.includes('筆者'))).toBe(false);
    expect(commentary.id).toMatch(/^2026-02-10-ja-[0-9a-z]+$/);
  });

  it('reads the closing note parted by ・, a comma or a space, a short one too', () => {
    const body = '日露の北方領土交渉は完全に行き詰まり、交渉史上最低の水準にある。';
    const authorOf = (note: string) => parseCommentaryPage(`2021年10月19日\n題名\n${body}\n${note}\n`).commentaries[0]?.author;
    expect(authorOf('（筆者：佐藤花子　日本国際フォーラム上席研究員）')).toEqual({
      name: '佐藤花子',
      affiliation: '日本国際フォーラム上席研究員',
    });
    expect(authorOf('(執筆者: 山田太郎、東京大学教授)')).toEqual({ name: '山田太郎', affiliation: '東京大学教授' });
    expect(authorOf('（筆者：ジョン・スミス 日本国際フォーラム客員研究員）')).toEqual({
      name: 'ジョン・スミス',
      affiliation: '日本国際フォーラム客員研究員',
    });
    expect(parseCommentaryPage(`2021年10月19日\n題名\n${body}\n`).warnings).toEqual([{ code: 'parse_no_author', args: ['題名'] }]);
  });

  it('reads full-width dates and refuses impossible ones', () => {
    expect(parseJapaneseDate('２０２１年１０月１９日')).toBe('2021-10-19');
    expect(parseJapaneseDate('2021年2月30日')).toBeUndefined();
  });

  it('is found by the popup search in Japanese', () => {
    const searcher = createSearcher([...bundled, commentary], DEFAULT_TOPICS);
    expect(searcher.search('女子教育')[0]?.commentary.id).toBe(commentary.id);
    expect(searcher.search('佐藤')[0]?.commentary.id).toBe(commentary.id);
  });

  it('answers a Japanese page directly: its passage on the conditions for recognition comes first', () => {
    const ranker = createRanker([...bundled, commentary]);
    const taliban = DEFAULT_TOPICS.find((t) => t.id === 'taliban')!;
    const [first] = ranker.brief(
      taliban,
      {
        headline: 'タリバン、女子の中等教育再開をまた延期　遠のく国際的承認',
        snippets: [
          '欧米各国は、女性や少数民族も加わる「包摂的な政府」の樹立を政権承認の条件に掲げており、タリバンの今回の決定で国際的な承認はさらに遠のいた。',
        ],
      },
      3,
      DEFAULT_TOPICS,
    );
    expect(first!.passageId).toBe(commentary.passages[0]!.id);
    // The topic as the page names it, then the passage's own Japanese words with no English in between.
    expect(first!.why[0]).toBe('タリバン → Taliban');
    expect(first!.why).toContain('承認');
    expect(first!.why.slice(1).some((w) => w.includes('→'))).toBe(false);
  });
});

describe('IndexedDB store', () => {
  it('saves, lists newest first, updates instead of duplicating, deletes', async () => {
    const db = await openCommentaryDb();
    const [a, b] = [bundled[0]!, bundled[1]!].map((c) => ({ ...c, id: `imported-${c.id}` }));
    await saveImported(db, [a!], new Date('2026-01-01'));
    await saveImported(db, [b!], new Date('2026-02-01'));
    expect((await listImported(db)).map((c) => c.id)).toEqual([b!.id, a!.id]);
    await saveImported(db, [{ ...a!, title: 'Updated' }], new Date('2026-03-01'));
    const list = await listImported(db);
    expect(list.map((c) => [c.id, c.title])).toEqual([
      [a!.id, 'Updated'],
      [b!.id, b!.title],
    ]);
    expect(list.every((c) => c.imported)).toBe(true);
    await deleteImported(db, a!.id);
    expect((await listImported(db)).map((c) => c.id)).toEqual([b!.id]);
    db.close();
  });

  it('upgrades a version 1 database, keeping its records', async () => {
    const old = await openDB(DB_NAME, 1, { upgrade: (db) => void db.createObjectStore('commentaries', { keyPath: 'id' }) });
    await old.put('commentaries', { ...bundled[2]!, id: 'from-v1', imported: true });
    old.close();
    const db = await openCommentaryDb();
    expect(db.version).toBe(2);
    const list = await listImported(db);
    expect(list.map((c) => c.id)).toEqual(['from-v1']);
    expect(list[0]!.importedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    db.close();
  });

  it('writes all of an import or none of it', async () => {
    const db = await openCommentaryDb();
    const broken = { ...bundled[0]!, id: undefined } as unknown as Commentary;
    await expect(saveImported(db, [{ ...bundled[1]!, id: 'fine' }, broken])).rejects.toThrow();
    expect(await listImported(db)).toEqual([]);
    db.close();
  });
});
