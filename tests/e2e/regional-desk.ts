/**
 * The second readers' story pages ("The Regional Desk"): one page head, the site's masthead and
 * footer, a Taliban story in Kabul (headline, three paragraphs, filler that names no topic) and a
 * Kuril Islands story, for probes that write their own pages around them.
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

/** The Taliban story's headline. */
export const TALIBAN_HEADLINE = 'Taliban tighten rules on aid groups in Kabul';

/** Paragraphs that name no topic, to make a story as long as real ones. */
const FILLER = [
  'Officials said the order, the third of its kind this year, would slow deliveries to the provinces at the start of winter, when roads into the highlands close for weeks at a time.',
  'Most warehouses in the provincial capitals are already half empty, and two of the largest programmes have said they will stop paying salaries in the spring unless new money arrives.',
  'Teachers, nurses and drivers employed by the groups said they had not been told what the registration would mean for their families, or whether they would be paid while it lasted.',
  'A spokesman for one of the groups said it would comply, but asked for written guarantees that its staff could keep working in the field through the coldest months of the year.',
];
/** `n` paragraphs of filler, in turn. */
export const filler = (n: number) => Array.from({ length: n }, (_, i) => `<p>${FILLER[i % FILLER.length]}</p>`).join('\n');

/** The site's masthead and footer. */
export const MASTHEAD =
  '<header class="masthead"><a href="/">The Regional Desk</a> <a href="/world">World</a> <a href="/business">Business</a></header>';
export const FOOTER = '<footer><p>© 2026 The Regional Desk</p></footer>';
