/**
 * The finder's notice rules from blind set mix29 (tests/fixtures/blind-pages/mix29), each on a
 * small page: a wire story's contributor line, a broadcaster's first-published and AI-voice notes,
 * a fact check's team line, a think tank's republishing offer. Each probe failed before its rule
 * (8d50a1a).
 */
import { describe } from 'vitest';
import { itLeavesOutLines, itReadsSentences } from './site-lines';
import { load, prose } from './story-page';

describe("the site's lines about a story", () => {
  const page = (after: string) =>
    load(
      `<body><main><article><h1>North Korea fires ballistic missile toward the sea</h1><div class="body">${prose('Pyongyang', 6)}${after}</div></article></main></body>`,
    );

  itLeavesOutLines(page, [
    'Associated Press writer Mari Yamaguchi in Tokyo contributed to this report.',
    'Dieser Artikel ist erstmals am 03.12.2026 um 09:14 Uhr auf BR24 erschienen.',
    'Dieser Text wurde mit künstlicher Intelligenz vertont.',
    'This article was produced by the Global Wire Fact Check team. Read more about our work to fact-check social media posts.',
    'Want to republish this article? Read our guidelines.',
  ]);

  itReadsSentences(page, [
    'Officials said three engineers contributed to this report, which the ministry published on Monday in Pyongyang.',
    'Dieser Artikel ist erstmals in der Geschichte des Gesetzes angewendet worden, sagte der Minister.',
  ]);
});
