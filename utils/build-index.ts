/**
 * Turns the saved JFIR Commentary page into the bundled index. Pure: the script in
 * `scripts/build-index.ts` does the file reading and writing, the tests call this directly.
 */
import type { CommentaryIndex } from './commentary';
import { describeParseWarning, parseCommentaryPage } from './parse-commentary';

/** Builds the index from the source text; `sha256` is the source's digest, computed by the caller. */
export function buildCommentaryIndex(source: string, sourceText: string, sha256: string): CommentaryIndex {
  const { commentaries, warnings } = parseCommentaryPage(sourceText);
  if (warnings.length) throw new Error(`${source}: ${warnings.map(describeParseWarning).join('; ')}`);
  return { source, sourceSha256: sha256, commentaries };
}

/** Serialises the index the way it is committed, so a test can compare byte for byte. */
export function serializeIndex(index: CommentaryIndex): string {
  return `${JSON.stringify(index, null, 2)}\n`;
}
