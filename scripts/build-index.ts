/**
 * `npm run build:index`: regenerates data/commentary.json from data/sources/jfir-commentary.txt,
 * and data/search-index.json, the popup's prebuilt fuse.js index of it with the default topics.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { buildCommentaryIndex, serializeIndex } from '../utils/build-index';
import type { CommentaryIndex } from '../utils/commentary';
import { buildSearchDocs, prebuildIndex } from '../utils/search';
import { DEFAULT_TOPICS } from '../utils/topics';

export const SOURCE = 'data/sources/jfir-commentary.txt';
export const OUTPUT = 'data/commentary.json';
export const SEARCH_INDEX = 'data/search-index.json';

/** Reads the source and returns the index as it should be committed. */
export function generateIndexFile(root = '.'): string {
  const text = readFileSync(`${root}/${SOURCE}`, 'utf8');
  const sha = createHash('sha256').update(text).digest('hex');
  return serializeIndex(buildCommentaryIndex(SOURCE, text, sha));
}

/** The prebuilt search index for the commentary index text, as it should be committed. */
export function generateSearchIndexFile(indexJson: string): string {
  const index = JSON.parse(indexJson) as CommentaryIndex;
  return `${JSON.stringify(prebuildIndex(buildSearchDocs(index.commentaries, DEFAULT_TOPICS)))}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const json = generateIndexFile();
  writeFileSync(OUTPUT, json);
  writeFileSync(SEARCH_INDEX, generateSearchIndexFile(json));
  const index = JSON.parse(json) as CommentaryIndex;
  const passages = index.commentaries.reduce((n, c) => n + c.passages.length, 0);
  console.log(`${OUTPUT}: ${index.commentaries.length} commentaries, ${passages} passages; ${SEARCH_INDEX}`);
}
