/**
 * The finder's rules from blind sets mix41 (Japanese national and regional dailies) and mix42 (wire
 * services and international broadcasters), each on a small page: a photographer's credit in
 * brackets closing a Japanese caption, a wire's licensing link closing a caption, the site's line on
 * where to send views, source and contributor lines, a broadcaster's notes on its page. Each probe
 * failed before its rule (a2cd613); the guards passed before and after.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/page-html';
import { articleText } from '../../scripts/bench/article-text';
import { itLeavesOutLines, itReadsSentences } from './site-lines';
import { load, storyWith } from './story-page';

const fixture = (file: string) => readFileSync(join(import.meta.dirname, '../fixtures/blind-pages', file), 'utf8');
const story = storyWith('North Korea launches second destroyer as Kim Jong Un watches', 'North Korea');
const jaP = (i: number) =>
  `<p>関係者によりますと、${i + 1}回目の協議は来月にも開かれる見通しで、政府は北方領土問題の情報収集を進めることにしています。</p>`;
const jaStory = (inside: string) =>
  load(
    `<body><article><h1>北方領土の語り部を初認定</h1>${inside}<div class="article-body">${[0, 1, 2, 3, 4].map(jaP).join('')}</div></article></body>`,
  );

describe('credits closing a caption', () => {
  it('reads a Japanese caption without its bracketed photographer’s credit (the set’s page 01)', () => {
    const text = articleText(parsePage(fixture('mix41/01-doshin-hoppo.html')));
    expect(text).toContain('認定証を受け取り、元島民の男性（左）と握手する後継者語り部の大学生');
    expect(text).not.toContain('山内祐介撮影');
  });

  it('GUARD: keeps a caption that a 「写真：」 credit closes as it was (a blind set counts it the caption’s)', () => {
    const text = articleText(
      jaStory(
        '<figure><img src="/img/b.jpg" width="650" height="366" alt=""><figcaption>深圳市南山区に立つ本社ビル（写真：筆者撮影）</figcaption></figure>',
      ),
    );
    expect(text).toContain('深圳市南山区に立つ本社ビル（写真：筆者撮影）');
  });

  it('reads a wire photo’s caption without its licensing link (the set’s page 02)', () => {
    const text = articleText(parsePage(fixture('mix42/02-reuters-alibaba-chips.html')));
    expect(text).toContain('The logo of Alibaba Group is seen at the company');
    expect(text).not.toContain('Purchase Licensing Rights');
  });
});

describe('lines after a story', () => {
  itLeavesOutLines(story, [
    'Some information for this report came from The Associated Press and Reuters. VOA’s Korean Service contributed to this report.',
    'With reporting by RFE/RL’s Kazakh Service, Reuters, and TASS',
    'Videos from this article will be available until January 3, 2027.',
    'Japanese names in NHK WORLD-JAPAN news are written with the family name first, followed by the given name.',
  ]);

  itReadsSentences(story, [
    'With reporting by state media tightly controlled, analysts rely on satellite images of the shipyard.',
    'Some information for the destroyer’s radar came from Russian designs, the institute said.',
  ]);

  it('leaves out the Japanese line on where to send one’s views', () => {
    const text = articleText(jaStory('<p class="article-notice">ご意見・ご感想は「毎日新聞ご意見・ご感想窓口」までお寄せください。</p>'));
    expect(text).toContain('政府は北方領土問題の情報収集');
    expect(text).not.toContain('ご感想窓口');
  });
});
