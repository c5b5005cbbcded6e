/**
 * Boxes inside an article around a control of the site's: a player (its play button, title and
 * length), an embed's consent placeholder, a "read here" wall. Their few lines label the control;
 * a reader reads past them. An accordion's buttons (`aria-expanded`, `aria-controls`) open the
 * story's own questions and answers, and a figure's caption is the story's: neither counts.
 */
import type { Stats } from './article-scores';
import { attributeOf, classOf, query, queryAll } from './native';

const PLAYER = /player/i;

/** Whether a box inside the article is a control's box of the site's (see above). */
export function isControlBox(s: Stats): boolean {
  if (s.headings || query(s.el, 'figcaption')) return false;
  if (s.text < 400 && s.paragraphs <= 3 && query(s.el, 'button:not([aria-expanded]):not([aria-controls])')) return true;
  // A player's box its script fills: no button yet, a title and "the story continues below the video".
  return (
    s.text < 200 &&
    s.link === 0 &&
    [s.el, ...queryAll(s.el, '[class], [id]')].some((e) => PLAYER.test(`${classOf(e)} ${attributeOf(e, 'id') ?? ''}`))
  );
}
