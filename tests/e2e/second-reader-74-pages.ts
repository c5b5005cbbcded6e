/**
 * Second reader 74's pages, written as real sites write them, around the card's host entering the
 * top layer (a manual popover): a site whose overlay manager keeps every popover but its own closed
 * (three ways), a newsletter sign-up that opens a modal <dialog> on a timer, a long read that goes
 * full screen, and a site style sheet that styles every popover and backdrop.
 */
import { filler, FOOTER, MASTHEAD, P1, P2, P3, storyHead, TALIBAN_HEADLINE } from './regional-desk';

/** The story, with `afterLead` (a paragraph, an explainer) after its first paragraph. */
const story = (afterLead = '') => `<main><article>
<h1 id="headline">${TALIBAN_HEADLINE}</h1>
<p class="byline">By Rahela Noori</p>
<p id="p1">${P1}</p>
${afterLead}
<p id="p2">${P2}</p>
${filler(3)}
<p id="p3">${P3}</p>
</article></main>`;

/**
 * A story whose site runs an overlay manager, as ad-heavy sites do to keep third-party widgets
 * (chat bubbles, survey pop-ups) from covering their own share menu: only popovers it made itself
 * (`.site-popover`) may stay open. `?on=toggle` closes any other popover as it opens (a `toggle`
 * listener at the document, capture phase) and cancels its `beforetoggle`; `?on=strip` takes the
 * `popover` attribute off any element another script adds; `?on=sweep` closes every foreign open
 * popover four times a second. Every foreign popover it closes is counted in `window.swept`. A
 * glossary term opens an explainer in one of the site's own popovers.
 */
const GUARDED = `${storyHead(TALIBAN_HEADLINE, { style: '.site-popover { padding: 1rem; border: 1px solid #888; }' })}
${MASTHEAD}
<div class="share"><button type="button" popovertarget="share-menu">Share</button>
<div id="share-menu" class="site-popover" popover><a href="#mail">E-mail</a> <a href="#copy">Copy link</a></div></div>
${story(`<p id="p4">The letter was signed by the deputy minister, <button type="button" class="term" popovertarget="who" id="term">a senior figure</button> in the movement.</p>
<div id="who" class="site-popover" popover><p id="who-text">Officials of the Taliban say the deputy minister, a member of the Haqqani family, oversees the registration of foreign groups.</p></div>`)}
${FOOTER}
<script>
  window.swept = 0;
  var mode = new URLSearchParams(location.search).get('on');
  var foreign = function (el) { return el.nodeType === 1 && el.hasAttribute('popover') && !el.classList.contains('site-popover'); };
  var close = function (el) { try { el.hidePopover(); window.swept += 1; } catch (e) {} };
  if (mode === 'toggle') {
    document.addEventListener('beforetoggle', function (e) { if (foreign(e.target) && e.newState === 'open') { e.preventDefault(); window.swept += 1; } }, true);
    document.addEventListener('toggle', function (e) { if (foreign(e.target) && e.newState === 'open') close(e.target); }, true);
  } else if (mode === 'strip') {
    new MutationObserver(function (records) {
      records.forEach(function (r) { r.addedNodes.forEach(function (n) { if (foreign(n)) { n.removeAttribute('popover'); window.swept += 1; } }); });
    }).observe(document.documentElement, { childList: true, subtree: true });
  } else if (mode === 'sweep') {
    setInterval(function () { document.querySelectorAll(':popover-open').forEach(function (el) { if (foreign(el)) close(el); }); }, 250);
  }
</script>
</body>
</html>`;

/**
 * A story with a newsletter sign-up that opens as a modal <dialog> (showModal) a few seconds after
 * the reader's first click on the page, as many dailies time theirs to an "engaged" reader; it
 * closes with "No thanks" or the Escape key (a dialog's own behaviour).
 */
const NEWSLETTER = `${storyHead(TALIBAN_HEADLINE, { style: '#signup { width: 26rem; } #signup::backdrop { background: rgb(0 0 0 / 0.5); }' })}
${MASTHEAD}
${story()}
<dialog id="signup" aria-labelledby="signup-title"><h2 id="signup-title">Get the morning briefing</h2>
<form method="dialog"><label>Your e-mail <input type="email" id="signup-mail"></label>
<button value="subscribe">Sign up</button> <button id="no-thanks" value="no">No thanks</button></form></dialog>
${FOOTER}
<script>
  var signup = document.getElementById('signup');
  var timed = false;
  document.addEventListener('click', function () {
    if (timed) return;
    timed = true;
    setTimeout(function () { signup.showModal(); }, 2000);
  });
</script>
</body>
</html>`;

/**
 * A long read with a "Read full screen" button, as magazines' immersive stories have: the reader's
 * click puts the story itself in full screen (element.requestFullscreen), where it scrolls in its own box.
 */
const IMMERSIVE = `${storyHead(TALIBAN_HEADLINE, {
  style:
    '#story:fullscreen { background: #fdfcf8; overflow-y: auto; padding: 2rem 20%; } .photo { height: 220px; background: linear-gradient(#556, #223); }',
})}
${MASTHEAD}
<main><article id="story">
<button type="button" id="full">Read full screen</button>
<h1 id="headline">${TALIBAN_HEADLINE}</h1>
<p id="p1">${P1}</p>
<figure><div class="photo" role="img" aria-label="A queue outside a warehouse"></div><figcaption>Aid workers queue outside a warehouse on Tuesday.</figcaption></figure>
<p id="p2">${P2}</p>
${filler(6)}
<p id="p3">${P3}</p>
${filler(6)}
</article></main>
${FOOTER}
<script>
  var story = document.getElementById('story');
  document.getElementById('full').addEventListener('click', function () {
    if (document.fullscreenElement) document.exitFullscreen(); else story.requestFullscreen();
  });
</script>
</body>
</html>`;

/**
 * A long story on a site whose style sheet styles every popover and every backdrop for its own
 * overlays (centred in the window, full width, dimmed and blurred behind), and hides open popovers
 * with `!important` in its print-like "reading mode" class, as design systems' reset sheets do.
 */
const STYLED = `${storyHead(TALIBAN_HEADLINE, {
  style: `[popover] { position: fixed; inset: 0; margin: auto; width: 100vw; height: 60vh; padding: 2rem; background: #fff; border: 0; }
  :popover-open { box-shadow: 0 0 0 100vmax rgb(0 0 0 / 0.3); transform: translateY(20vh); }
  body.reading div:popover-open { display: none !important; }
  ::backdrop { background: rgb(0 0 0 / 0.6); backdrop-filter: blur(4px); }`,
})}
${MASTHEAD}
<main><article>
<h1 id="headline">${TALIBAN_HEADLINE}</h1>
<p id="p1">${P1}</p>
${filler(9)}
<p id="p2">${P2}</p>
${filler(9)}
<p id="p3">${P3}</p>
${filler(6)}
</article></main>
${FOOTER}
<script>if (/reading/.test(location.search)) document.body.classList.add('reading');</script>
</body>
</html>`;

export const PAGES = {
  'guarded.html': GUARDED,
  'newsletter.html': NEWSLETTER,
  'immersive.html': IMMERSIVE,
  'styled.html': STYLED,
};
