/**
 * A Japanese paper's story that ends in a members-only notice naming its topic (a Japanese site's line, which the finder
 * knows only once `japanese-lines.js` is loaded): for the Chromium and Firefox tests of that part's loading.
 */
export const JAPANESE_NOTICE_PAGE = `<!doctype html>
<html lang="ja"><head><meta charset="utf-8"><title>元島民の記憶、VRで再現\u3000根室の高校生 | 道東新報</title></head>
<body>
<header class="site-header"><a href="/">道東新報</a><nav><ul><li><a href="/local">地域</a></li><li><a href="/sport">スポーツ</a></li></ul></nav></header>
<main>
  <article class="story">
    <h1>元島民の記憶、VRで再現\u3000根室の高校生</h1>
    <div class="story-body">
      <p>根室市の高校生が、北方領土の元島民から聞き取った暮らしの記憶を、仮想現実（VR）の映像で再現する取り組みを始めた。</p>
      <p>生徒たちは夏から元島民の自宅を訪ね、色丹島の港や学校の様子を詳しく聞き取り、当時の写真や地図と照らし合わせて映像を作った。</p>
      <p>完成した映像は来年２月の「北方領土の日」に合わせて市内で公開する予定で、生徒は「記憶を次の世代に伝えたい」と話している。</p>
      <p>この記事は北方領土問題に関心のある正会員の皆さまを対象とした情報です。</p>
    </div>
  </article>
</main>
<footer class="site-footer"><p>© 道東新報</p></footer>
</body></html>`;

/** What a reader should see marked: the story's three mentions (北方領土 twice, 色丹), not the notice's 北方領土. */
export const JAPANESE_NOTICE_MARKS = ['北方領土', '北方領土', '色丹'] as const;
