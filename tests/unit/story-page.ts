/** Small news pages for the article finder's unit tests, written into the test's jsdom document. */

/** Replaces the test document's content with `html` (a leading doctype is dropped) and returns it. */
export function load(html: string): Document {
  document.documentElement.innerHTML = html.replace(/^<!doctype html>/i, '');
  return document;
}

/** An Elementor widget of `type` around `inner`, as the builder writes every block of a page. */
export const elementorWidget = (type: string, inner: string): string =>
  `<div class="elementor-element elementor-widget elementor-widget-${type}" data-widget_type="${type}.default"><div class="elementor-widget-container">${inner}</div></div>`;

/** `n` paragraphs of running story text, each naming `topic`. */
export const prose = (topic: string, n = 4): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i} of the story, in which officials said, according to two sources, that ${topic} was discussed at length.</p>`,
  ).join('');

/** `n` paragraphs of a Japanese story, each naming `topic`; the fifth holds 「5回目の協議は来月にも開かれる見通しで」. */
export const jaProse = (topic: string, n = 5): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>関係者によりますと、${i + 1}回目の協議は来月にも開かれる見通しで、政府は${topic}をめぐる情報収集を進めることにしています。</p>`,
  ).join('');

/** A small Japanese story page headed `headline`, its text made with `jaProse`, with `after` as the last part of its body. */
export const jaStoryWith =
  (headline: string, topic: string) =>
  (after: string): Document =>
    load(`<body><article><h1>${headline}</h1><div class="article-body">${jaProse(topic)}${after}</div></article></body>`);

/** A small story page headed `headline`, six paragraphs of `prose` naming `topic`, with `after` as the last part of its body. */
export const storyWith =
  (headline: string, topic: string) =>
  (after: string): Document =>
    load(`<body><main><article><h1>${headline}</h1><div class="article-body">${prose(topic, 6)}${after}</div></article></main></body>`);

/** A small story page headed `headline` with `middle` between three paragraphs naming `before` and three naming `after`. */
export const storyAroundWith =
  (headline: string, before: string, after: string) =>
  (middle: string): Document =>
    load(
      `<body><main><article><h1>${headline}</h1><div class="article-body">${prose(before, 3)}${middle}${prose(after, 3)}</div></article></main></body>`,
    );
