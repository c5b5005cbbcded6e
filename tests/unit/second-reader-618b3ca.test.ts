/**
 * Second reading of 618b3ca (mix169–174), by helper-276: story content written like the new rules' furniture. Probed: an
 * Italian city story's "Hai una segnalazione da inviare al Comune? …" and a fake-news guide's "Vuoi segnalare una notizia
 * falsa su Facebook? …" (the Italian tip line, `article-notices` EDITORS_NOTE); a Brazilian podcast list's item opening
 * "Ouça o podcast …" (the podcast plug, STOCK_LINE); a streaming guide's "Assista em: Netflix (4 episódios)" (`onward-lines`
 * READ_ALSO's "assista" through `labelsTitle`); a disaster story's ※ note under its own table, 「※死者・行方不明者の数は各県の
 * 発表時点のものです。」 (`japanese-notices`' ※ 発表時点 line); a "Stimmen zur Wahl" quote card whose figcaption ends with the
 * speaker's name (`article-credits` namesPhotographer); an event story's "Termin: Samstag, 15. März 2025, 19.30 Uhr" box
 * beside its text (`article-siblings` isSitesBox's date line). The cases that are not GUARDs fail on 618b3ca and pass on
 * b9b4e69; the GUARDs pass on both (near misses the new rules get right, and the narrowed contact-heading rule).
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaProse, load, prose, storyAroundWith } from './story-page';

const expectRead = (doc: Document, kept: string) => {
  const text = articleText(doc);
  expect(text).toContain('Paragraph 2 of the story');
  expect(text).toContain(kept);
};

describe('second reader of 618b3ca: story lines worded like the new rules’ furniture', () => {
  it('reads an Italian city story’s paragraph opening “Hai una segnalazione da inviare al Comune?”', () =>
    expectRead(
      storyAroundWith(
        'Buche e lampioni guasti, a Brescia arriva l’app per le segnalazioni',
        'the app',
        'the council',
      )(
        '<p>Hai una segnalazione da inviare al Comune? Da lunedì i cittadini possono farlo con l’app Brescia Segnala, fotografando la buca o il lampione guasto e indicando la via.</p>',
      ),
      'Da lunedì i cittadini possono farlo',
    ));
  it('reads a fake-news guide’s step opening “Vuoi segnalare una notizia falsa su Facebook?”', () =>
    expectRead(
      storyAroundWith(
        'Fake news sui social: come difendersi',
        'the platforms',
        'the fact-checkers',
      )(
        '<p>Vuoi segnalare una notizia falsa su Facebook? Basta cliccare sui tre puntini in alto a destra del post, scegliere «Segnala post» e poi la voce «Informazioni false».</p>',
      ),
      'Basta cliccare sui tre puntini',
    ));
  it('reads a podcast list’s item opening “Ouça o podcast” with the podcast’s title in italics', () =>
    expectRead(
      storyAroundWith(
        'Cinco podcasts para ouvir nas férias',
        'the podcasts',
        'the episodes',
      )(
        '<p><strong>Ouça o podcast</strong> <em>Praia dos Ossos</em>, da Rádio Novelo: em oito episódios, a jornalista Branca Vianna reconstrói o assassinato de Ângela Diniz, em 1976, e o julgamento que mudou o país.</p>',
      ),
      'a jornalista Branca Vianna reconstrói',
    ));
  it('reads a streaming guide’s “Assista em: Netflix (4 episódios)” under a series’ paragraph', () =>
    expectRead(
      storyAroundWith(
        'As melhores séries de suspense para maratonar',
        'the series',
        'the streaming',
      )(
        '<h3>Adolescência</h3><p>A minissérie britânica acompanha a família de um garoto de 13 anos preso pela morte de uma colega de escola, em episódios filmados num único plano-sequência.</p><p>Assista em: Netflix (4 episódios)</p>',
      ),
      'Netflix (4 episódios)',
    ));
  it('reads a disaster story’s ※ note under its own table, 「※…各県の発表時点のものです。」', () => {
    const doc = load(
      `<body><article><h1>大雨で5県に被害、死者12人に</h1><div class="article-body">${jaProse('大雨の被害', 3)}<table><tr><th>県</th><th>死者</th><th>行方不明者</th></tr><tr><td>熊本県</td><td>7人</td><td>2人</td></tr><tr><td>鹿児島県</td><td>5人</td><td>1人</td></tr></table><p>※死者・行方不明者の数は各県の発表時点のものです。</p>${jaProse('避難所', 3)}</div></article></body>`,
    );
    const text = articleText(doc);
    expect(text).toContain('3回目の協議は来月にも開かれる見通しで');
    expect(text).toContain('各県の発表時点のものです');
  });
  it('reads the speaker’s name closing a quote card’s figcaption after the quotation', () =>
    expectRead(
      storyAroundWith(
        'Stimmen zur Bundestagswahl',
        'the result',
        'the coalition',
      )(
        '<figure class="quote-card"><img src="/merz.jpg" width="300" height="300" alt=""><figcaption><p class="quote-card__text">Wir haben einen klaren Auftrag bekommen, eine Regierung zu bilden.</p><span class="quote-card__name">Friedrich Merz</span></figcaption></figure>',
      ),
      'Friedrich Merz',
    ));
  it('reads an event story’s “Termin: Samstag, 15. März 2025, 19.30 Uhr” box beside its text', () => {
    const doc = load(
      `<body><main><article><h1>Jazz im Rathaussaal: Trio Kerschbaum spielt Monk</h1><div class="article-body">${prose('the concert', 6)}</div><p class="article-info">Termin: Samstag, 15. März 2025, 19.30 Uhr</p></article></main></body>`,
    );
    const text = articleText(doc);
    expect(text).toContain('Paragraph 2 of the story');
    expect(text).toContain('Samstag, 15. März 2025');
  });
});

describe('second reader of 618b3ca: near misses', () => {
  it('GUARD: reads a caption whose last line names a person in a sentence', () =>
    expectRead(
      storyAroundWith(
        'Stimmen zur Bundestagswahl',
        'the result',
        'the coalition',
      )(
        '<figure><img src="/merz.jpg" width="800" height="500" alt=""><figcaption><span>Wahlabend im Konrad-Adenauer-Haus.</span><span>Friedrich Merz spricht zu seinen Anhängern.</span></figcaption></figure>',
      ),
      'Friedrich Merz spricht zu seinen Anhängern.',
    ));
  it('GUARD: reads a dated update sentence beside the story’s text', () => {
    const doc = load(
      `<body><main><article><h1>Brand in Lagerhalle: Polizei ermittelt</h1><div class="article-body">${prose('the fire', 6)}</div><p class="update">Update vom 14.03.2025: Die Polizei hat inzwischen einen 34-jährigen Mann festgenommen.</p></article></main></body>`,
    );
    expect(articleText(doc)).toContain('Die Polizei hat inzwischen einen 34-jährigen Mann festgenommen.');
  });
  it('GUARD: reads an Italian story’s question to citizens not worded as a tip line', () =>
    expectRead(
      storyAroundWith(
        'Buche e lampioni guasti, a Brescia arriva l’app per le segnalazioni',
        'the app',
        'the council',
      )(
        '<p>Vuoi segnalare un disservizio al Comune? Da lunedì i cittadini possono farlo con l’app Brescia Segnala, fotografando la buca o il lampione guasto.</p>',
      ),
      'Vuoi segnalare un disservizio al Comune?',
    ));
  it('GUARD: reads a streaming guide’s "Onde assistir:" line', () =>
    expectRead(
      storyAroundWith(
        'As melhores séries de suspense para maratonar',
        'the series',
        'the streaming',
      )(
        '<h3>Adolescência</h3><p>A minissérie britânica acompanha a família de um garoto de 13 anos preso pela morte de uma colega de escola.</p><p>Onde assistir: Netflix (4 episódios)</p>',
      ),
      'Onde assistir: Netflix (4 episódios)',
    ));
  it('GUARD: reads a Japanese story’s ※ note that its figures are provisional', () => {
    const doc = load(
      `<body><article><h1>大雨で5県に被害</h1><div class="article-body">${jaProse('大雨の被害', 3)}<p>※数値は速報値で、今後変わる可能性があります。</p>${jaProse('避難所', 3)}</div></article></body>`,
    );
    expect(articleText(doc)).toContain('今後変わる可能性があります');
  });
  it('GUARD: reads a story’s paragraph under an h3 "Kontakt" told in sentences', () =>
    expectRead(
      storyAroundWith(
        'Einsam im Alter: Wo Senioren Hilfe finden',
        'the loneliness',
        'the volunteers',
      )(
        '<h3>Kontakt</h3><p>Das Silbertelefon ist täglich von 8 bis 22 Uhr unter 0800 4 70 80 90 erreichbar; die Anrufe sind kostenlos und anonym, sagt Projektleiterin Eva Stein.</p>',
      ),
      'die Anrufe sind kostenlos und anonym',
    ));
});
