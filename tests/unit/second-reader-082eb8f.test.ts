/**
 * Second reader of 082eb8f: a note right under a bare name link, "<Name> covers …"/"<Name> is a …", is now an author's note
 * also when the link goes to a /reporter(s)/ or /journalist(s)/ page, provided the page links the name twice. These are story
 * pages whose own portraits of a person sit so, in the story's last quarter: a newsroom's "Meet the team" story, a press-freedom
 * roundup of jailed reporters, an obituary's profile box, an awards story. Each fails on 082eb8f and passes on 8f38ff9.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { load } from './story-page';

/** Reads `html` and checks the story's opening and its last portrait are both read. */
const expectReads = (html: string, opening: string, portrait: string) => {
  const text = articleText(load(html));
  expect(text).toContain(opening);
  expect(text).toContain(portrait);
};

describe('story portraits of reporters under their linked names (082eb8f)', () => {
  it("reads a 'Meet the team' story's last member under a linked subhead (/reporter/)", () =>
    expectReads(
      `<body><main><article><h1>Meet the reporters joining our newsroom this spring</h1><p class="byline">By <a href="/staff/laura-kim">Laura Kim</a></p><div class="article-body"><p>This month three journalists join the Riverside Courier. Please welcome <a href="/reporter/maria-lopez">Maria Lopez</a>, <a href="/reporter/dev-patel">Dev Patel</a> and <a href="/reporter/ana-sousa">Ana Sousa</a>, who will be writing for you from today. Here is a little about each of them, and how to reach them with a tip.</p><h3><a href="/reporter/maria-lopez">Maria Lopez</a></h3><p>Maria Lopez covers city hall and the county budget. She spent six years at the Valley Ledger, where her reporting on the jail contract led to a state audit, and she grew up two blocks from the old mill.</p><h3><a href="/reporter/dev-patel">Dev Patel</a></h3><p>Dev Patel covers schools and higher education. He comes to us from a public radio station in Ohio, where he produced a series on rural school closures that won a regional Murrow award last year.</p><h3><a href="/reporter/ana-sousa">Ana Sousa</a></h3><p>Ana Sousa is a reporter on our growth and housing beat. She was a Report for America corps member in Fresno and speaks Portuguese and Spanish; send her your questions about rents and new construction.</p></div></article></main></body>`,
      'This month three journalists join',
      'Ana Sousa is a reporter on our growth and housing beat',
    ));

  it('reads a press-freedom roundup of jailed reporters, each under a linked subhead (/journalists/)', () =>
    expectReads(
      `<body><main><article><h1>Still behind bars: the journalists we have not forgotten</h1><p class="byline">By <a href="/author/sarah-whitfield">Sarah Whitfield</a></p><div class="article-body"><p>On World Press Freedom Day, more than 300 journalists remain in prison worldwide for their work. Among them are <a href="/journalists/ihar-losik">Ihar Losik</a>, <a href="/journalists/nika-novak">Nika Novak</a> and <a href="/journalists/aung-san-lwin">Aung San Lwin</a>, whose families told us how they are holding up.</p><p>Press freedom groups say the number of jailed reporters has risen for the fourth year running, with Belarus, Myanmar and Russia among the worst offenders.</p><h2><a href="/journalists/ihar-losik">Ihar Losik</a></h2><p>Ihar Losik is a blogger and consultant for a Belarusian service who was sentenced to 15 years in 2021. His wife says his letters now arrive months late, if at all.</p><h2><a href="/journalists/nika-novak">Nika Novak</a></h2><p>Nika Novak is a freelance journalist from Chita who was sentenced to four years for what prosecutors called financing extremism. Her lawyer has filed a final appeal.</p><h2><a href="/journalists/aung-san-lwin">Aung San Lwin</a></h2><p>Aung San Lwin is a journalist and photographer who was arrested while covering the aftermath of an air strike in Sagaing. His colleagues have not been allowed to see him since.</p></div></article></main></body>`,
      'On World Press Freedom Day',
      'Aung San Lwin is a journalist and photographer who was arrested',
    ));

  it("reads an obituary's profile box of the reporter it mourns (/reporter/, bare link in a box of its own)", () =>
    expectReads(
      `<body><main><article><h1>Han Mi-rae, who chronicled the lives of North Korean defectors, dies at 58</h1><p class="byline">By <a href="/reporter/choi-jun-ho">Choi Jun-ho</a></p><div class="article-body"><p><a href="/reporter/han-mirae">Han Mi-rae</a>, a reporter at this newspaper for nearly three decades whose interviews with defectors filled four books, died on Sunday at a hospital in Seoul. She was 58. Her family said the cause was pancreatic cancer.</p><p>Born in Sokcho, she joined the paper in 1994 as a police reporter and moved to the unification desk after the famine of the late 1990s, when the first large wave of defectors reached the South.</p><p>Colleagues remembered her patience. She would visit the same family for months before writing a word, and many of the people she wrote about came to her funeral wake on Monday.</p><p>She is survived by her husband, a daughter and two grandsons. A memorial will be held at the paper's auditorium on Friday.</p><div class="profile-card"><a href="/reporter/han-mirae">Han Mi-rae</a><p>Han Mi-rae was a senior reporter on the unification desk from 1998 to 2022 and the author of four books on defectors' lives.</p></div></div></article></main></body>`,
      'who chronicled the lives',
      'Han Mi-rae was a senior reporter on the unification desk',
    ));

  it('reads an awards story whose winners sit under linked subheads (/reporters/)', () =>
    expectReads(
      `<body><main><article><h1>Gazette reporters take home five state press awards</h1><p class="byline">By <a href="/staff/gazette-staff">Gazette Staff</a></p><div class="article-body"><p>Two Gazette reporters were honored Saturday at the state press association's annual banquet in Springfield. <a href="/reporters/tom-reyes">Tom Reyes</a> won first place for investigative reporting and <a href="/reporters/jill-osei">Jill Osei</a> took top honors for breaking news.</p><p>Judges praised the paper's coverage of the grain elevator explosion in March, calling it fast, careful and humane.</p><h3><a href="/reporters/tom-reyes">Tom Reyes</a></h3><p>Tom Reyes covers county government and the courts. His series on unpaid jail medical bills prompted the county board to rewrite its contract with the jail's health provider.</p><h3><a href="/reporters/jill-osei">Jill Osei</a></h3><p>Jill Osei covers public safety. She was at the elevator within twenty minutes of the blast and filed updates through the night as crews searched for two missing workers.</p></div></article></main></body>`,
      'Two Gazette reporters were honored',
      'Jill Osei covers public safety',
    ));

  it("reads a 'Meet the team' story whose names stand on a linked line of their own (/journalist/)", () =>
    expectReads(
      `<body><main><article><h1>Introducing our new Tokyo bureau</h1><p class="byline">By <a href="/author/editor">The Editor</a></p><div class="article-body"><p>From this week, readers will find more reporting from Japan in these pages. Our new bureau is run by <a href="/journalist/kenji-mori">Kenji Mori</a> and <a href="/journalist/emma-hart">Emma Hart</a>, who between them have spent more than twenty years in the country.</p><p>They will write about politics, business and the changing life of Japan's regional towns, and we hope you will tell them what you would like to read.</p><p class="team-name"><a href="/journalist/kenji-mori">Kenji Mori</a></p><p>Kenji Mori is a correspondent who has covered Japanese politics since the Koizumi years, most recently for a wire service in Osaka.</p><p class="team-name"><a href="/journalist/emma-hart">Emma Hart</a></p><p>Emma Hart is a business reporter who joins us from a financial daily in Singapore, where she wrote about shipping and semiconductors.</p></div></article></main></body>`,
      'From this week, readers will find',
      'Emma Hart is a business reporter who joins us',
    ));

  it("reads a fellowship story's portrait of its new fellow under a linked subhead (/journalists/)", () =>
    expectReads(
      `<body><main><article><h1>Climate desk welcomes its first Pacific fellow</h1><p class="byline">By <a href="/staff/newsroom">Newsroom</a></p><div class="article-body"><p>The Pacific Climate Reporting Fellowship, funded by a grant from a regional foundation, will bring a journalist from the islands to our climate desk for a year. Its first fellow is <a href="/journalists/mele-taufa">Mele Taufa</a> of Nuku'alofa.</p><p>The fellowship pays a full salary and covers travel back to the islands for reporting trips, which editors say will bring stories that rarely reach readers here.</p><p>Applications for next year's fellowship open in September. Journalists from any Pacific Island nation with at least three years of experience in print, radio or television are eligible, and the selection panel includes two former fellows of similar programs in Australia.</p><p>The foundation has committed to funding the program for five years, after which the paper hopes to make the position permanent.</p><h3><a href="/journalists/mele-taufa">Mele Taufa</a></h3><p>Mele Taufa is a radio journalist who has reported on sea-level rise and the 2022 eruption of Hunga Tonga for Tongan and New Zealand outlets.</p></div></article></main></body>`,
      'The Pacific Climate Reporting Fellowship',
      'Mele Taufa is a radio journalist who has reported',
    ));
});
