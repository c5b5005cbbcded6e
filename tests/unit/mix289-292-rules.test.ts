/**
 * What mix289–292 showed, read sealed once in session 56 on 66971d0 (130/130 article fragments, 6/136 others): a US news
 * network's video card among the paragraphs (its picture, title and running time), a councillor's Ameba blog's LINE line
 * (「LINE公式アカウントでは、…を配信中です。友だち追加はこちらから！」), a Czech daily's "Pokračování článku pod reklamou" and
 * a Spanish daily's "… o recibe cada semana nuestra newsletter apuntándote aquí." Still read: the blog's signature line
 * asking for views (a line among the signature's name and number, `<br>` between them) and a weekly's author profile
 * under 「著者プロフィール」 (its box is most of the text of the story's foot, which the finder joined as a part of its own).
 * The cases that are not GUARDs fail on 66971d0.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaStoryWith, storyAroundWith, storyWith } from './story-page';
import { expectReadsWithout, itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';

describe('lines of mix291 and mix292', () => {
  const story = storyWith('Herní studio z Brna míří na čínský trh', 'Tencent');
  itLeavesOutLines(story, [
    'Pokračování článku pod reklamou',
    'Sigue toda la información de Economía y Negocios en nuestro canal de WhatsApp o recibe cada semana nuestra newsletter apuntándote aquí.',
  ]);
  itReadsSentences(story, [
    'Pokračování článku o studiu vyjde příští týden, slíbil šéfredaktor.',
    'La empresa recibe cada semana nuestra visita, bromea Montoliu, porque el azulejo se vende solo.',
  ]);
});

describe('a Japanese LINE line of mix289', () => {
  const story = jaStoryWith('マイナンバーカードの窓口、休日も開設へ', 'マイナンバーカード');
  itLeavesOutJapaneseLines(story, ['LINE公式アカウントでは、議会の日程や市政報告会のお知らせを配信中です。友だち追加はこちらから！']);
});

describe('a video card among the paragraphs (mix289)', () => {
  const card = (duration: string) =>
    `<div class="video-resource video-resource--inline"><div class="video-resource__wrapper"><div class="video-resource__image"><img src="/thumb.jpg" alt="" width="640" height="360"></div><div class="video-resource__details"><span class="video-resource__label">Video</span><h3 class="video-resource__headline">How analysts read a launch site from 500 kilometers up</h3><span class="video-resource__duration">${duration}</span></div></div></div>`;
  const story = storyAroundWith('Satellite images show new roof at North Korea launch site', 'North Korea', 'Pyongyang');
  it('leaves it out', () => expectReadsWithout(story(card('02:41')), 'Paragraph 2 of the story', 'How analysts read a launch site'));
  it('GUARD: reads a subhead over a picture whose box holds no running time', () =>
    expect(articleText(story(card('Satellite view')))).toContain('How analysts read a launch site'));
});
