/**
 * Second reader of b489735 (parent 6509b47): where the change reads worse than its parent. Each case fails on b489735 and
 * passes on 6509b47: furniture in an `aside` named a fact box (`infobox`, `faktaboks`) with no link now read, and story
 * sentences worded like the new lines now left out. (Story parts named with the new class words, `mailmag-body`,
 * `category-mailmag`, `tag-republication`, `#republication-body`, were tried and are still read: no case kept.)
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { expectReadsWithout } from './site-lines';
import { jaStoryWith, storyWith } from './story-page';

describe('an aside named a fact box that is the site’s, not the story’s', () => {
  const story = storyWith('Council approves new bakery on the harbour front', 'the bakery');
  it('leaves out an article-meta infobox (reading time, update, section)', () =>
    expectReadsWithout(
      story(
        '<aside class="article-infobox"><ul><li>Reading time: 3 min</li><li>Updated 12 March 2024</li><li>Section: Local</li></ul></aside>',
      ),
      'Paragraph 5 of the story',
      'Reading time: 3 min',
    ));
  it('leaves out a German tip-line infobox of the newsroom', () =>
    expectReadsWithout(
      storyWith(
        'Gemeinderat stimmt für neue Bäckerei',
        'die Bäckerei',
      )(
        '<aside class="infobox infobox--redaktion"><h4>Hinweis an die Redaktion?</h4><ul><li>Telefon 0711 7205-0</li><li>WhatsApp 0151 2345678</li></ul></aside>',
      ),
      'Paragraph 5 of the story',
      'Hinweis an die Redaktion',
    ));
  it('leaves out a Norwegian faktaboks of an ad', () =>
    expectReadsWithout(
      storyWith(
        'Bystyret sier ja til nytt bakeri',
        'bakeriet',
      )('<aside class="faktaboks faktaboks--annonse"><span>Annonse</span><p>Få Fjordposten for 1 kr første måned</p></aside>'),
      'Paragraph 5 of the story',
      'Fjordposten for 1 kr',
    ));
  it('leaves out an app-download infobox', () =>
    expectReadsWithout(
      story('<aside class="app-infobox"><h4>Get our app</h4><p>Breaking news, local weather and e-paper in one place</p></aside>'),
      'Paragraph 5 of the story',
      'Breaking news, local weather',
    ));
  it('leaves out a Swedish faktaruta of the site’s login prompt', () =>
    expectReadsWithout(
      storyWith(
        'Kommunen säger ja till nytt bageri',
        'bageriet',
      )('<aside class="faktaruta-prenumeration"><h4>Redan prenumerant?</h4><p>Logga in för att läsa alla artiklar</p></aside>'),
      'Paragraph 5 of the story',
      'Logga in för att läsa',
    ));
});

describe('story sentences worded like the new lines', () => {
  const story = storyWith('Flood warnings issued as rivers rise in Kelantan', 'the flood');
  it('reads a service sentence on getting alerts on your phone from an agency’s Telegram channel', () => {
    const s =
      'Officials say the fastest way to get warnings on your phone is simple: join the State Disaster Management channel on Telegram, which posts river levels every hour.';
    expect(articleText(story(`<p>${s}</p>`))).toContain(s);
  });
  it('reads a Spanish explainer sentence on an agency’s WhatsApp channel', () => {
    const s = '¿Cómo recibir las alertas? Sigue al SENAMHI en WhatsApp y recibe información actualizada sobre heladas en tu distrito.';
    expect(articleText(storyWith('Heladas en el sur: SENAMHI activa alerta roja', 'las heladas')(`<p>${s}</p>`))).toContain(
      'Sigue al SENAMHI',
    );
  });
  const ja = jaStoryWith('避難情報、LINEとアプリで配信へ', '避難情報');
  it('reads a broadcaster’s sentence on a city announcing by its official LINE', () => {
    const s = '市は来月から公式LINEで、避難所の混雑状況をお知らせします。';
    expect(articleText(ja(`<p>${s}</p>`))).toContain(s);
  });
  it('reads a broadcaster’s sentence on following a district in a disaster app', () => {
    const s = 'アプリで住んでいる地域をフォローすると、最新の避難情報が届きます。';
    expect(articleText(ja(`<p>${s}</p>`))).toContain(s);
  });
  it('reads a broadcaster’s sentence on following a district, then its notices', () => {
    const s = 'アプリで自宅の地域をフォローすると、最新の気象情報が届きます。通知は音と振動で知らせる仕組みです。';
    expect(articleText(ja(`<p>${s}</p>`))).toContain('最新の気象情報が届きます');
  });
});
