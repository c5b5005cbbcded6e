/**
 * What mix329–332 showed, read sealed once in session 58 on 1bb1b2d (128/128 article fragments, 2/139 others): an English
 * Taiwanese site's comment rules as a box of their own after the story ("Comments will be moderated. Keep comments relevant to
 * the article. …", 255 characters, joined as a sibling: a stock line that long was measured against 250, not against the
 * longer bound rights notices have), and a Japanese startup's reporter box under 「記者プロフィール」. Each line is probed on its
 * set's own page, kept in the fixtures; small pages built like them follow. The cases that are neither GUARDs nor under
 * "small pages" fail on 1bb1b2d.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { parsePage } from '../../scripts/page-html';
import { expectReadsWithout, itReadsSentences } from './site-lines';
import { jaProse, load, prose, storyWith } from './story-page';

/** A page of the sets as kept in the fixtures, read as the CLI reads a page. */
const fixture = (file: string) => articleText(parsePage(readFileSync(join(import.meta.dirname, '../fixtures/blind-pages', file), 'utf8')));

describe('the lines mix329–332 read, on their own pages', () => {
  it.each([
    ['mix331/01-formosa-post-game-studios.html', 'Comments will be moderated', 'We just want them to read the fine print first'],
    ['mix332/02-kizashi-mynumber-card-reader.html', '地方紙の記者として医療と福祉', 'マイナンバーカード'],
  ])('%s: leaves out "%s…" and reads the story', (file, gone, kept) => {
    const text = fixture(file);
    expect(text).toContain(kept);
    expect(text).not.toContain(gone);
  });
});

describe('small pages built like them', () => {
  const rules =
    'Comments will be moderated. Keep comments relevant to the article. Remarks containing abusive and obscene language, personal attacks of any kind or promotion will be removed and the user banned. Final decision will be at the discretion of the Courier.';
  it('leaves out comment rules of 255 characters in a box after the story', () =>
    expectReadsWithout(
      load(
        `<body><main><article><h1>Game studios bet on Tencent money</h1><div class="article-body">${prose('the studio', 6)}</div><div class="article__notice">${rules}</div></article></main></body>`,
      ),
      'Paragraph 5 of the story',
      'Comments will be moderated',
    ));
  itReadsSentences(storyWith('Forum tightens its rules', 'the forum'), [
    'Comments will be moderated more strictly from Monday, the forum said, after a month of abuse aimed at its volunteers.',
  ]);
  it("leaves out a reporter box under 「記者プロフィール」 beside the reporter's picture", () =>
    expectReadsWithout(
      load(
        `<body><main><article><h1>マイナ保険証、読み取り機の不具合相次ぐ</h1><div class="body">${jaProse('マイナンバーカード', 6)}</div><section class="sc-bjUoiL"><img src="/a.jpg" alt="" width="72" height="72"><div><h2>記者プロフィール</h2><a href="/authors/takase">高瀬 美穂</a><p>地方紙の記者として医療と福祉の分野を10年担当した後、2024年にキザシへ。地域医療の現場を歩いて取材している。</p></div></section></article></main></body>`,
      ),
      '5回目の協議は来月にも開かれる見通しで',
      '地方紙の記者として',
    ));
});
