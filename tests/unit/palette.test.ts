/**
 * The palette is defined once, in utils/palette.ts. The page's highlight rules
 * (entrypoints/content/highlights.css) and the options page's colour swatches must show exactly
 * those colours, one per slot, for every slot a topic can choose (below PALETTE_SIZE).
 */
import { cleanup, render, screen } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { h } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { TopicEditor } from '../../components/options/TopicEditor';
import { pagesCatalogs } from '../../utils/i18n/pages';
import { translator } from '../../utils/i18n/translate';
import { PALETTE, PALETTE_SIZE } from '../../utils/palette';
import { PALETTE_SIZE as TOPIC_PALETTE_SIZE } from '../../utils/topics';

afterEach(cleanup);

/** Colours compared without their spacing: `rgb(1,2,3)` is `rgb(1, 2, 3)`. */
const colour = (css: string) => css.replace(/\s+/g, '');

/** Every `::highlight(name) { … }` rule of the content script's style sheet, by name. */
function highlightRules(): Map<string, Map<string, string>> {
  const css = readFileSync('entrypoints/content/highlights.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  const rules = new Map<string, Map<string, string>>();
  for (const [, name = '', body = ''] of css.matchAll(/::highlight\(([\w-]+)\)\s*\{([^}]*)\}/g)) {
    const declarations = body.split(';').flatMap((d) => {
      const [property, ...value] = d.split(':');
      return property?.trim() ? [[property.trim(), value.join(':').trim()] as const] : [];
    });
    rules.set(name, new Map(declarations));
  }
  return rules;
}

describe('highlight palette', () => {
  it('has PALETTE_SIZE colours, and topics use the same size', () => {
    expect(PALETTE).toHaveLength(PALETTE_SIZE);
    expect(TOPIC_PALETTE_SIZE).toBe(PALETTE_SIZE);
    expect(new Set(PALETTE.map((c) => colour(c.line))).size).toBe(PALETTE_SIZE);
  });

  it('is what highlights.css draws, slot by slot, in both highlight styles', () => {
    const rules = highlightRules();
    const slots = [...rules.keys()].filter((name) => /^jfir-briefs-(u-)?\d+$/.test(name));
    expect(slots).toHaveLength(2 * PALETTE_SIZE);
    PALETTE.forEach(({ fill, line }, slot) => {
      const background = rules.get(`jfir-briefs-${slot}`);
      const underline = rules.get(`jfir-briefs-u-${slot}`);
      expect(colour(background?.get('background-color') ?? ''), `slot ${slot} fill`).toBe(colour(fill));
      expect(colour(background?.get('text-decoration') ?? ''), `slot ${slot} line`).toBe(colour(`underline 2px ${line}`));
      expect(underline?.has('background-color'), `slot ${slot} underline style has no fill`).toBe(false);
      expect(colour(underline?.get('text-decoration') ?? ''), `slot ${slot} underline`).toBe(colour(`underline 2px ${line}`));
    });
  });

  it('is what the topic editor offers: one swatch per slot, in the slot colour', () => {
    const t = translator(pagesCatalogs, 'en');
    render(h(TopicEditor, { t, others: [], onSave: () => undefined, onCancel: () => undefined }));
    const swatches = screen.getAllByRole('radio').map((radio) => radio.closest('label')?.style.getPropertyValue('--swatch') ?? '');
    expect(swatches.map(colour)).toEqual(PALETTE.map((c) => colour(c.line)));
  });
});
