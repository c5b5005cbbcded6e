/**
 * What counts as a link when the finder weighs a line's links against its text (`article-scores.ts`
 * `isNavigation`): a `javascript:` link that opens a note over the text, as a study edition
 * annotates its story (Readability's clean-links page, Melville's "Bartleby"), is the story's words;
 * one that goes back, opens a page or posts an ASP.NET form still takes the reader elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/dom/analyze-page';
import { compileMatcher } from '../../utils/matcher';
import { DEFAULT_TOPICS } from '../../utils/topics';
import { load, prose } from './story-page';

const matcher = compileMatcher(DEFAULT_TOPICS);
const uniq = (doc: Document) => [...new Set(analyzePage(doc, matcher).mentions.map((m) => m.text))];
const note = (words: string) =>
  `<a href="javascript:void(0);" onclick="return overlib('Why does he name the Taliban here?', STICKY)" onmouseout="nd();" class="popup">${words}</a>`;

describe('links that open a note over the text', () => {
  it('reads a short line whose words are an annotation popup', () => {
    const doc = load(
      `<body><center><table><tr><td><h1>The Envoy: A Story of Kabul</h1>${prose('aid', 3)}` +
        `<p>"Ah ${note('Taliban! Ah humanity')}!"</p>${prose('aid', 3)}</td></tr></table></center></body>`,
    );
    expect(uniq(doc)).toEqual(['Kabul', 'Taliban']);
  });

  it('still leaves out a "Read also" line whose link posts the form or opens a page', () => {
    for (const href of ["javascript:__doPostBack('ctl00$Main$lnkRelated','')", "javascript:window.open('/story/42')"]) {
      const doc = load(
        `<body><form id="form1"><div id="main"><h1>Talks</h1>${prose('aid', 3)}` +
          `<p>Read also: <a href="${href}">The Taliban’s envoys in Doha, a year on</a></p>${prose('aid', 3)}</div></form></body>`,
      );
      expect(uniq(doc), href).toEqual([]);
    }
  });
});
