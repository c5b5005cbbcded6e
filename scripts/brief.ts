/**
 * `npm run brief -- [--json] FILE.html...`: the topics and briefs the extension would show for
 * saved pages, computed by the same core code (page scan, matcher, ranking) as the extension.
 */
import { readFileSync } from 'node:fs';
import index from '../data/commentary.json';
import { createRanker } from '../utils/brief';
import { analyzePage, contextFor } from '../utils/dom/analyze-page';
import { findPageDate } from '../utils/dom/page-text';
import { compileMatcher } from '../utils/matcher';
import { DEFAULT_TOPICS } from '../utils/topics';
import { decodePage, parsePage } from './page-html';

interface CliExcerpt {
  commentaryId: string;
  title: string;
  date: string;
  author: string;
  text: string;
}

interface CliTopic {
  id: string;
  label: string;
  mentions: number;
  excerpts: CliExcerpt[];
}

/** Topics and excerpts for one saved page's HTML. */
export function briefPage(html: string): CliTopic[] {
  const document = parsePage(html);
  const matcher = compileMatcher(DEFAULT_TOPICS);
  const ranker = createRanker(index.commentaries);
  const analysis = analyzePage(document, matcher);
  const pageDate = findPageDate(document);
  return analysis.topics.map(({ topicId, count }) => {
    const topic = DEFAULT_TOPICS.find((t) => t.id === topicId)!;
    const excerpts = ranker.brief(topic, contextFor(analysis, topicId, pageDate), 3, DEFAULT_TOPICS);
    return {
      id: topicId,
      label: topic.label.en,
      mentions: count,
      excerpts: excerpts.map((e) => ({ commentaryId: e.commentaryId, title: e.title, date: e.date, author: e.author, text: e.text })),
    };
  });
}

function main(argv: string[]): number {
  const json = argv.includes('--json');
  const files = argv.filter((a) => a !== '--json');
  if (files.length === 0) {
    console.error('usage: npm run brief -- [--json] FILE.html...');
    return 2;
  }
  const results = files.map((file) => ({ file, topics: briefPage(decodePage(readFileSync(file))) }));
  if (json) {
    console.log(JSON.stringify(results, null, 2));
    return 0;
  }
  for (const { file, topics } of results) {
    console.log(`${file}: ${topics.length ? '' : 'no topics'}`);
    for (const t of topics) {
      console.log(`  ${t.label} (${t.mentions} mention${t.mentions === 1 ? '' : 's'})`);
      for (const e of t.excerpts) console.log(`    - ${e.title} (${e.author}, ${e.date}): ${e.text.slice(0, 100)}…`);
    }
  }
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
