import { invoke } from '../../utils/dom/native';

/**
 * Turns a mark's StaticRange into a live Range: only a live range can be measured on screen.
 */
export function liveRange(range: StaticRange): Range {
  const live = invoke(document, 'createRange');
  live.setStart(range.startContainer, range.startOffset);
  live.setEnd(range.endContainer, range.endOffset);
  return live;
}
