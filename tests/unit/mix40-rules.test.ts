/**
 * The finder's rules from blind set mix40 (Middle East and Gulf English media), each on a small page:
 * a credit in square brackets closing a caption ("[File: Mohsen Karimi/AFP]"), a contributor's line
 * naming where they reported from, an "inputs" line led by a dash. mix40 was first read sealed as the
 * held-out check of session 34's rules; these probes failed before their rules (bedb251).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/page-html';
import { articleText } from '../../scripts/bench/article-text';
import { itLeavesOutLines, itReadsSentences } from './site-lines';
import { load, prose } from './story-page';

const fixture = (file: string) => readFileSync(join(import.meta.dirname, '../fixtures/blind-pages', file), 'utf8');
const story = (inside: string) =>
  load(
    `<body><main><article><h1>Taliban and Gulf envoys meet in Doha over aid access</h1>${inside}<div class="article-body">${prose('Taliban', 6)}</div></article></main></body>`,
  );
const captioned = (caption: string) =>
  articleText(story(`<figure><img src="/img/a.jpg" width="800" height="450" alt=""><figcaption>${caption}</figcaption></figure>`));

describe('a credit in square brackets closing a caption', () => {
  it('reads the caption without "[File: …/AFP]" (the set’s page 01)', () => {
    const text = articleText(parsePage(fixture('mix40/01-aljazeera-taliban-doha.html')));
    expect(text).toContain('Women wait outside a World Food Programme distribution point');
    expect(text).not.toContain('Mohsen Karimi/AFP');
  });

  it('leaves out an agency credit in square brackets in the caption’s own text', () => {
    const text = captioned('Delegates arrive at the talks in Doha on Tuesday [Ibraheem al-Omari/Reuters]');
    expect(text).toContain('Delegates arrive at the talks in Doha on Tuesday');
    expect(text).not.toContain('Reuters]');
  });

  it('GUARD: keeps a caption’s bracketed words that name no agency', () => {
    expect(captioned('The old city of Herat [formerly Alexandria Ariana] at dusk')).toContain(
      'The old city of Herat [formerly Alexandria Ariana] at dusk',
    );
  });
});

describe("the site's lines about a story", () => {
  const page = (after: string) =>
    load(
      `<body><main><article><h1>Iraq repatriates families from al-Hol camp</h1><div class="body">${prose('ISIS', 6)}${after}</div></article></main></body>`,
    );

  itLeavesOutLines(page, [
    'Shelly Kittleson contributed reporting from Baghdad.',
    'Mike Ives contributed reporting.',
    'Jane Arraf contributed additional reporting from Erbil.',
    '- With inputs from agencies',
    '– With inputs from PTI',
  ]);

  itReadsSentences(page, [
    'Local volunteers who contributed reporting from the camps were arrested.',
    '- Officials with inputs from the ministry said the camp would close next year.',
  ]);
});
