/**
 * What mix90–91 (a Japanese research column on WordPress, a regional paper on an old CMS, a union's Drupal news post, a
 * district's IKISS press release, a tagDiv regional daily, a diocesan weekly on Joomla K2), read sealed on 7da1b28, showed:
 * a K2 headline more than forty elements before the text (its toolbar and rating widget between), and a WhatsApp channel
 * invitation after its lead-in read as the story's. The cases that are not GUARDs fail on 7da1b28. The picture box before a
 * press release's text, its `figcaption` left out, stays missed (`second-reader-b1194f8.test.ts` says why).
 */
import { describe, it } from 'vitest';
import { expectReadsWithout, itLeavesOutLines, itReadsSentences } from './site-lines';
import { load, prose, storyWith } from './story-page';

describe('a Joomla K2 item: its title heading over a toolbar and a rating widget (mix91)', () => {
  const toolbarItems = Array.from(
    { length: 5 },
    (_, i) => `<li><a href="#" title="${i + 1} stelle su 5" class="r${i + 1}-unit rating-point">${i + 1}</a></li>`,
  ).join('');
  const page = () =>
    load(
      `<head><title>Da Herat a Casalvecchio: la famiglia Ahmadi ricomincia in canonica - Il Ponte</title></head><body><div id="k2Container" class="itemView">` +
        `<div class="itemHeader"><span class="itemDateCreated">Giovedì, 03 Dicembre 2026 18:40</span><h2 class="itemTitle">Da Herat a Casalvecchio: la famiglia Ahmadi ricomincia in canonica <span><sup>In evidenza</sup></span></h2><span class="itemAuthor">Scritto da <a rel="author" href="/autori/58">Daniela Marchetti</a></span></div>` +
        `<div class="itemToolbar"><ul><li><span class="itemTextResizerTitle">dimensione font</span> <a href="#" id="fontDecrease"><span>riduci</span><img src="/t.gif" alt="riduci"></a> <a href="#" id="fontIncrease"><span>aumenta</span><img src="/t.gif" alt="aumenta"></a></li><li><a class="itemPrintLink" href="/stampa"><span>Stampa</span></a></li><li><a class="itemEmailLink" href="/email"><span>E-mail</span></a></li><li><a class="itemCommentsLink" href="#itemCommentsAnchor"><span>Commenti</span></a></li></ul><div class="clr"></div></div>` +
        `<div class="itemRatingBlock"><span>Vota questo articolo</span><div class="itemRatingForm"><ul class="itemRatingList"><li class="itemCurrentRating" style="width:92%;"></li>${toolbarItems}</ul><div class="itemRatingLog">(5 Voti)</div><div class="clr"></div></div><div class="clr"></div></div>` +
        `<div class="itemSocialSharing"><div class="itemFacebookButton"><div class="fb-like"><span><iframe title="fb"></iframe></span></div></div><div class="itemTwitterButton"><a class="twitter-share-button" href="#"><span>Tweet</span></a></div><div class="clr"></div></div>` +
        `<div class="itemBody"><div class="itemImageBlock"><span class="itemImage"><a href="/xl.jpg"><img src="/l.jpg" alt=""></a></span><span class="itemImageCaption">La famiglia Ahmadi davanti alla chiesa di San Michele.</span><span class="itemImageCredits">Foto Archivio Il Ponte</span><div class="clr"></div></div>` +
        `<div class="itemIntroText">${prose('the family', 2)}</div><div class="itemFullText">${prose('the parish', 5)}</div></div></div></body>`,
    );
  it('reads the title heading as the headline', () =>
    expectReadsWithout(page(), 'Da Herat a Casalvecchio: la famiglia Ahmadi ricomincia in canonica', 'Vota questo articolo'));
});

describe("a site's WhatsApp channel invitation after its lead-in (mix91)", () => {
  const story = storyWith('Una cooperativa de La Loma abre tienda en Alibaba', 'the store');
  itLeavesOutLines(story, [
    '📲 Recibe las noticias más importantes de Úbeda, Baeza y La Loma en tu móvil. Únete a nuestro canal de WhatsApp',
  ]);
  itReadsSentences(story, ['La estafa empieza con un mensaje: «Únete a nuestro canal de WhatsApp», y después pide los datos bancarios.']);
});
