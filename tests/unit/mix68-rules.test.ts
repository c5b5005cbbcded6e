/**
 * What the sealed set mix68 (Latin American Spanish-language news) showed when read once on 8a90e12: El Universal's agency
 * credit "Con información de EFE y Reuters" was read (and, not among the set's lines, its editors' initials "avr/rmlgv").
 * The probes fail on 8a90e12; the guards are story lines worded alike.
 */
import { describe } from 'vitest';
import { itLeavesOutLines, itReadsSentences } from './site-lines';
import { load, prose } from './story-page';

describe('a Spanish-language agency credit', () => {
  const story = (after: string) =>
    load(
      `<body><main><article><h1>Xi Jinping recibe al canciller mexicano en Pekín</h1><div class="nota">${prose('Xi Jinping', 6)}${after}</div></article></main></body>`,
    );

  itLeavesOutLines(story, [
    'Con información de EFE y Reuters',
    'Con información de agencias',
    '(Con información de AP)',
    'avr/rmlgv',
    'mcc/rmlgv/jlcg',
  ]);

  itReadsSentences(story, [
    'Con información de inteligencia estadounidense, el ejército preparó la operación durante meses.',
    'Con información de EFE y Reuters, los mercados reaccionaron con cautela al anuncio del viernes.',
    'Reuters/Ipsos',
  ]);
});
