/**
 * Second reader of 0c438d8 (appeals' readers' club and "/assinaturas", the Ctrl + Enter and subscribers-only lines, two
 * Japanese lines) by helper-317, session 52: story text that eb0cd1a read and 0c438d8 left out. Each case failed on 0c438d8 and
 * passed on eb0cd1a; all pass since the narrowing: a host's site is its last three labels under a country's second-level label
 * (".com.ua", ".com.br"), so another site's club or plans page is no appeal of this one; "/assinaturas" only at the top of a
 * path; the Ctrl + Enter line must ask to tell the newsroom; the support line names note.com's サポート or チップ, not ご支援.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaStoryWith, load, prose, storyWith } from './story-page';
import { expectReadsWithout, itReadsStoryLines } from './site-lines';

describe('a club or subscription page on a site under a two-label suffix (.com.ua, .com.br) is no appeal of the page’s own', () => {
  it('reads a Ukrainian story’s box on a football club’s fundraiser (the guard of mix205, with .com.ua hosts)', () =>
    expectReadsWithout(
      load(
        `<head><link rel="canonical" href="https://www.narodna-pravda.com.ua/news/2026/12/06/7520011/"></head><body><main><article><h1>Фанати зібрали мільйон на базу для юнаків</h1><div class="post_text">${prose('the fundraiser', 4)}<div class="note-box"><p>Фанати клубу зібрали понад мільйон гривень на нову базу для юнацької команди, розповіли організатори збору.</p><a href="https://club.fc-dnipro.com.ua/">Сторінка клубу</a></div>${prose('the fundraiser', 3)}</div></article></main></body>`,
      ),
      'Фанати клубу зібрали',
      'no such text',
    ));
  it('reads a Brazilian daily’s service box on a streaming service’s new plans (its button to the service’s /assinatura)', () =>
    expectReadsWithout(
      load(
        `<head><link rel="canonical" href="https://www1.folha.uol.com.br/mercado/2026/12/streaming-reajusta-planos.shtml"></head><body><main><article><h1>Serviço de streaming reajusta planos a partir de março</h1><div class="c-news__body">${prose('the price rise', 4)}<div class="c-servico"><p>Os novos preços valem para quem assinar a partir de 1º de março; assinantes atuais pagam o valor antigo até o fim do ciclo.</p><a href="https://www.tvplay.com.br/assinatura">Ver planos</a></div>${prose('the price rise', 3)}</div></article></main></body>`,
      ),
      'Os novos preços valem',
      'no such text',
    ));
});

describe('a tech story’s sentence naming an error and Ctrl + Enter', () => {
  itReadsStoryLines(storyWith('Outlook bug stops messages from sending', 'the Outlook bug'), [
    'Microsoft says the error appears when users press Ctrl + Enter to send a message in the new Outlook, and a fix is rolling out this week.',
    'Если Excel выдает ошибку, выделите диапазон и нажмите Ctrl + Enter, чтобы заполнить формулой все ячейки сразу.',
  ]);
});

describe('a company’s release on its disaster-relief fund, read as a Japanese story', () => {
  const story = jaStoryWith('能登半島地震の被災地支援募金を開始', '被災地支援');
  it('reads the release’s line on where the donations go', () => {
    const line = 'いただいたご支援は、全額を日本赤十字社を通じて被災地の復旧支援に活用させていただきます。';
    expect(articleText(story(`<p>${line}</p>`))).toContain(line);
  });
});
