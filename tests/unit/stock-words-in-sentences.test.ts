/**
 * Stock words of a site's line inside a story's sentence: "affiliate links" and "ohne Gewähr" count only near the line's
 * start, where a site's disclosure puts them; 「時点のものです」 only after the time of publication (配信, 掲載, 放送 …);
 * 「会員限定記事」 only as a label or an offer to members. The probes (a story's sentences) fail on b7533e9; the site's
 * lines, from the corpus's tuning half and earlier fixtures, are left out before and after.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { itLeavesOutJapaneseLines, itLeavesOutLines } from './site-lines';
import { jaStoryWith, storyWith } from './story-page';

const story = storyWith('Fake review sites earned millions', 'the ceasefire');

describe('a disclosure or disclaimer, and a story speaking of one', () => {
  itLeavesOutLines(story, [
    'Anzeige, enthält Affiliate Links',
    'Affiliatelink',
    'Alle Angaben ohne Gewähr',
    '(Alle Angaben ohne Gewähr, Stand: 5. Dezember 2026)',
  ]);

  it.each([
    'Investigators said the network earned millions through affiliate links placed on fake review sites.',
    'Die Behörde teilte mit, alle Angaben zu den Opferzahlen erfolgten bislang ohne Gewähr.',
  ])('reads the story\'s sentence "%s"', (sentence) => {
    expect(articleText(story(`<p>${sentence}</p>`))).toContain(sentence);
  });
});

describe("a Japanese site's note on its facts' date or its members' articles, and a story's sentence alike", () => {
  const page = jaStoryWith('ニュースサイト、有料会員が倍増', '会員');

  itLeavesOutJapaneseLines(page, [
    '記事の内容は配信時点のものです。',
    '記事内の肩書・数値などは、いずれも放送・配信時点のものです。',
    '[会員限定記事]',
    'この記事は読者会員限定記事です',
    '無料会員は月10本まで会員限定記事をお読みいただけます。電子版プレミアム会員なら紙面ビューアーも使い放題。',
  ]);

  it.each(['被害額は約３億円で、この数字は先月末時点のものです。', '会員限定記事の閲覧数は前年の２倍に増えたということです。'])(
    'reads the story\'s sentence "%s"',
    (sentence) => {
      expect(articleText(page(`<p>${sentence}</p>`))).toContain(sentence);
    },
  );
});
