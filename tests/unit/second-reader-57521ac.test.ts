/**
 * Second reader of 57521ac: story text that the commit's wider rules left out (each case read on 0eced64, failed on
 * 57521ac). All pass since the rules were narrowed: a title line in a `div` no longer heads a short box (an ad label over a
 * story's section), the 「PR｜…」 label rule is dropped, and a WhatsApp community line only for breaking news.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaProse, load, prose } from './story-page';

/** A story whose text is set in sections, an ad slot's label opening one of them (the slot itself unfilled). */
const sectioned = (label: string, section: string) =>
  load(
    `<body><main><article><h1>Council approves new bus lanes on Station Road</h1><div class="article-body"><div class="article-body__section">${prose('the bus lane plan', 3)}</div><div class="article-body__section"><div class="ad-slot__label">${label}</div>${section}</div><div class="article-body__section">${prose('the consultation', 3)}</div></div></article></main></body>`,
  );

describe('a story section that an ad slot label opens', () => {
  const section =
    '<p>The scheme will cost £2.4 million, according to <a href="https://council.example/reports/bus-lanes">the council’s own report</a>, and work is due to start in the spring.</p><p>Cllr Ann Price said the lanes would cut journey times by up to seven minutes at peak hours.</p>';
  for (const label of ['Advertisement', 'ADVERTISEMENT', 'Story continues below advertisement'])
    it(`reads the section under "${label}"`, () => {
      const text = articleText(sectioned(label, section));
      expect(text).toContain('Paragraph 2 of the story');
      expect(text).toContain('The scheme will cost £2.4 million');
      expect(text).toContain('cut journey times by up to seven minutes');
    });
  it('reads a German section under "Anzeige"', () => {
    const page = load(
      `<body><main><article><h1>Stadtrat beschließt neue Busspuren</h1><div class="article-body"><div class="text-block">${prose('die Busspuren', 3)}</div><div class="text-block"><div class="ad-label">Anzeige</div><p>Die Kosten liegen laut <a href="https://stadt.example/vorlage">der Beschlussvorlage</a> bei 2,4 Millionen Euro, die Bauarbeiten sollen im Frühjahr beginnen.</p><p>Die Opposition kritisierte, dass die Anwohner zu spät informiert worden seien.</p></div><div class="text-block">${prose('die Anhörung', 3)}</div></div></article></main></body>`,
    );
    const text = articleText(page);
    expect(text).toContain('Die Kosten liegen laut');
    expect(text).toContain('Die Opposition kritisierte');
  });
});

describe('a story’s pointer to a community’s WhatsApp group', () => {
  const page = (line: string) =>
    load(
      `<body><main><article><h1>Volunteers fill 2,000 sandbags as river rises</h1><div class="article-body">${prose('the flood defences', 5)}<div class="factbox"><h3>How to help</h3><ul><li>Sandbags can be collected from the Market Hall car park until 8pm.</li><li>${line}</li><li>Call the council’s flood line on 0300 123 4567 to report blocked drains.</li></ul></div></div></article></main></body>`,
    );
  for (const line of [
    'Join the Hebden Flood Action WhatsApp group for updates on river levels and volunteer shifts.',
    'Join the Calder Valley Mutual Aid WhatsApp community for updates on where help is needed.',
  ])
    it(`reads the fact box's item "${line.slice(0, 40)}…"`, () => {
      const text = articleText(page(line));
      expect(text).toContain('Market Hall car park');
      expect(text).toContain(line);
    });
});

describe('a Japanese interview’s speaker lines labelled by team', () => {
  it('reads 「PR｜…」 naming a speaker', () => {
    const page = load(
      `<body><article><h1>入社3年目の社員が語る、広報とマーケティングの仕事</h1><div class="article-body">${jaProse('採用広報', 3)}<div class="member"><p class="member__name">PR｜佐藤 花子</p><p>2021年入社。前職はPR会社で自治体や食品メーカーの広報支援を担当。</p></div><div class="member"><p class="member__name">マーケティング｜田中 翔</p><p>2020年入社。新卒で広告代理店に入り、デジタル広告の運用を経験。</p></div>${jaProse('新しい働き方', 5)}</div></article></body>`,
    );
    const text = articleText(page);
    expect(text).toContain('マーケティング｜田中 翔');
    expect(text).toContain('PR｜佐藤 花子');
  });
});
