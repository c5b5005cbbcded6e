/**
 * What the sealed set mix72 (Japanese portals and broadcasters) showed when read once on 8af6f2f: a broadcaster's ▼ link
 * to a related story between the body's paragraphs, its video box's note asking for a recent browser, and a commentary
 * site's link to the story's pictures beside the lead picture. The probes fail on 8af6f2f; the guards are story lines alike.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { parsePage } from '../../scripts/page-html';
import { expectReadsWithout, itLeavesOutJapaneseLines, itReadsSentences } from './site-lines';
import { jaStoryWith } from './story-page';

const fixture = (file: string) => readFileSync(join(import.meta.dirname, '../fixtures/blind-pages/mix72', file), 'utf8');
const page = jaStoryWith('北朝鮮が弾道ミサイル発射', '発射');

describe("a broadcaster's ▼ link to a related story and its video box's note", () => {
  it('reads the set\'s story without "▼年内3回目の発射" (its page 02)', () => {
    expectReadsWithout(parsePage(fixture('02-newsdig-broadcast.html')), '年末の軍事パレードに向けた示威か', '▼年内3回目の発射');
  });

  itLeavesOutJapaneseLines(page, [
    '動画の再生には最新のブラウザをご利用ください。再生できない場合はアプリでご覧ください。',
    '動画を再生するには、最新のブラウザをお使いください。',
  ]);

  itReadsSentences(page, ['動画の再生回数は１００万回を超え、ブラウザの不具合を指摘する声も出ています。']);
});

describe("a link to the story's pictures beside the lead picture", () => {
  it('reads the set\'s commentary without "この記事の画像を見る（4枚）" (its page 03)', () => {
    expectReadsWithout(parsePage(fixture('03-toyokeizai-commentary.html')), '共同記者会見に臨む両国の閣僚', 'この記事の画像を見る');
  });
});
