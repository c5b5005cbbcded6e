/**
 * What mix118–120 showed, read sealed on 19615b2: a Squarespace club post whose announcement bar (a line whose box and id say
 * "text") outscored the whole post; an Italian paper's WhatsApp channel line after an emoji; a French daily's gift-article note
 * and its newsletter line; a Czech site's loading video placeholder; an Indonesian portal's Google News and WhatsApp channel
 * lines; a Japanese NPO's donation box listing sums and what each buys. The cases that are not GUARDs fail on 19615b2.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaStoryWith, load, prose, storyWith } from './story-page';
import { expectReadsWithout, itLeavesOutLines, itReadsSentences } from './site-lines';

const story = storyWith('Afghan doctor joins the emergency room', 'the hospital');

describe('site lines of mix118–120', () => {
  itLeavesOutLines(story, [
    '💬 Iscriviti al canale WhatsApp di Gazzetta del Musone: clicca qui per non perdere nessun aggiornamento.',
    'Cet article vous a été offert par un abonné.',
    "Suivez l'actualité de Lorient : inscrivez-vous gratuitement à notre newsletter, chaque matin dans votre boîte mail.",
    'Follow us on Google News and get the latest updates from Harian Kita English in your feed.',
    'Get breaking news straight to your phone: join the Harian Kita English WhatsApp Channel',
  ]);
  itReadsSentences(story, [
    'Follow the river on foot and stay on the path, the ranger said.',
    'The ministry urged citizens to join the official WhatsApp channel for alerts, the spokesman said.',
  ]);
});

describe('boxes and candidates of mix118–120', () => {
  it("leaves out a loading video's placeholder, named so, whose lines say it will play", () =>
    expectReadsWithout(
      story(
        '<figure class="wp-block-embed is-type-video"><div class="wp-block-embed__wrapper"><div class="video-placeholder" data-player="jwp"><span class="video-placeholder__text">Video se připravuje</span> <span class="video-placeholder__sub">Pokud se video nenačte, obnovte prosím stránku.</span></div></div><figcaption>Video: Celníci ukazují zadržené padělky hraček</figcaption></figure>',
      ),
      'Paragraph 5 of the story',
      'Pokud se video nenačte',
    ));
  it('leaves out a donation box listing sums and what each buys, with its button to give', () =>
    expectReadsWithout(
      jaStoryWith(
        '村に新しい井戸が完成しました',
        'アフガニスタン',
      )(
        '<div class="donate"><p class="donate__ttl">寄付で応援する</p><p>あなたのご寄付が、村に安全な水を届けます。</p><ul><li><b>1,000円</b>子ども1人分の衛生キットを届けられます</li><li><b>3,000円</b>ポンプの交換部品1セットを購入できます</li><li><b>10,000円</b>1家族が1年間、安全な水を使い続けられます</li></ul><p class="donate__note">当会は認定NPO法人です。ご寄付は寄付金控除の対象となります。</p><div class="button"><a href="/support/donate/">今すぐ寄付する</a></div></div>',
      ),
      '5回目の協議は来月にも開かれる見通しで',
      '1家族が1年間',
    ));
  it("GUARD: reads a story's list of prices and what each buys, beside a link to read on", () =>
    expect(
      articleText(
        load(
          `<body><article><h1>What a euro buys at the market now</h1><div class="body">${prose('prices', 4)}<div class="box"><ul><li>2 €: a loaf of bread, up from 1.60 € last year</li><li>5 €: a kilo of apples at the Saturday market</li></ul><p><a href="/markets/prices/">All market prices</a></p></div>${prose('the market', 2)}</div></article></body>`,
        ),
      ),
    ).toContain('a loaf of bread'));
  it("reads a post whose site's announcement bar, a line named as text, scored over it", () => {
    const text = articleText(
      load(
        `<body><div class="sqs-announcement-bar-dropzone"><div class="sqs-announcement-bar"><div id="announcement-bar-text-inner-id" class="sqs-announcement-bar-text-inner"><p>CLUB LOTTO — This week's jackpot is €9,400. Play online before 8pm Sunday!</p></div></div></div><main class="Main"><article class="BlogItem hentry"><h1 class="BlogItem-title">Hurleys for all at the club</h1><div class="sqs-layout">${[
          0, 1, 2, 3, 4,
        ]
          .map(
            (i) =>
              `<div class="sqs-block html-block"><div class="sqs-block-content"><div class="sqs-html-content"><p>Part ${i} of the post: the under-15s trained twice a week on the back pitch, and the coaches, who had never taught the game to boys who grew up playing cricket, learned as much as the boys did about patience.</p></div></div></div>`,
          )
          .join('')}</div></article></main></body>`,
      ),
    );
    expect(text).toContain('Part 3 of the post');
    expect(text).not.toContain('CLUB LOTTO');
  });
});
