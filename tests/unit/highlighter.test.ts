/**
 * The highlighter's own bookkeeping on a huge page: how many marks it keeps (the documented cap),
 * and how much `mentionAt` reads to find the mention under a point. happy-dom has no layout:
 * StaticRange, the caret lookup and the boxes of ranges are given here, and the boxes counted.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Highlighter, MARKS_PER_TOPIC, MAX_MARKS } from '../../entrypoints/content/highlighter';
import type { PageMention } from '../../utils/dom/analyze-page';
import { DEFAULT_TOPICS } from '../../utils/topics';

class FakeStaticRange {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
  constructor(init: StaticRangeInit) {
    ({
      startContainer: this.startContainer,
      startOffset: this.startOffset,
      endContainer: this.endContainer,
      endOffset: this.endOffset,
    } = init);
  }
}
vi.stubGlobal('StaticRange', FakeStaticRange);

const MENTIONS_PER_PARAGRAPH = 60;
const WORD = 'Taliban ';

/** Paragraphs of `MENTIONS_PER_PARAGRAPH` Taliban mentions each, then one paragraph with `kabul` Kabul mentions. */
function page(paragraphs: number, kabul = 0): { found: PageMention[]; texts: Text[] } {
  document.body.innerHTML = '';
  const found: PageMention[] = [];
  const texts: Text[] = [];
  const paragraph = (word: string, count: number, topicId: string) => {
    const p = document.createElement('p');
    const text = document.createTextNode(word.repeat(count));
    p.append(text);
    document.body.append(p);
    texts.push(text);
    for (let i = 0; i < count; i += 1) {
      const offset = i * word.length;
      found.push({
        topicId,
        alias: word.trim(),
        text: word.trim(),
        sentence: '',
        start: { node: text, offset },
        end: { node: text, offset: offset + word.length - 1 },
      });
    }
  };
  for (let i = 0; i < paragraphs; i += 1) paragraph(WORD, MENTIONS_PER_PARAGRAPH, 'taliban');
  if (kabul) paragraph('Kabul ', kabul, 'afghanistan');
  return { found, texts };
}

afterEach(() => vi.restoreAllMocks());

/** Waits until the highlighter has drawn all it will (its count stops growing over a few tasks). */
async function drawn(highlighter: Highlighter): Promise<void> {
  for (let last = -1; last !== highlighter.ordered.length;) {
    last = highlighter.ordered.length;
    await new Promise((done) => setTimeout(done, 20));
  }
}

describe('Highlighter on a huge page', () => {
  it('keeps the first MAX_MARKS mentions, and the first few of a topic that comes after them', async () => {
    const { found } = page(200, MARKS_PER_TOPIC + 20);
    const highlighter = new Highlighter();
    highlighter.update(found, DEFAULT_TOPICS);
    // The first marks at once, the rest in later tasks.
    expect(highlighter.ordered.length).toBeGreaterThan(0);
    expect(highlighter.ordered.length).toBeLessThan(MAX_MARKS);
    await drawn(highlighter);
    expect(found.length).toBeGreaterThan(MAX_MARKS * 2);
    expect(highlighter.ordered).toHaveLength(MAX_MARKS + MARKS_PER_TOPIC);
    expect(highlighter.ordered.slice(0, MAX_MARKS).map((m) => m.mention)).toEqual(found.slice(0, MAX_MARKS));
    expect(highlighter.mentions.get('afghanistan')).toHaveLength(MARKS_PER_TOPIC);
    expect(highlighter.mentions.get('taliban')).toHaveLength(MAX_MARKS);
  });

  it('keeps the marks it has until a redraw has made all the new ones, then swaps them in one task', async () => {
    const { found } = page(50);
    const highlighter = new Highlighter();
    highlighter.update(found, DEFAULT_TOPICS);
    await drawn(highlighter);
    const before = highlighter.ordered;
    expect(before).toHaveLength(found.length);
    // The page read again: the same text, new mentions (as a full scan makes them), more than a task draws.
    const again = found.map((f) => ({ ...f }));
    let done = 0;
    highlighter.update(again, DEFAULT_TOPICS, 'background', () => (done += 1));
    let tasks = 0;
    for (; !done && tasks < 50; tasks += 1) {
      expect(highlighter.ordered).toBe(before);
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    // It took more than one task, and only its end changed what the page and the keyboard see.
    expect(tasks).toBeGreaterThan(1);
    expect(done).toBe(1);
    expect(highlighter.ordered.map((m) => m.mention)).toEqual(again);
    expect(highlighter.mentions.get('taliban')).toHaveLength(again.length);
  });

  it("finds the mention under a point reading the boxes of that text node's mentions only", async () => {
    const { found, texts } = page(80);
    const highlighter = new Highlighter();
    highlighter.update(found, DEFAULT_TOPICS);
    await drawn(highlighter);
    // Layout, as a browser would give it: paragraph i is the line y = 10i to 10i + 10, one pixel per character.
    const line = (node: Node) => texts.indexOf(node as Text);
    const boxes = vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
      const top = line(this.startContainer) * 10;
      return [new DOMRect(this.startOffset, top, this.endOffset - this.startOffset, 10)] as unknown as DOMRectList;
    });
    const caret = (x: number, y: number) => ({ offsetNode: texts[Math.floor(y / 10)]!, offset: Math.floor(x) }) as unknown as CaretPosition;
    // On the prototype, as a browser has it (the highlighter reads the DOM's own method, not one set on the document).
    const prototype = Object.getPrototypeOf(document) as object;
    Object.defineProperty(prototype, 'caretPositionFromPoint', { value: caret, configurable: true });
    const target = found[40 * MENTIONS_PER_PARAGRAPH + 7]!;
    const mention = highlighter.mentionAt(target.start.offset + 2, 40 * 10 + 5);
    expect(mention?.mention).toBe(target);
    expect(boxes.mock.calls.length).toBeLessThanOrEqual(MENTIONS_PER_PARAGRAPH);
    // Between two mentions, none.
    expect(highlighter.mentionAt(target.end.offset + 0.5, 40 * 10 + 5)).toBeUndefined();
    Reflect.deleteProperty(prototype, 'caretPositionFromPoint');
  });
});
