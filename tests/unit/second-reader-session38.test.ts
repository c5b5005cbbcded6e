/**
 * A second reader's probes of the rules added between 9feab70 and HEAD (month-in-words dates, a question asking for an
 * e-mail, a player box named "…-audio", a caption's part named "author", a Polish rights line, Japanese contact and
 * transcript lines, a bracketed 撮影 with a date, a reaction prompt). Each case asserts the reading a careful human
 * reader gives: story lines read, the site's lines left out. Written by a second reader (helper-145): the probes (no "GUARD"
 * in their names) fail on 209fed6 and pass on 9feab70; the guards pass on both.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { itReadsSentences, itReadsStoryLines } from './site-lines';
import { jaProse, jaStoryWith, load, prose } from './story-page';

const story = (after: string, opening = '') =>
  load(
    `<body><main><article><h1>Ceasefire talks resume in Doha</h1><div class="article-body">${opening}${prose('the ceasefire', 6)}${after}</div></article></main></body>`,
  );
const read = (after: string, opening = '') => articleText(story(after, opening));

describe("a short line with a date in words that is the story's own (article-furniture DATED + date-lines DATE)", () => {
  it.each([
    [
      "a timeline's date on its own line",
      '<h2>Timeline</h2><p><strong>December 5, 2026</strong></p><p>The two delegations met for the first time in a hotel outside the city.</p>',
      'December 5, 2026',
    ],
    [
      "a timeline's date on its own line (day first)",
      '<h2>Chronologie</h2><p>5 December 2026</p><p>The two delegations met for the first time in a hotel outside the city.</p>',
      '5 December 2026',
    ],
    ["the next hearing's date", '<p>Next hearing: January 12, 2027</p>', 'Next hearing: January 12, 2027'],
    ['an application deadline', '<p>Deadline for applications: 31 January 2027</p>', 'Deadline for applications: 31 January 2027'],
    ["an obituary's life dates", '<p>Born March 3, 1950 – Died December 5, 2026</p>', 'Born March 3, 1950'],
    ["an obituary's birth line", '<p>Born: March 3, 1950</p>', 'Born: March 3, 1950'],
    ['an event listing', '<p>Premiere: Berlin, February 12, 2027</p>', 'Premiere: Berlin, February 12, 2027'],
    ["a release date in a review's facts", '<p>Release date: 12 March 2027</p>', 'Release date: 12 March 2027'],
    [
      'a list-like subhead',
      "<p><strong>Top 10 albums 2026</strong></p><p>The list below is drawn from our critics' votes, counted over three weeks in November.</p>",
      'Top 10 albums 2026',
    ],
    ['a Polish story line (event date)', '<p>Termin rozprawy: 12 stycznia 2027</p>', 'Termin rozprawy: 12 stycznia 2027'],
  ])('reads %s', (_name, after, line) => {
    const text = read(after);
    expect(text).toContain('Paragraph 5 of the story');
    expect(text).toContain(line);
  });

  it('reads a caption (a div in the figure) naming who and when', () => {
    const text = read(
      '<figure><img src="/img/a.jpg" width="640" height="427" alt=""><figcaption><div class="caption-text">Pope Leo XIV, May 18, 2025</div></figcaption></figure>',
    );
    expect(text).toContain('Pope Leo XIV, May 18, 2025');
  });

  it('reads a standfirst naming a date in words', () => {
    const standfirst = 'An interview with the chancellor, 5 December 2026';
    const text = articleText(
      load(
        `<body><main><article><h1>Ceasefire talks resume in Doha</h1><p class="standfirst">${standfirst}</p><div class="article-body">${prose('the ceasefire', 6)}</div></article></main></body>`,
      ),
    );
    expect(text).toContain(standfirst);
  });

  itReadsSentences(story, [
    'December 5, 2026: Talks begin',
    'On 5 December 2026 the envoy flew to Moscow with a letter from the president',
  ]);
});

describe('a story paragraph opening with a question and naming an e-mail address (article-notices STOCK_LINE)', () => {
  itReadsStoryLines(story, [
    'What should you do if you get such a message? Forward it to report@phishing.gov.uk, the National Cyber Security Centre advises.',
    'How did the leak start? An employee forwarded the files from j.doe@company.example to a private account, investigators say.',
    'Was war passiert? Die Betrüger verschickten E-Mails von der Adresse service@sparkasse-sicherheit.example an Tausende Kunden.',
    'Skąd pochodziły wiadomości? Według prokuratury wysyłano je z adresu biuro@fundacja-pomoc.example do tysięcy seniorów.',
  ]);
});

describe('a Polish story sentence on rights reserved (article-notices STOCK_LINE "wszelkie prawa … zastrzeżone")', () => {
  itReadsStoryLines(story, ['Spółka twierdzi, że wszelkie prawa do marki są zastrzeżone, ale sąd okręgowy uznał inaczej.']);
});

describe('a short box with a class ending in "-audio" (article-controls PLAYER)', () => {
  it('reads a quote shown with its audio clip', () => {
    const quote = '"We lost everything in an hour," said Maria Lopez, 54, whose house on Elm Street burned.';
    const text = read(`<div class="story-audio"><p>${quote}</p><audio src="/clip.mp3" controls></audio></div>`);
    expect(text).toContain('Paragraph 5 of the story');
    expect(text).toContain('We lost everything in an hour');
  });

  it('GUARD: reads a paragraph of the story with a pronunciation button in it', () => {
    const line = 'The town is called Llanfair, pronounced roughly "hlan-vire", and has 3,000 residents.';
    const text = read(`<p class="body-text">${line.replace('Llanfair,', 'Llanfair <span class="pronunciation-audio"></span>,')}</p>`);
    expect(text).toContain('has 3,000 residents');
  });

  it('reads a short paragraph in a wrapper marked "has-audio"', () => {
    const line = 'The mediators said a second round would follow within days.';
    const text = read(`<div class="paragraph has-audio"><p>${line}</p></div>`);
    expect(text).toContain(line);
  });
});

describe('a part of a figure named "author" that is no picture credit (article-credits isCredit)', () => {
  it('reads the lead picture\'s caption in a figcaption named with "author"', () => {
    const caption = 'Delegates arrive at the Sheraton hotel in Doha for the first round of talks.';
    const text = articleText(
      load(
        `<body><main><article><h1>Ceasefire talks resume in Doha</h1><figure><img src="/img/a.jpg" width="640" height="427" alt=""><figcaption class="caption caption--with-author">${caption}</figcaption></figure><div class="article-body">${prose('the ceasefire', 6)}</div></article></main></body>`,
      ),
    );
    expect(text).toContain('Paragraph 5 of the story');
    expect(text).toContain(caption);
  });

  it("GUARD: leaves out a photographer's span named as the caption's author", () => {
    const text = read(
      '<figure><img src="/img/a.jpg" width="640" height="427" alt=""><figcaption><span class="caption-text">Delegates arrive at the hotel.</span> <span class="caption-author">Karim Jaafar / AFP</span></figcaption></figure>',
    );
    expect(text).toContain('Delegates arrive at the hotel.');
    expect(text).not.toContain('Karim Jaafar');
  });
});

describe('Japanese story lines worded like the new site lines (japanese-notices)', () => {
  const page = jaStoryWith('証人尋問の記録、委員会が公開へ', '記録');

  itReadsStoryLines(page, [
    '委員会は、証人尋問の書き起こしに基づいて報告書を作成しています。',
    '同局は、国会の速記録に基づき番組を編集しています。',
  ]);

  itReadsSentences(page, [
    'この記事への反響は大きく、市には問い合わせが相次いでいます。',
    '政府は速記録に基づき作成した議事録を来週公開する方針です。',
  ]);

  it("reads a local event story's own line on whom to ask", () => {
    const line = '問い合わせ：府立植物園（075-701-0141）';
    const text = articleText(jaStoryWith('植物園でバラ展、あすから', '展示')(`<p>${line}</p>`));
    expect(text).toContain('5回目の協議は来月にも開かれる見通しで');
    expect(text).toContain(line);
  });
});

describe("a Japanese caption's bracketed credit (article-credits BRACKETED_JA_CREDIT)", () => {
  const withCaption = (caption: string) =>
    articleText(
      load(
        `<body><article><h1>ロシア軍、択捉島周辺で演習</h1><figure><img src="/img/a.jpg" width="640" height="427" alt=""><figcaption>${caption}</figcaption></figure><div class="article-body">${jaProse('択捉')}</div></article></body>`,
      ),
    );

  it.each([
    ['択捉島を望む海岸（本社・望月撮影）', '望月撮影'],
    ['択捉島を望む海岸（写真部・春日撮影）', '春日撮影'],
  ])('reads "%s" without the photographer\'s credit', (caption, credit) => {
    const text = withCaption(caption);
    expect(text).toContain('択捉島を望む海岸');
    expect(text).not.toContain(credit);
  });

  it('GUARD: reads "択捉島を望む海岸（根室支局 山内祐介撮影）" without its credit', () => {
    const text = withCaption('択捉島を望む海岸（根室支局 山内祐介撮影）');
    expect(text).toContain('択捉島を望む海岸');
    expect(text).not.toContain('山内祐介撮影');
  });
});
