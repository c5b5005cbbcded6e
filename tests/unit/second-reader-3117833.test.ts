/**
 * Second reader of 3117833: parts of a real story the new rules leave out. Each case fails on 3117833 and passes on 66971d0.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaStoryWith, storyAroundWith, storyWith } from './story-page';

describe('isVideoCard takes a story box with a picture, one heading and a leaf that reads like a clock', () => {
  it("reads the match box of a handball report (its score, 29:31, read as a video's running time)", () => {
    const story = storyAroundWith('Magdeburg gewinnt Spitzenspiel in Berlin', 'das Spitzenspiel', 'der Trainer');
    expect(
      articleText(
        story(
          `<div class="match-result"><img src="/logo.png" alt="" width="80" height="80"><h3>Füchse Berlin – SC Magdeburg</h3><span class="match-result__score">29:31</span><span class="match-result__half">Halbzeit 14:16</span></div>`,
        ),
      ),
    ).toContain('Füchse Berlin – SC Magdeburg');
  });
  it("reads a recipe's step box with its picture and timer (30:00)", () => {
    const story = storyAroundWith('The no-knead loaf that won the county fair', 'the loaf', 'the crust');
    expect(
      articleText(
        story(
          `<div class="recipe-step"><img src="/step3.jpg" alt="" width="600" height="400"><h3>Step 3: Rest the dough in the fridge</h3><span class="recipe-step__timer">30:00</span></div>`,
        ),
      ),
    ).toContain('Rest the dough in the fridge');
  });
});

describe('"recibe … nuestra newsletter" (STOCK_LINE, unanchored) takes a story sentence', () => {
  const story = storyWith('Los boletines por correo ganan lectores', 'los boletines');
  it.each([['La directora calcula que uno de cada cuatro suscriptores recibe cada mañana nuestra newsletter, según sus datos de marzo.']])(
    'reads "%s"',
    (line) => expect(articleText(story(`<p>${line}</p>`))).toContain(line),
  );
});

describe("the LINE line (JAPANESE_SITE_LINE, now 「LINE公式」 and 「配信中です」, 「！」) takes a story's paragraph on a LINE account", () => {
  const story = jaStoryWith('市のLINE、友だち登録が10万人を突破', 'LINE公式アカウント');
  it.each([
    ['市のLINE公式アカウントでは、災害や休日当番医の情報を配信中です。友だち登録者は10万人を超えました。'],
    ['LINE公式アカウントでは、ごみの収集日や防災情報をお知らせしています。友だち追加した人は約3万人に上る。'],
    ['同社の公式LINEでは、新商品の情報を配信中です。友だち追加で500円のクーポンが届くという！'],
  ])('reads "%s"', (line) => expect(articleText(story(`<p>${line}</p>`))).toContain(line));
});

describe('"Pokračování článku pod reklamou" (STOCK_LINE, no end anchor) takes a longer story line', () => {
  const story = storyWith('Herní studio z Brna míří na čínský trh', 'Tencent');
  it.each([['Pokračování článku pod reklamou najdete na straně 12, píše redakce tištěného vydání.']])('reads "%s"', (line) =>
    expect(articleText(story(`<p>${line}</p>`))).toContain(line),
  );
});
