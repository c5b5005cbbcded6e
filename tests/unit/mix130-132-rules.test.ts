/**
 * What mix130–132 showed, read sealed on 9549222: a Croatian portal's Viber community pitch and its Google News line; a
 * Scottish council's "Find out more" callout and its YouTube consent notice; a Portuguese association's consent line; a
 * Dutch paper's player note and its advertising line; a Japanese town assembly's note on when the minutes are published.
 * The cases that are not GUARDs fail on 9549222. Left as is: a Colorado release's USWDS alert box promoting a job site
 * (no link, no class word of furniture).
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaStoryWith, storyWith } from './story-page';
import { expectReadsWithout, itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';

const story = storyWith('Beekeepers sell their honey to China', 'the cooperative');

describe('site lines of mix130–132', () => {
  itLeavesOutLines(story, [
    'Budite prvi koji saznaju vijesti iz Zlatne doline! Pridružite se našoj Viber zajednici i primajte najvažnije vijesti izravno na mobitel.',
    'Pratite nas i na Google vijestima – kliknite zvjezdicu i dodajte ZD portal među omiljene izvore.',
    'This video is hosted on YouTube. You need to accept marketing cookies to watch it here, or you can watch it on YouTube.',
    'Clique em «Aceitar» para desbloquear o conteúdo do YouTube.',
    'Deze video wordt afgespeeld via een externe speler.',
    'Adverteren in De Zeeuwse Koerier? Bekijk de mogelijkheden op zeeuwsemediagroep.example',
  ]);
  itReadsSentences(story, [
    'Pratite li vijesti? Mnogi pčelari ne prate, kaže Kovačević Perić, ali ona svako jutro čita cijene na burzi.',
    'Be the first to know when the shop opens, the beekeepers told their customers, who queued in the rain.',
    'Adverteren in de krant? Dat deed de kweker nooit, zegt hij: de oesters verkopen zichzelf.',
  ]);
  itLeavesOutJapaneseLines(jaStoryWith('北方領土問題の解決を求める意見書を可決', '北方領土'), [
    '※会議録は、定例会終了後おおむね2か月で会議録検索システムに掲載します。',
  ]);
});

describe('boxes of mix130–132', () => {
  it('leaves out a callout headed "Find out more" that links elsewhere', () =>
    expectReadsWithout(
      story(
        '<div class="callout callout--info"><h3 class="callout__title">Find out more</h3><p>Read about <a href="/refugee-resettlement">refugee resettlement in Ardmuir</a>, including how local groups can volunteer or offer support.</p></div>',
      ),
      'Paragraph 5 of the story',
      'including how local groups',
    ));
  it('GUARD: reads a section headed "Find out more" told without a link', () =>
    expect(
      articleText(
        story(
          '<div class="section"><h3>Find out more</h3><p>The council will hold three drop-in sessions in January, where residents can ask the resettlement team about the programme.</p></div>',
        ),
      ),
    ).toContain('three drop-in sessions'));
});
