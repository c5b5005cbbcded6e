/**
 * The highlight palette, defined once: the colour a topic is marked in on the page
 * (`entrypoints/content/highlights.css`, one `::highlight()` rule per slot and style) and the
 * swatch the options page shows for it. tests/unit/palette.test.ts holds the CSS to this list.
 */

/** One palette slot: a translucent fill (highlight style "background") and the underline drawn in both styles. */
export interface PaletteColour {
  fill: string;
  line: string;
}

/** Number of colours in the palette; a topic's `color` is an index below it. */
export const PALETTE_SIZE = 12;

/** A tuple of exactly `N` items, so that the palette cannot drift from PALETTE_SIZE. */
type Slots<T, N extends number, Acc extends readonly T[] = []> = Acc['length'] extends N ? Acc : Slots<T, N, readonly [...Acc, T]>;

/** Translucent fills with a darker underline stay readable on light and dark pages. */
export const PALETTE: Slots<PaletteColour, typeof PALETTE_SIZE> = [
  { fill: 'rgba(255, 193, 7, .35)', line: 'rgb(191, 140, 0)' },
  { fill: 'rgba(244, 67, 54, .28)', line: 'rgb(198, 40, 40)' },
  { fill: 'rgba(76, 175, 80, .30)', line: 'rgb(46, 125, 50)' },
  { fill: 'rgba(156, 39, 176, .25)', line: 'rgb(123, 31, 162)' },
  { fill: 'rgba(33, 150, 243, .28)', line: 'rgb(21, 101, 192)' },
  { fill: 'rgba(0, 188, 212, .28)', line: 'rgb(0, 131, 143)' },
  { fill: 'rgba(255, 87, 34, .28)', line: 'rgb(216, 67, 21)' },
  { fill: 'rgba(121, 85, 72, .28)', line: 'rgb(93, 64, 55)' },
  { fill: 'rgba(233, 30, 99, .25)', line: 'rgb(173, 20, 87)' },
  { fill: 'rgba(63, 81, 181, .25)', line: 'rgb(40, 53, 147)' },
  { fill: 'rgba(139, 195, 74, .30)', line: 'rgb(85, 139, 47)' },
  { fill: 'rgba(96, 125, 139, .30)', line: 'rgb(55, 71, 79)' },
];
