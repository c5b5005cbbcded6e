/**
 * Second reading of d7f5f8e (mix190–195 rules) by helper-303, session 52: page shapes the base ed2c159 read right and the three
 * new rules read wrong. Every probe failed on d7f5f8e and passed on ed2c159; all pass since the rules were narrowed: the line
 * under the headline is no box's heading only in the headline's own box; a reporter's page counts only beside a byline's link
 * that reads the name (and the name above the note is no heading); a playlist's items close with a length set apart, in a box
 * named for a player or a playlist (not a story's "format-video").
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { load, prose } from './story-page';

describe('rule 1: a line under the headline on a page one ASP.NET form wraps', () => {
  // A council's or a regional paper's ASP.NET news page: the headline's band, then a series box between the headline and
  // the body (its only heading an unlinked title, its link "See all stories"), then the story.
  it('does not read a series box’s lone heading as the standfirst', () => {
    const doc = load(
      `<body><form id="aspnetForm" action="./news.aspx" method="post"><div id="page"><div class="page-title"><h1>Council approves new cycle lanes for the city centre</h1></div><div class="content-row"><div class="series-box"><div class="series-inner"><h3>Part of our series: how the city is changing its streets</h3><a href="/news/series/streets">See all stories</a></div></div><div class="story-body">${prose('cycle lanes', 7)}</div></div></div></form></body>`,
    );
    const text = articleText(doc);
    expect(text).toContain('Paragraph 3 of the story');
    expect(text).not.toContain('Part of our series');
  });
  // A ministry's press release on SharePoint (the whole page in form#aspnetForm): the side column comes before the body in
  // the page's order, its press-contact box headed by one long h4 and no heading around it.
  it('does not read a side column’s press-contact heading as the standfirst', () => {
    const doc = load(
      `<body><form id="aspnetForm" action="./release.aspx" method="post"><div id="s4-workspace"><div class="title-band"><h1>Ministry extends heating support for pensioners through March</h1></div><div class="layout"><div class="side-column"><div class="contact-box"><h4>Media enquiries about this release: Press Office</h4><p>Phone 030 1234 5678, Monday to Friday.</p></div></div><div class="release-body">${prose('heating support', 7)}</div></div></div></form></body>`,
    );
    const text = articleText(doc);
    expect(text).toContain('Paragraph 3 of the story');
    expect(text).not.toContain('Media enquiries about this release');
  });
});

describe('rule 2: author pages now include /reporter/ and /journalist/ links', () => {
  // A paper's obituary of its own long-time reporter: the last paragraph opens with his name linked to his archive page.
  it('reads an obituary’s closing line about the paper’s own reporter, linked to his archive', () => {
    const doc = load(
      `<body><main><article><h1>Jim Hale, who chronicled the valley for four decades, dies at 78</h1><div class="byline">By <a href="/reporter/ann-cole">Ann Cole</a></div><div class="article-body">${prose('the valley', 6)}<p><a href="/reporter/jim-hale">Jim Hale</a> was a reporter and editor at the Courier from 1979 until he retired in 2012, and never missed a flood season.</p></div></article></main></body>`,
    );
    expect(articleText(doc)).toContain('was a reporter and editor at the Courier');
  });
  // A press-freedom group's news page, each jailed journalist linked to the group's profile of them.
  it('reads a press-freedom story’s last paragraph on a jailed journalist, linked to the group’s profile of her', () => {
    const doc = load(
      `<body><main><article><h1>Court extends detention of three reporters in the capital</h1><div class="entry-content">${prose('the detention', 6)}<p><a href="/journalists/leyla-aziz">Leyla Aziz</a> is a journalist for the weekly Ayna who has been held without charge since March, her lawyers said.</p></div></article></main></body>`,
    );
    expect(articleText(doc)).toContain('has been held without charge since March');
  });
});

describe('rule 2: the name plain above, a link to the person’s page after', () => {
  // A university's news story on new faculty: a card for each (name, a line on them, "View profile" to the staff directory),
  // the intro linking the same names there, and a closing paragraph: the cards are the story, not author notes.
  it('reads the last of a faculty story’s people cards', () => {
    const card = (name: string, slug: string, line: string) =>
      `<div class="person"><h3>${name}</h3><p>${name} ${line}</p><a href="/staff/${slug}">View profile</a></div>`;
    const doc = load(
      `<body><main><article><h1>Five new professors join the School of Engineering this autumn</h1><div class="article-body"><p>The school welcomes <a href="/staff/maria-lopez">Maria Lopez</a> and <a href="/staff/tom-becker">Tom Becker</a> among five new professors starting this autumn.</p>${prose('the new faculty', 5)}${card('Maria Lopez', 'maria-lopez', 'is a professor of civil engineering who studies how bridges age in salty coastal air.')}${card('Tom Becker', 'tom-becker', 'is a professor of materials science working on recycled concrete for road building.')}<p>Classes begin on September 9, and the new professors will give public lectures through the autumn term.</p></div></article></main></body>`,
    );
    expect(articleText(doc)).toContain('working on recycled concrete for road building');
  });
});

describe('rule 3: a list whose lines close with a time, in a box named for video', () => {
  // A WordPress running blog's race report, its post format "video" (a finish-line clip on top): the results list is the story's.
  it('reads a marathon’s results in a WordPress post of the video format', () => {
    const doc = load(
      `<body class="single single-format-video"><div id="content"><article class="post-118 post type-post format-video hentry"><h1 class="entry-title">Kiptum breaks the course record in Chicago</h1><div class="entry-content">${prose('the marathon', 4)}<ul><li>1. Kelvin Kiptum (Kenya) 2:00:35</li><li>2. Eliud Kipchoge (Kenya) 2:04:12</li><li>3. Benson Kipruto (Kenya) 2:04:53</li></ul>${prose('the race', 3)}</div></article></div></body>`,
    );
    expect(articleText(doc)).toContain('Kelvin Kiptum (Kenya) 2:00:35');
  });
  // A local paper's story led by a video (its article marked `story--video`): the day's programme, each line closed by its hour.
  it('reads a festival story’s programme, each line closed by its hour, in a story led by a video', () => {
    const doc = load(
      `<body><main><article class="story story--video"><h1>Riverside festival returns on Saturday with fireworks and a parade</h1><div class="story__body">${prose('the festival', 4)}<ul><li>Parade leaves the Town Hall at 10:30</li><li>Food market opens on the quay at 12:00</li><li>Fireworks over the river from 21:30</li></ul>${prose('the organisers', 3)}</div></article></main></body>`,
    );
    expect(articleText(doc)).toContain('Fireworks over the river from 21:30');
  });
  // A Christian news site's story on a Bible app's year, led by a video (its article marked `has-video`): the most shared
  // verses, each reference closed by chapter and verse, which the duration pattern takes for a length ("John 3:16").
  it('reads a story’s list of the most shared verses, each closed by chapter and verse', () => {
    const doc = load(
      `<body><main><article class="post has-video"><h1>The Bible verses readers shared most this year</h1><div class="post-body">${prose('the app', 4)}<ol><li>John 3:16</li><li>Jeremiah 29:11</li><li>Philippians 4:13</li><li>Romans 8:28</li></ol>${prose('the survey', 3)}</div></article></main></body>`,
    );
    expect(articleText(doc)).toContain('Philippians 4:13');
  });
});
