/** Second reader of 1b4e227: story text the five new rules take away that 0032771 read. */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaStoryWith, load, prose, storyAroundWith, storyWith } from './story-page';
import { itReadsStoryLines } from './site-lines';

describe('ad-blocker plea rule: a consumer how-to telling readers to pause their blocker', () => {
  const story = storyWith('How to file your tax return online without the portal crashing', 'the tax portal');
  itReadsStoryLines(story, [
    'Please pause your ad blocker while you use the portal; we found that it blocks the payment step entirely.',
    'Please disable your ad blocker before you log in to the council site, our tester advised, as the form will not submit otherwise.',
  ]);
});

describe('tip-off rule: a guide to leaking safely, in its own steps', () => {
  const story = storyWith('How to blow the whistle without losing your job', 'whistleblowing');
  itReadsStoryLines(story, [
    'Contact journalists securely, and read our tips on setting up Signal before you send anything.',
    'Contact the reporters confidentially, our lawyer said, and keep any tips off your work laptop.',
  ]);
});

describe('newsletter rule: a Japanese shop owner answering in an interview, and a site announcing its newsletter', () => {
  const story = jaStoryWith('商店街の老舗茶舗、ネット販売で若い客層つかむ', '地域の商店街');
  itReadsStoryLines(story, ['メルマガでは、毎週金曜日に店主のコラムと季節のお茶をお届けしています。']);
});

describe('contact-form evidence: a story section headed as a contact label', () => {
  const page = (section: string) =>
    load(
      `<body><main><article><h1>Why companies stopped answering the phone</h1><div class="article-body">${prose('corporate communications', 5)}${section}<p>Closing paragraph of the story about corporate communications.</p></div></article></main></body>`,
    );
  it('reads a story section headed "Press enquiries" on contact forms', () => {
    const text = articleText(
      page(
        '<section><h3>Press enquiries</h3><p>More than half of the 120 listed companies we surveyed now route press enquiries through a web contact form rather than a named spokesperson, and a third never replied within a week.</p><p>Several communications chiefs said the change was meant to cut costs, not to shut out reporters.</p></section>',
      ),
    );
    expect(text).toContain('route press enquiries through a web contact form');
  });
  it('reads a German service story section "Ansprechpartner" (Kontaktformular, no number)', () => {
    const text = articleText(
      load(
        `<body><main><article><h1>Neues Förderprogramm für Balkonkraftwerke startet</h1><div class="article-body">${prose('das Förderprogramm', 5)}<div class="text-block"><h3>Ansprechpartner</h3><p>Zuständig für die Anträge ist das Umweltamt der Stadt. Wer Fragen zur Förderung hat, kann sie über das Kontaktformular auf der Internetseite der Stadt stellen; eine telefonische Sprechstunde gibt es bislang nicht.</p></div><p>Letzter Absatz der Meldung über das Förderprogramm.</p></div></article></main></body>`,
      ),
    );
    expect(text).toContain('über das Kontaktformular auf der Internetseite');
  });
  it('reads a section headed "Media enquiries" whose prose says "contact formally" (substring of "contact form")', () => {
    const text = articleText(
      page(
        '<section><h3>Media enquiries</h3><p>The regulator said it had received dozens of media enquiries, but that no broadcaster had made contact formally before the deadline passed on Friday.</p></section>',
      ),
    );
    expect(text).toContain('no broadcaster had made contact formally');
  });
});

describe('"dfp" in AD_BOX: short story boxes whose class merely contains the letters', () => {
  const story = storyAroundWith('Council publishes audit of harbour project', 'the harbour audit', 'the council');
  it('reads the caption of an embedded PDF (class "pdfp-wrapper")', () =>
    expect(
      articleText(
        story(
          '<figure class="pdfp-wrapper"><figcaption>The auditor\u2019s report, released on Tuesday, runs to 212 pages.</figcaption></figure>',
        ),
      ),
    ).toContain('runs to 212 pages'));
  it('reads a photo caption in a CSS-in-JS figure (class "css-1dfp7xq")', () =>
    expect(
      articleText(
        story(
          '<figure class="css-1dfp7xq"><img src="/img/harbour.jpg" alt=""><figcaption>The unfinished quay at Riverbend harbour in March.</figcaption></figure>',
        ),
      ),
    ).toContain('The unfinished quay at Riverbend harbour'));
});
