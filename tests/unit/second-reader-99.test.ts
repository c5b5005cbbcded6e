// @vitest-environment node
/**
 * Pages a second reader of session 32's rules wrote (tests/fixtures/second-reader-99), where the first
 * versions of those rules lost story text or read furniture: story sentences worded like the new notices,
 * a list of people introduced in bold or under links, a profile's italic closing note on its subject, a
 * podcast's transcript, a paywall prompt of unclassed lines, a caption opening 「写真：」, a film's credits.
 * Each case failed on the first versions (3e24a3c) and passes on 1b6621f, before the rules, as it does now.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { parsePage } from '../../scripts/page-html';

const DIR = join(import.meta.dirname, '../fixtures/second-reader-99');
const read = (file: string) => articleText(parsePage(readFileSync(join(DIR, file), 'utf8'))).replace(/\s+/g, ' ');

describe("story text a new rule's first version left out", () => {
  it.each([
    ['en-finfluencer.html', 'the views are my own and this is not financial advice.'],
    ['en-grant.html', 'This project is funded by a grant of $750,000'],
    ['en-series.html', 'This story is one of the twelve collected in'],
    ['en-interview.html', 'Linda Park is a pediatrician'],
    ['en-interview.html', 'James Okafor is an accountant'],
    ['en-staffpicks.html', 'Cara Ng is a reporter on the city desk.'],
    ['en-italic-bio.html', 'Farid Anwari is a career diplomat who has served six Afghan governments.'],
    ['en-podcast3.html', 'NAIR: Exactly. Airlines learned that travelers shop'],
    ['ja-costco.html', '店舗の利用は年会費を支払った会員限定ですが'],
    ['ja-marketing.html', '記事の最後にニュースレターの登録を促すフォームを置くのが基本です。'],
    ['ja-caption.html', '写真：満開の桜の下を歩く花見客'],
    ['ja-filmstaff.html', '撮影：近藤一郎'],
  ])('%s reads "%s"', (file, sentence) => {
    expect(read(file)).toContain(sentence);
  });
});

describe("furniture a new rule's first version read", () => {
  it.each([
    ['en-paywall-prompt.html', 'You have reached your limit of free articles', 'How the port strike rewired'],
    ['en-podcast5.html', 'Fare Share is a weekly show', 'Episode 42: The hidden cost of cheap flights'],
  ])('%s leaves out "%s"', (file, line, story) => {
    const text = read(file);
    expect(text).toContain(story);
    expect(text).not.toContain(line);
  });
});
