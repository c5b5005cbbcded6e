/**
 * What mix148–150 showed, read sealed once on 85d250b (session 48's rules) and used in session 49: of 90 article fragments
 * one was lost, the caption of a Czech portal's lead picture in a box of its own between the standfirst and the body (no
 * `figure`; its picture and its "9 fotografií" link open the story's gallery page); of 99 others one was read, a Japanese
 * policy institute's line offering the column as a PDF, its size written 「（PDF／486KB）」. The cases that are not GUARDs
 * fail on 85d250b.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaProse, jaStoryWith, load, prose } from './story-page';
import { expectReadsWithout, itReadsSentences } from './site-lines';

describe('lead pictures of mix148–150', () => {
  // A body with a list and a quote, so that it is read as the article's text and the headline, standfirst and picture join it.
  const body = `${prose('the ward', 3)}<ul><li>free antenatal care, ultrasound included,</li><li>births and emergency caesareans around the clock,</li></ul>${prose('the staff', 2)}<blockquote class="quote"><p>“We have learned to take nothing for granted. What holds today may not hold in a month.”</p><p class="quote-aut">Markéta Šindelářová, gynaecologist</p></blockquote>${prose('the money', 2)}`;
  const story = (picture: string) =>
    load(
      `<head><link rel="canonical" href="https://www.izpravy.example/zpravy/kabul-porodnice.A261206"></head><body><div class="art-full" itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="name headline">Czech doctors open a maternity ward in Kabul</h1><div class="opener" itemprop="description">A maternity ward built by a Czech charity opened this week on the edge of the Afghan capital, and forty-seven children were born there in its first five days.</div>${picture}<div class="bbtext" itemprop="articleBody">${body}</div></div></body>`,
    );
  it("reads the caption of a lead picture in a box of its own, its links opening the story's gallery", () =>
    expectReadsWithout(
      story(
        '<div class="opener-foto"><div class="image"><a href="/zpravy/kabul-porodnice.A261206/foto" class="art-img"><img src="/foto/porodnice.jpg" width="640" height="360" alt=""></a><div class="text"><p>The ward’s neonatal unit has six incubators so far.</p></div><p class="autor">Foto: Ondřej Vavruška</p></div><a href="/zpravy/kabul-porodnice.A261206/foto" class="gallery-count">9 fotografií</a></div>',
      ),
      'The ward’s neonatal unit has six incubators so far.',
      '9 fotografií',
    ));
  it('GUARD: leaves out a teaser between the standfirst and the body, its title linked to another story', () =>
    expectReadsWithout(
      story(
        '<div class="teaser"><a href="/zpravy/kabul-skoly.A261130"><img src="/foto/skoly.jpg" width="640" height="360" alt=""></a><p><a href="/zpravy/kabul-skoly.A261130">Girls’ schools in Kabul stay shut for a fourth winter</a></p></div>',
      ),
      'Paragraph 1 of the story, in which officials said, according to two sources, that the money',
      'Girls’ schools in Kabul stay shut',
    ));
  it('GUARD: leaves out a picture box linking to another story, its caption unlinked', () =>
    expectReadsWithout(
      story(
        '<div class="promo-foto"><a href="/zpravy/kabul-skoly.A261130"><img src="/foto/skoly.jpg" width="640" height="360" alt=""></a><div class="text"><p>Girls’ schools in Kabul stay shut for a fourth winter.</p></div><h3><a href="/zpravy/kabul-skoly.A261130">Read the report</a></h3></div>',
      ),
      'Paragraph 1 of the story, in which officials said, according to two sources, that the money',
      'Girls’ schools in Kabul stay shut',
    ));
});

describe('download lines of mix148–150', () => {
  const column = (line: string) =>
    load(
      `<body><main><article class="post type-post hentry"><header class="entry-header"><h1 class="entry-title">日米同盟の「指揮統制」連携はどこまで進むか</h1></header>${line}<div class="entry-content">${jaProse('日米同盟', 6)}</div></article></main></body>`,
    );
  it('leaves out a line offering the column as a PDF, its size after a full-width slash', () =>
    expectReadsWithout(
      column('<p class="p-column__pdf"><a href="/uploads/column_202612.pdf">本コラムのPDF版をダウンロード（PDF／486KB）</a></p>'),
      '5回目の協議は来月にも開かれる見通しで',
      '本コラムのPDF版',
    ));
  it('GUARD: reads a sentence of the story that names a report’s PDF and its size', () =>
    expect(articleText(column('<p>防衛省は報告書の全文（PDF／2.1MB）を公開し、司令部の権限について初めて詳しく説明した。</p>'))).toContain(
      '報告書の全文',
    ));
  itReadsSentences(jaStoryWith('統合作戦司令部の発足から2年', '日米同盟'), [
    '報告書（PDF／2.1MB）によると、司令部の要員は当初の計画より約200人多い。',
  ]);
});
