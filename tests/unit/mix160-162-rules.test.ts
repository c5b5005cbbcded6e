/**
 * What mix160–162 showed, read sealed once on 1681a33 (session 49's final rules) for a measure, kept unused with their still-read
 * lines allowed, then used in session 50: a Hokkaido paper's note on the print page the story ran on; a Japanese TV network's
 * link line to the story's pictures and its note on data charges for its video; an Italian daily's video box inside the body,
 * its title an h3; a US magazine's note under its "Listen to this article" button; a Japanese think tank's note on the study
 * group a commentary came from and its terms for quoting it. The cases that are not GUARDs fail on 1681a33.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaProse, jaStoryWith, load, prose, storyAroundWith } from './story-page';
import { expectReadsWithout, itLeavesOutJapaneseLines, itReadsSentences } from './site-lines';

describe('Japanese site lines of mix160–162', () => {
  const paper = jaStoryWith('北方領土の元島民、高齢化進む　墓参の継続願う', '北方領土');
  itLeavesOutJapaneseLines(paper, [
    '※この記事は道北タイムス12月5日朝刊の地域面に掲載されています。',
    '※動画の再生には通信料がかかります。Wi-Fi環境での視聴をおすすめします。',
    '本稿は、当財団「北東アジアの安全保障と日本」研究プロジェクト（2026年度）の成果の一部です。',
    '本稿の転載にあたっては、出典（北東アジア政策フォーラム 論考 No.118）を明記してください。',
  ]);
  itReadsSentences(paper, [
    'この記事の内容について、同社は朝刊の訂正欄で説明するとしています。',
    '研究会の成果は来年春に報告書としてまとめられる予定である。',
    '同協会は、写真の転載にあたっては出典を明記するよう求めている。',
  ]);
  it('leaves out a link line to the story’s pictures opening 【写真を見る】, reading the paragraphs around it', () =>
    expectReadsWithout(
      paper(
        '<p class="photo-link"><a href="https://tv.example/articles/1628451?display=gallery">【写真を見る】根室の港に並ぶ漁船　元島民らの集会と墓参再開を求める決議</a></p><p>元島民らは5日、根室市内で集会を開き、墓参の早期再開を国に求める決議を採択しました。</p>' +
          jaProse('北方領土', 3),
      ),
      '墓参の早期再開を国に求める決議を採択しました',
      '元島民らの集会と墓参再開を求める決議',
    ));
});

describe('players of mix160–162', () => {
  const story = storyAroundWith('Secret classrooms in Kabul keep girls learning', 'the schools', 'the teachers');
  it('leaves out a video box inside the body whose title is an h3 beside its play button and length', () =>
    expectReadsWithout(
      story(
        '<div class="story__video video-embed"><div class="video-embed__player"><img src="/poster.jpg" alt="" width="640" height="360"><button type="button" aria-label="Play video">▶</button></div><div class="video-embed__meta"><span>Video</span><h3 class="video-embed__title">Inside the hidden classroom: footage filmed by the students</h3><span>Duration 2:47</span></div></div>',
      ),
      'Paragraph 2 of the story, in which officials said, according to two sources, that the teachers',
      'Inside the hidden classroom',
    ));
  it('GUARD: reads a box opening with an h2 of its own beside a video, the video the story', () =>
    expect(
      articleText(
        story(
          '<div class="video-story"><h2>Watch: students describe the lessons they take in secret in a basement</h2><button type="button">Play</button><span>Duration 2:47</span></div>',
        ),
      ),
    ).toContain('Watch: students describe the lessons they take in secret'));

  const recirculation = `<section class="recirc"><h2>Recommended reading</h2>${['Seoul weighs its own bomb', 'The end of the sanctions era']
    .map(
      (title, i) =>
        `<article><h3><a href="/story-${i}">${title}</a></h3><p>An excerpt of that other story that runs to a sentence or so.</p></article>`,
    )
    .join('')}</section>`;
  const header = (audio: string) =>
    load(
      `<body><main><article><header><h1>The long patience of Pyongyang</h1><p class="dek">Kim Jong Un has stopped asking for summits, and that should worry Washington more than his missiles.</p>${audio}</header><section class="article-body">${prose('Pyongyang', 8)}</section><section class="author-bio"><p>Mara Quist is a staff writer at the magazine and covers East Asian security from Seoul.</p></section></article>${recirculation}</main></body>`,
    );
  it('leaves out the note under a "Listen to this article" button in the story’s header, reading its standfirst', () =>
    expectReadsWithout(
      header(
        '<div class="article-audio"><button type="button">Listen to this article</button><span>00:00</span><span>31:05</span><p class="article-audio__note">Narrated by an AI voice from Voicewell Audio. Hear more stories in the Voicewell app.</p></div>',
      ),
      'Kim Jong Un has stopped asking for summits',
      'Narrated by an AI voice',
    ));
  it('GUARD: reads a standfirst beside a player’s box, not inside it', () =>
    expectReadsWithout(
      header(
        '<p class="dek-more">The regime now sees the bomb as settled and talks as a favour it no longer needs to grant, analysts say.</p><div class="article-audio"><button type="button">Listen to this article</button></div>',
      ),
      'The regime now sees the bomb as settled',
      'Listen to this article',
    ));
});
