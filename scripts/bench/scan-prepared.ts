/**
 * The input of a bench page's scan (`scan-entry.ts`), made in Node as the background makes it for
 * the content script: the matcher data, and the source of the floor's regex.
 */
import { matcherFrom, prepareMatcher } from '../../utils/matcher';
import type { Topic } from '../../utils/topics';
import type { PreparedScan } from './scan-entry';

/** `PreparedScan` for these topics, as a JSON argument of a call in the page. */
export function preparedScan(topics: readonly Topic[]): string {
  const data = prepareMatcher(topics);
  const { source, flags } = matcherFrom(data).pattern!;
  const prepared: PreparedScan = { topics: [...topics], data, floor: { source, flags } };
  return JSON.stringify(prepared);
}
