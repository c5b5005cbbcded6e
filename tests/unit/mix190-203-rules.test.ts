/**
 * What mix190–203 showed, read sealed once in session 52: mix190–195 on ed2c159 (a standfirst set as the header's h2 on an
 * ASP.NET page, its one form around the whole page, taken for a side box's heading; a Korean daily's reporter box, the
 * reporter's name plain above the note and the link to the reporter's page after it; a portal's video playlist between the
 * paragraphs), mix196–199 on d7f5f8e (a lead caption in a plain box under a picture of sources; an autoplaying player's box)
 * and mix200–203 on e56c13b (an audio player whose clock runs on into its spoken length; a sports paper's LINE line). The cases
 * that are not GUARDs fail on the commit their set was read on.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaStoryWith, load, prose } from './story-page';
import { itLeavesOutJapaneseLines, itReadsSentences } from './site-lines';

describe('a standfirst in a header box of mix192', () => {
  const page = (header: string) =>
    load(
      `<body><form id="form1" action="./story.aspx" method="post"><main><div class="main_column"><article class="article_main"><div class="article_header">${header}</div><div class="article_body" itemprop="articleBody">${prose('Afghanistan', 7)}</div></article></div><aside class="sidebar"><div class="box"><h3>Most read</h3><p>Central bank holds rates for a third month as inflation eases, officials said on Friday.</p></div></aside></main></form></body>`,
    );
  it('reads a standfirst set as an h2 under the headline, on a page inside one form', () =>
    expect(
      articleText(
        page(
          '<h1>Turkish engineers race to restore canals before winter</h1><h2 class="article_spot">A consortium of contractors aims to bring water back to 40,000 hectares of farmland, where drought has emptied fields for years.</h2>',
        ),
      ),
    ).toContain('A consortium of contractors aims'));
  it('GUARD: leaves out a side box’s line under a heading of its own', () =>
    expect(articleText(page('<h1>Turkish engineers race to restore canals before winter</h1>'))).not.toContain('Central bank holds rates'));
});

describe('a reporter box of mix190', () => {
  const page = (box: string, byline = '<div class="byline"><a href="/reporter/hansoyeon">BY HAN SO-YEON</a></div>') =>
    load(
      `<body><section class="container"><article><h1 class="view-article-title">Defectors find work through a new training scheme</h1><div id="article_body">${prose('North Korea', 8)}${byline}${box}</div></article></section></body>`,
    );
  const box =
    '<div class="reporter_box"><div class="reporter_info"><strong class="reporter_name">Han So-yeon</strong><p class="reporter_desc">Han So-yeon covers inter-Korean affairs and the Unification Ministry. She previously reported on labor and welfare.</p><a href="/reporter/hansoyeon" class="reporter_more">More articles by this reporter</a></div></div>';
  it('leaves out the note under the name, with the link to the reporter’s page the byline links to', () =>
    expect(articleText(page(box))).not.toContain('covers inter-Korean affairs'));
  it('GUARD: reads such a line when the byline does not link to that page (a story’s portrait of someone)', () =>
    expect(articleText(page(box, ''))).toContain('covers inter-Korean affairs'));
});

describe('a video playlist inside a story of mix194', () => {
  const page = (list: string) =>
    load(
      `<body><main><article class="content-article"><h1>Grupo anuncia galpão logístico em Jaboatão</h1>${prose('Alibaba', 4)}<div class="mc-column content-media-element"><div class="content-video content-video--playlist"><div class="video-player" aria-label="Playlist de vídeos">${list}</div></div></div>${prose('Alibaba', 3)}</article></main></body>`,
    );
  const items = (titles: string[], length = (i: number) => `0${i + 1}:58`) =>
    `<ol class="playlist__items">${titles.map((t, i) => `<li class="playlist__item"><span class="playlist__item-title">${t}</span><span class="playlist__item-duration">${length(i)}</span></li>`).join('')}</ol>`;
  const titles = [
    'Chuva forte alaga avenidas da Zona Norte do Recife na madrugada',
    'Motorista de aplicativo devolve bolsa com R$ 9 mil esquecida no carro',
    'Festival de frevo em Olinda abre inscrições para orquestras amadoras',
  ];
  it('leaves out its titles, each closed by the video’s length', () => {
    const text = articleText(page(items(titles)));
    expect(text).toContain('Paragraph 2 of the story');
    expect(text).not.toContain('Chuva forte alaga avenidas');
    expect(text).not.toContain('Festival de frevo em Olinda');
  });
  it('GUARD: reads a list in such a box whose items are not closed by a length (the story’s own points)', () =>
    expect(articleText(page(items(titles, () => '')))).toContain('Chuva forte alaga avenidas'));
});

describe('a lead picture of mix196', () => {
  // A Pakistani daily's story: its headline an h2 the title names, no h1 on the page, the lead picture's
  // caption a `figcaption` in a plain box (no `figure`), its picture in a `picture` of sources beside a copy for pages without scripts.
  const page = (picture: string) =>
    load(
      `<head><title>Traders stranded as new transit fee halts trucks at Torkham - Daily Meridian</title><meta property="og:title" content="Traders stranded as new transit fee halts trucks at Torkham"><link rel="canonical" href="https://www.meridian.example/news/1912845/traders-stranded"></head><body><header><a class="logo" href="/">Daily Meridian</a></header><main><article class="story"><div class="template__header"><h2 class="story__title"><a href="https://www.meridian.example/news/1912845/traders-stranded">Traders stranded as new transit fee halts trucks at Torkham</a></h2><div class="story__byline"><a href="/authors/3311/ikramullah-afridi">Ikramullah Afridi</a></div></div><div class="story__excerpt">Transporters say over 1,200 vehicles stranded; commerce ministry to raise the issue at a meeting next week.</div><div class="media">${picture}<figcaption class="media__caption">Trucks carrying fresh produce wait in a queue near the border crossing on Saturday.</figcaption></div><div class="story__content">${prose('Afghanistan', 14)}</div></article></main></body>`,
    );
  it('reads the caption under the headline the title names', () =>
    expect(
      articleText(
        page(
          '<div class="media__item"><picture><source srcset="/a.webp"><img src="/a.jpg" width="800" height="480" alt=""></picture><noscript><img src="/a.jpg" width="800" height="480" alt=""></noscript></div>',
        ),
      ),
    ).toContain('Trucks carrying fresh produce'));
  it('GUARD: not a caption under two pictures (a gallery’s strip)', () =>
    expect(
      articleText(page('<img src="/a.jpg" width="800" height="480" alt=""><img src="/b.jpg" width="800" height="480" alt="">')),
    ).not.toContain('Trucks carrying fresh produce'));
});

describe('an autoplaying video between the paragraphs of mix197', () => {
  const page = (clock: string) =>
    load(
      `<body><main><article><h1>Polska fundacja wyśle agregaty prądotwórcze do szpitali w Kabulu</h1>${prose('Kabul', 4)}<div class="VideoEmbed_wrapper__Lw7pQ" data-autoplay="true"><div class="VideoEmbed_player__A3sfY"><div class="VideoEmbed_poster__jM3bB"><img src="/poster.jpg" alt=""></div><div class="VideoEmbed_controls__9kDnY"><button type="button">Włącz dźwięk</button><span class="VideoEmbed_time__Zt2sV">${clock}</span></div><p class="VideoEmbed_title__Qp0Mc">Jak wygląda życie w mieście, gdzie prąd jest tylko rano? Reportaż naszej ekipy z Azji Środkowej</p></div></div>${prose('Kabul', 3)}</article></main></body>`,
    );
  it('leaves out its title, beside the player’s clock and its one button', () => {
    const text = articleText(page('0:00 / 2:41'));
    expect(text).toContain('Paragraph 2 of the story');
    expect(text).not.toContain('Jak wygląda życie w mieście');
  });
  it('GUARD: reads such a box’s line with no clock', () =>
    expect(articleText(page('Zobacz także'))).toContain('Jak wygląda życie w mieście'));
});

describe('a read-aloud player above the story of mix200', () => {
  const page = (length: string) =>
    load(
      `<body><main><article><header><h1>Vier Azubis retten die Dorfbäckerei</h1></header><section class="AudioPlayer_player__b2VnK" aria-label="Artikel anhören"><div class="AudioPlayer_controls__R9sXj"><button type="button" aria-label="Abspielen"><svg viewBox="0 0 24 24"><path d="M8 5v14l11-7z"></path></svg></button><span class="AudioPlayer_title__aH0sV">Artikel anhören</span>${length}</div><p class="AudioPlayer_note__o7YbE">Diese Vorlesefunktion nutzt eine künstliche Stimme. Abweichungen vom geschriebenen Text sind möglich, maßgeblich ist der Artikel.</p></section><div class="ArticleBody">${prose('Alibaba', 7)}</div></article></main></body>`,
    );
  it('leaves out its note, its clock running on into the length spelt out for screen readers', () => {
    const text = articleText(
      page(
        '<span class="AudioPlayer_duration__g8NcW"><span aria-hidden="true">00:00</span> / <span aria-hidden="true">04:37</span><span class="visually-hidden">Dauer 4 Minuten 37 Sekunden</span></span>',
      ),
    );
    expect(text).toContain('Paragraph 3 of the story');
    expect(text).not.toContain('Diese Vorlesefunktion nutzt');
  });
  it('GUARD: a box of a button and a line that holds a time, no clock, is not taken for a player', () =>
    expect(
      articleText(
        load(
          `<body><main><article><h1>Fahrplanwechsel im Landkreis</h1><div class="ArticleBody">${prose('the timetable', 5)}<div class="box"><span>Ab 14. Dezember fährt der erste Bus um 05:12 statt 05:40 ab Lindach.</span><button type="button">Mehr</button></div>${prose('the timetable', 3)}</div></article></main></body>`,
        ),
      ),
    ).toContain('fährt der erste Bus um 05:12'));
});

describe('Japanese lines of mix203', () => {
  const story = jaStoryWith('桜庭監督の新作映画、来春公開へ', '東京五輪');
  itLeavesOutJapaneseLines(story, ['LINEの友だち追加で、芸能・スポーツの最新ニュースを毎日お届けします。']);
  itReadsSentences(story, ['同社は、LINEの友だち追加でクーポンをお届けする販促を始めたが、登録者は伸び悩んでいるという。']);
});
