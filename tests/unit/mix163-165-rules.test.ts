/**
 * What mix163–165 showed, read sealed once in session 50 (mix164–165 on e7fa8aa, mix163 with their rules added): a German
 * travel blog's "Das könnte dich auch interessieren:" line and its author box marked as the page's author by microdata; a
 * Hatena blog card's host line; a Polish portal's appeal whose button leads to its own page on a tipping platform; a Swiss
 * federal office's "Adresse für Rückfragen" under an h5 and its note to editors; a Newspack paper's lead picture whose credit
 * links the photographer's page. The cases that are not GUARDs fail on e7fa8aa.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaProse, load, prose, storyAroundWith, storyWith } from './story-page';
import { expectReadsWithout } from './site-lines';

describe('blog parts of mix163', () => {
  const blog = storyAroundWith('Ein Tag an der DMZ: Blick nach Nordkorea', 'the tour', 'the border');
  it('leaves out a "Das könnte dich auch interessieren:" line of links inside the post', () =>
    expectReadsWithout(
      blog(
        '<p class="lesetipp"><strong>Das könnte dich auch interessieren:</strong> <a href="/busan-route/">Busan in 5 Tagen – meine Route</a> | <a href="/ktx-tipps/">Zugfahren in Südkorea: Tickets und Tipps</a></p>',
      ),
      'Paragraph 2 of the story, in which officials said, according to two sources, that the border',
      'Busan in 5 Tagen',
    ));
  it('GUARD: reads a sentence quoting the words, with a link in it', () => {
    const sentence =
      '„Das könnte Sie auch interessieren“, schrieb der Verband an seine Mitglieder und verwies auf den Jahresbericht des Hilfswerks.';
    expect(articleText(blog(`<p>${sentence.replace('den Jahresbericht', '<a href="/bericht">den Jahresbericht</a>')}</p>`))).toContain(
      'schrieb der Verband an seine Mitglieder',
    );
  });

  const post = storyWith('Zwei Wochen Südkorea mit dem Zug', 'the journey');
  it('leaves out an author box that microdata marks as the page’s author', () =>
    expectReadsWithout(
      post(
        '<div class="saboxplugin-wrap" itemprop="author" itemscope itemtype="http://schema.org/Person"><div class="saboxplugin-desc"><div itemprop="description"><p>Hallo, ich bin Jana! Ich reise am liebsten langsam und mit dem Zug. Im Hauptberuf bin ich Lehrerin in Dresden und schreibe hier über Asien und Nachtzüge.</p></div></div></div>',
      ),
      'Paragraph 5 of the story',
      'Im Hauptberuf bin ich Lehrerin',
    ));
  it('GUARD: reads a story’s portrait box marked up as a person, not as the author', () =>
    expect(
      articleText(
        post(
          '<div class="profile" itemscope itemtype="http://schema.org/Person"><p>Park Min-ji, 34, left the North in 2011 and now guides tours to the border twice a week, telling her story on the bus.</p></div>',
        ),
      ),
    ).toContain('now guides tours to the border twice a week'));

  const hatena = (card: string) =>
    load(
      `<body><article class="entry hentry"><h1>根室へ、花咲線ひとり旅</h1><div class="entry-content"><p>こんばんは。道東ひとり旅の2日目は、釧路から花咲線に乗って根室へ向かいました。前の日の釧路編はこちらからどうぞ。</p>${card}${jaProse('北方領土')}</div></article></body>`,
    );
  it('leaves out a blog card’s line of its host under the embed', () =>
    expectReadsWithout(
      hatena(
        '<p><iframe src="https://blog-parts.example/embed?url=x" class="embed-card embed-blogcard" title="釧路の夜"></iframe><cite class="hatena-citation"><a href="https://minamitabi.hatenablog.example/entry/2026/11/29/203311">minamitabi.hatenablog.example</a></cite></p>',
      ),
      '5回目の協議は来月にも開かれる見通しで',
      'minamitabi.hatenablog',
    ));
  it('GUARD: reads a sentence that links a site’s host inside it', () =>
    expect(articleText(hatena('<p>時刻表は<a href="https://jr-hokkaido.example/">jr-hokkaido.example</a>で確認できます。</p>'))).toContain(
      'で確認できます',
    ));
});

describe('appeals of mix164', () => {
  const page = (box: string) =>
    load(
      `<head><link rel="canonical" href="https://gazetamazurska.example/2026/12/kabul-pomoc/"></head><body><main><article><h1>Polscy lekarze jadą do Kabulu</h1><div class="entry-content">${prose('the mission', 6)}${box}</div></article></main></body>`,
    );
  it('leaves out the site’s appeal whose button leads to its own page on a tipping platform', () =>
    expectReadsWithout(
      page(
        '<div class="ramka-wsparcie"><p><strong>Wspieraj lokalne dziennikarstwo.</strong> Gazeta Mazurska to niezależna redakcja bez paywalla. Jeśli cenisz naszą pracę, postaw nam kawę.</p><a class="btn" href="https://buycoffee.example/gazetamazurska">Wesprzyj Gazetę Mazurską</a></div>',
      ),
      'Paragraph 5 of the story',
      'to niezależna redakcja bez paywalla',
    ));
  it('GUARD: reads a box on a charity’s collection whose button leads to the charity’s page', () =>
    expect(
      articleText(
        page(
          '<div class="ramka"><p><strong>Jak pomóc?</strong> Fundacja zbiera pieniądze na leki i generator dla przychodni w Kabulu, a zbiórka potrwa do końca stycznia.</p><a class="btn" href="https://zrzutka.example/przychodnia-kabul">Wesprzyj zbiórkę</a></div>',
        ),
      ),
    ).toContain('Fundacja zbiera pieniądze na leki'));
});

describe('press release parts of mix165', () => {
  const release = storyWith('Bund unterstützt Winterhilfe in Afghanistan mit 12 Millionen Franken', 'the aid');
  it('leaves out the contact lines under an h5 "Adresse für Rückfragen", and the heading', () => {
    const text = articleText(
      release(
        '<h5>Adresse für Rückfragen</h5><p>Kommunikation Bundesamt<br>Telefon +41 58 462 00 00<br><a href="mailto:medien@amt.admin.example">medien@amt.admin.example</a></p>',
      ),
    );
    expect(text).toContain('Paragraph 5 of the story');
    expect(text).not.toContain('Telefon +41');
    expect(text).not.toContain('Adresse für Rückfragen');
  });
  it('GUARD: reads an h5 subhead on questions, and the story under it', () =>
    expect(
      articleText(
        release(
          '<h5>Rückfragen aus dem Parlament</h5><p>Mehrere Abgeordnete wollten wissen, ob das Telefon der Botschaft in Islamabad wieder besetzt ist, und verlangten einen Bericht bis Ende Januar.</p>',
        ),
      ),
    ).toContain('Mehrere Abgeordnete wollten wissen'));
  it('leaves out a "Hinweis an die Redaktionen" box', () =>
    expectReadsWithout(
      release(
        '<div class="info-box"><p class="info-box-title"><strong>Hinweis an die Redaktionen</strong></p><p>Fotos der Verteilaktion stehen in der Mediendatenbank des Amtes zur freien Verwendung bereit.</p></div>',
      ),
      'Paragraph 5 of the story',
      'Fotos der Verteilaktion',
    ));
  it('GUARD: reads a box of the police’s advice headed by a note', () =>
    expect(
      articleText(
        release(
          '<div class="info-box"><p class="info-box-title"><strong>Hinweis der Polizei</strong></p><p>Wer in den Tagen vor dem Brand verdächtige Personen am Lagerhaus gesehen hat, soll sich bei der Kantonspolizei melden.</p></div>',
        ),
      ),
    ).toContain('verdächtige Personen am Lagerhaus'));
});

describe('lead pictures of mix165', () => {
  it('reads the caption of a lead picture whose credit links the photographer’s page', () =>
    expectReadsWithout(
      load(
        `<body><div id="page" class="site"><div id="content" class="site-content"><section id="primary" class="content-area"><main id="main" class="site-main"><header class="entry-header"><h1 class="entry-title">With resettlement money gone, Afghan families brace for winter</h1></header><figure class="post-thumbnail"><img width="1200" height="800" src="/uploads/kitchen-1200x800.jpg" alt=""><figcaption><span class="image-caption">Nadia Karimi packs lunches in the family's rented duplex on Elm Street. Her husband's shifts were cut in October.</span> <span class="image-credit"><a href="/author/mreyes/">Marisol Reyes</a> / Valley Beacon</span></figcaption></figure><div class="main-content"><article id="post-5120" class="post-5120 post type-post status-publish format-standard has-post-thumbnail hentry category-news entry"><div class="entry-content"><p>The letter arrived in late October: as of Dec. 1, the county office of River Valley Refugee Services would stop paying for rent help, bus passes and the two caseworkers who had been the families' first call for almost every problem.</p><p>Supervisor Alan Brandt said he sympathizes with the families but doubts the county should take on a cost the federal government walked away from. “If we pay for it once, it is ours for good,” he said.</p><p>On Elm Street, Karimi's oldest son, 14-year-old Omid, now reads his mother's mail to her. He wants to be an engineer. Taped to the refrigerator is a list of phone numbers: the church, the food bank, a volunteer driver named Ruth.</p><p>“Before, we had one number for everything,” Omid said. “Now we have many numbers, and nobody knows the answers.”</p><p class="has-small-font-size"><em>Do you have a question about resettlement services in the county? Email reporter Dana Whitcomb at dwhitcomb@valleybeacon.example.</em></p></div></article></div></main></section></div></div></body>`,
      ),
      'Nadia Karimi packs lunches',
      'Marisol Reyes',
    ));
});
