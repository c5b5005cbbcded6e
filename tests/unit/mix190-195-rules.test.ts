/**
 * What mix190–195 showed, read sealed once in session 52 on ed2c159: a standfirst set as the header's h2 on an ASP.NET page
 * (its one form around the whole page) taken for a side box's heading, and a Korean daily's reporter box, the reporter's name
 * plain above the note and the link to the reporter's page after it. The cases that are not GUARDs fail on ed2c159.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { load, prose } from './story-page';

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
