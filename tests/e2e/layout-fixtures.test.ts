/**
 * The layouts of tests/fixtures/japanese-layouts and tests/fixtures/blind-pages (see
 * tests/unit/layout-fixtures.test.ts) read with the shipped build in Chromium, as a reader with the
 * default topics meets them: the topic the article names is marked, and the topic named only in its
 * comments, rankings or rails is not; and a card on a page that gives its date only in print still
 * tells how old each commentary is.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { briefCard } from './card';
import { highlightedTexts, pointOfText, ROOT, STATIC_PAGE_CSP, waitForScan } from './harness';
import { fixtureSession } from './session';

const FIXTURE_ROOT = join(ROOT, 'tests/fixtures');
const SETS = [
  'japanese-layouts',
  'blind-pages/en',
  'blind-pages/ja',
  'blind-pages/en2',
  'blind-pages/ja2',
  'blind-pages/mix3',
  'blind-pages/mix4',
  'blind-pages/mix5',
  'blind-pages/mix6',
  'blind-pages/mix7',
  'blind-pages/mix8',
  'blind-pages/mix9',
  'blind-pages/mix10',
  'blind-pages/mix11',
  'blind-pages/mix12',
  'blind-pages/mix13',
  'blind-pages/mix14',
  'blind-pages/mix15',
  'blind-pages/mix16',
  'blind-pages/mix17',
  'blind-pages/mix18',
  'blind-pages/mix19',
  'blind-pages/mix20',
  'blind-pages/mix21',
  'blind-pages/mix22',
  'blind-pages/mix23',
  'blind-pages/mix24',
  'blind-pages/mix25',
  'blind-pages/mix26',
  'blind-pages/mix27',
  'blind-pages/mix28',
  'blind-pages/mix29',
  'blind-pages/mix30',
  'blind-pages/mix31',
  'blind-pages/mix32',
  'blind-pages/mix33',
  'blind-pages/mix34',
  'blind-pages/mix35',
  'blind-pages/mix36',
  'blind-pages/mix37',
  'blind-pages/mix38',
  'blind-pages/mix39',
  'blind-pages/mix40',
  'blind-pages/mix41',
  'blind-pages/mix42',
  'blind-pages/mix43',
  'blind-pages/mix44',
  'blind-pages/mix45',
  'blind-pages/mix46',
  'blind-pages/mix47',
  'blind-pages/mix48',
  'blind-pages/mix49',
  'blind-pages/mix50',
  'blind-pages/mix51',
  'blind-pages/mix52',
  'blind-pages/mix53',
  'blind-pages/mix54',
  'blind-pages/mix55',
  'blind-pages/mix56',
  'blind-pages/mix57',
  'blind-pages/mix58',
  'blind-pages/mix59',
  'blind-pages/mix60',
  'blind-pages/mix61',
  'blind-pages/mix62',
  'blind-pages/mix63',
  'blind-pages/mix64',
  'blind-pages/mix65',
  'blind-pages/mix66',
  'blind-pages/mix68',
  'blind-pages/mix69',
  'blind-pages/mix70',
  'blind-pages/mix72',
  'blind-pages/mix73',
  'blind-pages/mix74',
  'blind-pages/mix75',
  'blind-pages/mix76',
  'blind-pages/mix77',
  'blind-pages/mix78',
  'blind-pages/mix79',
  'blind-pages/mix80',
  'blind-pages/mix81',
  'blind-pages/mix82',
  'blind-pages/mix83',
  'blind-pages/mix84',
  'blind-pages/mix85',
  'blind-pages/mix86',
  'blind-pages/mix87',
  'blind-pages/mix88',
  'blind-pages/mix89',
  'blind-pages/mix90',
  'blind-pages/mix91',
  'blind-pages/mix92',
  'blind-pages/mix93',
  'blind-pages/mix94',
  'blind-pages/mix95',
  'blind-pages/mix96',
  'blind-pages/mix97',
  'blind-pages/mix98',
  'blind-pages/mix99',
  'blind-pages/mix100',
  'blind-pages/mix101',
  'blind-pages/mix102',
  'blind-pages/mix103',
  'blind-pages/mix104',
  'blind-pages/mix105',
  'blind-pages/mix106',
  'blind-pages/mix107',
  'blind-pages/mix108',
  'blind-pages/mix109',
  'blind-pages/mix110',
  'blind-pages/mix111',
  'blind-pages/mix112',
  'blind-pages/mix113',
  'blind-pages/mix114',
  'blind-pages/mix115',
  'blind-pages/mix116',
  'blind-pages/mix117',
  'blind-pages/mix118',
  'blind-pages/mix119',
  'blind-pages/mix120',
  'blind-pages/mix121',
  'blind-pages/mix122',
  'blind-pages/mix123',
  'blind-pages/mix124',
  'blind-pages/mix125',
  'blind-pages/mix126',
  'blind-pages/mix127',
  'blind-pages/mix128',
  'blind-pages/mix129',
  'blind-pages/mix130',
  'blind-pages/mix131',
  'blind-pages/mix132',
  'blind-pages/mix133',
  'blind-pages/mix134',
  'blind-pages/mix135',
  'blind-pages/mix136',
  'blind-pages/mix137',
  'blind-pages/mix138',
  'blind-pages/mix139',
  'blind-pages/mix140',
  'blind-pages/mix141',
  'blind-pages/mix142',
  'blind-pages/mix143',
  'blind-pages/mix144',
  'blind-pages/mix148',
  'blind-pages/mix149',
  'blind-pages/mix150',
  'blind-pages/mix151',
  'blind-pages/mix152',
  'blind-pages/mix153',
  'blind-pages/mix154',
  'blind-pages/mix155',
  'blind-pages/mix156',
  'blind-pages/mix157',
  'blind-pages/mix158',
  'blind-pages/mix159',
  'blind-pages/mix160',
  'blind-pages/mix161',
  'blind-pages/mix162',
  'blind-pages/mix163',
  'blind-pages/mix164',
  'blind-pages/mix165',
  'blind-pages/mix166',
  'blind-pages/mix167',
  'blind-pages/mix168',
  'blind-pages/mix169',
  'blind-pages/mix170',
  'blind-pages/mix171',
  'blind-pages/mix172',
  'blind-pages/mix173',
  'blind-pages/mix174',
  'blind-pages/mix175',
  'blind-pages/mix176',
  'blind-pages/mix177',
  'blind-pages/mix178',
  'blind-pages/mix179',
  'blind-pages/mix180',
  'blind-pages/mix181',
  'blind-pages/mix182',
  'blind-pages/mix183',
  'blind-pages/mix184',
  'blind-pages/mix185',
  'blind-pages/mix186',
  'blind-pages/mix187',
  'blind-pages/mix188',
  'blind-pages/mix189',
  'blind-pages/mix190',
  'blind-pages/mix191',
  'blind-pages/mix192',
  'blind-pages/mix193',
  'blind-pages/mix194',
  'blind-pages/mix195',
  'blind-pages/mix196',
  'blind-pages/mix197',
  'blind-pages/mix198',
  'blind-pages/mix199',
  'blind-pages/mix200',
  'blind-pages/mix201',
  'blind-pages/mix202',
  'blind-pages/mix203',
  'blind-pages/mix204',
  'blind-pages/mix205',
  'blind-pages/mix206',
  'blind-pages/mix207',
  'blind-pages/mix208',
  'blind-pages/mix209',
  'blind-pages/mix210',
  'blind-pages/mix211',
  'blind-pages/mix212',
  'blind-pages/mix213',
  'blind-pages/mix214',
  'blind-pages/mix215',
  'blind-pages/mix216',
  'blind-pages/mix217',
  'blind-pages/mix218',
  'blind-pages/mix219',
  'blind-pages/mix220',
  'blind-pages/mix221',
  'blind-pages/mix222',
  'blind-pages/mix223',
  'blind-pages/mix224',
  'blind-pages/mix225',
  'blind-pages/mix226',
  'blind-pages/mix227',
  'blind-pages/mix228',
  'blind-pages/mix229',
  'blind-pages/mix230',
  'blind-pages/mix231',
  'blind-pages/mix232',
  'blind-pages/mix233',
  'blind-pages/mix234',
  'blind-pages/mix235',
  'blind-pages/mix236',
  'blind-pages/mix237',
  'blind-pages/mix238',
  'blind-pages/mix239',
  'blind-pages/mix240',
  'blind-pages/mix241',
  'blind-pages/mix242',
  'blind-pages/mix243',
  'blind-pages/mix244',
  'blind-pages/mix245',
  'blind-pages/mix246',
  'blind-pages/mix247',
  'blind-pages/mix248',
  'blind-pages/mix249',
  'blind-pages/mix250',
  'blind-pages/mix251',
  'blind-pages/mix252',
  'blind-pages/mix253',
  'blind-pages/mix254',
  'blind-pages/mix255',
  'blind-pages/mix256',
  'blind-pages/mix257',
  'blind-pages/mix258',
  'blind-pages/mix259',
  'blind-pages/mix260',
  'blind-pages/mix261',
  'blind-pages/mix262',
  'blind-pages/mix263',
  'blind-pages/mix264',
  'blind-pages/mix265',
  'blind-pages/mix266',
  'blind-pages/mix267',
  'blind-pages/mix268',
  'blind-pages/mix269',
  'blind-pages/mix270',
  'blind-pages/mix271',
  'blind-pages/mix272',
  'blind-pages/mix273',
  'blind-pages/mix274',
  'blind-pages/mix275',
  'blind-pages/mix276',
  'blind-pages/mix277',
  'blind-pages/mix278',
  'blind-pages/mix279',
  'blind-pages/mix280',
  'blind-pages/mix281',
  'blind-pages/mix282',
  'blind-pages/mix283',
  'blind-pages/mix284',
  'blind-pages/mix285',
  'blind-pages/mix286',
  'blind-pages/mix287',
  'blind-pages/mix288',
  'blind-pages/mix289',
  'blind-pages/mix290',
  'blind-pages/mix291',
  'blind-pages/mix292',
  'blind-pages/mix293',
  'blind-pages/mix294',
  'blind-pages/mix295',
  'blind-pages/mix296',
  'blind-pages/mix297',
  'blind-pages/mix298',
  'blind-pages/mix299',
  'blind-pages/mix300',
  'blind-pages/mix301',
  'blind-pages/mix302',
  'blind-pages/mix303',
  'blind-pages/mix304',
  'blind-pages/mix305',
  'blind-pages/mix306',
  'blind-pages/mix307',
  'blind-pages/mix308',
  'blind-pages/mix309',
  'blind-pages/mix310',
  'blind-pages/mix311',
  'blind-pages/mix312',
  'blind-pages/mix313',
  'blind-pages/mix314',
  'blind-pages/mix315',
  'blind-pages/mix316',
  'blind-pages/mix317',
  'blind-pages/mix318',
  'blind-pages/mix319',
  'blind-pages/mix320',
  'blind-pages/mix321',
  'blind-pages/mix322',
  'blind-pages/mix323',
  'blind-pages/mix324',
  'blind-pages/mix325',
  'blind-pages/mix326',
  'blind-pages/mix327',
  'blind-pages/mix328',
  'blind-pages/mix329',
  'blind-pages/mix330',
  'blind-pages/mix331',
  'blind-pages/mix332',
  'blind-pages/mix333',
  'blind-pages/mix334',
  'blind-pages/mix335',
  'blind-pages/mix336',
  'blind-pages/mix337',
  'blind-pages/mix338',
  'blind-pages/mix339',
  'blind-pages/mix340',
  'blind-pages/mix341',
  'blind-pages/mix342',
  'blind-pages/mix343',
  'blind-pages/mix344',
  'blind-pages/mix345',
  'blind-pages/mix346',
  'blind-pages/mix347',
  'blind-pages/mix348',
  'blind-pages/mix349',
  'blind-pages/mix350',
  'blind-pages/mix351',
  'blind-pages/mix352',
  'blind-pages/mix353',
  'blind-pages/mix354',
  'blind-pages/mix355',
  'blind-pages/mix356',
];
/**
 * Pages whose article names its topic only in an inflected form, which no alias matches (aliases
 * match whole words, README "How detection behaves"): the Spanish daily writes "talibanes", the
 * Polish radios "w Kabulu" and "z Kabulu", the Czech portal "v Kabulu", the Polish portals "Xi Jinpinga"
 * and "w Kabulu", the Polish ministry "w Kabulu". Their text is still scored by the unit layout tests.
 */
const NOTHING_TO_MARK = new Set([
  '/blind-pages/mix16/es-diario.html',
  '/blind-pages/mix26/06-pl-radio-kabul.html',
  '/blind-pages/mix83/02-radio-przystan-joomla.html',
  '/blind-pages/mix149/01-izpravy-kabul-porodnice.html',
  '/blind-pages/mix161/01-portal-pl-sadownicy.html',
  '/blind-pages/mix164/02-portalpolnocny-kabul-pomoc.html',
  '/blind-pages/mix174/01-gov-pl-msz-pomoc-afganistan.html',
]);
const layouts = SETS.flatMap((set) =>
  (
    JSON.parse(readFileSync(join(FIXTURE_ROOT, set, 'snippets.json'), 'utf8')) as {
      /** None where every topic alias on the page is also named in its article (three of mix17's pages). */
      pages: Array<{ file: string; articleAlias: string; outsideAlias?: string; readAnyway?: string[]; hiddenAliases?: string[] }>;
    }
  ).pages
    .map((p) => ({ ...p, path: `/${set}/${p.file}` }))
    .filter((p) => !NOTHING_TO_MARK.has(p.path)),
);

// The pages keep the inline scripts of the sites they imitate, whose libraries are not served: they never run.
const session = fixtureSession({ root: FIXTURE_ROOT, headers: { 'Content-Security-Policy': STATIC_PAGE_CSP } });

describe('layouts written for the tests, in Chromium', () => {
  it.each(layouts.map((p) => [p.path, p] as const))(
    '%s: marks the article’s topic, not one named only around it',
    async (_path, layout) => {
      const errors: string[] = [];
      const page = await session.open(layout.path, { scan: true, errors });
      const marks = async () => Object.values(await highlightedTexts(page)).flat();
      // An AMP page's boilerplate keeps the body hidden for 8 s when the AMP script never loads (its scripts are blocked here).
      // A mark may run past the alias over another of its topic's ("President Xi Jinping" holds "Xi Jinping").
      const marksAlias = async () => (await marks()).some((text) => text.includes(layout.articleAlias));
      await expect.poll(marksAlias, { timeout: 12_000 }).toBe(true);
      // Unless a line naming it is one the set lists as read anyway (a PDF converter's back matter, see its snippets.json).
      const outside = layout.outsideAlias;
      if (outside && !layout.readAnyway?.some((line) => line.includes(outside)))
        expect((await marks()).filter((text) => text.includes(outside))).toEqual([]);
      // Topic words a hostile page hides from the reader (display:none, off-screen, template, aria-hidden): never marked.
      for (const hidden of layout.hiddenAliases ?? []) expect((await marks()).filter((text) => text.includes(hidden))).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it('marks mentions in a subhead whose box reads as furniture and in the lead picture’s caption', async () => {
    // Where the marks sit: the tag names of the elements around each drawn range.
    const markedIn = (page: Page, selector: string) =>
      page.evaluate(
        (sel) =>
          [...CSS.highlights.values()]
            .flatMap((h) => [...h])
            .filter((r) => r.startContainer.parentElement?.closest(sel))
            .map((r) => r.startContainer.parentElement!.closest(sel)!.textContent.trim()),
        selector,
      );
    const errors: string[] = [];
    const broadcaster = await session.open('/blind-pages/ja/broadcaster.html', { scan: true, errors });
    expect(await markedIn(broadcaster, 'h2')).toContain('北朝鮮の核・ミサイル問題');
    await broadcaster.close();
    const story = await session.open('/blind-pages/en/aljazeera-like.html', { scan: true, errors });
    expect((await markedIn(story, 'figcaption')).some((caption) => caption.startsWith('Regional envoys and Taliban officials'))).toBe(true);
    await story.close();
    expect(errors).toEqual([]);
  });

  it('runs on Yahoo! News Japan and the broadcasters’ news sites without being enabled', async () => {
    const portal = layouts.find((p) => p.path === '/japanese-layouts/aggregator.html')!;
    const body = readFileSync(join(FIXTURE_ROOT, portal.path));
    for (const url of [
      'https://news.yahoo.co.jp/articles/3f1c9e0b2a',
      'https://newsdig.tbs.co.jp/articles/-/1234567',
      'https://www.fnn.jp/articles/-/765432',
      'https://news.tv-asahi.co.jp/news_politics/articles/000123456.html',
      'https://news.ntv.co.jp/category/international/abc123',
    ]) {
      const page = await session.context.newPage();
      await page.route(new URL(url).origin + '/**', (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }),
      );
      await page.goto(url);
      await waitForScan(session.worker, url);
      expect(Object.values(await highlightedTexts(page)).flat(), url).toContain(portal.articleAlias);
      await page.close();
    }
  });

  it('tells on a card how much older a commentary is than a story that prints its date but has no metadata', async () => {
    const errors: string[] = [];
    // The wire story prints "2026年11月30日20時14分" under its headline and has no date in its metadata.
    const page = await session.open('/japanese-layouts/wire-short.html', { scan: true, errors });
    await page.bringToFront();
    const { x, y } = await pointOfText(page, 'h1', 'カブール');
    await page.mouse.click(x, y);
    const card = await briefCard(page);
    await card.waitFor({ timeout: 10_000 });
    await card
      .getByText(/before this article|前に執筆/)
      .first()
      .waitFor({ timeout: 10_000 });
    expect(errors).toEqual([]);
    await page.close();
  });
});
