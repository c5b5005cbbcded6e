import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/dom/analyze-page';
import { findArticle, findArticleSteps, inArticle } from '../../utils/dom/article';
import { measure, scoreSteps } from '../../utils/dom/article-scores';
import { foundArticle, runToEnd } from '../../utils/dom/page-text';
import { compileMatcher } from '../../utils/matcher';
import { DEFAULT_TOPICS } from '../../utils/topics';
import { parsePage } from '../../scripts/page-html';
import { load, prose } from './story-page';

const matcher = compileMatcher(DEFAULT_TOPICS);

const marked = (doc: Document) => analyzePage(doc, matcher).mentions.map((m) => m.text);
const uniq = (doc: Document) => [...new Set(marked(doc))];

describe('findArticle', () => {
  it('finds the article of a WebForms page inside an hfeed wrapper, with headline, standfirst, caption and subhead, and nothing of its furniture', () => {
    const doc = load(readFileSync('tests/fixtures/pages/webforms-news.html', 'utf8'));
    // Navigation, share bar, related list, comments, teaser articles, newsletter box, most-read list and footer stay unmarked.
    expect(marked(doc)).toEqual(['Taliban', 'Kabul', 'Haqqani network', 'Taliban', 'Kabul', 'Pyongyang', 'North Korea']);
  });

  it('takes the long article, not the teaser articles beside it', () => {
    const teaser = (t: string) => `<article class="teaser"><h2><a href="/x">${t} in brief</a></h2><p>Short lead.</p></article>`;
    const doc = load(
      `<body>${teaser('Putin')}<article id="story"><h1>Budget day</h1>${prose('the Taliban')}</article>${teaser('Xi Jinping')}</body>`,
    );
    expect(findArticle(doc).roots.map((r) => r.id || r.tagName)).toContain('story');
    expect([...new Set(marked(doc))]).toEqual(['Taliban']);
  });

  it('lets no class word veto the article on its own: a page-wide "stream comments-open feed" wrapper still holds it', () => {
    const doc = load(
      `<body><div class="stream comments-open feed"><div class="share-wrapper-outer">${prose('North Korea', 6)}</div><ul class="menu"><li><a href="/">Putin</a></li></ul></div></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['North Korea']);
  });

  it('reads a body split into a preview and "subscriber-only" parts around ad slots (a BLOX CMS page), and no subscribe box', () => {
    const ad = `<div class="tncms-region"><div class="tnt-ads advertisement"><span>Advertisement</span></div></div>`;
    const doc = load(
      `<body><article class="asset"><h1>Fisheries talks end</h1><div class="asset-photo"><p>Boats moored at the port of Nemuro, in a caption of some length.</p></div>` +
        `<div class="asset-content subscriber-premium" itemprop="articleBody"><div class="subscriber-preview">${prose('Kabul', 1)}</div>` +
        `${ad}<div class="subscriber-only">${prose('the Taliban', 2)}</div>${ad}<div class="subscriber-only">${prose('Pyongyang', 2)}</div></div>` +
        `<div class="subscribe-box"><p>Subscribe now for full access to every story, with a comma, from Putin to pensions.</p></div></article></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['Kabul', 'Taliban', 'Pyongyang']);
  });

  it('gives a near tie to the candidate with clearly more running text, not a short intro whose class names a post', () => {
    const doc = load(
      `<body><section class="head"><div class="row"><div class="col-md-9"><h1>Dimethyl ether reaches the market</h1>` +
        `<div class="post-text"><p>An intro naming Kabul, with a comma, a second comma, and enough words to count as running text.</p></div>` +
        `</div></div></section><div class="container-fluid"><div class="row"><div class="col-md-8">${prose('the Taliban', 5)}</div></div></div>` +
        `<footer><p>Putin, a name in the footer, with commas, is never the story’s, whatever the page says here.</p></footer></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['Kabul', 'Taliban']);
  });

  it('gives no near tie to a container that holds a rail of teasers beside the story, or to the next story', () => {
    const standfirst = `<p>A standfirst of some length, with a comma, about the talks.</p>`;
    const teasers = Array.from(
      { length: 6 },
      (_, i) =>
        `<h3><a href="/t${i}">Teaser headline number ${i} about the economy</a></h3><p>${'A teaser of the other story, with a comma, runs on about prices and wages '.repeat(3)}and Putin.</p>`,
    ).join('');
    const rail = load(
      `<body><div class="row"><div class="col-md-8"><article><header><h1>Aid talks</h1>${standfirst}</header>` +
        `<div class="article-body">${prose('Kabul', 5)}</div></article></div><div class="col-md-4">${teasers}</div></div></body>`,
    );
    expect([...new Set(marked(rail))]).toEqual(['Kabul']);
    const long = `<p>${'This long paragraph of the next story runs on and on about budgets and ministries and schools and roads '.repeat(7)}with Putin, and a comma.</p>`;
    const nav = Array.from({ length: 40 }, (_, i) => `<li><a href="/s${i}">Section link number ${i} of the site</a></li>`).join('');
    const next = load(
      `<head><title>Aid talks resume in Kabul | Site</title></head><body><div class="page"><ul class="nav-list">${nav}</ul>` +
        `<article><header><h1>Aid talks resume in Kabul</h1>${standfirst}</header><div class="article-body">${prose('Kabul', 8)}</div></article>` +
        `<article><header><h2>Budget passes</h2><p>Another standfirst, with a comma, about the budget vote.</p></header>` +
        `<div class="article-body">${long.repeat(6)}</div></article></div></body>`,
    );
    expect(marked(next)).toEqual(Array(9).fill('Kabul'));
  });

  it('joins article text split across sibling containers, and leaves out the link list between them', () => {
    const doc = load(
      `<body><div id="main"><div class="body-part">${prose('Kabul', 3)}</div>` +
        `<div class="links"><a href="/1">Putin news</a> <a href="/2">More Putin</a> <a href="/3">Putin archive</a></div>` +
        `<div class="body-part">${prose('Pyongyang', 3)}</div></div><div id="rail"><p>Xi Jinping</p></div></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['Kabul', 'Pyongyang']);
  });

  it('leaves out a comment section inside the article element', () => {
    const doc = load(
      `<body><article><h1>Aid talks</h1>${prose('the Taliban', 5)}<section id="comments" class="comments"><h2>Comments</h2>` +
        `<div class="comment"><p>A long reader comment about Putin, his ministers, his plans and what all of it means for the region.</p></div></section></article></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['Taliban']);
  });

  it('leaves out a newsletter box (news-letter), a sign-up box and a fly-out panel inside the article', () => {
    const doc = load(
      `<body><article><h1>Aid talks</h1>${prose('the Taliban', 3)}<div class="news-letter-section"><p>We have many exciting topics, from Putin to the Kremlin, in our weekly letter.</p></div>` +
        `${prose('aid', 2)}<div class="box-sign-up"><p>Sign up now for our top news about Pyongyang, every morning, free of charge.</p></div>` +
        `<div class="c-flyout"><p>Every small donation helps, so that Xi Jinping, too, reads about our work.</p></div>${prose('aid', 1)}</article></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['Taliban']);
  });

  it('reads the standfirst between the headline and the body as article, even in a box named "teaser"', () => {
    const doc = load(
      `<body><div class="head"><h1>Aid talks resume</h1><div class="teaser-text"><p>Envoys met in Kabul on Monday to restart talks on aid.</p></div></div>` +
        `<div class="meta">By A. Writer</div><div class="body-text">${prose('Pyongyang', 5)}</div><div id="rail"><p>Xi Jinping</p></div></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['Kabul', 'Pyongyang']);
  });

  it('leaves out a "Read also" line that is mostly one link, and the heading of a related list left out', () => {
    const doc = load(
      `<body><article><h1>Aid talks</h1>${prose('the Taliban', 3)}<p><strong>Read also: <a href="/x">Putin meets his ministers in Moscow</a></strong></p>${prose('Kabul', 2)}` +
        `<h2>More on this</h2><ul class="links"><li><a href="/1">Xi Jinping visits</a></li><li><a href="/2">Pyongyang tests</a></li><li><a href="/3">Another story</a></li></ul></article></body>`,
    );
    const region = findArticle(doc);
    expect([...region.excluded].map((e) => e.tagName)).toContain('H2');
    expect([...new Set(marked(doc))]).toEqual(['Taliban', 'Kabul']);
  });

  it('keeps a sentence that runs into a long link: more than a label before it is not a "Read also" line', () => {
    const doc = load(
      `<body><article><h1>New envoy</h1>${prose('aid', 3)}<p>The envoy replaces Putin’s adviser, <a href="/x">who for eight months combined the job with his other duties at the ministry.</a></p>${prose('talks', 2)}</article></body>`,
    );
    expect(marked(doc)).toEqual(['Putin']);
  });

  it('leaves out lines that are only links after the story’s last paragraph, and a heading that introduces only them', () => {
    const doc = load(
      `<body><article><h1>Aid talks</h1>${prose('the Taliban', 2)}<p><a href="/video">Watch: Kabul after the talks</a></p><h2>Kabul waits</h2>${prose('Kabul', 2)}` +
        `<div class="sub"><h3>More on Pyongyang</h3></div><p><a href="/1">Putin meets his ministers in Moscow</a></p><p><a href="/2">What Xi Jinping wants from the summit</a></p></article></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['Taliban', 'Kabul']);
    expect(marked(doc).filter((m) => m === 'Kabul')).toHaveLength(4);
  });

  it('keeps the subheads of short closing sections after the last long paragraph (an explainer, a wire story)', () => {
    const doc = load(
      `<body><article><h1>Explainer</h1>${prose('aid', 3)}<p>The Taliban declined to comment.</p><h2>What does Putin want?</h2><p>Influence, mostly.</p>` +
        `<h3>Kabul reaction</h3><p>Markets were calm.</p><p><a href="/v">Video: the talks</a></p></article></body>`,
    );
    expect(marked(doc)).toEqual(['Taliban', 'Putin', 'Kabul']);
  });

  it('keeps a subhead that ends one root of the story when the next root goes on', () => {
    const long = (n: number) =>
      Array.from(
        { length: n },
        (_, i) =>
          `<p>Part ${i}, officials said, according to sources, that aid was discussed, at length, in the capital, again and again.</p>`,
      ).join('');
    const links = ['Home', 'World', 'Politics', 'Sport', 'Business', 'Culture', 'Science'].map((t) => `<a href="/${t}">${t}</a>`).join(' ');
    const doc = load(
      `<body><div><div class="nav-links">${links}</div><div id="a" class="body">${long(8)}<h2>What Putin wants next</h2></div>` +
        `<p id="b">The rest of the story, officials said, was that the Taliban would answer, in writing, within a week or two.</p></div></body>`,
    );
    expect(findArticle(doc).roots.map((r) => r.id)).toEqual(['a', 'b']);
    expect(marked(doc)).toEqual(['Putin', 'Taliban']);
  });

  it('reads the article of a page whose banner is left open around the whole page, main and all (not the masthead)', () => {
    const doc = load(
      `<body><header role="banner"><a href="/">Daily</a><p>Putin in the masthead</p><main><article><h1>Aid talks</h1>${prose('the Taliban')}</article></main></header></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['Taliban']);
  });

  it('keeps the headings of a story with no long paragraph', () => {
    const doc = load(
      `<body><article><h1>Aid talks</h1><h2>Kabul waits</h2><p>Officials met.</p><p>They spoke of the Taliban.</p></article></body>`,
    );
    expect(marked(doc)).toEqual(['Kabul', 'Taliban']);
  });

  it('keeps a wrapper whose class says "social" when it holds most of the story, lists and all', () => {
    const items = Array.from({ length: 5 }, (_, i) => `<li>Point ${i} of the plan for North Korea.</li>`).join('');
    const doc = load(
      `<body><nav><a href="/">Putin</a></nav><article><h1>Talks</h1><div class="contentwrap"><p>${'An opening paragraph on the talks, which were long, hard, and mostly about Kabul. '.repeat(2)}</p>` +
        `<div id="socialicons-sticky"><div class="story">${prose('North Korea', 6)}<ul>${items}</ul>${prose('Pyongyang', 2)}</div></div></div></article></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['Kabul', 'North Korea', 'Pyongyang']);
  });

  it('finds the whole story when its first part sits in nested wrappers and the rest in paragraphs beside them', () => {
    const doc = load(
      `<body><div class="entry">` +
        `<div><div><div>${prose('Kabul', 10)}</div></div></div>${prose('Pyongyang', 3)}</div>` +
        `<div id="rail"><a href="/1">Xi Jinping</a> <a href="/2">Putin</a></div></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['Kabul', 'Pyongyang']);
  });

  it('reads a post’s short introduction beside the nested wrappers of the long piece it quotes', () => {
    const doc = load(
      `<body><div class="post"><div class="entry-content">` +
        `<p>My note on this: the Taliban have said nothing of the talks, so I share the whole report below.</p>` +
        `<div><div><div>${prose('Kabul', 14)}</div></div></div></div></div>` +
        `<div id="rail"><a href="/1">Xi Jinping</a> <a href="/2">Putin</a></div></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['Taliban', 'Kabul']);
  });

  it('leaves out a dateline: a time element alone on a short line', () => {
    const doc = load(
      `<body><article><h1>Talks</h1><p class="when"><time datetime="2024-01-01">1 January 2024</time></p>${prose('Kabul', 4)}</article></body>`,
    );
    const time = doc.querySelector('time')!;
    expect(inArticle(findArticle(doc), time)).toBe(false);
  });

  it('leaves out the whole of a short line that holds a date (a label, a place), not only its time element', () => {
    const doc = load(
      `<body><article><h1>Talks</h1><p class="text-xs">Filed in Kabul: <time datetime="2024-01-01">1 January 2024</time></p>${prose('Pyongyang', 4)}</article></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['Pyongyang']);
  });

  it('leaves out a short line dated in figures (a meta line), not a short sentence with a date', () => {
    const doc = load(
      `<body><article><h1>Talks</h1><div class="info">24.01.2022 11:38 · Category: <a href="/c">Kabul</a></div>${prose('aid', 3)}` +
        `<p>Talks resume on 12.05.2024 in Pyongyang, officials said.</p>` +
        `${prose('aid', 1)}<p>Updated on 17.01.2022 by the Taliban desk.</p><p>Updated on 17.01.2022.</p></article></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['Pyongyang', 'Taliban']);
  });

  it('leaves out subscribe, newsletter, follow-us, advertising and rights lines inside the article, not story sentences that use those words', () => {
    const doc = load(
      `<body><article><h1>Aid talks</h1>${prose('aid', 3)}` +
        `<p>Never miss the latest news from Pyongyang by signing up to our newsletter today!</p>` +
        `<p>To read the full story on the Taliban, please subscribe to The Daily.</p>` +
        `<div>Copyright © 2024 Kunashiri Times. All rights reserved.</div>` +
        `<p>Dann abonnieren Sie unseren Dienst zum Thema Haqqani!</p>` +
        `<p>北方領土の最新情報はメルマガ登録で。</p>` +
        `<p>Anzeige, enthält Affiliate Links zu Tencent</p><p>Follow us on Telegram for Alibaba news.</p>` +
        `<p>(Alle Angaben ohne Gewähr, Stand: Shikotan)</p>` +
        // Story sentences with the same words: kept.
        `<p>Households in Kabul that subscribe to the state broadcaster were fined, officials said.</p>` +
        `<p>Putin spoke of Erdogan's copyright on the deal.</p>` +
        `<p>In a newsletter to supporters on Sunday, Xi Jinping's allies called the vote fair.</p>` +
        `<p>Residents of Iturup were told to download the app before the census.</p>` +
        `<p>"We hope others will follow us on sanctions," a minister said of the DPRK.</p>` +
        `<p>首相は自身のメールマガジンで日露について触れた。</p>` +
        `${prose('aid', 1)}</article></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['Kabul', 'Putin', 'Xi Jinping', 'Iturup', 'DPRK', '日露']);
  });

  it('leaves out ad slots, wire sign-offs, PDF reader notices and paywall notices inside the article, not story sentences with those words', () => {
    const doc = load(
      `<body><article><h1>Aid talks</h1>${prose('aid', 3)}` +
        `<div class="container--ads"><span>Advertisement</span><span>Scroll to continue with Kabul</span></div>` +
        `<div class="ad-slot">Anzeige Putin</div>` +
        `<p>Reporting by Liz Chen in Pyongyang; Editing by Sam Holmes</p>` +
        `<p>PDFファイルを御覧いただくためには、Adobe Acrobat Readerが必要です（北方領土）。</p>` +
        `<p>この記事は有料記事です。残り1426文字（タリバン）</p>` +
        // Story sentences, and a box whose class only contains the letters "ad": kept.
        `<p>Reporting by state media in Kunashiri could not be verified.</p>` +
        `<p>Reporting by KCNA on Pyongyang could not be verified; analysts doubted it.</p>` +
        `<p>残り３人の人質はカブールで解放された。</p>` +
        `<p>Hackers in the DPRK exploited a flaw in Adobe Reader to spy on diplomats, researchers said.</p>` +
        `<p>北朝鮮のハッカー集団は、PDFを閲覧しただけで感染する手口を使った。</p>` +
        `<p>The envoy said <span class="ad">Kabul</span> had agreed to the terms on Monday.</p>` +
        `<div class="ad-hoc">Haqqani network leaders met on Monday.</div><p class="ad-free">Kim Jong Un met officials.</p>` +
        `<div class="para has-ads"><p>Putin spoke on Monday evening.</p></div>` +
        `<div class="head-lead">Xi Jinping arrived for the second day of the talks.</div>` +
        `${prose('aid', 1)}</article></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual([
      'Kunashiri',
      'Pyongyang',
      'カブール',
      'DPRK',
      '北朝鮮',
      'Kabul',
      'Haqqani network',
      'Kim Jong Un',
      'Putin',
      'Xi Jinping',
    ]);
  });

  it("leaves out an author's note after the story, a print-edition note and members-only or provider notices, not story sentences like them", () => {
    const doc = load(
      `<body><article><h1>Aid talks</h1>${prose('aid', 3)}` +
        // Story sentences: a linked name introduced, an italic quote, a print edition named, the plain form of a notice.
        `<p><a href="/topic/bolton">John Bolton</a> is a former adviser and author who met Kim Jong Un twice.</p>` +
        `<p><em>“The Haqqani network is a state within a state,” he wrote.</em></p>` +
        `<p>The claim appeared in the Sunday print edition of a Kunashiri weekly.</p>` +
        `<p>運営会社によると、規約に反する投稿はカブールの当局の求めで削除される場合があるという。</p>` +
        `<p>ロシアは会員限定の会合を開き、プーチン大統領が出席した。</p>` +
        `<p>This conversation, officials said, was edited by Islamic State censors before release.</p>` +
        `${prose('aid', 6)}` +
        `<p><em>Helen Marsh is a senior fellow at the Forum. She served in Kabul from 2014 to 2017.</em></p>` +
        `<p><a href="/author/ruth-adair/">Ruth Adair</a> is a contributing writer, where she covers Pyongyang.</p>` +
        `<p><i>Daniel Marsh covers the Taliban from Washington.</i></p>` +
        `<p>This article appears in the January 2027 print edition with the headline “The Other Putin.”</p>` +
        `<p>A version of this article appears in print on March 19, Section A, with the headline: Xi Jinping Visits.</p>` +
        `<p>この記事は読者会員限定記事です（北方領土）</p><p>ここから先は会員の方だけがお読みいただけます（タリバン）</p>` +
        `<p>【ご注意】掲載期間終了後は、記事・動画ともに予告なく削除される場合があります（北朝鮮）。</p>` +
        `<p>記事内の肩書・数値などは、いずれも放送時点のものです（習近平）。</p>` +
        `<p>This interview has been edited for length and clarity, as our talks on North Korea are.</p>` +
        `<p>If you are seeing this message but you are already a subscriber, log in to read on Afghanistan.</p></article></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['Kim Jong Un', 'Haqqani network', 'Kunashiri', 'カブール', 'プーチン', 'Islamic State']);
  });

  it('leaves out an appeal for donations with a button-like link to the contribution page, not a story paragraph linking an appeal', () => {
    const doc = load(
      `<head><link rel="canonical" href="https://www.ledger.example/world/kabul-blast"></head><body><article><h1>Blast in Kabul</h1>${prose('aid', 3)}` +
        `<div class="x9"><p>UNICEF said it had opened <a href="https://unicef.example/donate">an appeal for the victims</a>, and Kabul's hospitals were full.</p></div>` +
        `<div class="x7" data-component="epic"><h2>Before you move on…</h2><p>Millions of readers rely on our coverage of the Taliban, and we keep it free.</p>` +
        `<div class="ctas"><a href="https://support.ledger.example/contribute?ref=epic">Support the Ledger</a></div></div>` +
        `${prose('aid', 2)}</article></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['Kabul']);
  });

  it('leaves out a provider’s notice beside the story’s text, not a paragraph of it', () => {
    const doc = load(
      `<body><div class="x1"><h1>墓参見送り</h1><div class="x2"><p>${'北方領土の元島民らが故郷の島々にある先祖の墓を訪れる事業について、政府は今年度も見送る。'.repeat(4)}</p></div>` +
        `<p class="x3">この記事はヨロズニュースが北海民報から配信を受けて掲載しています（タリバン）。</p>` +
        `<p class="x3">日露の交渉は、元島民の高齢化が進むなかで、再開の見通しが立たないままだ。</p></div></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['北方領土', '日露']);
  });

  it('leaves out reader responses with a "Reply" control whatever their class names, not live blog entries with share buttons', () => {
    const response = (name: string, topic: string) =>
      `<div class="rk rl"><div class="ab"><a href="/@${name}"><img alt="" src="a.png"></a><a href="/@${name}">${name}</a> <span>Jun 3</span></div>` +
      `<pre class="rw"><span>A reader's view on ${topic}, with a comma, written at some length to count as running text.</span></pre>` +
      `<div class="ab sc"><button aria-label="clap">42</button><button class="sg">Reply</button></div></div>`;
    const entry = (topic: string) =>
      `<div class="block"><time>15:47</time><p>An update on ${topic}, with a comma, written at some length to count as running text.</p>` +
      `<button>Share</button><button>Copy link</button></div>`;
    const doc = load(
      `<body><div class="l c"><h1>Alliance at seventy</h1>${prose('aid', 3)}${entry('Kabul')}${entry('Pyongyang')}${entry('Putin')}` +
        `<h2>Responses (3)</h2><div>${response('hiro', 'Xi Jinping')}${response('mc', 'the Taliban')}${response('ak', 'North Korea')}</div></div></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['Kabul', 'Pyongyang', 'Putin']);
  });

  it('keeps subheads in boxes of their own or beside a time and share links (a broadcaster, a live blog), not a label over teasers', () => {
    const doc = load(
      `<body><article><h1>Summit</h1>${prose('aid', 3)}` +
        `<section class="content--body"><div class="body-title"><h2>北朝鮮の核問題</h2></div><div class="body-text">${prose('talks', 2)}</div></section>` +
        `<div class="block"><header class="block-header"><time><a href="#b1">15.47 GMT</a></time><h2>Putin chairs a meeting</h2></header>${prose('talks', 1)}` +
        `<footer class="block-footer"><a href="/share">Share on Kabul</a></footer></div>` +
        `<div class="x1"><h3>More on Taliban talks</h3><a href="/a">Envoys meet again in Doha</a><a href="/b">Aid resumes</a></div>${prose('aid', 1)}` +
        `<div class="c9"><img src="jane.jpg"><h3>Jane Kunashiri</h3><a href="/jane">More by Jane</a></div>` +
        `<div class="inline-promo"><h3>Get our Shikotan briefing</h3><button>Sign up</button></div>${prose('aid', 1)}` +
        `<div class="inline-box"><header class="box-header"><h3>More on Habomai</h3></header><nav><ul><li><a href="/a">Envoys meet again</a></li></ul></nav></div>` +
        `${prose('aid', 1)}<section class="responses"><header class="comment-meta"><h4>Kim Jong Un fan</h4><time>10:02</time></header></section>` +
        `${prose('aid', 2)}` +
        `<div class="title-wrap"><h3>More on Pyongyang</h3></div><div class="cards"><div class="card"><h3><a href="/a">Taliban talks</a></h3></div><div class="card"><h3><a href="/b">Haqqani network</a></h3></div></div>` +
        `</article></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['北朝鮮', 'Putin']);
  });

  it('takes no figure of a related box, no linked teaser figure and no second figure between the headline and the body as the lead picture', () => {
    const figure = (caption: string, link = '') =>
      `<figure>${link ? `<a href="${link}"><img src="x.jpg"></a>` : '<img src="x.jpg">'}<figcaption>${caption} and more words for a caption line</figcaption></figure>`;
    const doc = load(
      `<body><header><h1>Aid talks resume</h1><div class="hero">${figure('Envoys meet the Taliban in Kabul')}${figure('A second picture of Putin')}</div>` +
        `<div class="related">${figure('Related: North Korea fires a missile')}</div><div class="strip">${figure('Xi Jinping visits', '/story')}</div>` +
        `<div class="card">${figure('Haqqani network leaders')}<h3><a href="/c">Haqqani network leaders meet</a></h3></div></header>` +
        `<div class="columns"><div class="body-text">${prose('Pyongyang', 5)}</div></div></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['Taliban', 'Kabul', 'Pyongyang']);
  });

  it('takes no figure as the lead picture on a page without an h1 (a rail of picks before the body)', () => {
    const doc = load(
      `<body><div class="col-left"><h2>Editor's picks</h2><figure><img src="p.jpg"><figcaption>Putin at the Kremlin on a winter morning</figcaption></figure></div>` +
        `<div class="columns"><div class="body-text">${prose('Pyongyang', 5)}</div></div></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['Pyongyang']);
  });

  it('reads the lead picture of a commentary whose wrapper class names it one ("hero--commentary")', () => {
    const doc = load(
      `<body><article class="node--type-commentary"><div class="hero hero--commentary"><h1>The Haqqani network after the withdrawal</h1>` +
        `<figure class="hero__image"><img src="k.jpg"><figcaption>A road near Kabul, the heartland of the network's power</figcaption></figure></div>` +
        `<div class="layout-main"><div class="body">${prose('the Taliban', 5)}</div></div></article></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['Haqqani network', 'Kabul', 'Taliban']);
  });

  it('takes the story h1 the title names over the site name’s h1 (og:site_name), whichever is longer', () => {
    const doc = load(
      `<html><head><title>Kim visits Russia again | The North Korea Times Daily</title><meta property="og:site_name" content="The North Korea Times Daily"></head>` +
        `<body><div class="top"><h1>Kim visits Russia again</h1></div><div class="main"><div class="text">${prose('Putin', 5)}</div></div>` +
        `<div class="brand"><h1>The North Korea Times Daily</h1></div></body></html>`,
    );
    expect(findArticle(doc).headline?.textContent).toBe('Kim visits Russia again');
  });

  it('keeps a subhead inside thousands of nested boxes without deep recursion (linkedom: the test DOM’s own selectors recurse)', () => {
    const depth = 8000;
    const doc = parsePage(
      `<body><article><h1>Summit</h1>${prose('aid', 3)}${'<div class="x">'.repeat(depth)}<a href="#t">10:00</a><h2>Putin arrives</h2>${'</div>'.repeat(depth)}${prose('aid', 2)}</article></body>`,
    );
    expect([...new Set(analyzePage(doc, matcher).mentions.map((m) => m.text))]).toEqual(['Putin']);
    // What fails here is a stack overflow, not time: 8,000 boxes take seconds on linkedom when the machine is busy.
  }, 30_000);

  it('reads the caption of the lead picture between the headline and the body, without its credit', () => {
    const doc = load(
      `<body><header><h1>Aid talks resume</h1><div class="hero"><figure class="lead"><img src="a.jpg"><figcaption>Envoys meet the Taliban in Kabul on Tuesday <span>Photo: Putin Pool</span></figcaption></figure></div></header>` +
        `<div class="columns"><div class="body-text">${prose('Pyongyang', 5)}</div><aside><a href="/x">Haqqani network</a></aside></div></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['Taliban', 'Kabul', 'Pyongyang']);
  });

  it('leaves out picture credits and source lines, and keeps the caption they sit in', () => {
    const doc = load(
      `<body><article><h1>Talks</h1><figure><img src="a.jpg"><figcaption>Envoys arrive in Kabul. <small>Foto: Pyongyang Press</small> <span>AFP / Putin Pool</span></figcaption></figure>` +
        `${prose('the Taliban', 4)}<p><em>Quelle: Xi Jinping Daily</em></p>` +
        // Credits after punctuation of their own: a caption's leftover full stop, a bracket around the sign.
        `<figure><img src="b.jpg"><figcaption>. Imagen: Kunashiri Press</figcaption></figure>` +
        `<div class="wp-caption"><img src="c.jpg"><p class="wp-caption-text"><small>(&copy; Haqqani Studio)</small></p></div>${prose('aid', 1)}</article></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['Kabul', 'Taliban']);
  });

  it('takes no picture credit between the headline and the body as a standfirst', () => {
    const doc = load(
      `<body><h1>Aid talks resume</h1><div class="pic"><img src="a.jpg"><span>Photo: Putin Pool, Kremlin press office via agencies</span></div>` +
        `<div class="body-text">${prose('Pyongyang', 5)}</div></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['Pyongyang']);
  });

  it('reads a caption box (named so, not a figure) between the headline and the body: captions count as article', () => {
    const doc = load(
      `<body><h1>Aid talks resume</h1><div class="media"><img src="a.jpg"><p class="media__caption">Putin and his ministers at the Kremlin on Monday morning.</p></div>` +
        `<div class="body-text">${prose('Pyongyang', 5)}</div></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['Putin', 'Pyongyang']);
  });

  it('takes no box around the body as a standfirst for the few words of its own it holds (a PHP warning)', () => {
    const doc = load(
      `<body><div class="hero"><h1>Aid talks resume</h1></div><main id="main">Warning: Use of undefined constant PLUGIN_VERSION in functions.php on line 45` +
        `<div id="content">${prose('Kabul', 5)}</div><div class="authors-article"><p>Anna Writer teaches history in Zurich and wrote a book about Putin.</p></div></main></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['Kabul']);
  });

  it('takes the standfirst on a page whose body class names captions (a lightbox plugin’s), and the caption box too', () => {
    const doc = load(
      `<body class="single-post wp-featherlight-captions"><div class="header-area"><h1>Aid talks resume</h1><div class="excerpt"><p>Envoys met in Kabul on Monday to restart the talks on aid.</p></div>` +
        `<div class="media"><img src="a.jpg"><p class="media__caption">Putin and his ministers at the Kremlin on Monday morning.</p></div></div><div class="body-text">${prose('Pyongyang', 5)}</div></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['Kabul', 'Putin', 'Pyongyang']);
  });

  it('keeps a short line that starts with an agency’s name on a page whose body class names captions', () => {
    const doc = load(
      `<body class="single-post wp-featherlight-captions"><article><h1>Aid talks</h1>${prose('aid', 3)}<p>Reuters reported that Putin would attend.</p>${prose('talks', 2)}</article></body>`,
    );
    expect(marked(doc)).toEqual(['Putin']);
  });

  it('reads the standfirst inside a teaser figure that holds the headline too (the story’s top, not a caption), and not its credit', () => {
    const doc = load(
      `<body><main><section class="news"><figure class="teaser"><img src="a.jpg" alt=""><figcaption>Foto: Putin Pool</figcaption>` +
        `<div class="info"><span class="date">02.02.2022</span></div><h1>Aid talks resume</h1>` +
        `<p>Envoys meet the Taliban in Doha in March, with talks on aid to follow</p></figure>` +
        `${prose('Pyongyang', 5)}</section></main></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['Taliban', 'Pyongyang']);
  });

  it('takes no author bio between the headline and the body as a standfirst', () => {
    const doc = load(
      `<body><h1>Aid talks resume</h1><div class="author-bio"><p>A. Writer has covered Putin and the Kremlin from Moscow for ten years.</p></div>` +
        `<div class="body-text">${prose('Pyongyang', 5)}</div></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['Pyongyang']);
  });

  it('leaves out a short line named as a date or meta line inside the article', () => {
    const doc = load(
      `<body><article><h1>Talks</h1><p class="article-date">Published 3 May 2021 by the Kabul bureau</p>${prose('the Taliban', 4)}</article></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['Taliban']);
  });

  it('takes no date or meta line beside the article as a sentence of it', () => {
    const doc = load(
      `<body><div class="page"><h1>Talks</h1><div class="content-meta"><time>7. March 2024, Kabul bureau</time></div>` +
        `<div class="body-text">${prose('Pyongyang', 5)}</div><p>The Taliban said little. Talks go on.</p></div></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['Pyongyang', 'Taliban']);
  });

  it('takes the standfirst after the headline when an h1 in the text heads a "Read also" box', () => {
    const doc = load(
      `<body><h1 class="section-name" hidden>World</h1><div class="top"><h2 class="title">Aid talks resume in Doha</h2>` +
        `<p class="subtitle">The Taliban and the envoys meet again, a month after the last round of talks ended without a date.</p></div>` +
        `<div class="main"><div id="story">${prose('Kabul', 3)}<div class="box"><h1><a href="/x">Read also:</a></h1>` +
        `<p><a href="/y">Putin meets his ministers in Moscow</a></p></div>${prose('Kabul', 2)}</div><div class="rail"><a href="/z">Xi Jinping</a></div></div></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['Taliban', 'Kabul']);
    expect(findArticle(doc).headline).toBeUndefined();
  });

  it('takes a long headline inside the article as its headline', () => {
    const headline = 'Aid talks resume in Doha as envoys of the Taliban and of the government meet again after a month';
    const doc = load(`<body><div class="wrap"><article><header><h1>${headline}</h1></header>${prose('Kabul', 4)}</article></div></body>`);
    expect(findArticle(doc).headline?.textContent).toBe(headline);
  });

  it('takes no meta line named in BEM style (entry__meta) as a standfirst', () => {
    const doc = load(
      `<body><div class="top"><h2 class="entry__title">Aid talks resume</h2><div class="entry__meta"><div>Last changed on 3 May 2021 by the Kabul bureau, with reporting from agencies</div></div></div>` +
        `<div class="main"><div id="story">${prose('Pyongyang', 5)}</div></div></body>`,
    );
    expect([...new Set(marked(doc))]).toEqual(['Pyongyang']);
  });

  it('keeps short article lines whose class only contains those words (a live update, a candidate’s quote)', () => {
    const doc = load(
      `<body><article><h1>Talks</h1>${prose('the weather', 4)}<p class="live-update">Kabul: the Taliban have left the talks.</p>` +
        `<p class="candidate-quote">“We will meet the Haqqani network,” she said.</p></article></body>`,
    );
    expect(marked(doc)).toEqual(['Kabul', 'Taliban', 'Haqqani network']);
  });

  it('takes the story the document title names on a page of several (an infinite scroll), though the next one is longer', () => {
    const story = (headline: string, topic: string, n: number) =>
      `<article class="story"><header><h1>${headline}</h1></header><div class="story-body">${prose(topic, n)}</div></article>`;
    const doc = load(
      `<head><title>Kabul talks resume after a month | The Daily Ledger</title></head><body><div class="stream">` +
        `${story('Kabul talks resume after a month', 'the Taliban', 4)}${story('Moscow budget vote delayed', 'Putin', 8)}</div></body>`,
    );
    expect(marked(doc)).toEqual(['Kabul', 'Taliban', 'Taliban', 'Taliban', 'Taliban']);
  });

  for (const body of ['div', 'article'])
    it(`keeps the body (in ${body === 'div' ? 'a div' : 'an article'}) of a story whose headline and lead sit in an article element of their own above it`, () => {
      const doc = load(
        `<head><title>Kabul talks resume after a month | The Daily Ledger</title></head><body>` +
          `<article class="hero"><h1>Kabul talks resume after a month</h1>${prose('the weather', 3)}</article>` +
          `<${body} class="story-body">${prose('the Taliban', 8)}</${body}></body>`,
      );
      expect(marked(doc)).toEqual(['Kabul', ...Array<string>(8).fill('Taliban')]);
    });

  it('reads the caption of a picture that stands beside the story’s text, not inside it', () => {
    const doc = load(
      `<body><div class="page"><h1>Talks</h1><figure><img src="a.jpg" alt=""><figcaption>Delegates arrive in Kabul.</figcaption></figure>` +
        `<div class="story-body">${prose('the weather', 5)}</div></div><aside>${prose('Putin', 1)}</aside></body>`,
    );
    expect(marked(doc)).toEqual(['Kabul']);
  });

  it('leaves out the link lists and toolbars of a table layout that line their links with bullet and icon images, before its comments', () => {
    const bullet = '<img src="/images/bullet_sq.gif" width="5" height="5" alt="">';
    const icon = (name: string) => `<img src="/images/icon_${name}.gif" width="16" height="12" align="absmiddle" alt="">`;
    const more = ['Putin', 'Xi Jinping', 'Harbour fees', 'School board'].map(
      (t) => `${bullet} <a href="/news/${t.length}.html">${t} story of the week</a><br>`,
    );
    const doc = load(
      `<body><table width="760"><tr><td width="150"><font size="1"><a href="/">Home</a><br><a href="/news">News</a></font></td><td width="460" valign="top">` +
        `<font size="5"><b>Interpreter's family settles in town</b></font><br><font size="2" class="storytext">` +
        Array.from(
          { length: 8 },
          (_, i) =>
            `Paragraph ${i + 1}: the family left Kabul after the Taliban took the city, and volunteers, neighbours and a church group found them a house, beds and school places.<br><br>`,
        ).join('') +
        `</font><br><table width="100%"><tr><td><font size="1">${icon('email')} <a href="/cgi-bin/email.pl">E-mail this story to a friend</a> ${icon('print')} <a href="/cgi-bin/print.pl">Printer-friendly version about North Korea</a></font></td></tr></table>` +
        `<table width="100%"><tr><td><b>More Local News</b></td></tr><tr><td><font size="1">${more.join('')}</font></td></tr></table>` +
        `<table width="100%"><tr><td><b>Reader Comments</b></td></tr><tr><td><font size="1"><b>Posted by hcvet71</b><br>Great story. Is the welcome committee still collecting winter coats for the children? Our church has a box ready.</font></td></tr></table></td></tr></table></body>`,
    );
    expect(uniq(doc)).toEqual(['Kabul', 'Taliban']);
  });

  it('keeps the short lines of a story written a styled box per paragraph, but not a short box of another kind', () => {
    const box = (t: string) => `<div style="margin: 1em 0"><div style="direction: ltr"><span>${t}</span></div></div>`;
    const long = (i: number) =>
      box(
        `Paragraph ${i}: the convoy waited at the border post for most of the afternoon, and the drivers traded rumours about the road ahead.`,
      );
    const doc = load(
      `<body><div class="chapter-content"><h1>Chapter Nine</h1>${long(1)}${long(2)}${box('“Is it the Taliban?”')}${long(3)}${box('Nobody answered.')}` +
        `${long(4)}${long(5)}<div class="chapter-nav"><div>Putin</div></div></div></body>`,
    );
    expect(uniq(doc)).toEqual(['Taliban']);
    expect([...findArticle(doc).excluded].some((e) => e.textContent?.includes('Nobody answered.'))).toBe(false);
  });

  it('does not throw when the page adds an element inside the article while the finder yields', () => {
    const doc = load(`<body><article>${prose('the weather', 4)}</article></body>`);
    const steps = findArticleSteps(doc);
    // The first step measures and scores every element; the page then adds a lazy ad.
    steps.next();
    doc.querySelector('article')!.insertAdjacentHTML('beforeend', '<div class="ad">Advertisement</div>');
    let step = steps.next();
    while (!step.done) step = steps.next();
    expect(step.value.roots).toContain(doc.querySelector('article'));
  });

  it("weighs the found article's headline, not a 'Read also' h1 ahead of it in the same markup", () => {
    const doc = load(
      `<body><main><div class="promo"><h1><a href="/x">Read also: Putin meets his ministers</a></h1></div>` +
        `<div class="story"><h1>Taliban talks resume</h1>${prose('Kabul', 5)}</div></main></body>`,
    );
    const analysis = analyzePage(doc, matcher);
    expect(analysis.headline).toBe('Taliban talks resume');
    const [taliban] = matcher.find('Taliban');
    expect(analysis.topics.filter((t) => t.inHeadline).map((t) => t.topicId)).toEqual([taliban!.topicId]);
  });

  it('scores a page of many thousand blocks in steps, not in one task', () => {
    const doc = load(`<body><article>${prose('Kabul', 10_000)}</article></body>`);
    const { stats } = runToEnd(measure(doc.body));
    let steps = 0;
    const scoring = scoreSteps(stats, true);
    while (!scoring.next().done) steps += 1;
    // Two passes over about 10,000 elements, a step every PER_STEP (256) of each.
    expect(steps).toBeGreaterThanOrEqual(8);
    expect(stats.find((s) => s.tag === 'ARTICLE')?.prose).toBeGreaterThan(1_000_000);
  });

  it('runs only once a possible mention is found, and again on the next full scan', () => {
    const doc = load(`<body><article>${prose('the weather', 4)}</article></body>`);
    analyzePage(doc, matcher);
    expect(foundArticle(doc)).toBeUndefined();
    doc.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>Later news: the Taliban spoke.</p>');
    analyzePage(doc, matcher);
    expect(foundArticle(doc)?.roots).toEqual([doc.querySelector('article')]);
  });

  // Parses a whole real page: on a loaded two-core machine that alone has taken 8 s.
  it(
    "does not climb out of the story's own <article> for an expert's comment box beside it (blind page mix11/ja portal)",
    { timeout: 60_000 },
    () => {
      const doc = parsePage(readFileSync(join(import.meta.dirname, '../fixtures/blind-pages/mix11/ja-portal-provider.html'), 'utf8'));
      const region = findArticle(doc);
      expect(region.roots).toContain(doc.querySelector('article'));
      expect(inArticle(region, doc.querySelector('#expert p:last-of-type')!)).toBe(false);
    },
  );
});
