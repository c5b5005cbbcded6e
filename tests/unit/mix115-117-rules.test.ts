/**
 * What mix115–117 showed, read sealed on 34182b8: a Norwegian paper's paywall offers between paragraphs and its Instagram
 * placeholder; a Jimdo club's recruiting line and follow line; a Greek portal's Google News badge line and its plug for the
 * site's latest news; a Japanese think tank's captioned photo whose credit carries a rights line; a Hungarian site's support box
 * with sums to give and its errata line; a ministerial release's "Media contact:" with a number only; a Japanese company
 * release's contact box under a plain label line and its as-of note. The cases that are not GUARDs fail on 34182b8.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaStoryWith, load, prose, storyAroundWith, storyWith } from './story-page';
import { expectReadsWithout, itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';

const story = storyWith('Teacher who fled opens a bakery', 'the bakery');
const around = storyAroundWith('Teacher who fled opens a bakery', 'the bakery', 'the customers');

describe('site lines of mix115–117', () => {
  itLeavesOutLines(story, [
    'Dette innholdet er hentet fra Instagram. For å vise det må du godta informasjonskapsler for sosiale medier.',
    'Keine News mehr verpassen? Folgt uns auf Instagram unter @tsv_oberau und tretet unserem Kanal bei!',
    'Du willst auch Schiedsrichter werden? Der Verein zahlt den Lehrgang – melde dich einfach bei uns unter info@tsv-oberau.example!',
    'Ha hibát találtál a cikkben, írj nekünk a hiba@hirado.example címre!',
    'If you spot an error in this article, please email us at corrections@gazette.example.',
    'Δείτε όλες τις τελευταίες ειδήσεις από την Πάτρα και την Ελλάδα, τη στιγμή που συμβαίνουν, στο patrastoday.gr',
  ]);
  itLeavesOutJapaneseLines(jaStoryWith('浄水装置を寄贈しました', 'アフガニスタン'), [
    '※ニュースリリースに記載されている情報は発表日現在のものです。その後予告なしに変更される場合があります。',
  ]);
  itReadsSentences(story, [
    'Wenn Sie einen Fehler im Bescheid finden, müssen Sie binnen vier Wochen Einspruch einlegen, sagte die Sprecherin.',
    'Read the latest news on the talks in our live blog, the minister told reporters at the airport.',
  ]);
});

describe('boxes of mix115–117', () => {
  it("leaves out a paywall's short offer between paragraphs, its note that the story is for subscribers", () =>
    expectReadsWithout(
      around(
        '<amedia-laserbeak data-variant="inline-compact"><div class="laserbeak-inline"><p class="laserbeak-inline__text">Du leser nå en sak for abonnenter. Støtt lokaljournalistikken – få full tilgang i dag.</p><a class="laserbeak-inline__cta" href="/vis/abonnement?source=inline">Bli abonnent</a></div></amedia-laserbeak>',
      ),
      'Paragraph 2 of the story',
      'Du leser nå en sak for abonnenter',
    ));
  it("leaves out a paywall's offer with a line for those who already pay, in Norwegian", () =>
    expectReadsWithout(
      around(
        '<div class="offer-box"><p class="offer-box__title">Les hele saken med Avisa+</p><p class="offer-box__text">Få tilgang til alle våre lokale saker og e-avisen for 1 krone den første måneden.</p><a class="offer-box__cta" href="https://kampanje.example/avisa">Prøv nå</a><p class="offer-box__login">Allerede abonnent? <a href="https://www.aid.example/logg-inn">Logg inn med aID</a></p></div>',
      ),
      'Paragraph 2 of the story',
      'Få tilgang til alle våre lokale saker',
    ));
  it('leaves out a support box offering sums to give, whatever its language', () =>
    expectReadsWithout(
      around(
        '<div class="support-box"><h3 class="support-box__title">Támogasd a független újságírást!</h3><p class="support-box__text">Minket az olvasóink tartanak el. Ha fontosnak tartod a munkánkat, támogass minket havonta.</p><div class="support-box__amounts" role="group"><button data-amount="1500">1500 Ft</button><button data-amount="3000">3000 Ft</button><button data-amount="5000">5000 Ft</button></div><a class="support-box__cta" href="/tamogatas">Támogatok</a></div>',
      ),
      'Paragraph 2 of the story',
      'Minket az olvasóink tartanak el',
    ));
  it("GUARD: reads a story's paragraphs beside a link to the site's subscription page", () =>
    expect(
      articleText(
        around(
          `<div class="explainer"><p>Paragraph about the price: the paper raised its subscription by a tenth this year, and the bakery's owner, who reads it every morning with the first batch of bread, says she will keep paying for it because it is the only paper that covers the town council, the schools and the football club.</p><p>Her husband reads the sports pages first.</p><a href="/abo">Abo</a></div>`,
        ),
      ),
    ).toContain('Paragraph about the price'));
  // This small page was read right before too (a line that is one link); mix116's Greek page (layout-fixtures) is the probe.
  it('GUARD: leaves out a line that is a linked Google News badge and its words, in any language', () =>
    expectReadsWithout(
      story(
        '<p class="gnews"><a href="https://news.google.com/publications/CAAqBwgKMNb4rAsw5L3EAw?hl=el"><img src="/gnews.png" width="24" height="24" alt=""> Ακολουθήστε την Πάτρα Σήμερα στο Google News και μάθετε πρώτοι όλες τις ειδήσεις</a></p>',
      ),
      'Paragraph 5 of the story',
      'Ακολουθήστε την Πάτρα Σήμερα',
    ));
  it("reads a captioned photo's caption broken by <br> from its credit, and leaves out the credit's rights line", () => {
    const text = articleText(
      jaStoryWith(
        '「特区」化する北方領土',
        '北方領土',
      )(
        '<div class="column_photo"><img src="/img/01.jpg" width="480" height="320" alt=""><br><span class="caption">国後島の港湾地区で進む水産加工場の建設（2025年8月）</span><br><span class="credit">写真提供：共同通信社（本サイトからの無断転載を禁じます）</span></div><p>関係者によりますと、6回目の協議は再来月に開かれる見通しです。</p>',
      ),
    );
    expect(text).toContain('国後島の港湾地区で進む水産加工場の建設');
    expect(text).not.toContain('写真提供');
  });
  it('leaves out a "Media contact:" paragraph that gives a number only', () =>
    expectReadsWithout(
      story('<p><strong>Media contact:</strong> Tom Reilly, Office of the Hon Jane Clark MP, 0412 558 301</p>'),
      'Paragraph 5 of the story',
      'Tom Reilly, Office of',
    ));
  it("leaves out a release's contact box under a plain label line", () =>
    expectReadsWithout(
      jaStoryWith(
        '浄水装置を寄贈しました',
        'アフガニスタン',
      )(
        '<div class="contactBox"><p class="ttl">本件に関するお問い合わせ先</p><p>株式会社アクアテック　広報・IRグループ<br>TEL：06-6390-0000（平日9:00～17:30）</p></div>',
      ),
      '5回目の協議は来月にも開かれる見通しで',
      '広報・IRグループ',
    ));
  it('GUARD: reads a ranking banner box whose lines are all stock lines as furniture (a picture without a caption)', () =>
    expectReadsWithout(
      jaStoryWith(
        '市議会で一般質問',
        '北朝鮮',
      )(
        '<div>ランキングに参加しています。よろしければ応援のクリックをお願いします♪<br><a href="https://blogmura.example/in"><img src="/88_31.gif" width="88" height="31" alt=""></a><br><a href="https://blogmura.example/in">にほんブログ村</a></div>',
      ),
      '5回目の協議は来月にも開かれる見通しで',
      'ランキングに参加しています',
    ));
});

describe('a prose page of mix115–117', () => {
  it('GUARD: reads a story whose paragraphs name sums of money', () =>
    expect(
      articleText(
        load(
          `<body><article><h1>Parcel duty ends</h1><div class="body">${prose('the duty', 4)}<p>Prices compared: a shirt cost 990 Ft from China and now costs 1400 Ft from a Polish warehouse, the traders said.</p></div></article></body>`,
        ),
      ),
    ).toContain('Prices compared'));
});
