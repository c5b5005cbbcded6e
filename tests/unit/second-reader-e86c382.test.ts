/**
 * A second reader's probes of e86c382 (base 9549222: `namesOnwardBox` leaving out a short box that an onward label heads with a
 * link in it, and a paragraph that such a bold label opens with a link; `boldLead` skipping icons; CHANNEL's Viber and
 * "Google vijesti"; FOLLOW_LINE's "Pratite" and a dash as a follow line's end; the consent, Dutch player and advertising notes;
 * the Japanese minutes note). Probes (no "GUARD" in the name) assert the reading of a story's own part on a page built as a
 * real one is; each fails on e86c382 and passes on 9549222.
 * Story text lost to e86c382: a health story's section "More information" on measles symptoms with a link to NHS 111, a city
 * release's "Weitere Informationen" section on Wohngeld processing times, a release's bold "Learn more" paragraph of the fund's
 * figures (all `namesOnwardBox`: any text under the label, so long as a link stands in it); a tech column's "Follow Elon Musk on
 * X – as 200 million people do – …" (FOLLOW_LINE's dash end); a Japanese assembly story's 「会議録は、問題の発言部分を削除した
 * うえで公開する予定です。」 (the minutes note, any minutes); a Dutch museum story's "Deze video wordt afgespeeld via twaalf
 * schermen …" (the player note, any sentence after "via").
 * Tried and read alike on both (GUARDs): a "Find out more" section without a link, a Croatian "Pratite li …" question, a
 * sentence on joining a Viber group told in the third person.
 * The reader was helper-229.
 * The reader was helper-229. The commit after e86c382 makes all six pass: a box's onward heading only "Find out more", "See
 * also", "Read more", "Mehr zum Thema", "Lees ook" and their kin (not a section named "More information" or "Weitere
 * Informationen"), a bold pointer label only with its colon on the paragraph's own line, a follow line ended by a dash only
 * before "click", the minutes note only where it names the system or site it is published on, and the Dutch player note only
 * for an external player.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaStoryWith, storyWith } from './story-page';
import { itReadsSentences, itReadsStoryLines } from './site-lines';

const story = storyWith('Measles cases rise in Ardmuir schools', 'the vaccination campaign');
const de = storyWith('Wohngeld: Stadt stellt mehr Personal ein', 'die Wohngeldstelle');

describe('onward boxes of e86c382', () => {
  it('reads a health story\'s own section headed "More information" with a link in it', () =>
    expect(
      articleText(
        story(
          '<div class="section"><h3>More information</h3><p>Symptoms of measles include a high fever, a runny nose and a rash that starts on the face. Children who have not had two doses of the MMR vaccine are most at risk. If you think your child has measles, call your GP or <a href="https://111.nhs.uk">NHS 111</a> before visiting.</p></div>',
        ),
      ),
    ).toContain('Children who have not had two doses'));
  it('reads a city release\'s own section headed "Weitere Informationen" with a link in it', () =>
    expect(
      articleText(
        de(
          '<section><h2>Weitere Informationen</h2><p>Die Bearbeitung eines Antrags dauert derzeit rund acht Wochen, im Frühjahr waren es noch vierzehn. Anträge können ab sofort auch online unter <a href="/wohngeld">stadt.example/wohngeld</a> gestellt werden.</p></section>',
        ),
      ),
    ).toContain('dauert derzeit rund acht Wochen'));
  it('reads a release\'s paragraph of figures under a bold "Learn more" on its own line', () =>
    expect(
      articleText(
        story(
          '<p><strong>Learn more</strong><br>The Clean Water Fund has invested $48 million in 112 projects since 2019, including the Ardmuir treatment plant upgrade finished in May. A map of the projects is at <a href="/clean-water">ardmuir.example/clean-water</a>.</p>',
        ),
      ),
    ).toContain('invested $48 million in 112 projects'));
  it('GUARD: reads a section headed "Find out more" told without a link', () =>
    expect(
      articleText(
        story(
          '<div class="section"><h3>Find out more</h3><p>The council will hold three drop-in sessions in January, where parents can ask the school nurses about the vaccine.</p></div>',
        ),
      ),
    ).toContain('three drop-in sessions'));
});

describe('lines of e86c382', () => {
  itReadsStoryLines(storyWith('What X has become', 'the platform'), [
    'Follow Elon Musk on X – as 200 million people do – and you would think the platform had never been busier.',
  ]);
  itReadsStoryLines(storyWith('Museum opent zaal over de watersnoodramp', 'de tentoonstelling'), [
    'Deze video wordt afgespeeld via twaalf schermen in de nieuwe zaal, waar bezoekers de stem van hun grootouders kunnen horen.',
  ]);
  itReadsSentences(storyWith('Pčelari prodaju med u Kinu', 'zadruga'), [
    'Pratite li cijene meda? Mnogi pčelari ne prate, kaže predsjednica zadruge.',
    'Mnogi su se pčelari pridružili Viber grupi zadruge, gdje svako jutro dobivaju cijene s burze.',
  ]);
  it("reads a Japanese assembly story's sentence on its minutes", () =>
    expect(
      articleText(jaStoryWith('市議の発言を議会が削除へ', '発言問題')('<p>会議録は、問題の発言部分を削除したうえで公開する予定です。</p>')),
    ).toContain('問題の発言部分を削除'));
});
