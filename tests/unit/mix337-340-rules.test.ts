/**
 * What mix337–340 showed, read sealed once in session 59 on f6b2530 (127/127 article fragments, 2/130 others): a Pakistani
 * daily's WhatsApp promo between paragraphs ("Get the day’s top stories from … delivered straight to your WhatsApp. Follow our
 * channel"), worded as "delivered to your …" where the known line says "on …", and an Italian daily's ad slot line
 * "L'articolo prosegue dopo la pubblicità" ("prosegue" where the known line says "continua"). Each line is probed on its set's
 * own page, kept in the fixtures; small pages built like them follow. The cases that are neither GUARDs nor under "small
 * pages" fail on f6b2530.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { parsePage } from '../../scripts/page-html';
import { itLeavesOutLines, itReadsSentences } from './site-lines';
import { storyAroundWith, storyWith } from './story-page';

/** A page of the sets as kept in the fixtures, read as the CLI reads a page. */
const fixture = (file: string) => articleText(parsePage(readFileSync(join(import.meta.dirname, '../fixtures/blind-pages', file), 'utf8')));

describe('the lines mix337–340 read, on their own pages', () => {
  it.each([
    [
      'mix337/03-frontiermail-torkham-traders.html',
      'delivered straight to your WhatsApp',
      'Customs officials said around 1,200 of the stranded vehicles',
    ],
    ['mix339/01-vocesubalpina-scuola-serale.html', "L'articolo prosegue dopo la pubblicità", 'Il quaderno delle parole difficili'],
  ])('%s: leaves out "%s…" and reads the story', (file, gone, kept) => {
    const text = fixture(file);
    expect(text).toContain(kept);
    expect(text).not.toContain(gone);
  });
});

describe('small pages built like them', () => {
  const page = storyWith('Border crossing stays shut', 'the crossing');
  itLeavesOutLines(page, [
    'Get the latest news from Peshawar sent directly to your WhatsApp. Follow our channel',
    'Get our top stories delivered to your Telegram.',
  ]);
  itReadsSentences(page, [
    'Get the latest figures delivered to your inbox, the ministry told exporters, who said the forms still arrived late.',
    'Traders said they now get the day’s prices delivered straight to your WhatsApp group by the brokers, as one put it.',
  ]);
  it('leaves out the Italian ad slot line between paragraphs', () => {
    const text = articleText(
      storyAroundWith(
        'Scuola serale, iscrizioni in crescita',
        'la scuola',
        'il comune',
      )(`<div class="adv"><p>Pubblicità</p><p>L'articolo prosegue dopo la pubblicità</p></div>`),
    );
    expect(text).toContain('Paragraph 2 of the story, in which officials said, according to two sources, that il comune');
    expect(text).not.toContain('prosegue dopo');
  });
  itReadsSentences(storyWith('Il giornale cambia formato', 'il giornale'), [
    "L'articolo prosegue dopo la pubblicità di un bando, ha spiegato il direttore, che ha difeso la scelta della redazione.",
  ]);
});
