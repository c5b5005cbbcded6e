/**
 * The finder's rules from blind set mix43 (tests/fixtures/blind-pages/mix43, English pages on the
 * Taliban), each on a small page: a caption in a box whose name also says "credit", and the site's
 * appeal for donations in a box of its own beside the story. Each probe failed before its rule
 * (81df51c); the guards passed before and after.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../scripts/page-html';
import { articleText } from '../../scripts/bench/article-text';
import { expectReadsWithout } from './site-lines';
import { load, prose } from './story-page';

const HEAD = '<h1>Taliban ban on women aid workers forces clinics to close</h1>';

describe('a caption in a box named for its credit too', () => {
  const caption = 'Women wait outside a mobile health clinic in Herat province in late November.';
  const page = (box: string) =>
    load(
      `<body><main><article>${HEAD}<div id="storytext" class="storytext"><div class="bucketwrap image large"><div class="imagewrap"><img src="/img/clinic.jpg" alt="" width="1200" height="675"></div>${box}</div>${prose('the Taliban', 5)}</div></article></main></body>`,
    );

  it('reads the caption of a "credit-caption" box, not its credit', () => {
    const text = articleText(
      page(
        `<div class="credit-caption"><div class="caption-wrap"><div class="caption"><p>${caption}</p></div></div><span class="credit">Mohsen Karimi/AFP via Getty Images</span></div>`,
      ),
    );
    expect(text).toContain(caption);
    expect(text).toContain('Paragraph 4 of the story');
    expect(text).not.toContain('Mohsen Karimi/AFP');
  });

  it('GUARD: leaves out a box named for credits alone', () => {
    expectReadsWithout(
      page('<div class="credits"><p>Photo: Mohsen Karimi/AFP via Getty Images. Graphics by the data desk.</p></div>'),
      'Paragraph 4 of the story',
      'Graphics by the data desk',
    );
  });
});

describe('the site’s appeal for donations beside the story', () => {
  const page = (after: string) =>
    load(
      `<head><link rel="canonical" href="https://www.dailyledger.example/world/2026/dec/02/kabul-wells"></head><body><main><article class="dcr-1xrq6xy"><div class="dcr-1qsk6he">${HEAD}<div id="maincontent" class="article-body-commercial-selector dcr-1bc3n1n">${prose('Kabul', 5)}</div>${after}<div class="dcr-1ezw8bb"><span>Explore more on these topics</span><ul><li><a href="/world/afghanistan">Afghanistan</a></li><li><a href="/world/taliban">Taliban</a></li></ul></div></div></article></main></body>`,
    );

  it('leaves out the contributions box that the Guardian-like page sets beside its story (the set’s page 02)', () => {
    const html = readFileSync(join(import.meta.dirname, '../fixtures/blind-pages/mix43/02-guardian-kabul-water.html'), 'utf8');
    const text = articleText(parsePage(html));
    expect(text).toContain('Every morning before dawn, Mohammad Nabi lowers a rope');
    expect(text).not.toContain('we have a small favour to ask');
  });

  it('GUARD: reads a story’s closing section beside the body that links to a charity’s donation page', () => {
    const sentence =
      'Aid groups say the wells in the western districts could be reopened within a month if pumps and generators arrive before the ground freezes.';
    const text = articleText(
      page(
        `<div class="article-body-more"><p>${sentence}</p><p>Several charities have opened appeals for the city, among them <a href="https://www.waterrelief.example/donate">Water Relief</a>, which says it has drilled twelve new boreholes since the summer.</p></div>`,
      ),
    );
    expect(text).toContain(sentence);
  });
});
