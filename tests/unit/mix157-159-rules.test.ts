/**
 * What mix157–159 showed, read sealed once on c65b3cf (the session's rules after both second readings) for a measure and then
 * used in session 49: a Belgian daily's and a German broadcaster's line asking readers to report an error; a Finnish daily's
 * note that a subscriber gifted the article; a regional paper's caption link to the full photo gallery; a Japanese NGO's
 * funding note and newsletter line. The cases that are not GUARDs fail on c65b3cf.
 */
import { describe, it } from 'vitest';
import { jaStoryWith, load, prose, storyWith } from './story-page';
import { expectReadsWithout, itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';

describe('site lines of mix157–159', () => {
  const story = storyWith('Afghan asylum cases reopened after court ruling', 'the cases');
  itLeavesOutLines(story, [
    'Vous avez repéré une erreur ou une faute d’orthographe ? Signalez-la à la rédaction.',
    'Sie haben einen Fehler entdeckt oder eine Anmerkung zu diesem Artikel? Schreiben Sie der Redaktion.',
    'Spotted an error? Let us know.',
    'Luet tilaajan sinulle lahjoittamaa artikkelia. Päivän Sanomien tilaajat voivat jakaa kymmenen maksullista juttua kuukaudessa.',
  ]);
  itReadsSentences(story, [
    'Have you spotted an error in your tax return? The agency says most can be fixed online within a week.',
    'Sie haben einen Fehler entdeckt, sagt die Prüferin, und der Bescheid muss nun neu berechnet werden.',
  ]);
  const ngo = jaStoryWith('アフガニスタンの診療所から　冬を前に', 'アフガニスタン');
  itLeavesOutJapaneseLines(ngo, [
    '本事業は、外務省「日本NGO連携無償資金協力」および皆さまからのご寄付により実施しています。',
    '▼現地の最新情報はメールマガジンでお届けしています（月1回・無料）',
  ]);
  itReadsSentences(ngo, [
    'この事業は、県の補助金と企業からの協賛金により実施されている。',
    '同会は現地の最新情報をメールマガジンで届けており、登録者は約3千人に上る。',
  ]);
});

describe('caption links of mix157–159', () => {
  const page = (caption: string) =>
    load(
      `<body><main><article><h1>US and South Korea stage joint air drills</h1><div class="article-body">${prose('the drills', 3)}<figure><img src="/f16.jpg" width="800" height="533" alt=""><figcaption>${caption}</figcaption></figure>${prose('the exercise', 3)}</div></article></main></body>`,
    );
  it('leaves out a caption’s link to the full photo gallery, reading the caption', () =>
    expectReadsWithout(
      page(
        '<div class="caption-text"><p>A U.S. Air Force F-16 fighter jet taxis on the runway during the joint air exercise at Osan Air Base.</p></div><a class="photo-gallery-link" href="/news/photos-korea-drills/collection_3e1d.html">View the full photo gallery (12 photos)</a>',
      ),
      'taxis on the runway during the joint air exercise',
      'View the full photo gallery',
    ));
});
