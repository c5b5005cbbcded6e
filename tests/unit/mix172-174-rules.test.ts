/**
 * What mix172–174 showed, read sealed once in session 50 on bb4b3ef: a Japanese university's contact box headed 「問い合わせ先」,
 * short but for its markup's indentation; a Spanish daily's caption whose photographer's name stands alone after it; an
 * Italian portal's line asking for news tips; a Japanese federation's note that its figures hold as of the announcement; a
 * Brazilian portal's WhatsApp-channel line, "▶️ Assista: …" video label and podcast plug. The cases that are not GUARDs fail
 * on bb4b3ef.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaProse, jaStoryWith, load, storyAroundWith, storyWith } from './story-page';
import { expectReadsWithout, itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';

describe('a Japanese university’s release of mix172', () => {
  const release = (box: string) =>
    load(
      `<body><main class="l-main"><article class="p-news-detail"><h1>高齢者のデジタル手続き、つまずきの原因を特定</h1><div class="p-news-detail__body c-wysiwyg">${jaProse('デジタル庁')}<figure class="c-figure"><img src="/fig1.png" width="800" height="450" alt=""><figcaption>図1 実験の様子（左）と、画面遷移直後の視線の分布を示したヒートマップ（右）。</figcaption></figure><div class="c-box c-box--fund"><p>本研究は、科学研究費助成事業 基盤研究（B）の支援を受けて実施しました。</p></div>${box}</div></article></main></body>`,
    );
  /** A deep template's indentation, as the page serves it. */
  const indent = ' '.repeat(36);
  const item = (about: string, who: string) =>
    `\n${indent}  <div class="c-contact__item">\n${indent}    <h3>（${about}）</h3>\n${indent}    <p>${who}<br>\n${indent}    TEL：011-000-1234 E-mail：koho@univ.example</p>\n${indent}  </div>`;
  it('leaves out a contact box headed 「問い合わせ先」, indented markup and all', () =>
    expectReadsWithout(
      release(
        `\n${indent}<div class="c-contact">\n${indent}  <h2 class="c-contact__title">問い合わせ先</h2>${item('研究に関すること', '情報科学研究科 准教授 森川 遥香')}${item('報道に関すること', '総務企画部 広報課 報道担当')}\n${indent}</div>\n`,
      ),
      '5回目の協議は来月にも開かれる見通しで',
      '広報課 報道担当',
    ));
  it('GUARD: reads a story’s list of hotlines under 「問い合わせ先」, long as a reader sees it', () =>
    expect(
      articleText(
        release(
          `<div class="hotlines"><h2>問い合わせ先</h2><p>マイナンバーカードの電子証明書の更新については、お住まいの市区町村の窓口のほか、国のコールセンターでも相談を受け付けています。平日は午前9時半から午後8時まで、土日祝日は午前9時半から午後5時半までで、年末年始は休みとなります。外国語での相談にも応じていて、英語、中国語、韓国語、スペイン語、ポルトガル語に対応しています。電話が混み合う時間帯を避けるよう呼びかけています。また、カードの受け取りや暗証番号の再設定は窓口でしかできないため、事前に予約をして来庁するよう求めています。予約は各自治体のホームページや電話で受け付けていて、混雑状況を確認できるサービスを始めた自治体もあります。TEL：0120-00-0000 E-mail：info@example.jp</p></div>`,
        ),
      ),
    ).toContain('外国語での相談にも応じていて'));
});

describe('a Spanish daily’s caption of mix173', () => {
  const story = storyAroundWith('La familia Rahimi, reunida en Bilbao tras cuatro años', 'the family', 'the interpreter');
  it('leaves out the photographer’s name standing alone after the caption’s sentence', () =>
    expectReadsWithout(
      story(
        '<figure><img src="/familia.jpg" width="800" height="500" alt=""><figcaption><span class="fig__t">Nasrin y Abdul Rahimi, con tres de sus hijos, en el salón de su piso este viernes.</span><span class="fig__a">Itziar Gorostiza Ruiz</span></figcaption></figure>',
      ),
      'con tres de sus hijos, en el salón de su piso',
      'Itziar Gorostiza',
    ));
  it('GUARD: reads a caption whose name follows a label, not a sentence', () =>
    expect(
      articleText(
        story(
          '<figure><img src="/alcaldesa.jpg" width="800" height="500" alt=""><figcaption><span>La nueva alcaldesa de Getxo</span> <span>Amaia Etxeberria Lasa</span></figcaption></figure>',
        ),
      ),
    ).toContain('Amaia Etxeberria Lasa'));
});

describe('site lines of mix173–174', () => {
  it('leaves out an Italian portal’s line asking for news tips, in italics', () =>
    expectReadsWithout(
      storyWith(
        'In mostra a Gardone le foto di Kabul',
        'the exhibition',
      )('<p class="segnala"><em>Hai una notizia da segnalare alla redazione? Scrivici su WhatsApp al numero 333 000 0000.</em></p>'),
      'Paragraph 5 of the story',
      'Hai una notizia da segnalare',
    ));
  itReadsSentences(storyWith('Come parlare ai figli della guerra', 'the children'), [
    'Hai una notizia da dare ai tuoi figli? Lo psicologo consiglia di farlo con calma e a casa.',
  ]);
  itLeavesOutJapaneseLines(jaStoryWith('行政手続きのデジタル化に関する提言', 'デジタル庁'), [
    '※掲載している数値、役職名等は発表時点のものです。',
  ]);
  itReadsSentences(jaStoryWith('大雨で住宅に被害', '避難情報'), ['気象庁の発表時点では、住宅の被害の情報は入っていないということです。']);
  const portal = storyWith('Itamaraty condena novo teste de míssil da Coreia do Norte', 'the missile');
  itLeavesOutLines(
    portal,
    [
      '✅ Clique aqui para seguir o canal do Jornal da Serra no WhatsApp',
      '▶️ Assista: Coreia do Norte lança míssil e Japão emite alerta',
      '🎧 Ouça o podcast Café da Manhã, com as principais notícias do dia em 15 minutos.',
    ],
    2,
  );
  itReadsSentences(portal, [
    'Clique aqui para seguir o passo a passo do Detran no WhatsApp, orienta o órgão em nota.',
    'Assista ao vídeo completo, disse o ministro, e verá que a nota foi clara.',
    'O ministro disse que ouça o podcast da campanha quem quiser entender a proposta.',
  ]);
});
