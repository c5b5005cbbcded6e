/**
 * What follows a story's last paragraph (`article-endings.ts`): closing notes set wholly in italics
 * or bold that point elsewhere are left out (a bio with its link, a reprint note, a call to follow
 * or to write in); story text set in emphasis stays (an interview's questions, a bold kicker or
 * last paragraph, an update, a caption, a verse, a story that closes in italics at length, a long
 * notice the story quotes). The probes marked (helper-54) are a second reader's, each failing on
 * the rule's first version, which left out any such line whether or not it pointed elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/dom/analyze-page';
import { compileMatcher } from '../../utils/matcher';
import { DEFAULT_TOPICS } from '../../utils/topics';
import { load, prose } from './story-page';

const matcher = compileMatcher(DEFAULT_TOPICS);
const marked = (doc: Document) => analyzePage(doc, matcher).mentions.map((m) => m.text);
const story = (ending: string, body = prose('aid', 10)) =>
  load(
    `<body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Aid talks resume</h1>${body}${ending}</article></body>`,
  );

describe('closing notes after the story are left out', () => {
  it('an author bio in italics, with a link to the author', () => {
    const doc = story(
      `<p><em>The author spent ten years reporting on the Taliban and now teaches history in Berlin. <a href="https://social.example/@author">Follow her</a>.</em></p>`,
    );
    expect(marked(doc)).toEqual([]);
  });

  it('a bold call to download an app, and an italic reprint note after it', () => {
    const doc = story(
      `<p><strong>Get the latest news on the Taliban straight to your phone with our app: www.example.com/app</strong></p>` +
        `<p><i>This article first appeared in the spring issue of <a href="https://example.org/">Example Review</a>, a quarterly on foreign affairs; it is reprinted here with the permission of its Kabul desk.</i></p>`,
    );
    expect(marked(doc)).toEqual([]);
  });

  it('a call to follow whose emphasis is split in two, with a link inside', () => {
    const doc = story(`<p><em>Like this story on Kabul?</em> <em>Follow our coverage on <a href="/channel">our channel</a>.</em></p>`);
    expect(marked(doc)).toEqual([]);
  });

  it('a line in bold with an e-mail address to write to', () => {
    const doc = story(`<p><b>Do you have news from Kabul? Write to us at tips@example.com.</b></p>`);
    expect(marked(doc)).toEqual([]);
  });
});

describe('story text set in emphasis stays', () => {
  it('an author bio in italics that points nowhere', () => {
    const doc = story(`<p><em>The author spent ten years reporting on the Taliban and now teaches history in Berlin.</em></p>`);
    expect(marked(doc)).toEqual(['Taliban']);
  });

  it("an interview's bold questions, the last one answered in plain text", () => {
    const qa = (q: string, a: string) => `<p><strong>${q}</strong></p><p>${a}</p>`;
    const doc = story(
      qa(
        'Will the Taliban let girls go back to school?',
        'Nobody in the ministry would give a date, and the aid agencies we spoke to were not hopeful at all.',
      ) + qa('What about Kabul?', 'In the capital some schools opened quietly last spring, with the support of parents and local elders.'),
    );
    expect(marked(doc)).toEqual(['Taliban', 'Kabul']);
  });

  it('a story that closes with a long passage in italics (more than a few lines)', () => {
    const line = (i: number) => `<p><em>Line ${i} of the poem the family recited, about the road from Kabul.</em></p>`;
    const doc = story(Array.from({ length: 6 }, (_, i) => line(i)).join(''));
    expect(marked(doc).filter((t) => t === 'Kabul')).toHaveLength(6);
  });

  it('a bold kicker followed by the last paragraph', () => {
    const doc = story(
      `<p><strong>The Taliban did not answer.</strong></p>` +
        `<p>The talks are to resume next week in Doha, the officials said, with the same delegations and the same agenda as before.</p>`,
    );
    expect(marked(doc)).toContain('Taliban');
  });

  it('a long notice in bold at the end, which the story quotes, with its link', () => {
    const notice = `Travel advice: the <a href="https://ministry.example/travel">foreign ministry</a> advises against all travel to areas held by the Taliban. ${'Those who are in the country should register with the embassy, keep their papers at hand and follow local news for changes. '.repeat(3)}`;
    const doc = story(`<p><strong>${notice}</strong></p>`, prose('aid', 20));
    expect(marked(doc)).toContain('Taliban');
  });

  it('a short closing line in plain text, with a link', () => {
    const doc = story(`<p>The talks resume on Monday in Kabul, <a href="/doha">the ministry said</a>.</p>`);
    expect(marked(doc)).toEqual(['Kabul']);
  });

  it("a story's closing list of five sources in italics, each with its link", () => {
    const source = (i: number) =>
      `<p><em>Source ${i}: the aid agencies' report on Kabul, <a href="/report-${i}">published in May</a>.</em></p>`;
    const doc = story([1, 2, 3, 4, 5].map(source).join(''), prose('aid', 30));
    expect(marked(doc)).toEqual(['Kabul', 'Kabul', 'Kabul', 'Kabul', 'Kabul']);
  });

  it('a poem of five short lines in italics that closes a long story', () => {
    const verse = ['The road from Kabul', 'runs through the snow,', 'the trucks go slowly,', 'the drivers know', 'the way back home.'];
    const doc = story(verse.map((line) => `<p><em>${line}</em></p>`).join(''), prose('aid', 16));
    expect(marked(doc)).toEqual(['Kabul']);
  });

  it('an introduction followed by letters in italics, more than a fifth of the text', () => {
    const letter = (i: number) =>
      `<p><em>Letter ${i}: the market in Kabul opened again today, and the bakers sold bread before dawn. <a href="/letters/${i}">Read it whole</a></em></p>`;
    const doc = story([1, 2, 3].map(letter).join(''), prose('aid', 2));
    expect(marked(doc).filter((t) => t === 'Kabul')).toHaveLength(3);
  });

  it('a story whose every paragraph is in italics', () => {
    const doc = load(
      `<body><article><h1>Letters from Kabul</h1>${Array.from({ length: 5 }, (_, i) => `<p><em>Letter ${i}: the market in Kabul opened again today, and the bakers were selling bread before dawn as they used to.</em></p>`).join('')}</article></body>`,
    );
    expect(marked(doc).filter((t) => t === 'Kabul')).toHaveLength(6);
  });
});

describe('story text in emphasis after the last plain paragraph stays (helper-54)', () => {
  it('P1 a verse in one <p> with <br>s, in italics, closing a feature', () => {
    const doc = story(
      `<p><em>The road from Kabul runs through the snow,<br>the trucks go slowly, the drivers know<br>the way back home, the way back home,<br>and nobody asks where the others go.</em></p>`,
    );
    expect(marked(doc)).toEqual(['Kabul']);
  });

  it('P2 a quatrain in four <p>s (the five-line poem in the suite stays only because 5 > MAX_NOTES)', () => {
    const verse = ['The road from Kabul', 'runs through the snow,', 'the trucks go slowly,', 'the drivers know.'];
    const doc = story(verse.map((l) => `<p><em>${l}</em></p>`).join(''), prose('aid', 16));
    expect(marked(doc)).toEqual(['Kabul']);
  });

  it('P3 a story whose last paragraph (100–400 chars) is set in bold for emphasis (Bild style)', () => {
    const doc = story(
      `<p><strong>Eines ist jetzt schon klar: Putin wird die Verhandlungen nicht aufgeben, solange er glaubt, dass die Zeit für ihn arbeitet.</strong></p>`,
    );
    expect(marked(doc)).toEqual(['Putin']);
  });

  it('P4 a Japanese story whose last paragraph is in bold', () => {
    const body = Array.from(
      { length: 8 },
      (_, i) =>
        `<p>第${i}段落。関係者によると、援助の再開について政府と国際機関の間で長時間にわたり協議が行われたという。双方は来週も協議を続ける方針だ。</p>`,
    ).join('');
    const doc = story(`<p><b>プーチン大統領は会見で、協議の行方について「まだ何も決まっていない」と述べるにとどめた。</b></p>`, body);
    expect(marked(doc)).toEqual(['プーチン']);
  });

  it('P5 an interview that ends with a bold question and a short plain answer', () => {
    const doc = story(`<p><strong>Will you go back to Kabul?</strong></p><p>Yes. As soon as I can.</p>`);
    expect(marked(doc)).toEqual(['Kabul']);
  });

  it('P6 an update in italics at the end that adds facts', () => {
    const doc = story(`<p><em>Update, 5:40 p.m.: The Taliban confirmed the release of the two aid workers on Tuesday evening.</em></p>`);
    expect(marked(doc)).toEqual(['Taliban']);
  });

  it("P7 a picture at the end with its caption in italics (a blog's <p><em> caption)", () => {
    const doc = story(`<p><img src="/a.jpg" alt=""></p><p><em>Trucks with aid wait at the border crossing to Afghanistan.</em></p>`);
    expect(marked(doc)).toEqual(['Afghanistan']);
  });

  it('P8 a figcaption in <em> of a closing figure', () => {
    const doc = story(
      `<figure><img src="/a.jpg" alt=""><figcaption><em>Trucks with aid wait at the border crossing to Afghanistan.</em></figcaption></figure>`,
    );
    expect(marked(doc)).toEqual(['Afghanistan']);
  });

  it('P9 a closing quote set in italics, as a feature ends on a line of a letter', () => {
    const doc = story(`<p><em>“We will meet again in Kabul, when the snow melts,” the last letter said.</em></p>`);
    expect(marked(doc)).toEqual(['Kabul']);
  });

  it('P12 a German interview (ZEIT style) ending on a bold question and a one-word answer', () => {
    const doc = story(`<p><strong>ZEIT ONLINE: Wird Putin am Ende verhandeln?</strong></p><p>Nein.</p>`);
    expect(marked(doc)).toEqual(['Putin']);
  });

  it('P13 a box of key points in bold at the end', () => {
    const doc = story(
      `<h2>Key points</h2><ul><li><strong>The Taliban agreed to talks.</strong></li><li><strong>Kabul airport reopens.</strong></li><li><strong>Aid resumes next week.</strong></li></ul>`,
    );
    expect(marked(doc)).toEqual(['Taliban', 'Kabul']);
  });

  it('P14 a live blog (newest first) whose oldest entry, at the bottom, is an italic welcome', () => {
    const entry = (t: string, body: string) => `<div class="entry"><p><strong>${t}</strong></p>${body}</div>`;
    const doc = story(
      entry('09:00', `<p><em>Welcome to our live coverage of the talks with the Taliban in Doha.</em></p>`),
      [1, 2, 3, 4, 5].map((i) => entry(`1${i}:00`, prose('aid', 2))).join(''),
    );
    expect(marked(doc)).toEqual(['Taliban']);
  });

  it('P15 a correction in italics at the end (arguable: the site speaking)', () => {
    const doc = story(
      `<p><em>Correction: An earlier version of this article misstated the date on which the Taliban entered Kabul.</em></p>`,
    );
    expect(marked(doc)).toEqual(['Taliban', 'Kabul']);
  });
});

describe('lines of links after the story, as before the closing notes (helper-54)', () => {
  it('P10 a story set wholly in bold, then lines of links to further stories: the links still go', () => {
    const body = Array.from(
      { length: 8 },
      (_, i) =>
        `<p><b>Paragraph ${i} of the story, in which officials said, according to two sources, that aid was discussed at length.</b></p>`,
    ).join('');
    const doc = story(`<p><a href="/a">Taliban close the last girls’ schools</a></p><p><a href="/b">Kabul airport reopens</a></p>`, body);
    expect(marked(doc)).toEqual([]);
  });

  it("P11 a video's title (a line that is only a link) before a long closing passage in italics stays", () => {
    const letter = `<p><em>${'The letter went on about the market, the bakers and the snow on the pass, and how the children kept asking when the trucks would come back again. '.repeat(4)}</em></p>`;
    const doc = story(`<p><a href="/video/123">Video: Taliban fighters at a checkpoint</a></p>${letter}`);
    expect(marked(doc)).toEqual(['Taliban']);
  });
});

describe('a label line after the story that introduces nothing kept', () => {
  it('a closing "More on …:" label whose list of links sits in a box of its own (emotion.de’s form) goes', () => {
    const doc = story(
      `<div class="field"><ul><li><a href="/a">Aid convoys wait at the border</a></li><li><a href="/b">Winter comes early to the valleys</a></li></ul></div>`,
      `<div class="field">${prose('aid', 10)}<p><strong>More on Kabul:</strong></p></div>`,
    );
    expect(marked(doc)).toEqual([]);
  });

  it('a sentence that ends in a colon before the story’s own download stays (a label of a few words only goes)', () => {
    const doc = story(`<p>The full report on Kabul is here:</p><p><a href="/files/report.pdf">Download (PDF, 2 MB)</a></p>`);
    expect(marked(doc)).toEqual(['Kabul']);
  });
});
