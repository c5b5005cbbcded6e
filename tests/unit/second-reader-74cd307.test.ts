/**
 * Second reader of 74cd307: furniture the two new rules take in that 934589d left out. A sentence of 80 characters or more
 * in a meta-named box holding the headline is now read as a standfirst (an update note, a disclaimer, a sponsor line
 * beside the dek), and on a page inside one <form> a box under the h2 headline is no longer a form's part (a poll or a
 * sign-up with no heading of its own).
 */
import { describe, it } from 'vitest';
import { load, prose } from './story-page';
import { expectReadsWithout } from './site-lines';

describe('meta-box sentence rule: a long line under the headline, in its meta-named box, that is no standfirst', () => {
  // A story with no dek: the box holds its kicker, its h1, the site's line and the time (two long lines there are both read on 934589d too).
  const page = (headerClass: string, line: string) =>
    load(
      `<body><main><article class="story"><section class="media-item"><div class="${headerClass}"><p class="story-meta__super"><a href="/congress">Congress</a></p><h1 class="headline">Senate bill on North Korea’s crypto heists stalls</h1>${line}<time datetime="2026-03-04T09:12">March 4, 2026</time></div></section><div class="story-text">${prose('North Korea', 6)}</div></article></main></body>`,
    );
  const probes: [string, string, string][] = [
    [
      'an update note',
      'headline-meta',
      '<p class="update-note">This story has been updated to include a statement from Senator Whitfield’s office released after publication.</p>',
    ],
    [
      'a correction',
      'headline-meta',
      '<div class="correction"><strong>Correction:</strong> An earlier version of this article misstated the committee that referred the bill to the Senate floor.</div>',
    ],
    [
      'a sponsor line',
      'headline-meta',
      '<p class="support-note">This coverage is supported by a grant from the Carnegie Corporation of New York; the newsroom keeps full editorial control.</p>',
    ],
    [
      'a German Aktualisierung',
      'headline-meta',
      '<p class="hinweis">Aktualisiert um 14:20 Uhr: Wir haben den Text um eine Stellungnahme des Finanzministeriums ergänzt, die nach Veröffentlichung einging.</p>',
    ],
  ];
  it.each(probes)('leaves out %s', (_what, headerClass, line) => {
    const gone = line.replace(/<[^>]+>/g, '').slice(0, 30);
    expectReadsWithout(page(headerClass, line), 'Paragraph 5 of the story', gone);
  });
});

describe('WebForms rule: a form part under the h2 headline with no heading of its own', () => {
  const page = (part: string) =>
    load(
      `<body><form id="aspnetForm" method="post" action="./story.aspx"><div class="container"><article class="story story--single"><div class="story__header"><span class="story__category"><a href="/pakistan">Pakistan</a></span><h2 class="story__title"><a href="https://www.tribune.example/news/1847362/torkham">Torkham traders count losses as border reopens</a></h2>${part}<div class="story__meta"><span class="story__byline"><a href="/authors/1193/sana-wazir">Sana Wazir</a></span></div></div><div id="story-content" class="story__content">${prose('Afghanistan', 6)}</div></article></div></form></body>`,
    );
  it("leaves out a poll's intro with no question heading", () =>
    expectReadsWithout(
      page(
        '<div class="poll"><p class="poll__intro">Readers have until Friday to vote in this week’s poll on the border, and results will be shown with the next issue.</p><label><input type="radio" name="poll" value="1"> Yes</label><label><input type="radio" name="poll" value="2"> No</label><input type="submit" value="Vote"></div>',
      ),
      'Paragraph 5 of the story',
      'Readers have until Friday to vote',
    ));
  it('leaves out a newsletter sign-up blurb', () =>
    expectReadsWithout(
      page(
        '<div class="newsletter-signup"><p>Get the day’s most important stories from Pakistan and the region delivered to your inbox every morning at seven.</p><input type="email" name="email" placeholder="Your email"><input type="submit" value="Subscribe"></div>',
      ),
      'Paragraph 5 of the story',
      'Get the day’s most important stories',
    ));
  it("leaves out an opinion page's disclaimer", () =>
    expectReadsWithout(
      page(
        '<div class="story__disclaimer"><p>The views expressed by the writer and the reader comments do not necessarily reflect the views and policies of the newspaper.</p></div>',
      ),
      'Paragraph 5 of the story',
      'The views expressed by the writer',
    ));
  it('leaves out a comment form’s rules', () =>
    expectReadsWithout(
      page(
        '<div class="comment-box"><p>Comments are moderated and generally will be posted if they are on-topic and not abusive; please keep them civil.</p><textarea name="comment"></textarea><input type="submit" value="Post"></div>',
      ),
      'Paragraph 5 of the story',
      'Comments are moderated',
    ));
});
