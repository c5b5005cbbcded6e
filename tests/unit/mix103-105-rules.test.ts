/**
 * What mix103–105 showed, read sealed on cdc522b: a Swedish paper's meter line and tip line, an Irish council's press-office
 * line, a Japanese NPO's funding note, mascot's thanks, donation box and embedded blog card; a Czech site's ad-slot line, tip
 * line, video consent placeholder and comments (a reply boxed otherwise than the comment before it, "Odpovědět"); a Canada.ca
 * release's "Contacts" box and "Report a problem" form; a Japanese chamber of commerce's table layout (the row of columns
 * taken for the article, its contact box, its caption's credit); a newsroom's corrections-policy line and a gazette's leave to
 * reprint "este material". The cases that are not GUARDs fail on cdc522b.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { expectReadsWithout, itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';
import { jaProse, jaStoryWith, load, prose, storyAroundWith, storyWith } from './story-page';

const story = storyWith('Kabulbagare öppnar i Bollnäs', 'the bakery');
const jaStory = jaStoryWith('元島民の証言を中学校で伝える出前授業', '北方領土');

describe('site lines of mix103–105', () => {
  itLeavesOutLines(story, [
    'Du läser en gratisartikel. Du har 2 av 5 gratisartiklar kvar den här månaden.',
    'Har du tips om nya företag i Hälsingland? Mejla oss på tips@ljusnandalen.example eller ring 0278-255 00.',
    'For media queries please contact the Communications Office, Longford County Council, on 043 334 3300 or email communications@longford.example',
    'Článek pokračuje pod reklamou',
    'Máte tip na zprávu z vašeho okolí? Napište nám na tipy@vysocinadnes.example nebo volejte na 567 210 400.',
    'The Heartland Record is committed to accuracy and fixes mistakes promptly. Read our corrections policy or report an error.',
    'Boletín DGCS-587/2026. Se autoriza la reproducción total o parcial de este material citando la fuente: Gaceta UASM.',
  ]);
  itLeavesOutJapaneseLines(jaStory, [
    '※本事業は、公益財団法人ほっかいどう地域文化振興財団の「地域の記憶継承事業」助成を受けて実施しています。',
    '最後まで読んでくれてありがとう！よかったらSNSのフォローもよろしくね。',
  ]);
  it('leaves out a video consent placeholder with its settings link', () =>
    expectReadsWithout(
      story(
        '<div class="video-souhlas">Pro přehrání videa je potřeba souhlas s cookies třetích stran. <a href="#">Upravit nastavení</a></div>',
      ),
      'Paragraph 5 of the story',
      'Pro přehrání videa',
    ));
  it('leaves out a "寄付のお願い" box with its link', () =>
    expectReadsWithout(
      jaStory(
        '<div class="blank-box bb-tab bb-red"><div class="bb-label">寄付のお願い</div><p>当会の活動は、会員の皆さまの会費とご寄付によって支えられています。3,000円のご寄付で、証言1人分の字幕をつくることができます。</p><p><a href="/support/">寄付・入会のご案内はこちら</a>（クレジットカード・銀行振込に対応しています）</p></div>',
      ),
      '5回目の協議は来月にも開かれる見通しで',
      '会員の皆さまの会費とご寄付',
    ));
  it("leaves out a blog card linking to another post between the story's paragraphs", () =>
    expectReadsWithout(
      load(
        `<body><article><h1>元島民の証言を中学校で伝える出前授業</h1><div class="entry-content">${jaProse('北方領土', 3)}<a href="/archive/kawamura/" class="blogcard-wrap"><div class="blogcard"><figure class="blogcard-thumbnail"><img src="/k.jpg" alt=""></figure><div class="blogcard-content"><div class="blogcard-title">証言アーカイブ：川村トシ子さん（色丹島・穴澗）</div><div class="blogcard-snippet">昭和11年、色丹島穴澗生まれ。父はコンブ漁師。終戦後の島での暮らしについて語っていただきました。</div></div></div></a>${jaProse('北方領土', 5)}</div></article></body>`,
      ),
      '5回目の協議は来月にも開かれる見通しで',
      '父はコンブ漁師',
    ));
  itReadsSentences(story, [
    'Du har 2 av 5 anställda kvar, sa ägaren, och de andra har flyttat till Gävle.',
    'Read our lips, the mayor told the council: the bakery stays open all winter.',
  ]);
});

describe("a Czech site's comments (mix104)", () => {
  const comment = (cls: string, text: string) =>
    `<div class="${cls}"><div class="disk-autor"><span>Čtenář</span> <span>6. 12. 2026 7:12</span></div><div class="disk-txt">${text}</div><div class="disk-hodnoceni"><a href="#" class="plus">+4</a> <a href="#" class="odpovedet">Odpovědět</a></div></div>`;
  it('leaves out a comment and a reply boxed otherwise beside it', () => {
    const text = articleText(
      storyWith(
        'Konec levných balíčků z Číny?',
        'the parcels',
      )(
        `<div class="diskuze">${comment('disk-prisp', 'Konečně. Roky jsme tu platili všechny daně a oni sem vozili kontejnery krámů, na které se nikdo nepodíval.')}${comment('disk-prisp disk-odpoved', 'Jenže teď zase platím víc za všechno. Důchodce si těch 75 korun za kus spočítá, a to nejde o luxus.')}</div>`,
      ),
    );
    expect(text).toContain('Paragraph 5 of the story');
    expect(text).not.toContain('Roky jsme tu platili');
    expect(text).not.toContain('Jenže teď zase platím');
  });
});

describe('a Canada.ca release (mix104)', () => {
  const page = load(
    `<body><main><div class="row"><h1>Canada expands language support for Afghan women</h1><div class="mwsgeneric-base-html">${prose('the program', 6)}</div>` +
      '<div class="mwsbodytext"><h2>Contacts</h2><p>For more information (media only), please contact:</p><p>Sophie Marchand<br>Press Secretary<br>Office of the Honourable Marc-André Thériault<br>Minister of Immigration, Refugees and Citizenship<br>613-954-1064</p><p>Media Relations<br>Immigration, Refugees and Citizenship Canada<br><a href="mailto:media@ircc.example">media@ircc.example</a></p></div></div>' +
      '<section class="pagedetails"><h2>Page details</h2><details><summary>Report a problem or mistake on this page</summary><form><fieldset><legend>Please select all that apply:</legend><label><input type="checkbox">Something is broken</label><label><input type="checkbox">It has a spelling or grammar mistake</label><label><input type="checkbox">The information is wrong</label><label><input type="checkbox">The information is outdated</label><label>Provide more details <textarea></textarea></label><p>You will not receive a reply. Don’t include personal information (telephone, email, SIN, financial, medical, or work details).</p><button>Submit</button></fieldset></form></details></section></main></body>',
  );
  // This small page was read right before too; mix104's page (layout-fixtures) is the probe, where the box's address lines
  // run past 120 characters and the form, scored, joined the story beside it.
  it('GUARD: leaves out its "Contacts" box of address lines and the page\'s "Report a problem" form', () => {
    const text = articleText(page);
    expect(text).toContain('Paragraph 5 of the story');
    expect(text).not.toContain('Press Secretary');
    expect(text).not.toContain('You will not receive a reply');
  });
});

describe("a chamber of commerce's table layout (mix104)", () => {
  const row = (menu: string, content: string, side: string) =>
    `<body><table width="960"><tr><td colspan="3"><img src="/logo.gif" alt="浜根商工会議所"></td></tr><tr><td class="menu" width="190">${menu}</td><td width="560"><table width="560" cellpadding="12"><tr><td>${content}</td></tr></table></td><td width="210">${side}</td></tr></table></body>`;
  const content =
    '<table width="100%"><tr><td><font size="4"><b>令和8年10～12月期 管内景況調査の結果について</b></font></td></tr></table>' +
    '<table align="right"><tr><td><img src="/kaiken.jpg" width="240" height="160" alt="記者会見"></td></tr><tr><td><font size="1">記者会見で調査結果を説明する佐々木修一会頭（12月3日、本所3階会議室）</font><br><font size="1" color="#999999">（写真：浜根商工会議所事務局撮影　無断転載・二次利用禁止）</font></td></tr></table>' +
    `<font size="2">${Array.from({ length: 6 }, (_, i) => `関係者によりますと、${i + 1}回目の協議は来月にも開かれる見通しで、会議所は景況の情報収集を進めることにしています。<br><br>`).join('')}</font>` +
    '<table cellpadding="8"><tr><td bgcolor="#e8f0f8"><font size="2"><b>【お問い合わせ先】</b><br>浜根商工会議所　中小企業相談所（担当：中村）<br>TEL 0153-22-4151（平日8時45分～17時30分）<br>E-mail：<a href="mailto:soudan@hamane.example">soudan@hamane.example</a></font></td></tr></table>';
  const side = `<table><tr><td><b>■ 更新履歴</b></td></tr>${Array.from({ length: 6 }, (_, i) => `<tr><td><font size="2">12月${i + 1}日 会員の皆様へのお知らせを掲載しました。出欠のご回答は今月中旬までにFAXでお願いいたします。詳しくは事務局までお問い合わせください。</font></td></tr>`).join('')}</table>`;
  const menu =
    '<table><tr><td><a href="/gaiyou.html">▼商工会議所の概要</a><br><font size="1">会頭あいさつ・役員名簿・組織図などを掲載しています。</font></td></tr></table>';
  it("reads the story's cell, not its row of columns, with its caption and without its credit or contact box", () => {
    const text = articleText(load(row(menu, content, side)));
    expect(text).toContain('6回目の協議は来月にも開かれる見通しで');
    expect(text).toContain('記者会見で調査結果を説明する佐々木修一会頭');
    expect(text).not.toContain('無断転載');
    expect(text).not.toContain('TEL 0153-22-4151');
    expect(text).not.toContain('出欠のご回答');
  });
  it('GUARD: reads a story whose text an old layout splits over two cells of a row', () => {
    const text = articleText(
      load(
        `<body><table><tr><td colspan="2"><h1>Town hall reopens after flood</h1></td></tr><tr><td>${prose('the hall', 4)}</td><td>${prose('the repairs', 4)}</td></tr></table></body>`,
      ),
    );
    expect(text).toContain('that the hall was discussed');
    expect(text).toContain('that the repairs was discussed');
  });
});

describe('GUARD: a picture linked to its own page, with its caption', () => {
  it('reads the caption', () =>
    expect(
      articleText(
        storyAroundWith(
          'Kabul bakery opens in Bollnäs',
          'the bakery',
          'the town',
        )(
          '<a href="/bilder/bageriet"><figure><img src="/b.jpg" alt=""><figcaption>Farid Rahimi bakes naan at dawn in the old shop on Långgatan.</figcaption></figure></a>',
        ),
      ),
    ).toContain('Farid Rahimi bakes naan at dawn'));
});
