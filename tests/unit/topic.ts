/** Test topics for the matcher suites. */
import type { Topic } from '../../utils/topics';

/** A topic named by its id in both languages, colour 0, with `exclusions` only when given. */
export const topic = (id: string, aliases: Topic['aliases'], exclusions?: string[]): Topic => ({
  id,
  label: { en: id, ja: id },
  aliases,
  color: 0,
  ...(exclusions ? { exclusions } : {}),
});
