/** `npm run build:index`: regenerates data/commentary.json from data/sources/jfir-commentary.txt. */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { buildCommentaryIndex, serializeIndex } from '../utils/build-index';

export const SOURCE = 'data/sources/jfir-commentary.txt';
export const OUTPUT = 'data/commentary.json';

/** Reads the source and returns the index as it should be committed. */
export function generateIndexFile(root = '.'): string {
  const text = readFileSync(`${root}/${SOURCE}`, 'utf8');
  const sha = createHash('sha256').update(text).digest('hex');
  return serializeIndex(buildCommentaryIndex(SOURCE, text, sha));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const json = generateIndexFile();
  writeFileSync(OUTPUT, json);
  const index = JSON.parse(json) as { commentaries: Array<{ passages: unknown[] }> };
  const passages = index.commentaries.reduce((n, c) => n + c.passages.length, 0);
  console.log(`${OUTPUT}: ${index.commentaries.length} commentaries, ${passages} passages`);
}
