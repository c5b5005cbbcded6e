/**
 * Second reader's probes of 2c7bf96 (mix285–288 rules): story sentences that the new audience-relations, accessibility,
 * provisional-translation and WhatsApp-channel lines take away. Each fails on 2c7bf96 and passes on e7e1631.
 */
import { describe } from 'vitest';
import { storyWith } from './story-page';
import { itReadsStoryLines } from './site-lines';

describe('second reader of 2c7bf96: story sentences worded like the new site lines', () => {
  const tech = storyWith('Apple unveils eye tracking for iPhone and iPad', 'accessibility');
  itReadsStoryLines(tech, [
    // A tech story paraphrasing a company's accessibility chief (attribution verb the rule's guard does not know).
    'It is a priority for Apple to create products that are accessible to all, Sarah Herrlinger, the company’s senior director of accessibility, explained at the launch.',
    'It is a priority for Microsoft to create products that are accessible to all gamers, and the new controller was designed with that in mind.',
  ]);

  const ombudsman = storyWith('Ombudsman’s annual report: complaints about war coverage doubled', 'the ombudsman');
  itReadsStoryLines(ombudsman, [
    // A public editor's annual report (the paper writing about itself).
    'Complaints about our coverage can be sent to the ombudsman, whose office logged 4,112 of them in 2023, up from 2,870 the year before.',
    'Questions about our journalism may be addressed to the new standards editor, Priya Nair, who joins the newsroom from Reuters next month.',
    'Concerns about our reporting should be directed to the ombudsman, the broadcaster’s president insisted before the Senate committee on Tuesday.',
  ]);

  const manga = storyWith('Publisher moves against fan translations of hit manga', 'the fan translation');
  itReadsStoryLines(manga, [
    // A story about a fan translation; a book review of a new translation; a story on a treaty's text.
    'This English translation is unofficial, made by fans of the series, and the publisher has asked the sites hosting it to take it down.',
    'This English translation is tentative in places, and Smith concedes as much in her afterword, but it is the first in forty years.',
    'This English translation is unofficial, the embassy noted, and only the Korean text of the agreement is legally binding.',
  ]);

  const factCheck = storyWith('Fact check: fake police WhatsApp channel spreads scam links', 'the fake channel');
  itReadsStoryLines(factCheck, [
    // A fact-check quoting the fake post's wording without quotation marks.
    'Join the Ghana Police Service WhatsApp Channel for breaking news alerts, reads the post, which uses the service’s logo but links to a scam page.',
  ]);
});
