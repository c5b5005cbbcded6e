/** Probes of the finder's notice rules: lines the site adds after a story's text, and story sentences worded alike. */
import { expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';

/** A small story page with `after` as the last part of its body (its text made with `prose`, six paragraphs). */
type StoryWith = (after: string) => Document;

/** Each line, a paragraph of its own after the story's text, is left out while the story is read (20 characters from `from` checked). */
export function itLeavesOutLines(page: StoryWith, lines: string[], from = 0): void {
  it.each(lines.map((line) => [line]))('leaves out "%s"', (line) => {
    const text = articleText(page(`<p>${line}</p>`));
    expect(text).toContain('Paragraph 5 of the story');
    expect(text).not.toContain(line.slice(from, from + 20));
  });
}

/** Each line, a paragraph of the story after its text, is read (a probe, not a guard: `itReadsSentences` names its cases so). */
export function itReadsStoryLines(page: StoryWith, lines: string[]): void {
  it.each(lines.map((line) => [line]))('reads the story\'s line "%s"', (line) => {
    expect(articleText(page(`<p>${line}</p>`))).toContain(line);
  });
}

/** Each sentence, a paragraph of the story worded like such a line, is read. */
export function itReadsSentences(page: StoryWith, sentences: string[]): void {
  it.each(sentences.map((sentence) => [sentence]))('GUARD: reads the story\'s sentence "%s"', (sentence) => {
    expect(articleText(page(`<p>${sentence}</p>`))).toContain(sentence);
  });
}

/** Reads `doc` as the extension does: `kept` is read and `gone` is not (a part left out beside the story). */
export function expectReadsWithout(doc: Document, kept: string, gone: string): void {
  const text = articleText(doc);
  expect(text).toContain(kept);
  expect(text).not.toContain(gone);
}

/** Each line, a paragraph of its own after a Japanese story's text (`jaStoryWith`), is left out while the story is read. */
export function itLeavesOutJapaneseLines(page: StoryWith, lines: string[]): void {
  it.each(lines.map((line) => [line]))('leaves out "%s"', (line) => {
    const text = articleText(page(`<p>${line}</p>`));
    expect(text).toContain('5回目の協議は来月にも開かれる見通しで');
    expect(text).not.toContain(line.slice(0, 10));
  });
}
