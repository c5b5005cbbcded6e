/**
 * What mix285–288 showed, read sealed once in session 56 on e7e1631 (130/130 article fragments, 3/129 others): a ministry's
 * "This English translation is provisional. …", a Canadian broadcaster's "Questions or concerns about our journalism can be
 * sent to Audience Relations, …" (with its accessibility line) and "Join the <Site> WhatsApp Channel for breaking news alerts
 * …". The cases that are not GUARDs fail on e7e1631.
 */
import { describe } from 'vitest';
import { storyWith } from './story-page';
import { itLeavesOutLines, itReadsSentences } from './site-lines';

describe('lines of mix286, mix287 and mix288', () => {
  const story = storyWith('Afghan bakery opens second shop in Winnipeg', 'Afghan');
  itLeavesOutLines(story, [
    'This English translation is provisional. In the event of any discrepancy between the English and Japanese versions, the Japanese original shall prevail.',
    '(Provisional translation)',
    'Questions or concerns about our journalism can be sent to Audience Relations, MPB, P.O. Box 9000, Station Centre, Ottawa.',
    'It is a priority for MPB to create products that are accessible to all in Canada, including people with visual, hearing, motor and cognitive challenges.',
    'Join the Nusantara Courier WhatsApp Channel for breaking news alerts from across the archipelago.',
  ]);
  itReadsSentences(story, [
    'A provisional translation of the letter was released on Monday by the embassy in Ottawa.',
    'The English translation of the treaty is provisional, officials said, until both parliaments ratify it.',
    'Complaints about our reporting can be sent to the ombudsman, the broadcaster’s president told senators on Tuesday.',
    'It is a priority for the bakery to hire more refugees next year, the owner said.',
  ]);
});
