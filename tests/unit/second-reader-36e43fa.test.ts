/**
 * Second reader of 36e43fa (on 1bb1b2d): story text that the change now leaves out. `joins` measures a stock line opening
 * with ©/"Copyright"/"Council meetings are open to the public."/"Comments (will be|are) moderated." against 500, not 250;
 * the new stock line "Comments (will be|are) moderated. Keep … relevant"; 「記者プロフィール」/「記者紹介」 as back-matter headings.
 * Each case passes on 1bb1b2d and fails on 36e43fa.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaProse, load, prose } from './story-page';

/** A long story whose last paragraphs CMS markup set after its body box, as siblings of it (`after`). */
const storyThen = (headline: string, topic: string, after: string) =>
  load(`<body><main><article><h1>${headline}</h1><div class="article-body">${prose(topic, 14)}</div>${after}</article></main></body>`);

const reads = (doc: Document, ...kept: string[]) => {
  const text = articleText(doc);
  expect(text).toContain('Paragraph 2 of the story');
  for (const k of kept) expect(text).toContain(k);
};

describe('story paragraphs beside the body box, opening as a rights or council line (joins, maxStockLine 500)', () => {
  it('an explainer on Creative Commons: a section headed "Copyright basics", "all rights reserved" in its paragraph', () => {
    const p =
      'In most countries a photo or a text is protected the moment it is made: whatever you post online is all rights reserved by default, whether or not you add a notice, and nobody may reuse it without asking you first. A Creative Commons licence changes that default by stating up front which uses you allow.';
    reads(
      storyThen(
        'What a Creative Commons licence actually means',
        'the licence',
        `<section class="article-section"><div class="section-inner">\n<h2>Copyright basics</h2>\n<p>${p}</p>\n</div></section>`,
      ),
      'protected the moment it is made',
    );
  });
  it('a German story on AI training: a section "Copyright und KI" whose paragraph names "sämtliche Rechte vorbehalten"', () => {
    const p =
      'Verlage und Bildagenturen hatten sich bislang sämtliche Rechte vorbehalten, auch für das Training von KI-Modellen. Nach dem neuen Urteil des Landgerichts Hamburg reicht ein solcher Vorbehalt in den Nutzungsbedingungen aber nur dann aus, wenn er maschinenlesbar formuliert ist, etwa in der Datei robots.txt der jeweiligen Website.';
    reads(
      storyThen(
        'KI-Training: Was das Hamburger Urteil für Verlage bedeutet',
        'das Urteil',
        `<section class="article-section"><div class="section-inner">\n<h2>Copyright und KI</h2>\n<p>${p}</p>\n</div></section>`,
      ),
      'Verlage und Bildagenturen hatten sich bislang',
    );
  });
  it('a local story on transparency: a text block of two paragraphs opening "Council meetings are open to the public."', () => {
    reads(
      storyThen(
        'Residents complain of secrecy at Eastfield council',
        'the council',
        `<div class="text-block">\n<p>Council meetings are open to the public.</p>\n<p>In practice, residents say, few people know when they are held: agendas are published on the council website only two working days before each meeting, and the minutes of the last three planning committee sessions have still not appeared online, according to a complaint lodged with the ombudsman this week.</p></div>`,
      ),
      'In practice, residents say',
    );
  });
  it("a story on a newsroom's comment policy: the policy it announces, as a box beside the body", () => {
    const p =
      'Comments will be moderated. Keep comments relevant to the article. Remarks containing abusive and obscene language, personal attacks of any kind or promotion will be removed and the user banned. Final decision will be at the discretion of the Courier. Readers who believe a comment was removed in error can write to the standards editor, who will reply within a week.';
    reads(
      storyThen('Changes to our comment policy', 'the comment section', `<div class="policy-text"><p>${p}</p></div>`),
      'who will reply within a week',
    );
  });
});

describe('a story paragraph opening as the new comment-rules line (STOCK_LINE)', () => {
  it('a media column: the rule it quotes opens a paragraph, without quotation marks', () => {
    const p =
      'Comments are moderated. Keep them relevant, and keep them civil. That short notice has sat under every story on the Courier website since 2014, but editors admit that for years nobody actually enforced it.';
    reads(
      load(
        `<body><main><article><h1>Why the Courier finally closed its comments</h1><div class="article-body">${prose('the comment section', 3)}<p>${p}</p>${prose('the newsroom', 3)}</div></article></main></body>`,
      ),
      'nobody actually enforced it',
    );
  });
});

describe('a Japanese story section headed 「記者紹介」/「記者プロフィール」 (BACK_MATTER)', () => {
  it('a feature introducing new reporters: the section 「記者紹介」 is its body', () => {
    const doc = load(
      `<body><main><article><h1>新人記者3人が着任しました</h1><div class="article-body">${jaProse('新人記者の配属', 3)}<h2>記者紹介</h2><div class="intro"><p>佐藤 健太（さとう・けんた）\u30001999年、札幌市生まれ。大学では農業経済を学び、卒業論文では道内の酪農家の後継者問題を調べた。本社報道部で警察と司法を担当する。</p><p>田中 美咲（たなか・みさき）\u30002000年、函館市生まれ。学生時代は地域の子ども食堂でボランティアを続けた。函館支局で市政と教育を担当する。</p></div>${jaProse('配属先', 2)}</div></article></main></body>`,
    );
    const text = articleText(doc);
    expect(text).toContain('佐藤 健太');
    expect(text).toContain('函館支局で市政と教育を担当する');
  });
  it('a recruiting story: the section under 「記者プロフィール」 is its body', () => {
    const doc = load(
      `<body><main><article><h1>【採用】記者職の仕事を知る\u3000入社3年目の一日</h1><div class="article-body">${jaProse('記者職の採用', 3)}<section><h2>記者プロフィール</h2><p>山本 遼（やまもと・りょう）。2022年入社。県警担当を経て、現在は県政キャップとして知事の定例会見や県議会を取材している。休日は県内の山を歩き、登山道の荒廃をテーマにした連載も手がけた。</p></section><section><h2>ある一日の流れ</h2>${jaProse('取材の予定', 2)}</section></div></article></main></body>`,
    );
    const text = articleText(doc);
    expect(text).toContain('県政キャップとして知事の定例会見');
  });
});
