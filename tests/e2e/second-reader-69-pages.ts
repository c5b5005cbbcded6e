/**
 * Second reader 69's pages, written as real sites write them: an infinite article stream that
 * rewrites its URL and title, a story with keyboard controls (a <details> question, a player
 * button, a link, a comment box, an embedded frame), a page that forbids selection and takes
 * clicks on its story in the capture phase at the window, an article shown in a modal <dialog>,
 * a glossary popover, a Japanese story with a per-character animated headline, full-width letters
 * and <wbr>, a story whose "latest" line a framework rewrites by setting its text node's data, an
 * Arabic story with an English name, and a long story on a page that scrolls smoothly.
 */
import { filler, FOOTER, K1, K2, K3, KURIL_HEADLINE, MASTHEAD, P1, P2, P3, storyHead, TALIBAN_HEADLINE } from './regional-desk';

/**
 * An infinite article stream (as many dailies run their story pages): once the reader nears the end
 * of the story, the next full story is appended below it; when its headline scrolls into view, the
 * site replaces the URL and the document title with the next story's, for its analytics and for a
 * reader who shares or reloads.
 */
const STREAM = `${storyHead(TALIBAN_HEADLINE)}
${MASTHEAD}
<main id="stream">
<article class="story" id="a1">
<h1 id="h1">${TALIBAN_HEADLINE}</h1>
<p class="byline">By Rahela Noori</p>
<p id="p1">${P1}</p>
<p id="p2">${P2}</p>
${filler(14)}
<p id="p3">${P3}</p>
</article>
</main>
<div id="more" style="height:1px"></div>
${FOOTER}
<script>
  var next = ${JSON.stringify(`<article class="story" id="a2"><h1 id="h2">${KURIL_HEADLINE}</h1><p class="byline">By Kenji Sato</p><p id="k1">${K1}</p><p id="k2">${K2}</p>${filler(6)}<p id="k3">${K3}</p></article>`)};
  var appended = false;
  new IntersectionObserver(function (entries) {
    if (appended || !entries[0].isIntersecting) return;
    appended = true;
    document.getElementById('stream').insertAdjacentHTML('beforeend', next);
    new IntersectionObserver(function (seen) {
      if (!seen[0].isIntersecting) return;
      if (!/keep-title/.test(location.search)) document.title = ${JSON.stringify(`${KURIL_HEADLINE} | The Regional Desk`)};
      history.replaceState(null, '', '/stream-2.html');
    }).observe(document.getElementById('h2'));
  }, { rootMargin: '200px' }).observe(document.getElementById('more'));
</script>
</body>
</html>`;

/**
 * A story whose page has keyboard controls of its own: a question that opens its answer (<details>),
 * a video player's play button (role="button", Enter and Space), a link in the text naming a topic,
 * a comment box, and an embedded frame with a text field of its own.
 */
const KEYS = `${storyHead(TALIBAN_HEADLINE)}
${MASTHEAD}
<main><article>
<h1 id="headline">${TALIBAN_HEADLINE}</h1>
<p id="p1">${P1}</p>
<div class="player"><div id="play" role="button" tabindex="0" aria-pressed="false">▶ Play the report (2:14)</div></div>
<p id="p2">${P2}</p>
<details id="why"><summary id="why-q">Why does the registration matter?</summary><p>Aid groups say the lists could be used to decide who may keep working, and that staff have asked for their names to be kept private.</p></details>
<p id="p3">Diplomats in Doha said the rules would come up at the next round of <a id="talks" href="#background">talks on Afghanistan</a>, though no date has been set.</p>
<h2 id="background">Background</h2>
${filler(2)}
</article></main>
<section class="comments"><h2>Comments</h2><form><label>Your comment <textarea id="comment" rows="3" cols="50"></textarea></label></form></section>
<iframe id="embed" title="Share" style="width:400px;height:80px" srcdoc="<label>Your e-mail <textarea id='mail'></textarea></label>"></iframe>
${FOOTER}
<script>
  window.keys = [];
  window.addEventListener('keydown', function (e) { window.keys.push(e.key + (e.defaultPrevented ? ':prevented' : '')); });
  var play = document.getElementById('play');
  play.addEventListener('keydown', function (e) {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    play.setAttribute('aria-pressed', String(play.getAttribute('aria-pressed') !== 'true'));
  });
</script>
</body>
</html>`;

/**
 * A story that forbids selecting its text, and whose "tap to show the reading tools" handler takes
 * clicks on the story in the capture phase at the window and stops them there (so that the page's
 * own link handlers further down do not see them).
 */
const CAPTURED = `${storyHead(TALIBAN_HEADLINE, {
  style: 'body { user-select: none; -webkit-user-select: none; } .tools { display: none; } body.tools-on .tools { display: block; }',
})}
${MASTHEAD}
<div class="tools">A A+ Share</div>
<main><div class="story"><h1 id="headline">${TALIBAN_HEADLINE}</h1><p class="byline">By Rahela Noori</p><p id="p1">${P1}</p><p id="p2">${P2}</p><p id="p3">${P3}</p></div></main>
${FOOTER}
<script>
  window.addEventListener('click', function (e) {
    if (!e.target.closest || !e.target.closest('.story') || e.target.closest('a')) return;
    e.stopPropagation();
    document.body.classList.toggle('tools-on');
  }, true);
</script>
</body>
</html>`;

/** The plain story. */
const STATIC = `${storyHead(TALIBAN_HEADLINE)}
${MASTHEAD}
<main><div class="story"><h1 id="headline">${TALIBAN_HEADLINE}</h1><p class="byline">By Rahela Noori</p><p id="p1">${P1}</p><p id="p2">${P2}</p><p id="p3">${P3}</p></div></main>
${FOOTER}
</body>
</html>`;

/**
 * A front page whose stories open in a reading overlay: a modal <dialog> (showModal) holding the
 * full story, with the URL pushed and the title set to the story's, as portals' "quick read" views do.
 */
const OVERLAY = `${storyHead('Top stories', { style: 'dialog { width: 42rem; max-height: 85vh; } .teaser { margin: 1rem 0; }' })}
${MASTHEAD}
<main>
<h1>Top stories</h1>
<div class="teaser"><h2><a id="open" href="/overlay.html?story=aid-rules">Aid groups told to register their local staff</a></h2><p>New rules from the economy ministry, and what they mean for winter deliveries.</p></div>
<div class="teaser"><h2><a href="/markets">Markets slip on oil prices</a></h2><p>Stocks fell for a third day as crude rose.</p></div>
</main>
<dialog id="reader"><button type="button" id="close">Close</button><article><h1 id="headline">${TALIBAN_HEADLINE}</h1><p class="byline">By Rahela Noori</p><p id="p1">${P1}</p><p id="p2">${P2}</p><p id="p3">${P3}</p></article></dialog>
${FOOTER}
<script>
  var dialog = document.getElementById('reader');
  document.getElementById('open').addEventListener('click', function (e) {
    e.preventDefault();
    dialog.showModal();
    document.title = ${JSON.stringify(`${TALIBAN_HEADLINE} | The Regional Desk`)};
    history.pushState({}, '', '/overlay.html?story=aid-rules');
  });
  document.getElementById('close').addEventListener('click', function () { dialog.close(); history.back(); });
</script>
</body>
</html>`;

const perCharacter = (word: string) =>
  [...word].map((c, i) => `<span class="char" style="animation-delay:${i * 40}ms">${c}</span>`).join('');

/**
 * A Japanese story: its headline split into one animated inline-block <span> per character (as
 * headline animations do), an English name written in full-width letters, and a <wbr> inside a long katakana name.
 */
const JAPANESE = `${storyHead('タリバン、支援団体に職員登録を命令', {
  lang: 'ja',
  style:
    'body { font-family: sans-serif; } .char { display: inline-block; animation: up .4s both; } @keyframes up { from { opacity: 0; transform: translateY(.4em); } to { opacity: 1; transform: none; } }',
})}
<header class="masthead"><a href="/">ハマナス新聞</a></header>
<main><article>
<h1 id="jh">${perCharacter('タリバン')}${perCharacter('、支援団体に職員登録を命令')}</h1>
<p id="j1">アフガ<wbr>ニスタンの実権を握るイスラム主義勢力は二十四日、国内で活動する外国の支援団体に対し、現地職員全員を月末までに経済省へ登録するよう命じた。記者団が入手した書簡で明らかになった。</p>
<p id="j2">書簡の英語版には「Ｔａｌｉｂａｎ」の署名があり、支援関係者は冬を前に地方への食料輸送が遅れると懸念している。山間部への道路は冬の間、数週間にわたって閉ざされる。</p>
<p id="j3">ドーハの外交筋によると、この規則は次回の協議で取り上げられる見通しだが、日程は決まっていない。複数の援助国はすでに来年の予算を削減している。</p>
</article></main>
${FOOTER}
</body>
</html>`;

/**
 * A story with a "Latest" line that the site's framework (Svelte, Solid, Lit) updates by setting the
 * data of the text node it rendered, as such frameworks do, rather than replacing the element.
 */
const RECYCLED = `${storyHead(TALIBAN_HEADLINE)}
${MASTHEAD}
<main><article>
<h1 id="headline">Aid groups told to register their local staff</h1>
<p class="latest"><strong>Latest:</strong> <span id="latest">Roads into the highlands remain open for now.</span></p>
<p id="p2">${P2}</p>
${filler(3)}
</article></main>
${FOOTER}
<script>
  window.setLatest = function (text) { document.getElementById('latest').firstChild.data = text; };
</script>
</body>
</html>`;

/** An Arabic story (right to left) that gives the movement's English name beside its Arabic one, as Arabic news often does. */
const ARABIC = `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><title>طالبان تشدد القواعد على منظمات الإغاثة | المكتب الإقليمي</title>
<style>body { font: 18px/1.8 sans-serif; max-width: 44rem; margin: 2rem auto; padding: 0 1rem; }</style></head>
<body>
<header class="masthead"><a href="/">المكتب الإقليمي</a></header>
<main><article>
<h1>طالبان تشدد القواعد على منظمات الإغاثة</h1>
<p id="r1">أبلغت حركة طالبان (Taliban) منظمات الإغاثة الأجنبية، يوم الثلاثاء، أن جميع موظفيها المحليين يجب أن يسجلوا لدى وزارة الاقتصاد بحلول نهاية الشهر، وفقاً لرسالة اطلع عليها صحفيون في العاصمة.</p>
<p id="r2">وقال مسؤولون في مجال الإغاثة إن الأمر، وهو الثالث من نوعه هذا العام، سيبطئ إيصال الغذاء إلى الولايات مع بداية الشتاء، حين تُغلق الطرق المؤدية إلى المرتفعات لأسابيع.</p>
<p id="r3">وقال دبلوماسيون في الدوحة إن القواعد ستُطرح في الجولة المقبلة من المحادثات بشأن أفغانستان، رغم أنه لم يُحدد موعد لها بعد، وقد خفّض عدد من المانحين ميزانياتهم للعام المقبل.</p>
</article></main>
<footer><p>© 2026 المكتب الإقليمي</p></footer>
</body>
</html>`;

/** A story with a glossary term that opens an explainer in a popover (the Popover API), as explainers define names in place. */
const POPOVER = `${storyHead(TALIBAN_HEADLINE, { style: '[popover] { width: 24rem; padding: 1rem; border: 1px solid #888; } .term { text-decoration: underline dotted; }' })}
${MASTHEAD}
<main><article>
<h1 id="headline">Aid groups told to register their local staff</h1>
<p id="p1">The administration has told foreign aid groups that their local staff must be registered with the economy ministry by the end of the month, according to a letter seen by reporters on Tuesday. The letter was signed by the deputy minister, <button type="button" class="term" popovertarget="who" id="term">a senior figure</button> in the movement.</p>
<div id="who" popover><p id="who-text">Officials of the Taliban say the deputy minister, a member of the Haqqani family, oversees the registration of foreign groups. He has rarely met envoys in person since the movement took Kabul.</p></div>
<p id="p2">${P2}</p>
${filler(3)}
</article></main>
${FOOTER}
</body>
</html>`;

/** A long story on a page that scrolls smoothly (Bootstrap's reboot sets `scroll-behavior: smooth` on the root), its mentions far apart. */
const SMOOTH = `${storyHead(TALIBAN_HEADLINE, { style: ':root { scroll-behavior: smooth; }' })}
${MASTHEAD}
<main><article>
<h1 id="headline">Aid groups told to register their local staff</h1>
<p id="p1">${P1}</p>
${filler(16)}
<p id="p3">${P3}</p>
${filler(16)}
</article></main>
${FOOTER}
</body>
</html>`;

export const PAGES = {
  'smooth.html': SMOOTH,
  'popover.html': POPOVER,
  'stream.html': STREAM,
  'keys.html': KEYS,
  'captured.html': CAPTURED,
  'static.html': STATIC,
  'overlay.html': OVERLAY,
  'japanese.html': JAPANESE,
  'recycled.html': RECYCLED,
  'arabic.html': ARABIC,
};
