/**
 * What mix169–171 showed, read sealed once in session 50 (mix169 on a7785b1, mix170–171 with its rule added): a Joomla club
 * page's "Zuletzt aktualisiert: …" line in a box of its own beside the article's text; a Japanese aggregator's reaction prompt
 * running on to "リアクションで教えてください". The cases that are not GUARDs fail on a7785b1.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaStoryWith, load } from './story-page';
import { itLeavesOutJapaneseLines, itReadsSentences } from './site-lines';

describe('a Joomla club page of mix169', () => {
  const page = (after: string) =>
    load(
      `<body><div class="body-innerwrapper"><section id="sp-main-body"><div class="row"><main id="sp-component" class="col-lg-9"><div class="sp-column"><div class="article-details" itemscope itemtype="https://schema.org/Article"><div class="article-header"><h1 itemprop="headline">Nach sechs Monaten in Afghanistan: Empfang für Jonas</h1></div><div itemprop="articleBody"><p>Nach einem halben Jahr als Techniker für ein Trinkwasserprojekt im Norden Afghanistans ist unser Mitglied Jonas Berger wieder zu Hause. Rund vierzig Vereinsmitglieder empfingen ihn am Samstag im Schützenhaus.</p><p>Berger berichtete von den Brunnen, die sein Team gebohrt hat, und von den Dörfern, in denen Frauen bisher täglich Stunden für das Wasserholen unterwegs waren. Die Lage im Land sei schwierig, sagte er, die Menschen aber herzlich.</p><p>Der Abend klang bei Erbsensuppe und Gesprächen bis weit nach Mitternacht aus. Der Vorstand dankt allen Helferinnen und Helfern, die den Empfang vorbereitet haben.</p></div>${after}</div></div></main><aside id="sp-right" class="col-lg-3"><div class="sp-module"><h3>Termine</h3><ul><li><a href="/termine/1">Jahreshauptversammlung</a></li></ul></div></aside></div></section></div></body>`,
    );
  it('leaves out the line dating the page in a box of its own after the text', () => {
    const text = articleText(
      page(
        '<div class="article-info article-info-bottom"><span class="modified"><time datetime="2026-12-02T09:12:00+01:00" itemprop="dateModified">Zuletzt aktualisiert: 02. Dezember 2026</time></span></div>',
      ),
    );
    expect(text).toContain('Der Vorstand dankt allen Helferinnen und Helfern');
    expect(text).not.toContain('Zuletzt aktualisiert');
  });
  it('GUARD: reads a dated postscript in a box of its own after the text', () =>
    expect(
      articleText(
        page(
          '<div class="nachtrag"><p>Nachtrag, 4. Dezember 2026: Die Spendensumme für die Brunnen liegt inzwischen bei über 3.100 Euro, teilte der Kassenwart mit.</p></div>',
        ),
      ),
    ).toContain('Die Spendensumme für die Brunnen liegt inzwischen'));
});

describe('a Japanese aggregator of mix171', () => {
  const story = jaStoryWith('マイナ保険証、窓口での確認に時間', 'マイナンバー');
  itLeavesOutJapaneseLines(story, ['この記事は参考になりましたか？ボタンで教えてください']);
  itReadsSentences(story, ['この記事は役に立ったかどうか、読者アンケートで教えてほしいと編集部は呼びかけている。']);
});
