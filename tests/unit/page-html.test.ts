// @vitest-environment node
/**
 * The brief CLI reads saved pages as a browser would: in the charset they declare, and with the
 * HTML standard's tree even when the page opens with junk before `<html>`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefPage } from '../../scripts/brief';
import { decodePage, parsePage, withoutScripts } from '../../scripts/page-html';

const ENCODINGS = join(import.meta.dirname, '../fixtures/encodings');

const ARTICLE = `<article><h1>Taliban tighten rules in Kabul</h1>
<p>The Taliban announced new restrictions on Monday, officials in Kabul said, in a decree read on state radio.</p>
<p>Diplomats said the Taliban had not consulted regional partners before the announcement was made.</p></article>`;

describe('saved pages in the CLI', () => {
  it('reads the article of a page that opens with a PHP warning before <html>', () => {
    const html = `<br />\n<b>Warning</b>:  mysql_get_server_info(): Access denied in <b>/www/wp-content/plugins/x.php</b><br />
<!DOCTYPE html><html><head><title>Taliban tighten rules</title></head><body>${ARTICLE}</body></html>`;
    expect(parsePage(html).querySelector('article h1')?.textContent).toBe('Taliban tighten rules in Kabul');
    // Headline and both paragraphs name the Taliban.
    expect(briefPage(html).map((t) => [t.id, t.mentions])).toContainEqual(['taliban', 3]);
  });

  it('reads the article of a page with a stray <meta> and a second <html> inside its body', () => {
    const html = `<meta property="og:type" content="article" /><!DOCTYPE html><html><head><title>x</title></head>
<body><div id="page"><html lang="en">${ARTICLE}</html></div></body></html>`;
    expect(parsePage(html).body.textContent).toContain('decree read on state radio');
    expect(briefPage(html).map((t) => [t.id, t.mentions])).toContainEqual(['taliban', 3]);
  });

  it('takes a page’s scripts out as a browser ends them, keeping the story after a script closed by `</script` and a space', () => {
    const html = `<html><body><script src="/a.js"></script\n  <!--Facebook plugin--><p>The story goes on.</p><script>var t = "<p>not text</p>";</script><template><script>x()</script><p>kept</p></template></body></html>`;
    const out = withoutScripts(html);
    expect(out).toContain('<p>The story goes on.</p>');
    expect(out).not.toContain('<script');
    expect(out).not.toContain('not text');
    expect(out).toContain('<template><p>kept</p></template>');
  });

  it('decodes a page in the Shift_JIS it declares', () => {
    const head = new TextEncoder().encode('<html><head><meta charset="Shift_JIS"></head><body><p>');
    const northernTerritories = [0x96, 0x6b, 0x95, 0xfb, 0x97, 0xcc, 0x93, 0x79];
    const tail = new TextEncoder().encode('</p></body></html>');
    const bytes = Uint8Array.from([...head, ...northernTerritories, ...tail]);
    expect(parsePage(decodePage(bytes)).querySelector('p')?.textContent).toBe('北方領土');
  });

  it('decodes UTF-8 when nothing is declared, and survives an unknown charset', () => {
    expect(decodePage(new TextEncoder().encode('<p>北方領土</p>'))).toBe('<p>北方領土</p>');
    expect(decodePage(new TextEncoder().encode('<meta charset="x-no-such"><p>ok</p>'))).toContain('<p>ok</p>');
  });

  // Saved without the HTTP header that named their charset; a browser's detector reads them right.
  it.each(['shift-jis', 'euc-jp'])('reads a Japanese page in %s that declares no charset', (encoding) => {
    const html = decodePage(readFileSync(join(ENCODINGS, `undeclared-${encoding}.html`)));
    expect(parsePage(html).querySelector('h1')?.textContent).toBe('北朝鮮が弾道ミサイル発射　日本海のＥＥＺ外に落下か');
    // The headline and three paragraphs name North Korea, the last also Pyongyang.
    expect(briefPage(html).map((t) => [t.id, t.mentions])).toContainEqual(['north-korea', 5]);
  });

  it('reads the dashes and quotes of a page that declares iso-8859-1 as a browser does (windows-1252)', () => {
    const head = new TextEncoder().encode('<html><head><meta charset="iso-8859-1"></head><body><article><h1>');
    // "Japan–U.S. alliance" and „…“ with the en dash (0x96) and German quotes (0x84, 0x93) of windows-1252.
    const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
    const body = [
      ...ascii('Japan'),
      0x96,
      ...ascii('U.S. alliance tested'),
      ...ascii('</h1><p>'),
      0x84,
      ...ascii('Zeitenwende'),
      0x93,
      ...ascii(', said officials of the Japan'),
      0x96,
      ...ascii('U.S. alliance in Tokyo, after talks that lasted, by all accounts, most of the night.</p></article></body></html>'),
    ];
    const html = decodePage(Uint8Array.from([...head, ...body]));
    expect(parsePage(html).querySelector('p')?.textContent).toContain('„Zeitenwende“');
    expect(briefPage(html).map((t) => [t.id, t.mentions])).toContainEqual(['japan-us-alliance', 2]);
  });

  it('reads a UTF-8 page that declares no charset as UTF-8 despite one stray byte', () => {
    const [head, tail] = ['<p>Zürich – Außenminister trafen sich in ', '. Putin und 北方領土.</p>'].map((t) => new TextEncoder().encode(t));
    expect(decodePage(Uint8Array.from([...head!, 0x96, ...tail!]))).toBe(
      '<p>Zürich – Außenminister trafen sich in \ufffd. Putin und 北方領土.</p>',
    );
  });

  it('reads a page in windows-1252 that declares no charset, not as UTF-8 with its umlauts lost', () => {
    const html = decodePage(readFileSync(join(ENCODINGS, 'undeclared-windows-1252.html')));
    expect(parsePage(html).querySelector('h1')?.textContent).toBe('Wildvogelauffangstation: Überfüllt nach dem Sturm');
    expect(html).toContain('„Wir brauchen dringend Spenden für Futter und Medikamente“');
  });
});
