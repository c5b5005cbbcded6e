/**
 * What mix281–284 showed, read sealed once in session 56 on 0d25360 (127/127 article fragments, 3/134 others): a Malaysian
 * portal's ad slot label "- Advertisement - Scroll to continue reading -", and a Japanese national daily's expert comments
 * under 「コメントプラス」 inside the story's `article` (its paywall's line for free members is read anyway: a rule for it took a
 * paper's release announcing the allowance; see second-reader-17f5247). Also mix274's "Continue reading below advertisement",
 * read anyway in session 55. The cases that are not GUARDs fail on 0d25360.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaStoryWith, storyWith } from './story-page';
import { expectReadsWithout, itLeavesOutLines, itReadsSentences } from './site-lines';

describe('ad slot labels of mix281 and mix274', () => {
  const story = storyWith('Volunteers take winter aid to quake-hit Afghan villages', 'Afghan');
  itLeavesOutLines(story, ['- Advertisement - Scroll to continue reading -', 'Continue reading below advertisement'], 2);
  itReadsSentences(story, [
    'Scroll to continue reading the ministry’s list, she told volunteers, pointing at the screen of her phone.',
    'Continue reading below the fold, the editor said, was where the paper kept its weather tables in 1990.',
  ]);
});

describe('expert comments under 「コメントプラス」 inside the story (mix281)', () => {
  const story = jaStoryWith('マイナンバーカード更新、窓口に予約制', 'マイナンバーカード');
  const box = (heading: string) =>
    `<section><h2>${heading}</h2><div><span>岸本亮介</span><span>行政学者</span></div><p>【視点】窓口の混雑は制度の設計段階で予測できたはずです。更新の時期が集中することは最初から分かっていました。</p><a href="https://digital.maiasa.example/commentplus/?articleId=MSK12">すべて見る</a></section>`;
  it('leaves them out', () =>
    expectReadsWithout(story(box('コメントプラス')), '5回目の協議は来月にも開かれる見通しで', '窓口の混雑は制度の設計段階'));
  it('GUARD: reads such a section under a subhead of the story', () =>
    expect(articleText(story(box('専門家の見方')))).toContain('窓口の混雑は制度の設計段階'));
});
