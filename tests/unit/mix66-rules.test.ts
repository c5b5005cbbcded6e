/**
 * What the sealed set mix66 (US regional papers running wire stories) showed when read once on fc95664: Gannett's
 * "Contributing: The Associated Press" and its share bar's feedback prompt, a Reuters sign-off in brackets and
 * McClatchy's "This story was originally published <date>." were read. The probes fail on fc95664; the guards are story
 * sentences worded alike.
 */
import { describe } from 'vitest';
import { itLeavesOutLines, itReadsSentences } from './site-lines';
import { load, prose } from './story-page';

describe("a US regional paper's lines around a wire story", () => {
  const story = (after: string) =>
    load(
      `<body><main><article><h1>Kim Jong Un oversees new missile test as talks stall</h1><div class="gnt_ar_b">${prose('Kim Jong Un', 6)}${after}</div></article></main></body>`,
    );

  itLeavesOutLines(story, [
    'Contributing: The Associated Press',
    '(Reporting by Tim Kelly in Tokyo and Guy Faulconbridge in Moscow; Additional reporting by Kantaro Komiya; Editing by Lincoln Feast)',
    'This story was originally published December 5, 2026 at 6:12 AM.',
    'Share your feedback to help improve our site experience!',
  ]);

  itReadsSentences(story, [
    'Contributing: more than 40 countries have sent observers to the talks, the ministry said.',
    'The story was originally published December 5, 2019, by a local paper in Sapporo, officials said.',
    'Share your feedback with the embassy, the consul urged the families of those detained.',
  ]);
});
