/**
 * What mix325–328 showed, read sealed once in session 58 on 6509b47 (129/130 article fragments, 6/128 others): a Norwegian
 * paper's fact box (`aside.factbox`, four short unlinked items) left out as an `aside`; a Japanese regional paper's
 * 「…公式LINEで、…最新ニュースを毎日お届けします」, a Malaysian portal's "Get the latest news delivered to your phone: join the …
 * channel on Telegram and WhatsApp.", a Japanese magazine's `mailmag-inline` box, a Peruvian daily's "Sigue el canal de … en
 * WhatsApp y recibe …", an aggregator's 「…をフォローすると、地域の最新ニュースが届きます。アプリの通知を…」 and a nonprofit
 * newsroom's "Republish this story" box (`republication-tracker-tool`, Newspack's plugin). Each line is probed on its set's
 * own page, kept in the fixtures; small pages built like them follow. The cases that are neither GUARDs nor under "small
 * pages" fail on 6509b47.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { parsePage } from '../../scripts/page-html';
import { expectReadsWithout, itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';
import { jaStoryWith, storyWith } from './story-page';

/** A page of the sets as kept in the fixtures, read as the CLI reads a page. */
const fixture = (file: string) => articleText(parsePage(readFileSync(join(import.meta.dirname, '../fixtures/blind-pages', file), 'utf8')));

describe('the lines mix325–328 read or missed, on their own pages', () => {
  it('reads the fact box of the Norwegian paper (mix327)', () =>
    expect(fixture('mix327/01-fjordposten-bakeri.html')).toContain('Naan bakt på steinplate i den store ovnen'));
  it.each([
    ['mix325/02-minato-nippo-mynumber-shiomi.html', 'みなと日報公式LINEで', '試験運用には、市職員や公募の市民ら'],
    ['mix326/01-semenanjung-relief-convoy.html', 'Get the latest news delivered to your phone', 'consular division had been informed'],
    ['mix326/02-choryu-madoguchi.html', '潮流オンラインのメールマガジン', '窓口の効率化は、人手不足に悩む'],
    ['mix326/03-elrimac-videojuegos-tencent.html', 'Sigue el canal de El Rímac', 'El lanzamiento en Asia está previsto'],
    ['mix328/02-jp-mynumber-koushin.html', '北浜日報をフォローすると', 'マイナンバーカード'],
    ['mix328/03-us-afghan-caseworkers.html', 'Republish our articles for free', 'caseworkers'],
  ])('%s: leaves out "%s…" and reads the story', (file, gone, kept) => {
    const text = fixture(file);
    expect(text).toContain(kept);
    expect(text).not.toContain(gone);
  });
});

describe('small pages built like them', () => {
  const story = storyWith('Relief convoy reaches quake-hit villages', 'the convoy');
  it('reads a fact box of short unlinked items in an aside named so', () => {
    const text = articleText(
      story(
        '<aside class="factbox"><h3>What they sell most</h3><ul><li>Cinnamon buns with extra cardamom</li><li>Naan baked on a stone slab</li><li>Rye bread with sunflower seeds</li></ul></aside>',
      ),
    );
    expect(text).toContain('Naan baked on a stone slab');
  });
  it('GUARD: leaves out an aside of short unlinked items named otherwise (a sidebar list)', () =>
    expectReadsWithout(
      story(
        '<aside class="sidebar-topics"><h3>Topics</h3><ul><li>Weather warnings today</li><li>Road closures this week</li><li>School holiday dates</li></ul></aside>',
      ),
      'Paragraph 5 of the story',
      'Road closures this week',
    ));
  itLeavesOutLines(story, [
    'Get the latest news delivered to your phone: join the Semenanjung Daily channel on Telegram and WhatsApp.',
    'Sigue el canal de El Rímac en WhatsApp y recibe las noticias más importantes del día.',
  ]);
  itReadsSentences(story, [
    'Volunteers said they would join the Red Crescent channel on Telegram to coordinate the convoy, the charity said.',
    'Sigue el canal de riego en WhatsApp y recibe avisos, explicó el alcalde a los agricultores.',
  ]);
  it('leaves out a box named republication-tracker-tool', () =>
    expectReadsWithout(
      story(
        '<div class="republication-tracker-tool-inline"><button type="button">Republish this story</button><p class="republication-tracker-tool-lede">Republish our articles for free, online or in print, under a Creative Commons license.</p></div>',
      ),
      'Paragraph 5 of the story',
      'Republish our articles for free',
    ));
  it('leaves out a box named mailmag-inline', () =>
    expectReadsWithout(
      jaStoryWith(
        '窓口のデジタル化、3市で実証',
        '窓口業務',
      )(
        '<div class="mailmag-inline"><p class="mailmag-inline__text">潮流オンラインのメールマガジン「けいざいの朝」では、平日の朝7時に編集部おすすめの記事をお届けしています。</p><a href="/mailmagazine/">無料で登録する</a></div>',
      ),
      '5回目の協議は来月にも開かれる見通しで',
      '潮流オンラインのメールマガジン',
    ));
  const ja = jaStoryWith('マイナカード1枚で図書館もバスも', 'マイナンバーカード');
  itLeavesOutJapaneseLines(ja, [
    'みなと日報公式LINEで、潮見・港北地域の最新ニュースを毎日お届けします',
    '北浜日報をフォローすると、地域の最新ニュースが届きます。アプリの通知をオンにして見逃さないようにしましょう。',
  ]);
  itReadsSentences(ja, [
    '市の公式LINEで、ごみの収集日を毎週お知らせする取り組みも始めた。',
    '同社をフォローすると最新ニュースが届く仕組みだが、通知が多すぎるとの声もある。',
  ]);
});
