// @vitest-environment node
/**
 * Main-text detection on page layouts written for the tests, each page listing what a reader would
 * call its article and what not (`snippets.json`), judged by reading the page. Read as the brief
 * CLI reads pages: parse5's tree, linkedom's DOM.
 * - tests/fixtures/japanese-layouts: a news portal with a long comment section, a public
 *   broadcaster's sectioned story, a paywalled daily with CSS-module class names, a blog whose text
 *   is lines between `<br>`s, a three-paragraph wire story among long headline lists, a business
 *   daily with related links inside its body (the corpus of real pages holds six CJK pages of 884).
 * - tests/fixtures/blind-pages/{en,ja}: six English and six Japanese news and commentary pages,
 *   written by helpers who never saw the detection code; read once before the finder was changed
 *   for what they showed (subheads in boxes, lead captions, ad slots, sign-offs, notices).
 * - tests/fixtures/blind-pages/{en2,ja2,mix3}: eighteen more, written the same way after those
 *   changes and held out (but ja2's headline, see its snippets.json): their first reading set the
 *   floors here. mix3 and mix4 were then used for the next changes (reader responses, author's
 *   notes, notices, "subscriber-only" bodies); mix5, written meanwhile and sealed until after them, is
 *   the held-out check of those changes, mix6 of the next, and mix7 of the day's last; mix8 (a table
 *   layout, div-paragraph fiction, a newsletter, a think tank, four Japanese kinds) was read sealed, then
 *   used for one change (link lists lined with bullet images); mix9, sealed until after the day's changes, was their held-out check,
 *   then used for one more (citation boxes); mix10 (German, US, Latin American and French kinds, four
 *   Japanese), sealed until after the next day's changes, was their held-out check, then used for two
 *   more (a headline in a header box left out, notes on where a piece first ran); mix11 (four Japanese
 *   kinds, three English, a ministry's release) likewise, then used for two (the story's own article
 *   element caps the climb to a wrapper; a column's disclaimer); mix12 (a wire site's React story, a
 *   lite edition, a newsletter's web view, a hearing transcript, a Japanese blog, an embassy notice, a
 *   smartphone news page, Diet minutes) likewise, then used for two (a sponsor's box; a heading
 *   worded a little longer than the title as the headline); mix13 (an AMP story, a member publication's
 *   essay, French, Spanish and German dailies, a Japanese portal's paged story, a business weekly's
 *   page 2, a white paper's chapter) likewise, then used for six (ad labels, call-to-action boxes, pull
 *   quotes, captions, an "enlarge" link, comment sections by their names in other languages); mix14 (an
 *   encyclopedia, a backgrounder, a podcast transcript, a PDF converted to HTML, a Japanese
 *   broadcaster, a members-only daily, a summary blog of board posts, a press release) likewise, then
 *   used for six (a headline's subtitle, a summary aside, a site's name in an h1, a player's
 *   fallback, two stock lines, a board post's header and source address); mix15 (a site builder's
 *   newsletter, a fact check, a journal's full text, a blog platform's post, Japanese hosted blogs,
 *   a tech news page, an aggregator's syndicated story) likewise, then used for five (a story's own
 *   article widened only for twice its prose, a signup box, a syndication line, an advertising
 *   notice, a blog's name in the theme's h1, back matter); mix16 (German national, regional, tech
 *   and blog pages, a Swiss broadcaster, French, Spanish and Polish dailies) likewise, then used for
 *   seven (split candidates, control boxes, players, quotations, fact-box asides, follow-us lines
 *   in six languages, credits and reading times); mix17 (an ASP.NET WebForms daily, a WordPress post
 *   in an hfeed wrapper with teaser posts, a Korean wire story, a Japanese portal's syndicated story)
 *   likewise, then used for two (a run of teasers beside the story, a reporter's e-mail line); mix18 (a broadcaster's
 *   story, a story split over sibling segments, a newsletter post, a Japanese daily, a German longform,
 *   a forum thread quoting a story) likewise, its three misreadings left as known limits; mix19 (a live
 *   blog, an archived copy under a web archive's toolbar, an infinite scroll, custom elements, a
 *   ministry's press conference, a think tank's report) likewise, then used for three (a title worded
 *   otherwise, the next story beside this one, custom elements' tag names); mix20 (a Taiwanese daily,
 *   a hostile page hiding topic words, a Next.js page, a Spanish wire story, an overlay paywall, a
 *   Japanese regional paper) likewise, then used for one (aria-label as class words); mix21 (a Korean
 *   portal, a Polish daily, a photo story, a Q&A explainer, a print version, a broadcaster's feature)
 *   likewise, its two misreadings listed as read anyway; mix22 (German magazine, regional, tech, blog,
 *   Swiss and broadcaster pages), mix23 (a US local paper, a Blogger post, a magazine long read, an
 *   opinion column, a wire press release, a UK tabloid) and mix24 (French, Spanish, Russian and Italian
 *   dailies, a Japanese blog and paid daily), read sealed together, then used for eleven (a blog's name
 *   opening the title, itemprop headlines, paywall-marked paragraphs, editor's and agency notes, "About …"
 *   boilerplate, "read also" links, author boxes, lead photo credits), then narrowed after a second reader
 *   (tests/unit/second-reader-91.test.ts); mix25 (German agency, club, law firm, city, university and
 *   parliament pages), sealed until read on 777c057, and mix26 (Argentine, Colombian, Peruvian, Brazilian
 *   and two Polish pages) and mix27 (a trade magazine, an NGO's Drupal report, Ghost, Squarespace and
 *   Medium-like posts, an Australian broadcaster), sealed until read on 99802ad, were the held-out check of
 *   those, then used for eight more (a caption box beside the story, a lead figure in a header box, notices),
 *   narrowed after a second reader (tests/unit/second-reader-94.test.ts); mix28 (a bank's guide, Dutch and
 *   Turkish dailies, a ministry's press conference, a university's release, a local TV station), sealed
 *   until read on 4397f28, then used for four (a portal's only h1 in a header box, three notices); mix29 (an AP
 *   story on a regional site, BR24, a Japanese aggregator, a French regional, a think tank, a fact check),
 *   sealed until read on 8d50a1a as the held-out check of the session's rules, then used for one (notices);
 *   mix30 (Japanese editions of BBC-, CNN-, AFPBB-, Newsweek-, Reuters- and WSJ-like sites), sealed until
 *   read on 914c8f7, then used for seven (a 「写真：」 credit, a link to the story's pictures, notices);
 *   mix31 (front-ends whose class names say nothing: Astro and Tailwind, styled-components, Wix, Webflow,
 *   Nuxt, Notion), sealed until read on 1b6621f, then used for nine (a paywall box of the story's paragraphs,
 *   sign-up and author boxes, a call to action before the body, notices);
 *   mix32 (foreign-policy outlets: an Asia-Pacific magazine, an essay site, nippon.com, a forum's analysis, a
 *   long read, an institute's commentary), sealed until read on 1b6621f, then used for five (notices, a
 *   two-author bio, a 執筆者 box, a podcast promo); mix33 (mix30's theme, written by a second helper
 *   independently), sealed until read after the rules from mix30–mix32 as their held-out check, then used
 *   for two (a back-matter label as a box's first paragraph, a translation notice); mix34 (English editions
 *   of Asian and Eurasian media), mix35 (Japanese foreign-policy commentary), mix36 (news CMS platforms) and
 *   mix37 (English editions of European media), sealed until read on 135c6c5 and 6153d79, then used for
 *   twenty (a paywall box of unclassed paragraphs, a caption cell, a paywall offer by its login line, a headline the
 *   og:title names, a player box before the text, trust and creator boxes, notices); mix38 (English
 *   editions of Asian and European media, written beside them), sealed until read on 557623b as their
 *   held-out check, then used for five (a publish-time line, a reporter's address, a support box, notices);
 *   mix43 (three English pages on the Taliban: a public broadcaster, a UK daily, a think tank's WordPress
 *   post), sealed until read on 81df51c, then used for two (a box named as a caption, an appeal box beside
 *   the story); mix41 (Japanese national and regional dailies) and mix42 (wire services and international
 *   broadcasters), sealed until read on a2cd613, then used for six (a bracketed 撮影 credit, a licensing link
 *   closing a caption, source and contributor lines, a broadcaster's notes); mix39 (South Asian and Afghan
 *   English media), sealed until read on af85562 as the held-out check of those, then used for three (a
 *   headline linked to its own page, translation and "inputs from" notes); mix40 (Middle East and Gulf
 *   English media), sealed until read on the session's last rules as their held-out check, its first reading
 *   setting its floors; mix44 (Japanese web magazines), mix45 (English editions of Russian and Ukrainian
 *   media), mix46 (Japanese blogs and note-like platforms) and mix47 (a live blog, an AMP story, a photo
 *   essay), sealed until read on bedb251, then used for twelve (a lead picture above the headline, a blog's
 *   name in its own h1, a photographs credit, member, standards, translation, typo, follow, ranking,
 *   reaction and disclaimer lines), with mix40's four (bracketed and contributor credits); mix48 (English
 *   Korean media), mix49 (English Chinese and Hong Kong media), mix50 (Japanese broadcasters) and mix51
 *   (German and French media), sealed until read on adac836 as its held-out check, then used for twelve
 *   (wire, translation, contact, app, editor and reporter lines, a broadcaster's notes around its video);
 *   mix53 (Japanese news agencies and financial media), sealed until read on fa3a87b as its held-out check,
 *   then used for three Japanese site lines; mix52 (English Southeast Asian media), mix54 (publishing
 *   platforms) and mix55 (official pages), read sealed on cd3d41e as the held-out check of the session's
 *   rules, mix54 and mix55 then used for four (a share button's line, "article-" before a furniture word, an
 *   app pointer, a press contact line); mix56 and mix60 (English think tanks, two helpers' versions of one brief), mix57
 *   (Japanese policy institutes), mix58 and mix61 (South Asian English dailies, two versions) and mix59 (Middle East
 *   English dailies), read sealed on e4bac0c as the held-out check of sessions 35 and 36, then used for seven (a headline
 *   linked to its own page by a relative address, 'article__' before a furniture word, Indian and Pakistani dailies' closing
 *   lines, an institute's disclaimer after its project line, editions in other languages, a membership appeal).
 *   mix64 (US policy sites), read sealed on 5777c10 as the held-out check of those, then used for one (a line saying
 *   the quotations were translated by the author); mix63 (Japanese national and regional dailies), read sealed on 9feab70
 *   as the held-out check of session 37's rules, then used for one (a reaction prompt asking for the reader's feelings);
 *   mix65 (Japanese official pages), read sealed on 9f9012e, then used for three (a caption's date of shooting, a press
 *   release's contact line, a transcript's note); mix69 (Polish news sites), read sealed on a95d30a, then used for eight
 *   (a print-edition note, a rights line, a compiler's credit, a caption's author span, a date in words, a question asking the
 *   reader to write to an address, an audio player's box); mix62 (Australian, New Zealand and Canadian news), read sealed on
 *   f239795, then used for four (a summary box after the lead picture, "Supplied:", "With files from", an analysis label);
 *   mix68 (Latin American Spanish news), read sealed on 8a90e12, then used for one ("Con información de EFE y Reuters");
 *   mix70 (small WordPress news sites), read sealed on 41f25a4 (33/33, none of its furniture read), not used; mix66 (US
 *   regional papers running wire stories), read sealed on fc95664, then used for four (wire credits, a feedback prompt);
 *   mix72 (Japanese portals and broadcasters), read sealed on 8af6f2f, then used for three (a ▼ related link, a video box's
 *   browser note, a link to the story's pictures); mix73 (French national news), mix74 (German regional dailies) and
 *   mix75 (Japanese national dailies), read sealed on 4e66f0b, then used for ten (a "Lire aussi" link labelled by a span, an app
 *   promo, a video's teaser box, an update note, a series of Japanese site lines), two of mix75's left as known limits;
 *   mix76 (Italian, Spanish, Portuguese dailies), mix77 (a UK tabloid, a US cable site, a Pakistani daily) and mix78
 *   (Japanese regional papers and a weekly), read sealed on 4211b26, then used for seven (mix78 not used); mix79 (English
 *   Asian sites) and mix80 (Japanese broadcasters), read sealed on f5a27c0, mix80 then used for its five video notes.
 *   mix81 (German federation, town and trade-magazine sites), mix82 (Wix, Divi and Blogger blogs) and mix83 (a Drupal
 *   radio, a Joomla radio, a Plone chamber of commerce), small sites' builders, read sealed on 50c8654, then used for
 *   mix81's and mix83's misreadings but two; mix84 (German TYPO3, Jimdo, WordPress), mix85 (Squarespace, GOV.UK, Ghost)
 *   and mix86 (SPIP, Liferay, Avada), read sealed on ada6eea, then used for six; mix87 (a Hatena blog, a Japanese city's
 *   table-layout press release, a release portal), mix88 (Contao, Webflow, HubSpot) and mix89 (Umbraco, Shopify, Weebly),
 *   read sealed on 60cab8c, then used for four; mix90 (a Japanese research column, a Japanese regional paper, a union's
 *   Drupal post) and mix91 (a district's IKISS release, a tagDiv regional daily, a Joomla K2 weekly), read sealed on
 *   7da1b28, then used for two; mix92 (a local TV station, a Japanese NGO's report, a Substack post), read sealed on
 *   b1194f8, and mix93 (a French town hall, a German block-theme magazine, a Polish regional portal), read sealed on
 *   01a8f10, then used for four; mix94 (a Ghost think-tank blog, a Japanese university's release, a Dutch municipality),
 *   mix95 (a German regional radio, a Squarespace NGO, a Japanese local paper's table layout) and mix96 (a Newspack trade
 *   magazine, a Swiss canton's release, a note.com post), read sealed on 5d67645, then used for all but one; mix97 (a Blogger
 *   blog, an Austrian NGO's TYPO3 release, a Japanese prefecture), mix98 (an Italian Joomla portal, a UK charity's Drupal
 *   story, a Japanese company's release) and mix99 (a Brazilian Jannah portal, a Norwegian municipality, a livedoor blog),
 *   read sealed on 6365ce2's narrowed tree, then used for all but a caption, a contact prompt and a company profile; mix100
 *   (a German local paper, a WPBakery association, a JIN magazine), mix101 (a French newspaper theme, a Dutch Tailwind NGO, an
 *   Ameba blog) and mix102 (a US think tank, a Spanish regional TV, a Polish town office), read sealed on 1d17ceb for a measure
 *   only, then used for all but a caption's credit and a video's title line; mix103 (a Swedish paper, an Irish council's
 *   Drupal site, a Japanese NPO's Cocoon blog), mix104 (a Czech news site, a Canada.ca release, a Japanese chamber of
 *   commerce's table layout) and mix105 (a diocese's TYPO3 news, a Newspack newsroom, a Liferay gazette), read sealed on
 *   cdc522b, then used for all but a recent-news excerpt; mix106 (a Finnish paper, a Divi community radio, a Wix councillor's
 *   page), mix107 (a Next.js Belgian site, a Joomla union release, a tagDiv Indian portal) and mix108 (a Japanese regional paper,
 *   a CivicPlus county, a Bootstrap Italia town), read sealed on 50f6a42, then used for all but three Wix boxes, a union's
 *   portrait and a gallery caption; mix109 (a Danish paper, an Elementor town council, a Japanese hospital), mix110 (a
 *   Portuguese weekly, a Seoul think tank's Drupal page, a Hatena blog) and mix111 (a Swiss portal, an Avada foundation, an
 *   Argentine radio), read sealed on 0ecb15c, then used for all but a closing-hours notice and a synopsis; mix112 (a Romanian
 *   tagDiv site, an NGO's Sitecore field story, a Japanese prefectural paper), mix113 (a Dutch broadcaster's Next.js site, a BLOX
 *   US paper, a Japanese city's release) and mix114 (a Spanish Arc-like daily, an Austrian municipality's table layout in an
 *   ASP.NET form, a Substack post), read sealed on bef7652, then used for all; mix115 (a Norwegian Amedia paper, a Jimdo
 *   football club, a Japanese town office), mix116 (a UK charity's Umbraco story, a Greek tagDiv portal, a Japanese think tank's
 *   column) and mix117 (a Hungarian news site, a South Australian GovCMS release, a Japanese company's release), read sealed on
 *   34182b8, then used for all; mix118 (an Italian Jannah paper, a Squarespace GAA club, a Japanese prefectural police page),
 *   mix119 (a French regional daily, a Dutch municipality, a Czech Elementor news site) and mix120 (a US university's news office,
 *   an Indonesian portal's English edition, a Japanese NPO's SWELL blog), read sealed on 19615b2, then used for all; mix121 (a
 *   Swiss-French Drupal site, a US sheriff's CivicPlus release, a Japanese local paper), mix122 (a German public broadcaster, a
 *   Polish city hall's Joomla page, a Mexican WordPress portal) and mix123 (a Canadian think tank's HubSpot blog, a Belgian
 *   daily, a Hokkaido government release), read sealed on 7e16f90 for a measure, then used for all; mix124 (a Brazilian JNews
 *   portal, a Wix parish council, a Japanese university's release), mix125 (a Finnish municipality in an ASP.NET form, a Divi
 *   trade magazine, a Japanese trade paper's table layout) and mix126 (an Australian council's release, a Turkish-owned
 *   Next.js news site, a Hatena blog), read sealed on 6402f34, then used for all; mix127 (a Slovak weekly, a New Zealand
 *   council's SilverStripe release, a Hokkaido TV station), mix128 (a German chamber of commerce, a US local TV station, a French
 *   town hall's Gutenberg site) and mix129 (an Indian regional site, an Aragonese government release on Liferay, a Japanese
 *   think tank's XOOPS newsletter), read sealed on 7254839, then used for all; mix130 (a Croatian tagDiv portal, a Scottish
 *   council's Jadu page, a Japanese fisheries cooperative), mix131 (an Austrian Next.js daily, a Colorado release on USWDS, a
 *   Korean English wire) and mix132 (a Portuguese association's Elementor post, a Dutch regional paper, a Japanese town
 *   assembly), read sealed on 9549222, then used for all but the Colorado release's alert box; mix133 (a Swedish municipality
 *   on Sitevision, a UK regional paper, a Japanese NGO's Lightning site), mix134 (a Czech town's news, an Irish Elementor
 *   weekly, a Japanese company's release) and mix135 (a Catalan local TV station, a British Columbia release, a Japanese
 *   research foundation's column), read sealed on 2f76b6a for a measure, then used for all; mix136 (a Norwegian
 *   municipality on Enonic, a US university's Drupal newsroom, a Japanese prefecture's table-layout release) and mix138 (a
 *   Greek municipality's Joomla K2 release, a South African NGO's Squarespace blog, a Japanese party's statement), read
 *   sealed on 9a7bf1c, then used for all; mix137 (an Italian diocesan weekly on WPBakery, a Hungarian Angular portal, a
 *   Japanese regional paper on Next.js), read sealed on 771e5e3, then used for all; mix139 (a Danish local paper, a US sheriff's
 *   release in an ASP.NET form, a Japanese councillor's Ameba blog) and mix140 (a French regional daily on Drupal, an Austrian
 *   chamber's TYPO3 release, a Japanese logistics trade paper), read sealed on 3189427, then used for all but the chamber's
 *   service box; mix141 (a Romanian tagDiv site, an Irish charity on Umbraco, a Japanese prefectural university), read sealed
 *   on 8b32e94, then used for it; mix142 (a Flemish city on Drupal 10, a US public radio station on Grove, a Japanese mayor's
 *   press-conference transcript), mix143 (a Swiss regional paper on Livingdocs, a Spanish provincial release on Liferay, a
 *   Japanese trade association on Cocoon) and mix144 (a Polish regional portal, a UK council on Squiz Matrix, a J-League club's
 *   match report), read sealed on 0d7f82c for a measure, then used in session 48 for all but mix144's council callout and
 *   ticket box; mix148 (an Italian GEDI local daily, an Indian English portal, a Hokkaido paper), mix149 (a Czech portal, an
 *   Australian public broadcaster, a Japanese think tank's WordPress column) and mix150 (a Turkish national site, a Canadian
 *   public broadcaster, a Japanese aggregator), read sealed on 85d250b; mix151 (an Ippen regional paper, a French regional
 *   daily, a Japanese national daily), mix152 (a Spanish daily on Arc XP, a US local TV station, a Japanese ministry's
 *   release) and mix153 (a Korean English wire, a Substack post, a Japanese regional broadcaster), read sealed on the
 *   session's rules as they stood (a0483f1, 5fcd5a5, ae3471a); mix154 (a Dutch regional broadcaster, a UK broadsheet, a
 *   Japanese economic daily), mix155 (a Norwegian regional paper, a US think tank on Drupal, a Japanese prefecture's release)
 *   and mix156 (a Portuguese daily, an Austrian public broadcaster, a note-style paid post), read sealed on 3c12057 for a
 *   measure; mix157 (a Belgian French-language daily, an Irish public broadcaster, a Japanese city's civil-protection page),
 *   mix158 (a Finnish daily, an AP story on a BLOX regional paper, a Japanese weekly's paged article) and mix159 (a German
 *   public broadcaster, a Singapore daily, a Japanese NGO's column), read sealed on c65b3cf for a measure; all then used in
 *   session 49 for all but mix156's author card. mix160 (a Swiss German daily, a New Zealand regional paper, a Hokkaido
 *   paper), mix161 (a Polish portal, an Afghan English WordPress site, a Japanese TV network) and mix162 (an Italian daily, a
 *   US magazine's long read, a Japanese think tank's commentary), read sealed once on 1681a33 for a measure only, kept
 *   unused with their still-read lines allowed, then used in session 50. mix163 (a German aid association on TYPO3, a German
 *   travel blog on WordPress, a Hatena blog), mix164 (an Argentine daily, a Polish WordPress portal, a German trade magazine),
 *   mix165 (a Swiss federal office's release, a Newspack local paper, a Japanese regional paper), mix166 (a law firm's blog on
 *   Elementor, an Austrian regional paper, an Ameba blog), mix167 (a German ministry's release on the Government Site Builder,
 *   a French daily, a Japanese business magazine's paged article) and mix168 (a Shopware shop's guide, a Colombian daily, a
 *   Japanese press-release site), mix169 (a Swiss CH Media daily, a German club's Joomla page, a Japanese national paper's
 *   editorial), mix170 (a UK tabloid, a German tech news site, a Japanese public broadcaster) and mix171 (a Dutch public
 *   broadcaster, a US university's Drupal news page, a Japanese aggregator), read sealed once in session 50 for a measure and
 *   then used, but for mix169's donations line; mix172 (a German city's release on TYPO3, a German regional WordPress portal,
 *   a Japanese university's release), mix173 (a Vocento regional daily, an Italian JNews portal, a Japanese business
 *   federation's proposal) and mix174 (a Polish ministry on gov.pl, a Brazilian portal, a Japanese NPO's report on Cocoon),
 *   likewise; mix175 (a Divi company blog, an Asian English daily, a Japanese city assembly's news), mix176 (a Slovak daily, a
 *   US local TV station on Arc, a Japanese weekly's web edition) and mix177 (a diocese's news on TYPO3, an Australian public
 *   broadcaster, a Japanese small-city paper on WordPress) likewise, but for mix175's team-member box. mix178 (a German
 *   regional daily's paywalled story, a tagDiv trade magazine, a Japanese NPO's Cocoon blog), mix179 (a club's Elementor
 *   post, a UK think tank on Drupal, a Japanese portal's syndicated story), mix180 (an Austrian district weekly's reader
 *   story, a US university's news page, a Japanese city's release), mix181 (Spanish, French and Polish dailies), mix182 (a
 *   German Ghost blog, a Swiss daily, a Substack post) and mix183 (a Japanese business magazine's paged story, a German party
 *   branch's release, an Indian daily), read sealed once in session 51 and then used; mix184 (a Dutch regional daily, a
 *   Newspack nonprofit newsroom, a Japanese regional broadcaster), mix185 (a German trade association on Drupal, a Canadian
 *   daily on Arc XP, a Japanese think tank's column), mix186 (a Czech portal, a UK council, a note.com post), mix187 (a Swedish
 *   metered daily, a Soledad long read, a Japanese sports paper), mix188 (a Mexican outlet on Jannah, a German university on
 *   TYPO3, a Japanese release site) and mix189 (an Italian regional daily, a Medium-style post, an Ameba councillor's blog)
 *   likewise, but for mix187's and mix188's captions and mix189's credit and blog card. mix190 (a French regional daily on
 *   Drupal, a Korean daily's English edition, a Japanese prefecture's release), mix191 (a Spanish agency's wire story, a Ghost
 *   newsletter site, a Japanese broadcaster), mix192 (a Turkish English daily on ASP.NET, an Indian portal, a Japanese
 *   business magazine's paged story), mix193 (a Dutch public broadcaster, a Swedish university on SiteVision, a Japanese
 *   regional paper), mix194 (a Brazilian portal, an Indonesian paged story, a Hatena blog) and mix195 (an Austrian regional
 *   daily, a US think tank on Drupal, a Japanese portal) likewise, in session 52; so were mix196 (a Pakistani daily, a French
 *   think tank, a Japanese paper's digital edition), mix197 (a Polish portal, a Russian-language exile outlet, a Japanese
 *   ministry's press conference), mix198 (an Italian national daily, a Norwegian local paper, a Japanese column on a Cocoon-like
 *   theme) and mix199 (an Australian public broadcaster, a Spanish regional daily, a Japanese NGO's report), and mix200 (a
 *   Nigerian daily, a German regional broadcaster, a Japanese paper's English edition), mix201 (a Romanian portal, a Canadian
 *   university, a Japanese mayor's blog), mix202 (a Filipino news site, a Czech public broadcaster, a Japanese tech news site)
 *   and mix203 (a UK regional paper on Reach's platform, a Swiss French daily, a Japanese sports paper); mix204 (a Turkish
 *   portal, a Newspack newsroom, a Japanese local station), mix205 (a Ukrainian outlet, a Belgian daily, a note.com post),
 *   mix206 (a Vietnamese English site, a German company's release, a Japanese think tank's report) and mix207 (an Irish daily
 *   on Arc XP, a Portuguese daily, a Japanese magazine) likewise; mix208 (a Finnish daily, a Gulf English site, a Japanese
 *   prefectural paper), mix209 (a Danish public broadcaster, a Singapore daily, a Japanese university's release), mix210 (a South
 *   African site, a Croatian portal, a Japanese business magazine) and mix211 (a US local TV station, an Austrian public
 *   broadcaster, a Japanese agency's FAQ) likewise, but for mix211's FAQ question in a button. In session 53, sets asked for the
 *   article's own edges (furniture between and right after the paragraphs): mix212 (a German regional daily, a press portal, a
 *   Japanese prefectural paper), mix213 (a Latin American daily on Arc XP, a Polish portal, a Ghost tech blog), mix214 (an
 *   Italian daily, a Dutch regional broadcaster, a French regional daily), mix215 (a German trade magazine on TYPO3, a Swiss
 *   municipality, a US think tank), mix216 (a German farm weekly, a Brazilian portal, a Japanese aggregator), mix217 (a British
 *   tabloid, a German match report, a Korean agency's English page), mix218 (an Austrian regional paper, a Czech portal, a
 *   Japanese politician's blog) and mix219 (a Medium-like post, an Elementor news blog, a German health guide) likewise, but
 *   for mix216's video title read anyway; and mix220 (a German diocese, a Spanish sports daily, a Japanese company's release),
 *   mix221 (a US paper on BLOX, a Swiss daily, a Japanese SWELL magazine), mix222 (a Greek portal, a Hungarian portal, a Japanese
 *   football club), mix223 (a German test magazine, an Indian portal, a Japanese broadcaster), mix224 (a Polish regional daily, a
 *   Canadian French daily, a Hatena blog), mix225 (an Austrian ministry, a UK university, a Japanese city hall) and mix226 (a
 *   HubSpot company blog, a Turkish portal, a Japanese business daily) likewise, but for mix222's ticket box and mix226's
 *   Turkish editor's bio read anyway. mix227 (a German public broadcaster, an Argentine daily, a Japanese ministry), mix228 (a
 *   Swedish local paper, a Newspack newsroom, a Japanese regional station), mix229 (an Austrian monthly, a Romanian portal, a
 *   Japanese community paper), mix230 (a German university, a Philippine site, a Japanese sports paper), mix231 (a French
 *   column, a Dutch daily, a note.com post) and mix232 (a UK regional paper, a Spanish regional daily, a Japanese governor's
 *   press conference) were read once on feb1152 and kept as written, no rule made from them: the session's last blind reading.
 *   In session 54, mix233 (an Italian daily, a Swiss daily, a Japanese regional paper), mix234 (a US public radio station, a
 *   Polish portal, a Japanese tech site), mix235 (an Indian paper, a Norwegian daily, a Cocoon business blog), mix236 (an
 *   Australian site, a Czech portal, a Japanese web magazine), mix237 (a Belgian daily, a Romanian site, a Japanese regional
 *   station), mix238 (a Canadian daily, a Greek site, a Japanese think tank's column), mix239 (a Korean English paper, a Danish
 *   daily, a livedoor blog) and mix240 (a US policy magazine, a Finnish site, a Japanese paywalled paper) were read once on
 *   b9be7af, the edges brief again, and gave rules to ee6e16d (narrowed after a second reader), but for mix237's app box read
 *   anyway. mix241 (a US local TV station, a German regional paper, a Japanese sports paper), mix242 (a French regional
 *   daily, a Portuguese site, a Japanese city's release), mix243 (a UK national, a Mexican site, a Japanese aggregator), mix244
 *   (a Singapore daily, an Austrian daily, a HubSpot company blog), mix245 (a Newspack newsroom, an Italian regional site, a
 *   Japanese English-language paper), mix246 (a Swiss French daily, a Turkish portal, a Japanese regional station) and mix247
 *   (an Irish site, a Slovak site, a Japanese hobby magazine) were read once on dc5dd48 and gave rules to 708efcf, but for
 *   mix241's reporter profile and mix244's download box read anyway; mix248 (a German weekly, a Brazilian portal, a Japanese
 *   national paper's regional page), mix249 (a US magazine, a Spanish daily, a Japanese business site), mix250 (a public
 *   broadcaster, a Dutch daily, a Japanese city's magazine), mix251 (a Filipino site, a Polish daily, a Japanese tech blog) and
 *   mix252 (an Indian business daily, a Swedish daily, a Japanese broadcaster) were read once on 7411452 and gave rules to
 *   2db9343 (narrowed in 101cd0b), but for mix249's Spanish author bio read anyway; mix253 (a German regional daily, an
 *   Argentine daily, a Japanese regional paper), mix254 (a US national on Arc XP, a Czech daily, a Japanese weekly's site),
 *   mix255 (a French national daily, a Hungarian portal, a Japanese press release distributor) and mix256 (an Australian
 *   broadcaster, a Swedish regional daily, a note-like post) were read once on 101cd0b and kept as written, no rule made
 *   from them: the session's last blind reading. In session 55, mix257 (a Kenyan daily, a Japanese prefecture's press
 *   release, a Ukrainian English-language site), mix258 (an Israeli English-language site, a Japanese paywalled business
 *   daily, a Substack post), mix259 (a think tank on Ghost, a Japanese business weekly, an Argentine daily), mix260 (a
 *   Nigerian WordPress site, a Japanese IT news site, an Estonian broadcaster's English news), mix261 (a Medium post, a
 *   Japanese weekly's site, a Colombian daily) and mix262 (an international broadcaster, a Japanese evening tabloid, a
 *   Vietnamese English-language site) were read once on f7698bd and gave rules to 3ca8ec6, but for mix261's line on a
 *   weekly's e-edition read anyway; mix263 (a Pakistani daily, a Japanese town office, a Czech portal), mix264 (a German
 *   regional paper, a Japanese public broadcaster, a South African site), mix265 (a Bangladeshi daily, a Japanese aggregator,
 *   a Portuguese daily), mix266 (an Italian regional paper, a Japanese sports column, a Taiwanese wire), mix267 (a US local
 *   TV station, a Japanese AFFINGER blog, a Central Asian outlet) and mix268 (a Polish portal, a Japanese national daily, a
 *   Philippine broadsheet) were read once on ebac669 and gave rules to 3275e38 (narrowed in 0eced64); mix269 (a Singaporean
 *   daily, a Japanese regional broadcaster, a French regional daily), mix270 (a UK regional paper, a Japanese ministry's
 *   release, a Romanian site), mix271 (a Canadian daily, a Japanese startup interview, a Turkish portal) and mix272 (an
 *   Irish broadcaster, a Japanese business magazine, a Dutch regional site) were read once on 0eced64 and gave rules to
 *   57521ac (narrowed in 5feb0b0); mix273 (a US magazine, a Japanese regional daily, a Finnish site), mix274 (an Indian
 *   portal, a Japanese lifestyle magazine, a Swiss daily), mix275 (a Greek site, a Japanese investors' site, a Mexican
 *   daily) and mix276 (a New Zealand site, a Japanese foundation's report, a Norwegian regional paper) were read once on
 *   5feb0b0 and kept as written, no rule made from them: the session's last blind reading. In session 56, mix277 (a Thai
 *   daily, a Japanese city office's emergency notice, a Belgian site), mix278 (a Gulf site, a note.com post, a Swedish daily),
 *   mix279 (an Australian broadcaster, a Japanese business weekly, a Spanish regional daily) and mix280 (a Korean daily, a
 *   Japanese sports paper, an Austrian daily) were read once on dfa2681 and gave rules to 5dca76c (narrowed in 0d25360);
 *   mix281 (a Malaysian portal, a Japanese national daily's paywalled edition, a Danish daily), mix282 (a Sri Lankan site,
 *   a Japanese think tank's column, a Slovak portal), mix283 (a US local TV station, a Japanese aggregator, a Brazilian
 *   portal) and mix284 (a Canadian French-language daily, a Japanese Cocoon blog, a Baltic site) were read once on 0d25360
 *   and gave rules to 17f5247 (narrowed in 2be3838); mix285 (a UK broadsheet, a Japanese prefectural paper, an Icelandic
 *   site), mix286 (a US nonprofit newsroom, a Japanese ministry's English release, a Lisbon daily), mix287 (an Indonesian
 *   daily, a Japanese evening tabloid, a Croatian portal) and mix288 (a Canadian broadcaster, a Japanese IT media site, an
 *   Italian daily) were read once on e7e1631 and gave rules to 2c7bf96 (narrowed in 66971d0); mix289 (a US news network, a
 *   councillor's Ameba blog, a Belgian Dutch-language daily), mix290 (a Philippine TV network, a Japanese regional
 *   broadcaster, a Swiss French-language daily), mix291 (a Hong Kong site, a Japanese weekly's feature, a Czech daily) and
 *   mix292 (a British regional group, a Japanese press release, a Spanish daily) were read once on 66971d0 and gave rules to
 *   3117833 (narrowed in 6a58b35), but for mix289's signature line and mix291's author profile, read anyway; mix293 (a US
 *   business site, a Japanese national daily's editorial, a Hungarian portal), mix294 (a South African site, a Japanese
 *   prefecture's release, a Turkish site), mix295 (an Irish daily, a Hatena blog, a Polish portal) and mix296 (a Scottish
 *   regional site, a Japanese women's weekly, a Romanian portal) were read once on 6a58b35 and kept as written, no rule
 *   made from them: the session's last blind reading; mix297 (a Norwegian national site, a Japanese city office's news
 *   page, a US metro daily on Arc XP), mix298 (a Finnish daily, a Japanese business daily's paywalled edition, an Indian
 *   portal), mix299 (a Greek Drupal portal, a Japanese SWELL blog, a New Zealand site) and mix300 (a Ukrainian tagDiv site,
 *   a Japanese TV network's news site, a German regional daily) were read once on 68e7b5c and gave mix299's affiliate
 *   disclosure line to a7fab35 (narrowed in 0032771); mix301 (a Dutch regional site, a Japanese sports paper, a US public
 *   radio station), mix302 (an Argentine site, a Japanese prefectural paper, a UK broadsheet), mix303 (an Italian regional
 *   daily, a Japanese think tank's column, an Australian public broadcaster) and mix304 (a Serbian portal, a Japanese
 *   business magazine, a Singaporean site) were read once on 0032771 and gave rules to 1b4e227 (narrowed in 934589d);
 *   mix305 (a Swiss German daily, a Japanese broadcaster's news page, a US political site), mix306 (a Mexican portal, a
 *   Japanese tech blog, a Nigerian site), mix307 (a Lithuanian portal, a Japanese local paper, a Canadian daily) and mix308
 *   (a Dutch daily, a Japanese weekly's site, a Pakistani daily on WebForms) were read once on 934589d and gave rules to
 *   74cd307 (narrowed in 3cbe0b0); mix309 (a French regional daily, a Japanese economic site, a US tech site), mix310 (a
 *   Czech portal, a Japanese local TV station, an Irish weekly), mix311 (a Spanish regional daily, a Japanese note-like
 *   essay, a Philippine daily) and mix312 (a Polish regional portal, a Japanese ministry's release, a British tabloid) were
 *   read once on 3cbe0b0 and gave rules to the commit that added them (`mix309-312-rules.test.ts`, narrowed in c9b6ab7);
 *   mix313 (a Portuguese daily, a Japanese PR wire release, a US regional TV station), mix314 (a Hungarian portal, a
 *   Japanese aggregator, a South African site), mix315 (a Romanian daily, a Japanese city magazine, an Irish broadcaster)
 *   and mix316 (a Slovenian portal, a Japanese daily's English edition, an Australian regional paper) were read once on
 *   fc1eb10 and kept as written, no rule made from them: the session's last blind reading. mix317 (a Turkish portal, a
 *   Japanese prefectural broadcaster, a Quebec daily), mix318 (a Korean daily's English edition, a Japanese think tank's
 *   commentary, a Swedish tabloid), mix319 (an Israeli English site, a Japanese politics blog, a Danish regional) and mix320
 *   (an Indonesian portal, a Japanese weekly's paged story, an Austrian daily) were read once on d144730 and gave rules to
 *   the commit that added them (`mix317-320-rules.test.ts`); mix321 (a Bangladeshi daily, a Japanese national paper's
 *   paywalled story, a Belgian daily), mix322 (a Kenyan site, a Japanese city's press release, a Cypriot site), mix323 (a
 *   Vietnamese site, a Japanese trade paper, a Chilean daily) and mix324 (a Thai daily, a Japanese Hatena blog, a Welsh
 *   regional) were read once on 23329e4 and gave rules to the commit that added them (`mix321-324-rules.test.ts`);
 *   mix325 (a Croatian portal, a Japanese regional paper on Next.js, a Scottish daily), mix326 (a Malaysian portal, a
 *   Japanese economics magazine's paged read, a Peruvian daily), mix327 (a Norwegian regional, a Japanese ministry's press
 *   conference transcript, a Ghanaian WordPress site) and mix328 (a Slovak portal, a Japanese aggregator, a US nonprofit
 *   newsroom) were read once on 6509b47 and gave rules to the commit that added them (`mix325-328-rules.test.ts`);
 *   mix329 (a Bulgarian portal, a Japanese NPO's blog, an Irish daily), mix330 (a Sri Lankan daily, a Japanese prefecture's
 *   release, an Estonian portal), mix331 (a Taiwanese English site, a Japanese sports daily, a French magazine) and mix332
 *   (a Zimbabwean site, a Japanese startup on React, a New Zealand regional) were read once on 1bb1b2d and gave rules to
 *   the commit that added them (`mix329-332-rules.test.ts`); mix333 (a Ukrainian English site, a Japanese regional TV
 *   station, a Swiss French daily), mix334 (a Filipino portal, a Japanese think tank's English commentary, a Brazilian
 *   daily), mix335 (a Canadian public broadcaster, a Japanese paper on WordPress multisite, an Azerbaijani English site) and
 *   mix336 (a US local TV station, a Japanese paper carrying a wire story, a Hungarian portal) were read once on 8f38ff9
 *   and kept as written, no rule made from them: session 58's last blind reading. mix337 (a Dutch regional daily, a
 *   Japanese IT news site, a Pakistani daily), mix338 (a Polish portal, a Japanese aggregator, an Australian public
 *   broadcaster), mix339 (an Italian daily, a Japanese creator platform's post, a Nigerian WordPress site) and mix340 (a
 *   Spanish daily, a Japanese public broadcaster, a US think tank) were read once on f6b2530 and gave rules to the commit
 *   that added them (`mix337-340-rules.test.ts`); mix341 (a Portuguese daily, a Japanese business daily, a Singaporean
 *   daily), mix342 (a Finnish daily, a Japanese city's news page, a South African site), mix343 (a Czech portal, a Japanese
 *   weekly's site, an Indian site on Next.js) and mix344 (a Greek site, a Japanese university's researcher commentary, a
 *   British regional on a Reach-like platform) were read once on e2f257a and gave rules to the commit that added them
 *   (`mix341-344-rules.test.ts`); mix345 (a Romanian portal, a Japanese local paper with a members' paywall, a Kenyan daily),
 *   mix346 (a Swiss German daily, a Japanese think tank's commentary, a US regional on a BLOX-like CMS), mix347 (a Lithuanian
 *   portal, a Japanese WordPress blog, an Irish broadcaster) and mix348 (a Mexican daily, a Japanese wire's English site, an
 *   Indonesian English portal) were read once on 85f7235 and gave rules to the commit that added them
 *   (`mix345-348-rules.test.ts`); mix349 (a Serbian portal, a Japanese think tank's column, a Canadian regional on a
 *   Postmedia-like platform), mix350 (an Arabic site's English edition, a Japanese regional TV station, a Belgian daily),
 *   mix351 (a Turkish daily's English edition, a Japanese monthly magazine, a US politics site) and mix352 (a Norwegian daily,
 *   a Japanese prefectural paper's English page, a Philippine daily) were read once on ccc4b49 and gave rules to the commit
 *   that added them (`mix349-352-rules.test.ts`); mix353 (a Hungarian portal, a Japanese national paper's editorial, a
 *   Gulf English daily), mix354 (a German regional daily, a Japanese NPO's activity report, a Caribbean site), mix355 (a
 *   French regional daily, a Japanese sports paper, a Korean daily's English edition) and mix356 (a Polish regional site, a
 *   Japanese tech blog platform, an Australian commercial site) were read once on 2a0be7c and kept as written, no rule
 *   made from them: session 59's last blind reading.
 *   Each set's snippets.json says how it was used.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize, scorePage, summarize } from '../../scripts/bench/article-corpus';
import { articleText } from '../../scripts/bench/article-text';
import { parsePage } from '../../scripts/page-html';

interface LayoutPage {
  file: string;
  with: string[];
  without: string[];
  /** `with` fragments in a part hidden until the reader opens it (a 続きを読む fold): read once shown, never here. */
  folded?: string[];
  /** `with` fragments in a subscriber's part the page hides from everyone else (aria-hidden under a paywall offer): never read. */
  locked?: string[];
  /** `with` fragments left out as a known limit (the set's `about` says why). */
  missed?: string[];
  /** `without` fragments read as a known limit or on purpose (the set's `about` says why). */
  readAnyway?: string[];
}

/** A page's fragments as scored: a locked part's are not text a reader of the page sees; those read anyway are not counted. */
const scored = (page: LayoutPage) => ({
  ...page,
  with: page.with.filter((w) => !page.locked?.includes(w)),
  without: page.without.filter((w) => !page.readAnyway?.includes(w)),
});

/**
 * Each set, the floors of its recall and precision over all its pages, and the most `without`
 * fragments read on one page. The held-out sets' first reading: en2 recall 1.00, precision 0.96,
 * at most 2 on a page (an author's italic bio, a print-edition line); ja2 0.98, 0.94, at most 2 (an
 * inline "read also" box's two titles); mix3 (written last, three English and three Japanese
 * pages) 1.00, 0.88, at most 4 (a Medium-like page's reader responses, which carry only hashed
 * class names).
 */
const SETS = [
  { dir: 'japanese-layouts', recall: 0.95, precision: 0.9, falsePerPage: 1 },
  { dir: 'blind-pages/en', recall: 0.95, precision: 0.9, falsePerPage: 1 },
  { dir: 'blind-pages/ja', recall: 0.95, precision: 0.9, falsePerPage: 1 },
  { dir: 'blind-pages/en2', recall: 0.95, precision: 0.9, falsePerPage: 2 },
  { dir: 'blind-pages/ja2', recall: 0.95, precision: 0.9, falsePerPage: 2 },
  { dir: 'blind-pages/mix3', recall: 0.95, precision: 0.85, falsePerPage: 4 },
  { dir: 'blind-pages/mix4', recall: 0.95, precision: 0.9, falsePerPage: 2 },
  { dir: 'blind-pages/mix5', recall: 0.95, precision: 0.95, falsePerPage: 1 },
  { dir: 'blind-pages/mix6', recall: 0.95, precision: 0.95, falsePerPage: 2 },
  { dir: 'blind-pages/mix7', recall: 0.95, precision: 0.95, falsePerPage: 1 },
  { dir: 'blind-pages/mix8', recall: 0.95, precision: 0.95, falsePerPage: 3 },
  { dir: 'blind-pages/mix9', recall: 0.95, precision: 0.95, falsePerPage: 2 },
  { dir: 'blind-pages/mix10', recall: 0.95, precision: 0.95, falsePerPage: 1 },
  { dir: 'blind-pages/mix11', recall: 0.95, precision: 0.95, falsePerPage: 1 },
  { dir: 'blind-pages/mix12', recall: 0.95, precision: 0.9, falsePerPage: 3 },
  { dir: 'blind-pages/mix13', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix14', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix15', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix16', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix17', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix18', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix19', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix20', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix21', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix22', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix23', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix24', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix25', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix26', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix27', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix28', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix29', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix30', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix31', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix32', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix33', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix34', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix35', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix36', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix37', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix38', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix39', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix40', recall: 0.98, precision: 0.93, falsePerPage: 1 },
  { dir: 'blind-pages/mix41', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix42', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix43', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix44', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix45', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix46', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix47', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix48', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix49', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix50', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix51', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix52', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix53', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix54', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix55', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix56', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix57', recall: 0.95, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix58', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix59', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix60', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix61', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix62', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix63', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix64', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix65', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix66', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix68', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix69', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix70', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix72', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix73', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix74', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix75', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix76', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix77', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix78', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix79', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix80', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix81', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix82', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix83', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix84', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix85', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix86', recall: 0.96, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix87', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix88', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix89', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix90', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix91', recall: 0.96, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix92', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix93', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix94', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix95', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix96', recall: 0.96, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix97', recall: 0.96, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix98', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix99', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix100', recall: 0.96, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix101', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix102', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix103', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix104', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix105', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix106', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix107', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix108', recall: 0.96, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix109', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix110', recall: 0.96, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix111', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix112', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix113', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix114', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix115', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix116', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix117', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix118', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix119', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix120', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix121', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix122', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix123', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix124', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix125', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix126', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix127', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix128', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix129', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix130', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  // The Colorado release's USWDS alert box, still read (its snippets.json says why).
  { dir: 'blind-pages/mix131', recall: 0.98, precision: 0.96, falsePerPage: 1 },
  { dir: 'blind-pages/mix132', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix133', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix134', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix135', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix136', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix137', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix138', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix139', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  // The Austrian chamber's service box inside its release, still read (its snippets.json says why).
  { dir: 'blind-pages/mix140', recall: 0.98, precision: 0.96, falsePerPage: 1 },
  { dir: 'blind-pages/mix141', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix142', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix143', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  // The council's "Did you know?" callout and the club's next-match ticket box, still read (its snippets.json says why).
  { dir: 'blind-pages/mix144', recall: 0.98, precision: 0.9, falsePerPage: 2 },
  { dir: 'blind-pages/mix148', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix149', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix150', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix151', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix152', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix153', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix154', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix155', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  // The note-style post's author card, still read (its snippets.json says why).
  { dir: 'blind-pages/mix156', recall: 0.98, precision: 0.96, falsePerPage: 1 },
  { dir: 'blind-pages/mix157', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix158', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix159', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix160', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix161', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix162', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix163', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix164', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix165', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix166', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix167', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix168', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  // The club's own donations line, still read (its snippets.json says why).
  { dir: 'blind-pages/mix169', recall: 0.98, precision: 0.96, falsePerPage: 1 },
  { dir: 'blind-pages/mix170', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix171', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix172', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix173', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix174', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  // The Divi blog's team-member box, still read (its snippets.json says why).
  { dir: 'blind-pages/mix175', recall: 0.98, precision: 0.96, falsePerPage: 1 },
  { dir: 'blind-pages/mix176', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix177', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix178', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix179', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix180', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix181', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix182', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix183', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix184', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix185', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix186', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  // The sports paper's lead caption beside the body, still missed (its snippets.json says why).
  { dir: 'blind-pages/mix187', recall: 0.96, precision: 0.98, falsePerPage: 0 },
  // The university release's TYPO3 caption in a column beside the text, still missed (its snippets.json says why).
  { dir: 'blind-pages/mix188', recall: 0.96, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix189', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix190', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix191', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix192', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix193', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix194', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix195', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix196', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix197', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix198', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix199', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix200', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix201', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix202', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix203', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix204', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix205', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix206', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix207', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix208', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix209', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix210', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  // The agency FAQ's question in its accordion button, still missed (its snippets.json says why).
  { dir: 'blind-pages/mix211', recall: 0.97, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix212', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix213', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix214', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix215', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  // The video title after the Brazilian portal's "VÍDEOS:" label, read anyway (its snippets.json says why).
  { dir: 'blind-pages/mix216', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix217', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix218', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix219', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix220', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix221', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  // The football club's ticket box, read anyway (its snippets.json says why).
  { dir: 'blind-pages/mix222', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix223', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix224', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix225', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  // The Turkish editor's bio, read anyway (its snippets.json says why).
  { dir: 'blind-pages/mix226', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  // mix227–232: the session's last blind reading, kept as written; what was still missed or read is listed in each snippets.json.
  { dir: 'blind-pages/mix227', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix228', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix229', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix230', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix231', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix232', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix233', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix234', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix235', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix236', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  // The app box whose badges lead to .example addresses, read anyway (its snippets.json says why).
  { dir: 'blind-pages/mix237', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix238', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix239', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix240', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix241', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix242', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix243', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix244', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix245', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix246', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix247', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix248', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix249', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix250', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix251', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix252', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  // mix253–256: the session's last blind reading, kept as written; what was still read is listed in each snippets.json.
  { dir: 'blind-pages/mix253', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix254', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix255', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix256', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix257', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix258', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix259', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix260', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix261', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix262', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix263', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix264', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix265', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix266', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix267', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix268', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix269', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix270', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix271', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix272', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  // mix273–276: the session's last blind reading, kept as written; what was still read is listed in each snippets.json.
  { dir: 'blind-pages/mix273', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix274', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix275', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix276', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix277', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix278', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix279', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix280', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix281', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix282', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix283', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix284', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix285', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix286', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix287', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix288', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix289', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix290', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix291', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix292', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  // mix293–296: the session's last blind reading, kept as written; what was still read is listed in each snippets.json.
  { dir: 'blind-pages/mix293', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix294', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix295', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix296', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix297', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix298', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix299', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix300', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix301', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix302', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix303', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix304', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix305', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix306', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix307', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix308', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix309', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix310', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix311', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix312', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  // mix313–316: the session's last blind reading, kept as written; what was still read is listed in each snippets.json.
  { dir: 'blind-pages/mix313', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix314', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix315', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix316', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix317', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix318', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix319', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix320', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix321', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix322', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix323', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix324', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix325', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix326', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix327', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix328', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix329', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix330', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix331', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix332', recall: 0.98, precision: 0.98, falsePerPage: 0 }, // mix333–336: the session's last blind reading, kept as written; what was still read is listed in each snippets.json.
  { dir: 'blind-pages/mix333', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix334', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix335', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix336', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix337', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix338', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix339', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix340', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix341', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix342', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix343', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix344', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix345', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix346', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix347', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix348', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix349', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix350', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix351', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix352', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix353', recall: 0.98, precision: 0.98, falsePerPage: 0 }, // mix353–356: session 59's last blind reading, kept as written; what was still read is listed in each snippets.json.
  { dir: 'blind-pages/mix354', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix355', recall: 0.98, precision: 0.98, falsePerPage: 0 },
  { dir: 'blind-pages/mix356', recall: 0.98, precision: 0.98, falsePerPage: 0 },
];

describe.each(SETS)('main-text detection on $dir', ({ dir, recall, precision, falsePerPage }) => {
  const DIR = join(import.meta.dirname, '../fixtures', dir);
  const { pages } = JSON.parse(readFileSync(join(DIR, 'snippets.json'), 'utf8')) as { pages: LayoutPage[] };
  const html = (page: LayoutPage) => readFileSync(join(DIR, page.file), 'utf8');
  const read = (page: LayoutPage) => normalize(articleText(parsePage(html(page))));

  it('lists only fragments each page holds', () => {
    for (const page of pages)
      for (const snippet of [...page.with, ...page.without])
        expect(normalize(html(page)), `${page.file}: ${snippet}`).toContain(normalize(snippet));
  });

  it.each(pages.map((p) => [p.file, p] as const))('%s: reads its headline, and no comment, ranking or rail', (_file, page) => {
    const text = read(page);
    // The first fragment listed is the page's headline (or its first words), unless the set lists it as missed (mix18's
    // forum thread: its `about` says why).
    if (!page.missed?.includes(page.with[0]!)) expect(text).toContain(normalize(page.with[0]!));
    const score = scorePage(scored(page), text);
    expect(score.truePositives).toBeGreaterThanOrEqual(
      scored(page).with.length - (page.folded?.length ?? 0) - (page.missed?.length ?? 0) - 1,
    );
    expect(score.falsePositives).toBeLessThanOrEqual(falsePerPage);
  });

  it('reads nearly all of the article text and little else, over all pages', () => {
    const s = summarize(pages.map((page) => scorePage(scored(page), read(page))));
    console.log(`${dir}: ${JSON.stringify(s)}`);
    expect(s.none).toBe(0);
    expect(s.recall).toBeGreaterThanOrEqual(recall);
    expect(s.precision).toBeGreaterThanOrEqual(precision);
  });
});
