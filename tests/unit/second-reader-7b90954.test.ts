/**
 * Second reader of 7b90954 (helper-318, session 52): story lines the new tip and follow rules left out that 469b805 read. Each
 * case failed on 7b90954 and passed on 469b805; all pass since the narrowing: the Danish question names the newsroom ("til os",
 * "til redaktionen", "til DR …"), the Croatian tip line asks to write to "us" (javite nam, pišite nam), and the Croatian follow
 * line's lead-in holds no speaker's colon.
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { load, prose, storyAroundWith } from './story-page';

describe('a Danish interview whose question is a line of its own', () => {
  const q = 'Har du et tip til unge, der drømmer om at blive kok?';
  it('reads the interviewer’s question set as a bold line', () => {
    const doc = storyAroundWith(
      'Michelin-kokken fra Vejle: Jeg startede som opvasker',
      'the restaurant',
      'the kitchen',
    )(
      `<p><strong>${q}</strong></p><p>Ja, tag et job i et køkken, også selv om det er ved opvasken. Man lærer mest ved at se på dem, der kan det.</p>`,
    );
    expect(articleText(doc)).toContain(q);
  });
  it('GUARD: reads the last question of a Q&A, a subheading over a short answer with a link', () => {
    const doc = load(
      `<body><main><article><h1>Fem kokke om deres bedste råd</h1><div class="article-body">${prose('the chefs', 4)}<h3>Kan man lære det selv?</h3><p>Ja, siger Peter Holm, der lærte det hele hjemme.</p><h3>Har du et tip til en nybegynder i køkkenet?</h3><p>Køb en god kniv, siger Anne Jensen fra <a href="https://restaurant.example">Restaurant Havnen</a>.</p></div></article></main></body>`,
    );
    expect(articleText(doc)).toContain('Har du et tip til en nybegynder');
  });
});

describe('a Croatian story quoting an appeal', () => {
  const story = storyAroundWith('Potres jačine 4,1 po Richteru probudio Zagreb', 'the earthquake', 'the damage');
  it('reads the seismologists’ call for photos, reported as the story’s paragraph', () => {
    const line =
      'Imate li fotografiju ili video oštećenja nakon potresa? Pošaljite ih Seizmološkoj službi putem obrasca na njezinoj stranici, poručuju s Geofizičkog odsjeka PMF-a.';
    expect(articleText(story(`<p>${line}</p>`))).toContain(line.slice(0, 40));
  });
  it('reads a civil protection appeal that ends by naming its Facebook page', () => {
    const line = 'Stožer civilne zaštite poručuje: ostanite kod kuće i pratite Stožer na Facebooku.';
    expect(articleText(story(`<p>${line}</p>`))).toContain(line);
  });
});
