/**
 * What mix73 (French national news), mix74 (German regional dailies) and mix75 (Japanese national dailies), read sealed on
 * 4e66f0b, showed read as the story, written here as small pages: a "Lire aussi" link whose label is a span of its own, an
 * app promo in French, a video's teaser box in the body, an update note, and Japanese site lines (views sent to a bureau,
 * a feedback prompt and its note, an expert section's disclaimer, a photo feature's link). The cases that are not GUARDs
 * fail on 4e66f0b.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';
import { jaStoryWith, load, prose } from './story-page';

const story = (middle: string) =>
  load(
    `<body><main><article><h1>Bruxelles inflige une amende à AliExpress</h1><div class="t-content__body">${prose('the fine', 3)}${middle}${prose('the appeal', 3)}</div></article></main></body>`,
  );
/** A story of six paragraphs (`itLeavesOutLines` looks for its sixth) with `after` as its body's last part. */
const storyWith = (after: string) =>
  load(
    `<body><main><article><h1>Bruxelles inflige une amende à AliExpress</h1><div class="t-content__body">${prose('the fine', 6)}${after}</div></article></main></body>`,
  );
const jaStory = jaStoryWith('北朝鮮の木造船か、海岸に漂着相次ぐ', '漂着船');

describe('a "Lire aussi" link between paragraphs, its label a span of its own (mix73, France 24)', () => {
  it('leaves out the linked title', () => {
    const text = articleText(
      story(
        `<a class="m-interstitial m-interstitial--article" href="/fr/europe/20260918-dsa-sanction">
          <span class="m-interstitial__kicker">Lire aussi</span>
          <span class="m-interstitial__title">DSA : la Commission européenne sanctionne X pour la première fois</span>
        </a>`,
      ),
    );
    expect(text).toContain('Paragraph 2 of the story');
    expect(text).not.toContain('sanctionne X pour la première fois');
  });
  itReadsSentences(storyWith, [
    'Lire aussi le rapport de la Cour des comptes, publié mardi, permet de mesurer le retard pris par la Commission.',
  ]);
});

describe("a site's lines after the story (mix73, mix74)", () => {
  itLeavesOutLines(storyWith, [
    "Pour recevoir toutes les infos en temps réel, téléchargez gratuitement l'application France 24",
    'Dieser Artikel wurde am 5. Dezember 2026 um 11:48 Uhr aktualisiert.',
  ]);
  itReadsSentences(storyWith, [
    'Der Bebauungsplan wurde am 5. Dezember aktualisiert, sagte der Sprecher der Stadt.',
    'Les utilisateurs téléchargent surtout des applications de paiement, selon l’étude.',
  ]);
});

describe('a video box in the body, its title labelled "Video:" or showing its length (mix74; mix62, mix25 alike)', () => {
  it.each([
    [
      "SZ's box: a poster, a play button, the title with its length",
      '<div class="sz-article-body__video" data-video-id="szv-88213"><div><button class="sz-video__play" aria-label="Video abspielen"></button><img src="/image/video-88213.jpg" alt=""></div><p class="sz-video__caption">Video: Wie Ortskräfte aus Afghanistan in Deutschland ankommen (2:47 Min.)</p></div>',
      'Wie Ortskräfte aus Afghanistan',
    ],
    [
      "RP's figure: a play button and a figcaption labelled Video",
      '<figure class="park-embed park-embed--video"><div class="park-embed__placeholder"><button class="park-embed__play" aria-label="Video starten"></button></div><figcaption class="park-embed__caption">Video: So arbeitet der Zoll am Flughafen Düsseldorf gegen Produktfälschungen</figcaption></figure>',
      'So arbeitet der Zoll',
    ],
    [
      "CBC's embed: a Play button, a title, its duration and a description",
      '<figure class="embed-media"><div class="mediaEmbed video"><div class="videoWrapper"><button class="playButton">Play</button></div><figcaption class="media-caption"><span class="mediaTitle">Canadian Coast Guard\'s new polar icebreaker begins sea trials</span> <span class="media-duration">Duration 2:14</span></figcaption></div></figure>',
      'new polar icebreaker',
    ],
  ])('leaves out %s', (_name, box, title) => {
    const text = articleText(story(box));
    expect(text).toContain('Paragraph 2 of the story');
    expect(text).not.toContain(title);
  });

  it("GUARD: reads a picture's caption, and a video's description under its own headline (mix3's)", () => {
    const text = articleText(
      story(
        '<figure><img src="/img/ship.jpg" width="640" height="427" alt=""><figcaption>Video: a still from the coast guard’s footage of the landing</figcaption></figure>' +
          '<div class="video-resource"><figure><button aria-label="Play video"></button><h3>Watch Putin’s welcome in Pyongyang</h3><figcaption>Crowds lined the route to the square on Wednesday.</figcaption><div>Video: KCNA/Pool via Reuters</div></figure></div>',
      ),
    );
    expect(text).toContain('a still from the coast guard’s footage');
    expect(text).toContain('Crowds lined the route to the square');
  });
});

describe('Japanese site lines after the story (mix75)', () => {
  itLeavesOutJapaneseLines(jaStory, [
    'ご意見・ご感想は毎日新聞秋田支局（akita@mainichi.example）までお寄せください。',
    'この記事は役に立ちましたか？',
    'いただいたご意見は今後の記事作成の参考にさせていただきます。個別の返信はいたしかねます。',
    '※Think!投稿は有識者の個人の見解であり、日本経済新聞社の見解を示すものではありません。',
  ]);
  it("GUARD: leaves out a photo feature's link between paragraphs (in mix75's page it was read on 4e66f0b; its set checks that)", () => {
    const text = articleText(
      jaStory(
        '<p class="photo-feature-link"><a href="https://mainichi.example/graphs/20261205/hpj/00m/040/004000g/1">【写真特集】冬の日本海に流れ着く木造船　男鹿半島の海岸で</a></p>',
      ),
    );
    expect(text).toContain('5回目の協議は来月にも開かれる見通しで');
    expect(text).not.toContain('冬の日本海に流れ着く木造船');
  });
  itReadsSentences(jaStory, [
    '市民から寄せられたご意見は、市の担当課が参考にしたうえで計画に反映させるという。',
    '番組への投稿は個人の見解であり、局の見解を示すものではないとの説明が繰り返された。',
  ]);
});
