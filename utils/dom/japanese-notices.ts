/**
 * Lines in which a Japanese site speaks, not the story, in the polite form a site speaks in (broadcasters write their stories
 * in it too, so each line is worded as only the site writes it): advertising, members-only, provider and deletion notices,
 * where a column first ran, a disclaimer of the author's own views, a plea for support, an update note, a reaction prompt, a
 * blog's ranking banner and follow prompts, where to send one's views, a PDF link line, a broadcaster's notes around its video,
 * a dated correction note, an empty comment box, a wire's pointer to the original, a paper's tip-line appeal, a press release's
 * contact line, its notes on trademarks, on the day it holds as of, to reporters and on the press clubs it went to, a transcript's note, a blog's thanks for reading and
 * its LINE prompt.
 * `isStockLine` (article-notices) asks this too.
 */
import { hasJapaneseLineText } from '../tokenizer';

const JAPANESE_SITE_LINE = new RegExp(
  [
    // A page's notice that it holds advertising or affiliate links (Japanese law has asked for one since 2023).
    // Opening a sentence, in the polite form (not a story's 「消費者庁は、このサイトには広告が含まれていることを…求めた」).
    '(?:この|本)(?:記事|ページ|ブログ|サイト)(?:内)?に?は[^。]{0,10}?(?:広告|アフィリエイト|プロモーション|PR)(?:[（(][^）)。]{1,20}[）)])?(?:が|を)(?:含|使用|利用)[^。]{0,8}ます',
    // A members-only, provider's or broadcaster's notice, the site speaking of its articles or to the reader (broadcasters
    // write their stories in the polite form too): a members-only label or offer (not a story's 「会員限定記事の閲覧数は…」), members may read on, received from a provider, articles may be deleted.
    '^[^。]{0,12}会員限定(?:記事|コンテンツ)(?:です)?(?:[\\]］】)）。（(]|$)|会員限定(?:記事|コンテンツ)[^。]{0,20}(?:読めます|お?読みいただけます|ご覧いただけます)|^(?:この記事は)?(?:有料)?会員限定です。?$|^続きを(?:読む|お読み(?:いただく)?)には[^。]{0,30}(?:購読|会員|ログイン|登録)|会員(?:の方)?(?:だけ|のみ)がお?(?:読み|ご覧)いただけ|会員登録[^。]*いただ|配信を受けて掲載し',
    // …and that its facts hold as of publication (「記事の内容は配信時点のものです」), not a story's 「数字は先月末時点のものです」.
    '(?:^|。)(?:[^「」。]|「[^「」。]*」)*(?:記事|動画|提供社)[^。]{0,20}削除される(?:こと|場合)があります(?:[。（(]|$|ので)|(?:配信|掲載|放送|公開|取材|執筆|更新|収録)(?:日|日時)?時点のもの(?:です|となります)|^(?:この|本)ページは、?[^。]{0,20}(?:記者発表|報道発表|プレスリリース)(?:資料)?です。|(?:リリース|本資料|掲載内容|情報)[^。]{0,20}(?:発表|公表)日(?:時点|現在)のもの(?:です|となります)',
    // A magazine's or paper's note on where the piece first ran, and a video player's notice of its ads, in the polite
    // form the site speaks in (a story's 「…号に掲載された記事で名誉を傷つけられたとして」 is plain).
    // A column's transfer or translation notice, a paged story's "continued on page 2" line, a wire's reporter and editor in parentheses.
    '^[※＊*]?\\s*(?:当|この|本)記事は[^。]{0,40}(?:転載|を翻訳)|^[〔（(【［]?その[0-9０-９一二三四五六七八九十]+へ続く|^[（(][^（）()]{0,20}\\s?(?:記者|編集|翻訳編集|翻訳|取材)[：:][^（）()]{1,40}[）)]$',
    // The site's own reprint line, without a subject or with the site's (「本サイトは…」), not a story's 「同社は…無断で転載しています」.
    '掲載(?:された|した)記事を(?![^。]{0,20}無断)[^。]{0,20}(?:配信|掲載|転載|公開)(?:して|し)(?:います|おります)|動画の再生(?:に|時に|前に)は?[^。]{0,20}場合があります',
    // A think tank's or paper's disclaimer under a column: the author's own views, not the institute's (after a line naming
    // the project it came from, 「本稿は…研究会の成果の一部です。」); a line naming the editions in other languages.
    '^[※＊*]?\\s*(?:本稿は[^。]{0,60}の成果(?:の一部)?です。(?:本|この)?|本|この)(?:稿|コラム|記事|論考|論文|レポート)(?:の内容)?は、?(?:[^。]{0,20}(?:もとに|基に)した)?(?:執筆者|筆者|著者|個人)(?:個人)?の(?:見解|意見)(?:であり|で)、?[^。]{0,40}(?:見解|立場|意見)を(?:示す|表す|代表する)ものではありません',
    // The same column's note on the study group it came from standing alone (「本稿は、当研究所「…」研究会（2025–2026年度）の成果の一部である。」),
    // and its terms for quoting it (「本稿の引用・転載にあたっては、出典（…）を必ず明記してください。」).
    '^[※＊*]?\\s*本稿は、?[^。]{0,80}(?:研究会|研究プロジェクト|プロジェクト|研究事業)[^。]{0,30}の成果(?:の一部)?(?:である|です|となります)。?$',
    '^[※＊*]?\\s*(?:本稿|本記事|この記事|本論考|本レポート|本コラム)の(?:引用|転載|引用・転載|転載・引用)[^。]{0,10}(?:にあたって|に際して|の際|する場合)は、?[^。]{0,80}(?:明記|明示|記載)(?:してください|して下さい|をお願いします|をお願いいたします|願います)。?$',
    '^[※＊*]?[^。]{0,20}(?:投稿|コメント)は[^。]{0,20}個人の(?:見解|意見)であり[^。]{0,40}見解を示すものではありません(?:。|$)',
    '^(?:english|简体字|繁體字)[\\s/|・][^。]{0,80}でも(?:公開|掲載|お読みいただけます)',
    // A post's plea for support or a follow (「この記事が気に入ったらサポートを…」, 「…記事が役に立ったと思ったら、サポートをお願いします。」), an update note on the article's text (「【追記 12/3】…記述を更新しました。」).
    '^(?:この|本)記事が(?:気に入ったら|役に立ったら|面白かったら|よかったら)[^。]{0,30}(?:サポート|チップ|応援|スキ)',
    '(?:^|。)(?:この|本)?記事が(?:気に入ったら|役に立ったら|役に立ったと思ったら|面白かったら|よかったら)、?[^。]{0,30}(?:サポート|チップ|応援|スキ|フォロー)(?:を|して)?[^。]{0,10}(?:お願いします|お願いいたします|ください|みませんか)[。？?！!]',
    // A paid post's teaser of what the rest holds and its membership offer (「この記事の続きでは、…を詳しく書いています。」,
    // 「このクリエイターのメンバーシップに参加すると、…有料記事が読めます」).
    '^(?:この|本)記事の続き(?:では|で)、[^。]{0,120}(?:書いて|解説して|紹介して|まとめて)(?:います|おります)。?$|^[^。]{0,20}メンバーシップに(?:参加|加入)すると、?[^。]{0,40}(?:この記事|有料記事)[^。]{0,20}(?:読めます|お読みいただけます)',
    '^[【［\\[]追記[^】］\\]]{0,20}[】］\\]][^。]{0,80}(?:記述|記事|本文|内容|表記|見出し)を(?:更新|修正|訂正|加筆)しました。?$',
    // A reaction prompt (「この記事はいかがでしたか」, 「この記事に対するあなたの気持ちを教えてください」, 「…役に立ちましたか？リアクションで教えてください」), a blog's ranking banner, a blog's follow prompt, where to send one's views (「ご意見・ご感想は…までお寄せください。」),
    // a whole line offering to follow a topic, a link line to the piece's PDF.
    '^(?:この|本)記事(?:(?:は|を|について)(?:いかが|どう)(?:でしたか|でしたでしょうか|思いましたか|思いますか|感じましたか)|は(?:役に立ち|参考になり)ましたか|(?:に対する|への|について)の?(?:あなたの|皆さんの)?(?:気持ち|感想|ご?意見)を(?:教えて|お聞かせ)ください)[？?。]?(?:[^。]{0,20}(?:で|を)(?:教えて|お聞かせ)ください[。！!]?)?$|^[↑↓]?\\s*(?:ブログ)?ランキングに?参加(?:しています|中です|中)[。！!]?(?:[^。]{0,30}(?:クリック|ポチ|応援)[^。]{0,20}[。！!]?)?$|^[↑↓☆★]?\\s*[^。]{0,10}(?:クリック|ポチ)[^。]{0,20}励みになります[。！!]?$',
    // A blog's thanks for reading to the end as a line of its own, a prompt to add its LINE account after it (「…公式LINEはじめました！友だち登録していただくと、…お届けします。」).
    '^(?:最後まで)?(?:お読み|ご覧|読んで)(?:いただき|頂き|くださり|下さり|くれて)、?(?:本当に|誠に)?ありがとう(?:ございま(?:した|す))?[。！!♪]*(?:[^。]{0,30}(?:フォロー|シェア|応援|登録)[^。]{0,15}(?:よろしく|お願い)[^。]{0,8}[。！!♪]*)?$|(?:^|[！!]\\s*)[^。「」]{0,20}(?:友だち|友達)(?:登録|追加)(?:していただく|して(?:いただ|頂)ければ)と、?[^。「」]{0,50}(?:お届け|配信|お知らせ)(?:します|いたします|しています)(?:[。！!]|$)',
    '^いただいた(?:ご意見|ご感想)は[^。]{0,30}参考に(?:させていただきます|いたします)|^[^。、]{1,30}をフォローして(?:更新|新着|最新)(?:情報|記事)?を受け取る。?$',
    '^ご意見(?:・ご感想)?(?:は|を)[^。]{0,30}(?:編集|本紙|読者|番組|新聞|窓口|こちら|フォーム|部|下記|メール|アドレス)[^。]{0,40}(?:まで|へ)(?:お寄せ|お送り)ください。?$',
    // A councillor's signature line asking for the reader's views (「市政へのご意見・ご相談は、お気軽にメッセージでお寄せください。」).
    '^[^。「」]{0,10}への(?:ご意見|ご要望)・ご相談は、?お気軽に[^。]{0,20}(?:お寄せ|お送り|ご連絡)ください。?$',
    // A blog's line on what a follow brings (「フォローしてもらえると更新の通知が届きます」), its pointer to the author's picks on a shop
    // (「楽天ROOMに愛用品をまとめています、よかったらのぞいてください→…」).
    '^[^。、]{0,12}フォロー(?:して(?:もらえる|いただける|くれる)|する)と、?[^。]{0,20}(?:更新|新着|最新)[^。]{0,10}(?:通知|お知らせ)が(?:届きます|届く|来ます)[。！!♪]*$',
    '^[^。「」]{0,40}(?:楽天ROOM|ROOM|Instagram|インスタ|YouTube|Amazon)[^。「」]{0,30}(?:よかったら|良かったら|ぜひ)[^。「」]{0,12}(?:のぞいて|覗いて|見て|遊びに来て)(?:みて)?(?:ください|下さい)(?:ね)?[。！!♪]*(?:\\s*(?:→|⇒|▶).*)?$',
    '^[^。、]{0,12}フォローすると、?[^。]{0,20}(?:新着|最新)[^。]{0,10}(?:記事|ニュース|情報)(?:を?[^。]{0,6}(?:通知|お知らせ|お届け)(?:します|いたします)?|の[^。]{0,20}(?:しやすく|便利に)なります)。?$|^PDF(?:版|ファイル)?(?:は|を)?(?:こちら|ダウンロード)[^。、]{0,20}$',
    // A broadcaster's notes around its video: that it needs consent to cookies or a recent browser, that it may have expired, that the rest is in its app;
    // the programme a story was broadcast in (「（「イット！」12月4日放送より）」), its network's label, its tip line.
    '^動画(?:の|を)?再生(?:に|には|する(?:に|には))[^。]{0,30}(?:(?:cookie|クッキー)[^。]{0,30}同意が必要です。?$|ブラウザ[^。]{0,20}(?:ご利用|お使い)ください)|^[※＊*]?\\s*動画は配信(?:期間|期限)が(?:終了|過ぎ)[^。]{0,30}(?:あります|なります|できません)。?$|^動画の再生が始まらない場合は|再生には[^。]{0,10}通信料がかかる|^[※＊*]?\\s*(?:動画の)?再生には[^。]{0,10}通信料がかかります|^[※＊*]\\s*[^。]{0,40}(?:ご覧いただけます|お伝えしています)。?$',
    '^(?:この)?動画の続きは[^。]{0,40}(?:アプリ|サイト)で(?:ご覧いただけます|ご覧ください|視聴できます|見られます)?。?$|^【[^】]{1,40}\\bpowered by [^】]{1,20}】$',
    '^[（(]「[^」]{1,20}」\\s?(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?\\s?(?:放送|放映|配信)(?:より|分より|から)[）)]$|^[▼▽■□●◆◇▶►]?\\s*(?:情報提供|ご意見|投稿|取材依頼)(?:は|を)(?:こちら|コチラ)[^。、]{0,60}$',
    // A release's notes under its text: the names in it are trademarks, its content holds as of the day it was issued.
    '^[※＊*]?\\s*(?:本(?:文中|リリース)に)?記載(?:されている|された|の)(?:会社名|社名|製品名|商品名)[^。]{0,30}(?:各社|それぞれの会社)の(?:商標|登録商標)',
    '^[※＊*]?\\s*(?:本|この)?(?:ニュース)?(?:リリース|資料|発表)に記載(?:された|されている|の)(?:内容|情報)[^。]{0,10}(?:発表日|発表時点|発表日時点|発表日現在)の(?:もの|情報)(?:です|であり|となります|でございます)',
    // A blog's note on where to send requests for talks or writing (「※講演・執筆のご依頼はプロフィール欄のメールフォームからお願いいたします。」).
    '^[※＊*]?\\s*(?:講演|執筆|取材|寄稿|出演)[^。]{0,20}(?:ご依頼|お問い合わせ|ご相談)は[^。]{0,40}(?:メールフォーム|フォーム|メール|プロフィール|こちら)[^。]{0,20}(?:お願いいたします|お願いします|ください)。?$',
    // A paywall's offer and its note for print subscribers, a paper's note that the story ran in print first and was added to,
    // its standing appeal for tips (「道東日報は読者の皆さんからの情報提供をお待ちしています。」).
    '^有料会員になると、?[^。]{0,40}(?:読み放題|お読みいただけ|ご覧いただけ|ご利用いただけ)|^[※＊*]?\\s*本紙を(?:ご購読|購読)(?:中|いただいている)の方は[^。]{0,40}(?:お読みいただけ|ご覧いただけ|ご利用いただけ)',
    '^[※＊*]?\\s*(?:この|本)記事は[^。]{0,30}(?:朝刊|夕刊|紙面|本紙|号)[^。]{0,20}に?掲載(?:した|された|され|し)(?:[^。]{0,10}(?:加筆|修正|再構成|再編集)|もの(?:です|となります)。?$|ています。?$)',
    '^[^。「」]{1,20}は、?読者の(?:皆さん|皆さま|皆様|みなさん|みなさま|方々)(?:から|より)の(?:情報(?:提供)?|ご意見|投稿)(?:や[^。]{1,12})?をお待ちしています',
    '^[^。「」]{1,16}(?:新報|新聞|日報|タイムス|編集部|取材班|報道部|テレビ|放送)は、?[^。「」]{0,60}(?:に関する|についての)情報を(?:募集|お待ち)しています',
    // A broadcaster's standing call for tips and footage (「HBTでは、皆さんからの情報や動画・写真を募集しています。」): information and
    // pictures asked of everyone, not a museum's call for letters and photos that a story reports.
    '^[^。「」]{1,20}では、?(?:視聴者の)?(?:皆さん|皆さま|皆様|みなさん|みなさま)(?:から)?の(?:情報|ニュース)(?:や|・|、)[^。]{0,10}(?:動画|映像|写真)[^。]{0,10}を(?:募集|お待ち)しています。',
    // Such a tip box's heading (「ご意見・情報をお寄せください」): two things to send, not a police notice's 「情報をお寄せください」.
    '^(?:(?:ご意見|ご感想)[・、と]情報(?:提供)?|情報(?:提供)?[・、と](?:ご意見|ご感想|取材依頼))を?(?:お寄せ|お送り)ください[。！!]?$',
    // A release's line on where the press may ask for interviews (「※本件に関する取材のお申し込みは、総務課広報担当までご連絡ください。」),
    // a councillor's blog's note that it speaks for her alone (「※このブログは、…個人の活動報告です。市議会としての公式見解ではありません。」).
    '(?:^|。\\s*)[※＊*]?\\s*(?:本件|この件|本リリース)に関する(?:取材|お問い合わせ|ご質問)[^。]{0,20}は、?[^。]{0,40}(?:まで|へ)(?:ご連絡|お問い合わせ|お願い)',
    '^[※＊*]?\\s*(?:この|本|当)ブログは、?[^。]{0,60}個人の[^。]{0,20}です。[^。]{0,30}(?:公式(?:の)?見解|見解を(?:代表|示す))[^。]{0,20}(?:ではありません|ものではありません)',
    // A funder's note under a project's report (「※本事業は、…財団の「…」助成を受けて実施しています。」, 「本事業は、外務省「…無償資金協力」
    // および皆さまからのご寄付により実施しています。」), a group's newsletter line (「▼現地の最新情報はメールマガジンでお届けしています（月1回・無料）」).
    '^(?:本|この)(?:事業|活動|プロジェクト)は、?[^。]{0,60}(?:無償資金協力|(?:皆さま|皆様|みなさま)からの(?:ご)?寄付)[^。]{0,20}(?:により|によって)(?:実施|運営)(?:して|し)(?:います|おります)。?$',
    '^[▼▽■●◆▶]\\s*[^。]{0,30}(?:メールマガジン|メルマガ|ニュースレター)で(?:お届け|配信|お知らせ)(?:して|し)(?:います|おります)(?:[（(][^）)]{0,20}[）)])?。?$',
    '^[※＊*]\\s*(?:本|この)(?:事業|活動|取り?組み|プロジェクト|企画|冊子|調査)は、?[^。]{0,80}(?:助成|補助|支援|協賛)を(?:受けて|得て)[^。]{0,10}(?:実施|運営|作成|制作|開催)(?:して|し)(?:います|おります|いたしました|ました)。?$',
    // A press release's notes to reporters who would cover the event (「※当日の取材を希望される報道機関の方は、…まで御連絡ください。」) and
    // on the press clubs it went to (「※本資料は、…市政記者クラブ…に配付しています。」).
    '^[※＊*]\\s*[^。]{0,20}取材を(?:ご|御)?希望される(?:報道機関|報道関係者|マスコミ)の(?:方|皆様)は、?[^。]{0,60}(?:まで|へ)(?:ご|御)?連絡(?:ください|願います)。?$',
    '^[※＊*]?\\s*(?:本|この)(?:資料|リリース|発表資料|件)は、?[^。]{0,60}記者(?:クラブ|会)[^。]{0,40}(?:に|へ)(?:配付|配布|提供|配信)(?:して|し)(?:います|おります|ました)。?$',
    // A player's notes (「※動画を再生するにはJavaScriptを有効にし…」, 「※この動画の配信は…までの予定です。」), a broadcaster's note that the story
    // retells a programme, a forum post's line of who posted it, when and how often it was read (XOOPS: 「投稿者: … 投稿日時: … (1248 ヒット)」),
    // a ministry page's id line (「ページ番号：pressit_000318」).
    '^[※＊*]?\\s*動画を(?:再生|ご覧に?なる|視聴)(?:する|いただく)?には[^。]{0,40}(?:JavaScript|ブラウザ)[^。]{0,30}(?:ください|必要です)。?$|^(?:[※＊*]\\s*(?:この|本)?|(?:この|本))動画の(?:配信|公開)(?:期間)?は[^。]{0,30}(?:まで(?:の予定)?|[0-9０-９]{1,3}日間)(?:です|となります)。?$',
    '^[※＊*]?\\s*(?:この|本)記事は、?[^。]{0,40}放送の[^。]{0,40}を?(?:再構成|再編集|もとに|基に)[^。]{0,20}(?:ものです|しました|しています)。?$|^投稿者[:：][^。]{0,40}投稿日時?[:：][^。]{0,40}$',
    '^[※＊*]?\\s*会議録は、?[^。]{0,40}(?:会議録検索システム|ホームページ|ウェブサイト|市議会|町議会|村議会)[^。]{0,10}(?:掲載|公開)(?:します|しています|する予定です|予定です)。?$',
    '^(?:資料)?(?:提供|配付|配布)先[：:]\\s*[^。]{0,40}記者(?:クラブ|会)[^。]{0,60}$|^(?:ページ|記事)(?:番号|ID)[：:]\\s*[\\w-]{1,40}$',
    // A dated correction note (「※12月4日18時30分に、…を修正しました。」), an empty comment box's line, a wire's pointer to its original.
    '^[※＊*]\\s*[0-9０-９]{1,2}月[0-9０-９]{1,2}日[^。]{0,20}[にの、][^。]{0,40}を(?:修正|訂正|更新)しました。?$|^この記事には、?まだ[^。]{0,20}(?:投稿|コメント)(?:が|は)ありません。?$',
    // A paper's tip-line appeal naming its reporters (「…、情報をお寄せください。LINEの友だち登録で取材班と…」), not a quoted one,
    // one a story reports, nor a police notice's own (「お心当たりの方は…警察署まで情報をお寄せください。」).
    '^(?:[^「」。]{0,40}(?:取材班|編集部|報道部|本紙|記者)[^「」。]{0,30}情報をお寄せください[。！!]?|[^「」。]{0,60}情報をお寄せください[。！!][^。「」]{0,60}(?:取材班|編集部|報道部|記者)[^。「」]{0,40}。?)$',
    // A page's note that its video is on the site's channel (「▶試合のハイライト動画はクラブ公式YouTubeチャンネルにて公開しています。」), a note
    // sending the reader to another site for details (「※…詳細はJリーグ公式サイトをご確認ください。」), a transcript's note that it was trimmed.
    '^[▶►▼※]?\\s*[^。「」]{0,20}(?:様子|動画|映像)は、?[^。が]{0,40}(?:YouTube|公式チャンネル)[^。が]{0,40}(?:で|にて)(?:ご覧いただけます|(?:公開|配信)(?:して|し)(?:います|おります))。?$',
    '^[※＊*][^。]{0,40}。?[^。]{0,30}詳細は[^。]{0,40}公式(?:サイト|ホームページ)[^。]{0,30}をご(?:確認|覧)ください。?$|^[※＊*]\\s*(?:会見録|議事録|発言録)は、?[^。]{0,40}(?:整理|要約|編集|抜粋)(?:して|し)[^。]{0,10}掲載(?:して|し)(?:います|おります)。?$',
    // A trade body's note that an article is for its members only (「この記事は正会員…を対象とした情報です。」, 「※本記事の内容は会員企業の社内利用に限ります。」).
    '^[※＊*]?\\s*(?:この|本)(?:記事|ページ|資料)(?:の内容)?は、?[^。]{0,30}(?:会員の(?:皆さま|皆様|方)を?対象と(?:した|する)(?:情報|記事|もの)です|(?:利用|閲覧)に限ります)。',
    '^[※＊*]?\\s*(?:原文|英文)(?:記事)?[^。]{0,40}(?:から|で)ご覧(?:ください|いただけます)。?$',
    // A press release's contact line (「【問い合わせ先】…報道官室 03-…」), a transcript's note on how it was made (「※…速記録に基づき作成しております。」).
    '^(?:[【［\\[](?:お問い?合わ?せ先?|問い?合わ?せ先)[】］\\]]|お?問い?合わ?せ先[：:])[^。]{0,60}$|^[※＊*]\\s*[^。]{0,20}(?:速記録|書き起こし)に基づ(?:き|いて)[^。]{0,20}(?:作成|掲載|構成|編集)(?:して|し)(?:おります|います)',
    // A group's note on how it writes its reports (「※当会の活動報告は、現地スタッフからの報告をもとに…作成しています。」), a prompt to follow
    // its accounts closing a line (「…FacebookとXのフォローをお願いします」), a release's note that a product's name is a company's trademark
    // (「「SONOLITE」は三和メディテック株式会社の…登録商標です。」, no comma: not a story's 「「白い恋人」は、…同社の登録商標です。」).
    '^[※＊*]\\s*(?:当会|当団体|当法人|本会|当センター|当財団|当社|弊社)の(?:活動報告|レポート|報告|記事)は、?[^。]{0,60}(?:作成|執筆|編集)(?:して|し)(?:います|おります)。',
    '(?:^|。)[^。「」]{0,30}(?:Facebook|X|Twitter|Instagram|LINE|YouTube|TikTok|note)(?:[とや・、／/](?:Facebook|X|Twitter|Instagram|LINE|YouTube|TikTok|note))*(?:の|も)?(?:フォロー|友だち登録|チャンネル登録)(?:を|も)?(?:お願い(?:します|いたします|致します)|よろしくお願いします)[。！!]*$',
    '^[※＊*]?\\s*[^。、]{1,60}は[^。、]{0,40}(?:株式会社|（株）|Inc\\.?|Corporation|Corp\\.|Ltd\\.?|LLC|GmbH)の(?:[^。、]{0,30}における)?(?:登録)?商標(?:または[^。]{0,10}商標)?(?:です|であります)。?$',
  ].join('|'),
  'iu',
);

/**
 * Whether a line is one in which a Japanese site speaks (`isStockLine` keeps out a story's sentence quoting one). Only a line
 * with CJK text may be one, so the content script loads these rules only for a page that has some (`article-loader`).
 */
export const isJapaneseSiteLine = (text: string) => hasJapaneseLineText(text) && JAPANESE_SITE_LINE.test(text);
