/**
 * The second readers' story pages ("The Regional Desk"): one page head and three paragraphs of a
 * Taliban story in Kabul, for probes that write their own pages around them.
 */

/** A page's opening up to `<body>`: its title, language and any extra style rules. */
export const storyHead = (title: string, { lang = 'en', style = '' } = {}) => `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<title>${title} | The Regional Desk</title>
<meta property="article:published_time" content="2026-11-24T09:00:00Z">
<style>
  body { font: 17px/1.6 Georgia, serif; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; }
  ${style}
</style>
</head>
<body>
`;

export const P1 =
  'The Taliban administration in Kabul has told foreign aid groups that all of their local staff must be registered with the economy ministry by the end of the month, according to a letter seen by reporters on Tuesday.';
export const P2 =
  'Aid officials said the order, the third of its kind this year, would slow the delivery of food to the provinces at the start of winter, when roads into the highlands close for weeks at a time.';
export const P3 =
  'Diplomats in Doha said the rules would come up at the next round of talks on Afghanistan, though no date has been set and several donors have already cut their budgets for next year.';

/** A second story, on the Kuril Islands, for pages that hold two. */
export const KURIL_HEADLINE = 'Russia adds missiles on disputed islands';
export const K1 =
  'Russia has moved a second battalion of coastal missiles to the Kuril Islands, the defence ministry in Moscow said on Monday, in what officials in Tokyo called a step away from any talks on a peace treaty.';
export const K2 =
  'Japanese fishermen based in Nemuro said patrol boats had turned them away from waters near Shikotan twice this month, and that the season’s catch of kelp had fallen by a third.';
export const K3 =
  'The foreign ministry in Tokyo lodged a protest through diplomatic channels, and the chief cabinet secretary said the government would keep asking for visits by former residents to resume.';
