/**
 * What mix127–129 showed, read sealed on 7254839: a Slovak weekly's tip and follow lines and its `autor_box`; a SilverStripe
 * council release whose call-to-action block every content block's model name kept in the running; a Japanese TV station's
 * player notes and broadcast note; a French town hall's Complianz consent notice; an Indian site's "Catch the latest news …
 * only on …" line, its WhatsApp channel pitch and its author box; a Spanish government release's "Más información:" box and
 * download pointer; a Japanese think tank's XOOPS post line, its figure's caption beside a rights line in one table cell and
 * its 執筆者紹介 cell. The cases that are not GUARDs fail on 7254839.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaProse, jaStoryWith, load, prose, storyWith } from './story-page';
import { expectReadsWithout, itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';

const story = storyWith('Parcels from Chinese shops swamp the customs office', 'the customs office');
const jaStory = jaStoryWith('元島民の記憶を語り継ぐ「語り部」育成講座', '北方領土');

describe('site lines of mix127–129', () => {
  itLeavesOutLines(story, [
    'Máte tip na článok? Napíšte nám na redakcia@zemplinskenovinky.example alebo nám pošlite správu cez WhatsApp.',
    'Nechcete, aby vám ušla žiadna správa z regiónu? Sledujte Zemplínske novinky aj na Facebooku a Instagrame.',
    'Cliquez sur « J’accepte » pour autoriser les cookies de marketing et afficher ce contenu YouTube.',
    'Catch the latest news from Amritsar and across Punjab only on Punjab Dispatch.',
    'Stay updated with the latest Punjab news. Join the Punjab Dispatch WhatsApp channel to get stories from your district on your phone.',
    'Puede descargar las declaraciones del consejero en formato de audio en el apartado de descargas de esta nota.',
  ]);
  itReadsSentences(story, [
    'Sledujte, ako sa colníci pripravujú na Vianoce, povedal Vasiľ.',
    'Join the Environment Agency WhatsApp channel to get flood warnings for your street, the agency said.',
    'Catch the latest news from the council meeting in our live blog tomorrow evening, the editor promised.',
  ]);
  itLeavesOutJapaneseLines(jaStory, [
    '※動画を再生するにはJavaScriptを有効にし、最新のブラウザをご利用ください。',
    '※この動画の配信は2026年12月19日(土)までの予定です。',
    '※この記事は、12月5日(土)放送の「HLTニュース ウィークエンド」の内容を再構成したものです。',
    '投稿者: ipra_admin\u3000投稿日時: 2026-12-1 10:00 (1248 ヒット)',
  ]);
  itReadsSentences(jaStory, ['番組は12月5日(土)に放送され、多くの視聴者から反響が寄せられました。']);
});

describe('boxes of mix127–129', () => {
  it('leaves out a paragraph that a bold "Más información:" opens, sending the reader on by a link', () =>
    expectReadsWithout(
      story(
        '<div class="nota-prensa__destacado alert alert-info" role="note"><p><svg class="lexicon-icon" role="presentation"><use href="/icons.svg#info-circle"></use></svg> <strong>Más información:</strong> Las empresas interesadas pueden consultar las ayudas del Departamento en el apartado <a href="/tramites/ayudas">Ayudas y subvenciones</a> o llamar al teléfono 012.</p></div>',
      ),
      'Paragraph 5 of the story',
      'Las empresas interesadas',
    ));
  it('GUARD: reads a paragraph opening "Weitere Informationen:" in plain words, with a link in the story', () =>
    expect(
      articleText(
        story(
          '<p>Weitere Informationen: Fehlanzeige. Auf Nachfrage verwies die Stadtverwaltung lediglich auf die <a href="/rathaus/sitzungen">laufenden Beratungen</a> im Rat.</p>',
        ),
      ),
    ).toContain('Fehlanzeige'));
  it('leaves out an author box named "autor"', () =>
    expectReadsWithout(
      story(
        '<div class="autor_box"><img src="/img/autori/hudak.jpg" alt="" width="70" height="70"><div class="autor_box_text"><a href="/autor/marek-hudak">Marek Hudák</a><p>Redaktor spravodajstva z Michaloviec a Sobraniec. V redakcii pracuje od roku 2014, venuje sa najmä samospráve.</p></div></div>',
      ),
      'Paragraph 5 of the story',
      'Redaktor spravodajstva',
    ));
  it("leaves out a SilverStripe call-to-action block, though every block's model is an element's content", () => {
    const block = (inner: string, kind = '') =>
      `<div class="element dnadesign__elemental__models__elementcontent${kind}"><div class="element__content typography">${inner}</div></div>`;
    expectReadsWithout(
      load(
        `<body><main><h1>New boat shed opens on Lake Waiharakeke</h1>${block(prose('the boat shed', 3))}${block('<h2>Have your say on stage two</h2><p>Consultation on a shared walking and cycling path around the northern shore opens in February. Register your interest and we will let you know.</p><p><a href="/have-your-say/" class="btn">Register your interest</a></p>', ' element--cta')}${block(prose('the lake', 3))}</main></body>`,
      ),
      'Paragraph 2 of the story',
      'Consultation on a shared walking',
    );
  });
  it("leaves out an author's box whose name link stands beside the portrait note, the byline linking the name too", () =>
    expectReadsWithout(
      load(
        `<body><main><h1>Amritsar dry fruit traders bank on Kabul air cargo</h1><div class="byline">By <a href="/author/sukhmanpreet-kaur">Sukhmanpreet Kaur</a></div><div id="storyBody">${prose('the traders', 8)}<div class="athr-bx"><img src="/authors/sk.jpg" alt="" width="80" height="80"><div class="athr-bx-txt"><a href="/author/sukhmanpreet-kaur" class="athr-bx-nm">Sukhmanpreet Kaur</a><p>Sukhmanpreet Kaur is a Principal Correspondent based in Amritsar. She covers border trade and agriculture in the Majha belt.</p></div></div></div></main></body>`,
      ),
      'Paragraph 7 of the story',
      'is a Principal Correspondent',
    ));
  it("reads a figure's caption in a table cell beside its credit's rights line, and leaves the credit out", () => {
    const text = articleText(
      load(
        `<body><table><tr><td class="even"><span class="nl-title">凍結された北方領土交渉</span><br>${jaProse('北方領土', 3).replace(/<\/?p>/g, '<br>')}<table width="90%"><tr><td align="center"><img src="/uploads/fig1.gif" width="420" height="260" alt=""><br><font size="2">図１\u3000国後島・択捉島で確認された主な軍事・港湾施設（公開情報をもとに筆者作成）</font><br><font size="1">出典：各種報道・衛星画像をもとに当協会作成。無断転載を禁じます。</font></td></tr></table>${jaProse('北方領土', 5).replace(/<\/?p>/g, '<br>')}</td></tr></table></body>`,
      ),
    );
    expect(text).toContain('5回目の協議は来月にも開かれる見通しで');
    expect(text).toContain('主な軍事・港湾施設');
    expect(text).not.toContain('無断転載を禁じます');
  });
  it('leaves out an author cell that a bold 執筆者紹介 opens, beside the portrait', () =>
    expectReadsWithout(
      jaStory(
        '<table class="shippitsu"><tr><td width="90"><img src="/uploads/staff/isaka_k.jpg" width="80" height="100" alt=""></td><td><font size="2"><b>執筆者紹介</b><br><b>井坂 康介</b>（いさか・こうすけ）<br>公益財団法人国際政策研究協会上席研究員。在ロシア日本国大使館専門調査員などを経て現職。専門はロシア外交、日露関係。</font></td></tr></table>',
      ),
      '5回目の協議は来月にも開かれる見通しで',
      '在ロシア日本国大使館専門調査員',
    ));
});
