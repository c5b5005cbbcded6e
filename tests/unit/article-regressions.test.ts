/**
 * Story text that the rules for reader responses, author's notes, print-edition notes and
 * members-only or provider notices must keep (`article-furniture.ts`, `article-notices.ts`): the
 * cases a second reader (helper-45) wrote against their first version, each failing on it.
 */
import { describe, expect, it } from 'vitest';
import { analyzePage } from '../../utils/dom/analyze-page';
import { compileMatcher } from '../../utils/matcher';
import { DEFAULT_TOPICS } from '../../utils/topics';
import { load, prose } from './story-page';

const matcher = compileMatcher(DEFAULT_TOPICS);
const marked = (doc: Document) => analyzePage(doc, matcher).mentions.map((m) => m.text);
const uniq = (doc: Document) => [...new Set(marked(doc))];

/** An NHK-like story: polite-form paragraphs (です・ます), each short, as broadcasters write them. */
const jaPara = (t: string) => `<p>${t}</p>`;
const jaFill = (n: number) =>
  Array.from({ length: n }, (_, i) =>
    jaPara(
      `政府は${i + 1}日、関係閣僚会議を開き、今後の対応について協議しました。会議では、経済への影響を抑えるため、追加の対策を検討することを確認しました。`,
    ),
  ).join('');

describe('A. Japanese polite-form story paragraphs (NHK / commercial broadcasters write news in です・ます)', () => {
  const story = (body: string) =>
    load(
      `<body><div class="content--detail-body"><h1>ハッカー集団</h1><div class="body-text">${jaFill(3)}${body}${jaFill(2)}</div></div></body>`,
    );

  it('A1 keeps a hacking story paragraph naming 会員登録 (member registration data stolen)', () => {
    const doc = story(
      jaPara('警察によりますと、北朝鮮のハッカー集団は、通販サイトに会員登録した利用者の個人情報を盗み出したとみられています。'),
    );
    expect(uniq(doc)).toContain('北朝鮮');
  });

  it('A2 keeps a My Number explainer paragraph (会員登録 … 必要です)', () => {
    const doc = story(jaPara('マイナンバーカードを使って、民間のサービスに会員登録することもできるようになります。'));
    expect(uniq(doc)).toContain('マイナンバーカード');
  });

  it('A3 keeps a censorship explainer paragraph (削除されることがあります)', () => {
    const doc = story(jaPara('中国のSNSでは、習近平国家主席を批判する投稿は、当局によって削除されることがあります。'));
    expect(uniq(doc)).toContain('習近平');
  });

  it('A4 keeps a paragraph on a platform’s members-only service (会員限定 … ます)', () => {
    const doc = story(jaPara('アリババは、会員限定のサービスを拡充し、利用者の囲い込みを進めています。'));
    expect(uniq(doc)).toContain('アリババ');
  });

  it('A5 keeps a story paragraph that is a sibling of the root (the article.ts sibling rule), same sentence', () => {
    const doc = load(
      `<body><div class="x1"><h1>中国 SNS規制</h1><div class="x2">${jaFill(4)}</div>` +
        `<p class="x3">中国のSNSでは、習近平国家主席を批判する投稿は、当局によって削除されることがあります。</p></div></body>`,
    );
    expect(uniq(doc)).toContain('習近平');
  });

  it('A7 keeps a paragraph citing what was known at the time of reporting (取材時点の情報 … ます)', () => {
    const doc = story(jaPara('防衛省の取材時点の情報では、北朝鮮が発射したミサイルは、日本のEEZの外側に落下したとみられています。'));
    expect(uniq(doc)).toContain('北朝鮮');
  });

  it('A6 keeps a quoted notice-like sentence inside 「」 (no exemption for Japanese quotes)', () => {
    const doc = story(jaPara('タリバンは声明で「会員登録をした外国人記者のみ取材を認めます」と発表しました。'));
    expect(uniq(doc)).toContain('タリバン');
  });
});

describe('B. Author-note rule on story text', () => {
  it('B1 keeps an interview’s italic introduction of the interviewee (a standard Q&A opening)', () => {
    const doc = load(
      `<body><article><h1>What Pyongyang wants</h1>` +
        `<p><em>Sue Mi Terry is a senior fellow for Korea studies and a former CIA analyst. She spoke about Kim Jong Un’s new missile tests.</em></p>` +
        `${prose('aid', 4)}</article></body>`,
    );
    expect(uniq(doc)).toContain('Kim Jong Un');
  });

  it('B1b keeps the same italic introduction when it follows the interviewer’s opening paragraph (not rescued as a standfirst)', () => {
    const doc = load(
      `<body><article><h1>What Pyongyang wants</h1>${prose('aid', 1)}` +
        `<p><em>Sue Mi Terry is a senior fellow for Korea studies and a former CIA analyst. She spoke about Kim Jong Un’s new missile tests.</em></p>` +
        `${prose('aid', 4)}</article></body>`,
    );
    expect(uniq(doc)).toContain('Kim Jong Un');
  });

  it('B2 keeps a story paragraph that introduces an expert, linked to a think tank’s /people/ page', () => {
    const doc = load(
      `<body><article><h1>Talks</h1>${prose('aid', 3)}` +
        `<p><a href="https://www.brookings.edu/people/andrew-yeo/">Andrew Yeo</a> is a senior fellow who has studied North Korea for two decades. He doubts the talks will last.</p>` +
        `${prose('aid', 2)}</article></body>`,
    );
    expect(uniq(doc)).toContain('North Korea');
  });

  it('B3 keeps a Forbes-style paragraph whose linked name goes to a /profile/ page', () => {
    const doc = load(
      `<body><article><h1>China’s tech crackdown</h1>${prose('aid', 3)}` +
        `<p><a href="https://www.forbes.com/profile/jack-ma/">Jack Ma</a> is the founder of Alibaba, whose fintech arm Ant Group was reined in by regulators in 2020.</p>` +
        `${prose('aid', 2)}</article></body>`,
    );
    expect(uniq(doc)).toContain('Alibaba');
  });

  it('B4 keeps an italic editor’s note at the top that names the topic (a "X covers …" intro)', () => {
    const doc = load(
      `<body><article><h1>Inside Kabul</h1><p><i>Lyse Doucet covers Afghanistan for the BBC and has reported from Kabul since 1988.</i></p>` +
        `${prose('aid', 4)}</article></body>`,
    );
    expect(uniq(doc)).toEqual(expect.arrayContaining(['Afghanistan', 'Kabul']));
  });
});

describe('C. Reply rule', () => {
  /** A react-tweet style static embed (Next.js sites): its actions hold a "Reply" link. */
  const tweet = (text: string) =>
    `<div class="react-tweet-theme"><article class="tweet-container"><div class="tweet-header"><a href="https://x.com/u">User</a></div>` +
    `<p class="tweet-body">${text}</p><div class="tweet-actions"><a href="https://x.com/intent/like"><span>12K</span></a>` +
    `<a href="https://x.com/intent/tweet?in_reply_to=1"><span>Reply</span></a><button><span>Copy link</span></button></div></article></div>`;

  it('C1 keeps live blog entries (no heading) that embed a static post with a "Reply" link', () => {
    const entry = (topic: string, embed = '') =>
      `<div class="block"><time>15:47</time><p>Our correspondent reports on ${topic}, with a comma, written at some length to count as running text.</p>${embed}` +
      `<button>Share</button></div>`;
    const doc = load(
      `<body><div class="blog"><h1>Live: summit</h1>${prose('aid', 2)}${entry('Kabul', tweet('Talks in Doha resume.'))}${entry('Pyongyang')}${entry('Putin', tweet('Statement follows.'))}</div></body>`,
    );
    expect(uniq(doc)).toEqual(expect.arrayContaining(['Kabul', 'Pyongyang', 'Putin']));
  });

  it('C2 keeps story paragraphs that each quote a post (static embed inside the paragraph list)', () => {
    const doc = load(
      `<body><article><h1>Envoy posts</h1>${prose('aid', 3)}<div class="embed">${tweet('North Korea fired two missiles this morning, the envoy wrote.')}</div>` +
        `<div class="embed">${tweet('Kim Jong Un attended the test, state media said.')}</div>${prose('aid', 2)}</article></body>`,
    );
    expect(uniq(doc)).toEqual(expect.arrayContaining(['North Korea', 'Kim Jong Un']));
  });

  it('C3 keeps a story paragraph holding a link whose text is just "respond" (p siblings share tag and empty class)', () => {
    const doc = load(
      `<body><article><h1>Talks</h1>${prose('aid', 3)}` +
        `<p>The Taliban did not <a href="https://example.org/statement">respond</a>.</p>${prose('aid', 2)}</article></body>`,
    );
    expect(uniq(doc)).toContain('Taliban');
  });

  it('C5 keeps an interview whose answers are repeated blocks (no Reply): no change expected', () => {
    const qa = (q: string, topic: string) =>
      `<div class="qa"><p class="q"><strong>${q}</strong></p><p>Well, ${topic} has long sought that, and the record, in my view, is mixed at best.</p></div>`;
    const doc = load(
      `<body><article><h1>Interview</h1>${qa('Why now?', 'North Korea')}${qa('And Russia?', 'Putin')}${qa('Beijing?', 'Xi Jinping')}</article></body>`,
    );
    expect(uniq(doc)).toEqual(['North Korea', 'Putin', 'Xi Jinping']);
  });
});

describe('D. Notices', () => {
  it('D1 keeps a story sentence beginning "A version of this story was published …" only when it is the notice', () => {
    const doc = load(
      `<body><article><h1>Talks</h1>${prose('aid', 3)}<p>A version of this story was published by Yonhap before Pyongyang denied it, officials said.</p>${prose('aid', 1)}</article></body>`,
    );
    // A story sentence that happens to begin like the notice: the notice rule has no quote or length guard.
    expect(uniq(doc)).toContain('Pyongyang');
  });
});
