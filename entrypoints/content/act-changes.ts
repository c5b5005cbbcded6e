/**
 * Whether the reader's act (a click, Enter, Space or Escape) hid marked text: a fold closed again, a
 * tab left. Only the parts the page changed after the act are looked at (elements whose attributes
 * took a new value, noted from the act until the check), and the parent of a checkbox or radio
 * button the act toggled (a style sheet alone may show or hide its neighbours); of the marks, only
 * those inside them, found by a binary search of the marks in page order. So a click costs next to
 * nothing on a page with thousands of marks unless it changes the part that holds them, and every
 * mark is covered, however far down the page.
 */
import { attributeOf, parentOf, property, tagOf, textParentOf } from '../../utils/dom/native';
import { composedClosest, composedContains, composedOrder, shadowRootsOf } from '../../utils/dom/shadow-roots';
import { isHiddenNow, isRendered } from '../../utils/dom/text-checks';
import type { MarkedMention } from './highlighter';

/** Changed parts noted at most; a page changing more at once (an animation of hundreds of elements) has its whole article looked at. */
const MAX_PARTS = 256;

export interface ActChanges {
  /** The reader acted on `target`: what the page changes from now on is noted, until `stop`. */
  acted(target: Element | null): void;
  /**
   * Whether a mark inside a part changed since the act is hidden now. `marks` are in page order;
   * a part holding a whole article root (a drawer's `aria-hidden` over the app, a class on the
   * body) is the page's state, not a fold.
   */
  hidMarks(marks: readonly MarkedMention[], roots: readonly Element[]): boolean;
  /** Stops noting and forgets what was noted. */
  stop(): void;
}

/** The index of the first of `marks` (in page order) after the start of `part`. */
function firstAfter(marks: readonly MarkedMention[], part: Element): number {
  let lo = 0;
  let hi = marks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (composedOrder(marks[mid]!.range.startContainer, part) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a mark inside `part` is hidden now: the part itself, or the element holding one of its marks. */
function hidesMarks(part: Element, marks: readonly MarkedMention[]): boolean {
  let i = firstAfter(marks, part);
  if (i >= marks.length || !composedContains(part, marks[i]!.range.startContainer)) return false;
  // Hidden itself (or an attribute such as `hidden` or `aria-hidden` on it): all its marks are.
  if (isHiddenNow(document, part)) return true;
  // Otherwise a style sheet may hide a part inside it (a closed `<details>`, a class); attributes changed inside are parts of their own.
  let last: Element | null = null;
  for (; i < marks.length; i += 1) {
    const node = marks[i]!.range.startContainer;
    if (!composedContains(part, node)) break;
    const el = textParentOf(node as Text);
    if (!el || el === last) continue;
    last = el;
    if (!isRendered(el)) return true;
  }
  return false;
}

/** Notes, from each reader's act until `stop`, which parts of the page (and of its read shadow roots) the page changes. */
export function actChanges(): ActChanges {
  const parts = new Set<Element>();
  let overflow = false;
  let noting = false;
  const note = (records: MutationRecord[]) => {
    for (const record of records) {
      if (overflow) return;
      const el = record.target as Element;
      // Touched but not changed (a carousel setting every slide's class or aria-hidden again on each turn): no part.
      if (record.attributeName && attributeOf(el, record.attributeName) === record.oldValue) continue;
      parts.add(el);
      if (parts.size > MAX_PARTS) overflow = true;
    }
  };
  const observer = new MutationObserver(note);
  const changes = { attributes: true, attributeOldValue: true, subtree: true };

  return {
    acted(target) {
      if (!noting) {
        noting = true;
        observer.observe(property(document, 'documentElement'), changes);
        // A fold inside a web component closes in its shadow root, where the document's observer sees nothing.
        for (const tree of shadowRootsOf(document)) observer.observe(tree, changes);
      }
      // A checkbox or radio button (or its label) shows and hides its neighbours through `:checked` alone.
      const input = target && (tagOf(target).toLowerCase() === 'input' ? target : composedClosest(target, 'label'));
      const control = input && (tagOf(input).toLowerCase() === 'label' ? property(input as HTMLLabelElement, 'control') : input);
      const type = control && attributeOf(control, 'type');
      const parent = control && (type === 'checkbox' || type === 'radio') && parentOf(control);
      if (parent) parts.add(parent);
    },
    hidMarks(marks, roots) {
      note(observer.takeRecords());
      if (!marks.length) return false;
      const covers = (part: Element) => roots.some((root) => root !== part && composedContains(part, root));
      for (const part of overflow ? roots : parts) {
        if (property(part, 'isConnected') && !covers(part) && hidesMarks(part, marks)) return true;
      }
      return false;
    },
    stop() {
      observer.disconnect();
      noting = false;
      overflow = false;
      parts.clear();
    },
  };
}
