/** Small news pages for the article finder's unit tests, written into the test's jsdom document. */

/** Replaces the test document's content with `html` (a leading doctype is dropped) and returns it. */
export function load(html: string): Document {
  document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '');
  return document;
}

/** `n` paragraphs of running story text, each naming `topic`. */
export const prose = (topic: string, n = 4): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i} of the story, in which officials said, according to two sources, that ${topic} was discussed at length.</p>`,
  ).join('');
