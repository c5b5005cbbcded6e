/**
 * What mix94–96 (a Ghost think-tank blog, a Japanese university's press release, a Dutch municipality's news item, a German
 * regional radio station, a Squarespace NGO post, a Japanese local paper's table layout, a Newspack trade magazine, a Swiss
 * canton's media release, a note.com post), read sealed on 5d67645, showed: a series note, a reader-supported appeal, a
 * service box's question with its office to call, notes to editors in Dutch and German, a broadcaster's programme line, an
 * invitation to write to the desk, a closed comments notice, all read as the story's; an appeal whose words and button sit in
 * blocks of their own; a lead picture above the story's `article` left out; a logo's empty `h1` taken for the headline. The
 * cases that are not GUARDs fail on 5d67645.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { expectReadsWithout, itLeavesOutLines, itReadsSentences } from './site-lines';
import { load, prose, storyWith } from './story-page';

const story = storyWith('Afghanistan’s canal tests its neighbours’ patience', 'the canal');

describe('site lines of mix94–96', () => {
  itLeavesOutLines(story, [
    'Water & Security, part 3. This essay is the third in our series on the politics of the Amu Darya basin.',
    'This article is the second installment of our series on water and borders in Central Asia.',
    'Meridian is independent and reader-supported. If this analysis was useful to you, consider becoming a member.',
    'Bent u inburgeringsplichtig en heeft u vragen over uw inburgering? Neem dan contact op met het team Inburgering.',
    'Noot voor de redactie (niet voor publicatie): voor meer informatie kunt u contact opnemen met de afdeling Communicatie.',
    'Hinweis an die Redaktionen: Fotos in druckfähiger Auflösung finden Sie im Downloadbereich.',
    'Dieses Thema im Programm: FNW 1 Nordwest | Regional Oldenburg | 06.12.2026 | 08:30 Uhr',
    'Schreiben Sie uns, was Sie in Ihrer Region bewegt. Die Redaktion ist werktags von 7 bis 18 Uhr erreichbar.',
    'Zu diesem Artikel ist die Kommentarfunktion deaktiviert.',
    'Masz temat? Widziałeś coś ciekawego? Napisz do nas na alarm@echo.example lub zadzwoń.',
  ]);
  itReadsSentences(story, [
    'The canal is the third in a series of projects the Taliban have announced since 2022, the ministry said.',
    'The commission is independent and member-funded, its chair said, but it has no Afghan seat.',
    'Heeft u vragen over de regeling? Dat vroegen veel bewoners zich af tijdens de informatieavond in het stadhuis.',
    'Viele Hörer schreiben uns, dass die Redaktion zu selten aus dem Umland berichtet, sagte die Programmchefin.',
    'Zu diesem Artikel hat die Stadt eine Stellungnahme abgegeben; die Kommentarfunktion im Bürgerportal bleibt offen.',
  ]);
});

/** A page builder's story: every part in a block of its own (Squarespace's `sqs-block`). */
const block = (inner: string, kind = 'html') => `<div class="sqs-block ${kind}-block"><div class="sqs-block-content">${inner}</div></div>`;

describe("an appeal's words in a block before its button's (mix95)", () => {
  it('leaves out the words when the next block is only the button to the site’s donation page', () =>
    expectReadsWithout(
      story(
        block('<h3>Every family deserves to make it through the winter.</h3><p>When you give monthly, our teams can plan ahead.</p>') +
          block('<a href="/donate-monthly" class="sqs-button-element">Become a monthly donor</a>', 'button'),
      ),
      'Paragraph 5 of the story',
      'Every family deserves',
    ));
  it("GUARD: reads a story's words before another site's button", () =>
    expectReadsWithout(
      story(
        block('<p>Aid groups say winter kits cost about 60 dollars a family this year.</p>') +
          block('<a href="https://aid.example/donate">Donate to the winter appeal</a>', 'button'),
      ),
      'Aid groups say winter kits cost',
      'Paragraph 9 of the story',
    ));
});

describe('a lead picture between the header and the story’s `article` (mix96)', () => {
  const page = (between: string) =>
    load(
      `<body><header class="entry-header"><h1 class="entry-title">Las almazaras prueban Alibaba.com</h1><div class="newspack-post-subtitle">Una docena de cooperativas de Córdoba y Jaén han abierto escaparate en el marketplace del grupo chino.</div></header>` +
        `<div class="main-content">${between}<article class="post"><div class="entry-content">${prose('el aceite', 8)}` +
        `<div class="homepage-articles"><h2>Lee también</h2><article><figure class="post-thumbnail"><a href="/envasado"><img src="/p.jpg" width="400" height="300" alt=""></a></figure>` +
        `<h3 class="entry-title"><a href="/envasado">El envasado en origen gana peso en las cooperativas</a></h3></article></div>${prose('las cooperativas', 8)}</div>` +
        `<div class="author-bio"><img alt="" src="/avatar.jpg" class="avatar" height="80" width="80"><div class="author-bio-text"><h2><a href="/author/mruiz/">Marta Ruiz Palomino</a></h2>` +
        `<p>Periodista especializada en comercio exterior agroalimentario.</p><a href="/author/mruiz/">Más artículos de Marta Ruiz Palomino</a></div></div></article></div></body>`,
    );
  it('reads its caption though the box around the story holds a read-also card', () => {
    const text = articleText(
      page(
        '<figure class="post-thumbnail"><img src="/almazara.jpg" width="1200" height="800" alt=""><figcaption><span class="image-caption">Operarios de la cooperativa preparan garrafas para un pedido de muestra.</span></figcaption></figure>',
      ),
    );
    expect(text).toContain('Paragraph 7 of the story');
    expect(text).toContain('Operarios de la cooperativa preparan garrafas');
  });
  it("GUARD: leaves out a teaser card's picture caption between the header and the story", () => {
    const text = articleText(
      page(
        '<div class="teaser-card"><figure><img src="/feria.jpg" width="1200" height="800" alt=""><figcaption>La feria de Jaén abre sus puertas a compradores de Asia con un pabellón nuevo.</figcaption></figure><h3><a href="/feria">La feria de Jaén abre sus puertas</a></h3></div>',
      ),
    );
    expect(text).toContain('Paragraph 7 of the story');
    expect(text).not.toContain('La feria de Jaén abre sus puertas a compradores');
  });
});

describe("a logo's empty h1 over a table layout (mix95)", () => {
  it('takes the story’s heading, not the site’s notice after the logo, as the top', () => {
    const body = Array.from(
      { length: 5 },
      (_, i) => `${i + 1}回目の講座では、元島民が北方領土での暮らしや旧ソ連軍の侵攻について語り、参加者が聞き取った内容をまとめた。`,
    ).join('<br><br>');
    const doc = load(
      `<head><title>元島民の記憶を語り継ぐ\u3000語り部講座で12人修了｜根釧日日新聞</title></head><body>` +
        `<table><tr><td><h1><a href="/"><img src="/logo.gif" width="280" height="60" alt="根釧日日新聞"></a></h1></td></tr></table>` +
        `<table><tr><td><font size="2"><b>■お知らせ</b>\u3000年末年始の新聞休刊日は1月2日（土）です。Web版の更新は通常通り行います。</font></td></tr></table>` +
        `<table><tr><td width="150">・根室<br>・釧路</td><td><table><tr><td class="midashi"><b>元島民の記憶を語り継ぐ\u3000語り部講座で12人修了</b></td></tr>` +
        `<tr><td class="honbun"><font size="3">${body}</font></td></tr></table></td></tr></table></body>`,
    );
    const text = articleText(doc);
    expect(text).toContain('5回目の講座では');
    expect(text).not.toContain('新聞休刊日');
  });
});
