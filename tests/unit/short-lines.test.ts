/**
 * Short lines inside a story that hold a date are the story's when they say something: a sentence
 * with a time in it, a timeline's items, a live blog's updates, a caption with its date, a
 * sentence ending on a date in figures. Only a line that is a date and a label (a dateline, a
 * meta line) is left out. The cases a second reader found the dateline rules dropping.
 */
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/dom/analyze-page';
import { compileMatcher } from '../../utils/matcher';
import { DEFAULT_TOPICS } from '../../utils/topics';
import { load, prose } from './story-page';

const matcher = compileMatcher(DEFAULT_TOPICS);
const marked = (doc: Document) => analyzePage(doc, matcher).mentions.map((m) => m.text);
const story = (lines: string) => load(`<body><article><h1>Talks</h1>${prose('aid', 3)}${lines}${prose('aid', 2)}</article></body>`);

describe('short lines with a date', () => {
  it('keeps a short sentence with a time in it', () => {
    expect(marked(story('<p>Putin arrives in Beijing on <time datetime="2024-05-16">Thursday</time>.</p>'))).toEqual(['Putin']);
  });

  it('keeps a timeline’s items', () => {
    const doc = story(
      '<h2>Timeline</h2><ul><li><time>2014</time>: Russia annexes Crimea</li><li><time>2022</time>: Putin orders the invasion of Ukraine</li></ul>',
    );
    expect(marked(doc)).toEqual(['Putin']);
  });

  it('keeps a live blog’s short updates, each under its time', () => {
    const update = (time: string, text: string) => `<div class="update"><time>${time}</time><p>${text}</p></div>`;
    const doc = story(
      update('10:32', 'Putin lands in Beijing.') +
        update('10:40', 'Xi Jinping greets him.') +
        update('10:55', 'North Korea fires a missile.'),
    );
    expect(marked(doc)).toEqual(['Putin', 'Xi Jinping', 'North Korea']);
  });

  it('keeps a caption that ends on its date', () => {
    const doc = story('<figure><img src="a.jpg"><figcaption>Putin in Beijing, <time>16 May 2024</time></figcaption></figure>');
    expect(marked(doc)).toEqual(['Putin']);
  });

  it('keeps a short sentence that ends on a date in figures, and leaves out a meta line', () => {
    const doc = story(
      '<p>Putin befahl den Angriff am 24.02.2022.</p><p>Aktualisiert am 17.01.2021.</p><p>Xi Jinping spoke with him on 05/16/2024.</p>',
    );
    expect(marked(doc)).toEqual(['Putin', 'Xi Jinping']);
    expect(analyzePage(story('<p>Taliban 24.01.2022 11:38 Kategorie: News</p>'), matcher).mentions).toEqual([]);
  });
});
