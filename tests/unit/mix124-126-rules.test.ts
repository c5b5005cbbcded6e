/**
 * What mix124–126 showed, read sealed on 6402f34: a Brazilian portal's WhatsApp group line; a Wix parish council page's
 * "Latest News" box of plain-paragraph teasers (a title and a "Read more" for each), its notice that meetings are open, its
 * clerk's line and its "Contact the Clerk" box; a Japanese university's release with a PDF line under its title and a box of
 * contact tables; a Finnish municipality's credit and YouTube lines; a Divi trade magazine's author box (every module named
 * "…_tb_body") and event pitch; a Japanese trade paper's headline cell, title and subtitle on two lines; an embed's fallback
 * line; a Hatena blog's ranking prompt. The cases that are not GUARDs fail on 6402f34.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaProse, jaStoryWith, load, prose, storyWith } from './story-page';
import { expectReadsWithout, itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';

const story = storyWith('Village hall lunch to welcome resettled Afghan families', 'the parish council');
const jaStory = jaStoryWith('北方領土周辺の海がエトピリカの越冬域と判明', '北方領土');

describe('site lines of mix124–126', () => {
  itLeavesOutLines(story, [
    'Participe do nosso grupo no WhatsApp e fique por dentro de tudo o que acontece em Três Pontas e região, de graça.',
    'This news item was published by the Parish Clerk on behalf of Stowley Parish Council. Please contact the Clerk if you would like an item included on the News page.',
    'Parish Council meetings are open to the public. The next full council meeting is on Tuesday 9 December at 7.30pm in the Reading Room. Agendas are published on the Meetings & Minutes page three clear days beforehand, and residents may speak during the public forum at the start of each meeting.',
    'Katso valtuuston kokouksen tallenne kunnan YouTube-kanavalta.',
    'Uutisen kuvat: Sorvalahden kunta, ellei toisin mainita.',
    'DockSide Live 2027 | Long Beach Convention Center | March 9–11, 2027. Join 2,500 warehouse, freight and trade leaders. Register by Jan. 15 and save $300.',
    'This embedded content could not be displayed. View it on X.',
  ]);
  itReadsSentences(story, [
    'The council said its meetings are open to the public, but that the hall only seats forty people and residents should arrive early.',
    'Watch for the new signs on the B1078, the council said, as the YouTube channel of the village school showed last week.',
    'Kuvat otettiin kokouksessa, jossa valtuutetut äänestivät esityksestä.',
  ]);
  itLeavesOutJapaneseLines(jaStory, [
    '※本件は、文部科学記者会、科学記者会、北海道教育庁記者クラブ、根室市政記者クラブに配信しています。',
    'ランキング参加中です。',
    '↑クリックしていただけると更新の励みになります！',
  ]);
});

describe('boxes and lines of mix124–126', () => {
  it('leaves out a box of teasers set as plain paragraphs, each a linked title, a date, an excerpt and a "Read more"', () => {
    const teaser = (slug: string, title: string, excerpt: string) =>
      `<p><a href="/${slug}">${title}</a></p><p>27 November 2026</p><p>${excerpt}</p><p><a href="/${slug}">Read more</a></p>`;
    expectReadsWithout(
      load(
        `<body><main><h1>Parish News</h1><div class="box"><h3>Latest News</h3><div class="rich">${teaser('fete', 'Olympic medallist to open the spring fete', 'We are delighted to announce that rower Hannah Price has agreed to open the Stowley Spring Fete on Saturday 16 May, and stallholders can now book pitches.')}${teaser('mill-lane', 'Road closure: Mill Lane resurfacing', 'Suffolk Highways will close Mill Lane between the war memorial and Brockham Road for five days while the carriageway is resurfaced.')}${teaser('defib', 'Defibrillator training evening', 'A free session on using the village’s two public-access defibrillators will be held in the Reading Room on Thursday 15 January at 7pm.')}</div></div><div class="rich"><h2>Village hall lunch to welcome resettled families</h2>${prose('the lunch', 6)}</div></main></body>`,
      ),
      'Paragraph 5 of the story',
      'Suffolk Highways will close',
    );
  });
  it("GUARD: reads a story's list of pages, each linked once", () => {
    const text = articleText(
      load(
        `<body><main><article><h1>Where to find the council's papers</h1><div class="body">${prose('the papers', 4)}<p><a href="/agendas">Agendas</a></p><p>Published three days before each meeting, with the reports the councillors will discuss.</p><p><a href="/minutes">Minutes</a></p><p>Published within a month of each meeting, once the council has approved them.</p><p><a href="/budget">Budget</a></p><p>The precept and the spending plan for the coming year, as agreed in January.</p></div></article></main></body>`,
      ),
    );
    expect(text).toContain('Published within a month of each meeting');
  });
  it('leaves out a contact box headed "Contact the Clerk"', () =>
    expectReadsWithout(
      story(
        '<div class="box"><h3>Contact the Clerk</h3><p>Mrs Janet Pennington, Clerk &amp; Responsible Financial Officer</p><p>The Reading Room, Church Lane, Stowley</p><p>Tel: 01632 960412</p><p><a href="mailto:clerk@stowley.example">clerk@stowley.example</a></p></div>',
      ),
      'Paragraph 5 of the story',
      'Mrs Janet Pennington',
    ));
  it('leaves out a box of contact tables under contact labels only', () =>
    expectReadsWithout(
      jaStory(
        '<div class="detail_contact"><h3>お問い合わせ先</h3><table><tr><th>研究内容に関すること</th><td>水産科学研究院　教授　佐伯　真理子<br>TEL　0138-40-5521<br>メール　saeki＠fish.hokushin-u.example</td></tr></table><h3>報道に関するお問い合わせ先</h3><table><tr><th>配信元</th><td>広報課<br>TEL　011-706-2610<br>メール　jp-press＠general.hokushin-u.example</td></tr></table><p>※報道機関の方で、写真・動画の提供をご希望の場合は広報課までご連絡ください。</p></div>',
      ),
      '5回目の協議は来月にも開かれる見通しで',
      '写真・動画の提供',
    ));
  it("leaves out a line linking the release's PDF, its format and size, under the title of a release in sections", () => {
    const section = (title: string, from: number) =>
      `<div class="detail_title"><h3>${title}</h3></div><div class="detail_text">${jaProse('北方領土', from + 2)
        .split('</p>')
        .slice(from, from + 2)
        .join('</p>')}</p></div>`;
    expectReadsWithout(
      load(
        `<head><title>北方領土周辺の海がエトピリカの越冬域と判明｜北辰大学</title></head><body><div id="tmp_contents"><div class="p-category-head"><h1>プレスリリース</h1><p>PRESS RELEASE</p></div><h2>北方領土周辺の海がエトピリカの越冬域と判明</h2><div class="detail_file"><p class="file_pdf"><a href="/docs/release.pdf">プレスリリース（PDF形式：1,462KB）<img src="/img/icon_pdf.gif" alt="PDFファイル"></a></p><p class="note">PDFファイルをご覧いただくには、Adobe Acrobat Reader（無料）が必要です。</p></div>${section('概要', 0)}${section('研究の背景', 2)}${section('今後への期待', 4)}</div></body>`,
      ),
      '5回目の協議は来月にも開かれる見通しで',
      'プレスリリース（PDF',
    );
  });
  it('leaves out a Divi author box, its module named for the body template', () =>
    expectReadsWithout(
      load(
        `<body><div class="et_pb_section"><div class="et_pb_column et_pb_column_2_3 et_pb_column_1_tb_body"><h1 class="entry-title">Alibaba sellers fill bonded warehouses</h1><div class="et_pb_module et_pb_post_content et_pb_post_content_0_tb_body">${prose('bonded space', 6)}</div><div class="et_pb_module et_pb_team_member et_pb_team_member_0_tb_body dlr-author-box"><h4>Dana Whitcomb</h4><p>Senior Editor</p><div><p>Dana Whitcomb is senior editor at DockSide Logistics Review, covering warehousing and trade. Before joining DockSide in 2019 she reported on the ports of Los Angeles and Long Beach.</p></div></div></div></div></body>`,
      ),
      'Paragraph 5 of the story',
      'Before joining DockSide',
    ));
  it("reads an old table layout's headline cell, its title and subtitle on two lines that the title joins with a space", () => {
    const text = articleText(
      load(
        `<head><title>北方四島周辺の安全操業、今年も実施されず\u3000根室の漁業者「このままでは廃業も」｜北海水産新聞</title></head><body><table><tr><td><font class="midashi">北方四島周辺の安全操業、今年も実施されず</font><br>\n  <font size="3"><b>根室の漁業者「このままでは廃業も」</b></font></td></tr><tr><td><font size="3">${Array.from(
          { length: 5 },
          (_, i) =>
            `\u3000関係者によりますと、${i + 1}回目の協議は来月にも開かれる見通しで、漁業者は北方領土周辺での操業再開を求めています。<br><br>`,
        ).join('')}</font></td></tr></table></body>`,
      ),
    );
    expect(text).toContain('5回目の協議は来月にも開かれる見通しで');
    expect(text).toContain('今年も実施されず');
  });
});
