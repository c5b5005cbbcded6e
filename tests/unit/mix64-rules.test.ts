/**
 * What the sealed set mix64 (US policy sites) showed when read once on 5777c10: a magazine's note that the
 * quotations were translated by its author. The probe fails on 5777c10; the guards are story sentences worded alike.
 */
import { describe } from 'vitest';
import { itLeavesOutLines, itReadsSentences } from './site-lines';
import { load, prose } from './story-page';

describe("a line saying the piece's quotations were translated by its author", () => {
  const page = (after: string) =>
    load(
      `<body><main><article><h1>Tokyo's quiet Kuril Islands calculus</h1><div class="body">${prose('Kuril Islands', 6)}${after}</div></article></main></body>`,
    );

  itLeavesOutLines(page, [
    'Quotations from Japanese officials were translated by the author.',
    'All interviews were conducted in Russian and translated by the reporter.',
    'Quotes have been translated from Japanese by the writer.',
  ]);

  itReadsSentences(page, [
    'The remarks were translated by the ministry and posted on its website on Friday.',
    'Quotations from the treaty were translated by the author of the 1956 declaration himself, officials said.',
  ]);
});
