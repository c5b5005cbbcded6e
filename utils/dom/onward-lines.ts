/**
 * Lines that send the reader onward, away from the story: to the site's channels ("Folgen Sie uns auf WhatsApp"), to a
 * related story ("Lire aussi | …", a broadcaster's ▼) or to the story's pictures (「【写真を見る】…」). `article-notices` counts a follow line as
 * a stock line; `article-furniture` judges a line that is one link by its label.
 */
import { attributeOf, property, queryAll, tagOf, textOf } from './native';

/**
 * A line sending the reader to the site's channels, opening the line or after its lead-in (a named site's, "Follow TASS on
 * Telegram to …", only opening it), the channels ending the sentence: "Folgen Sie der Zeitung auf WhatsApp.", "Sigue toda la información
 * en Facebook y X, o en …" ("Sigue" with its object: "Sigue activo en TikTok" is the story's), "Suivez-nous sur Instagram", "Sigue toda la actualidad … en
 * nuestro canal de WhatsApp y activa …", "Urmărește <Site> și pe Google News, ca să …", "Keine News mehr verpassen? Folgt uns auf Instagram unter @…",
 * "Follow ERR News on Facebook and Twitter and never miss an update!". Case-sensitive: "Folgen sie …" is a verb of
 * the story; so is "Follow-up talks … on X", and "Sigue cerrado …, informó en X el portavoz".
 */
const CHANNEL =
  '(?:Facebook|X|Twitter|Instagram|Telegram|WhatsApp|Viber|Threads|Bluesky|LinkedIn|TikTok|YouTube|Google News|Google [Vv]ijesti(?:ma)?)';
const FOLLOW_LINE = new RegExp(
  `(?:^[Ff]ollow [A-Z][\\w.&-]*(?:\\s[A-Z][\\w.&-]*){0,2}|(?:^|[:.!?]\\s+)(?:Folgen Sie|Folgt uns|Folge uns|[Ff]ollow (?:us|our)|Sigue(?=\\s(?:(?:al?(?! la espera)|también a|tod[ao]s?|nuestr|(?:las?|el|los) (?:información|noticias|actualidad|últimas?|cobertura|canal|perfil))\\b|[A-ZÁÉÍÓÚÑ]{2,}\\b))|Síguenos|Suivez|Seguici|Segui|Obserwuj|Volg|Urmărește(?:-ne)?|Sledujte(?= nás| [A-ZÁČĎÉÍĽĹŇÓÔŔŠŤÚÝŽ])|Pratite(?= nas| [A-ZČĆĐŠŽ])|Ακολουθήστε(?= μας| τ[οηα]ν? [Α-ΩΆ-Ώ])))(?:\\b|(?<=ε))[^.!?]{0,80}\\s(?:auf|on|en|sur|su|na|op|pe|στο) (?:(?:nuestro|our|unserem|notre) (?:canal|channel|Kanal|chaîne) (?:de |auf |sur )?)?${CHANNEL}(?:u|e|ie)?(?:\\s(?:und|and|y|et|e|i|en|o|a|και(?: στο)?)\\s${CHANNEL}(?:u|e|ie)?)?(?:[,.!]|$|\\s[–—]\\s(?:kliknite|click|klicken|cliquez|clique)\\b|\\s(?:for|to|für|pour|para|per|voor|dla|για)\\s|\\sy (?:activa\\b|recibe (?:las |todas las )?(?:últimas )?noticias\\b)|\\s(?:unter|at) @\\w|\\sand never miss an? (?:update|story|thing)\\b)`,
);
/**
 * A "read also" label opening a line ("Lire aussi |", "LEGGI ANCHE:", "Читайте также:", "Das könnte dich auch interessieren:"), a Japanese broadcaster's ▼ before a
 * related story, or arrows before a link's words of going on ("&gt;&gt; Read the full match report here"), not a quoted post's.
 */
const READ_ALSO =
  /^(?:>>\s*(?=(?:read|more|full|see|watch|view|listen|click|zum|zur|mehr|weiter|lire|voir|leer|ver|lees|bekijk|leggi|czytaj|zobacz)\b|詳しく|続き)|(?:read (?:also|more)|see also|lire aussi|à lire aussi|lesen sie auch|mehr zum thema|leggi anche|lee también|leia também|czytaj (?:także|też)|zobacz (?:także|też)|siehe auch|véase también|guarda anche|читайте также|関連記事)(?:\s*[|:：]|\s)|assista(?: também)?\s*:|v[íi]deos\s*:\s*(?=tudo sobre|veja (?:mais|os|as|tudo)|assista|(?:os )?mais assistidos)|(?:das )?könnte (?:dich|sie|euch) (?:auch|ebenfalls) interessieren\s*[:|]|▼|【(?:写真特集|写真|画像|動画)(?:を(?:もっと|すべて)?見る)?】|【(?:あわせて|合わせて)読みたい】|【(?:関連記事|おすすめ記事)】(?!\s*[でにをがはのも]))/i;
/** A link to the story's pictures (「【写真】この記事の写真を見る」, 「この記事の画像を見る（4枚）」). */
export const SEE_PICTURES = /^(?:【(?:写真|画像)】\s*)?この記事の(?:写真|画像)を(?:すべて|もっと)?見る/;
/** Whether a line opens with a "read also" label or leads to the story's pictures (a line that is one link, `article-furniture` judges). */
/**
 * A line offering the story's document to download: "Download the … fact sheet (PDF)", "Télécharger le rapport (PDF, 2 Mo)",
 * 「プレスリリース（PDF形式：1,462KB）」, 「本コラムのPDF版をダウンロード（PDF／486KB）」; or the site's free material (a company blog's
 * 「【無料】人事担当者向け … チェックリストをダウンロードする」).
 */
const DOWNLOAD =
  /^(?:download|herunterladen|télécharger|descargar|scarica|pobierz)\b[^.!?]{0,120}[([](?:pdf|docx?|xlsx?)\b[^)\]]{0,20}[)\]]$|^[^.!?。]{1,80}[（(](?:pdf|docx?|xlsx?)(?:形式)?\s*[：:、,／/]?\s*[\d,.]+\s*[kmg]i?b[）)]$|^【無料】[^。]{4,80}ダウンロード(?:する|はこちら)?$/i;
export const opensReadAlso = (text: string) => READ_ALSO.test(text) || SEE_PICTURES.test(text) || DOWNLOAD.test(text);
/** A "read also" label, its colon, and another story's title that a script links, no sentence: 「▼関連記事：北方墓参、4年連続で見送り」, "▶️ Assista: …". */
export const labelsTitle = (text: string) =>
  READ_ALSO.test(text.replace(/^(?:▼|\p{Extended_Pictographic}\uFE0F?)\s*/u, '')) && /^[^:：|]{1,30}[:：|]\s*[^.!?。]{8,100}$/.test(text);
/**
 * The site inviting the reader to its channel on a network: "Únete al canal de WhatsApp de <Site>", "Join our WhatsApp channel",
 * "Segueix tota l'actualitat … al canal de WhatsApp de <Site>", "For the latest news, join the <Site> WhatsApp community".
 */
const JOIN = `(?:[Úú]nete a nuestro canal de ${CHANNEL}|[Úú]nete al canal de ${CHANNEL} de \\p{Lu}|Join (?:our|us on) ${CHANNEL}\\b|Get (?:the|our|all the) (?:day['’]s |latest |top |best )[^.!?]{0,50}\\bon ${CHANNEL}(?: and ${CHANNEL})?(?:[.!]|$|,\\s(?:hand-?picked|curated|delivered|sent|straight)\\b)|Get (?:the|our) (?:day['’]s |latest |top )(?:[^.!?]{0,30}\\s)?(?:news|stories|headlines)\\b[^.!?]{0,40}\\s(?:delivered|sent) (?:straight |directly )?to your ${CHANNEL}(?:[.!]?$|[.!]\\s(?:Follow|Join|Subscribe)\\b)|Rejoignez(?:-nous sur| notre (?:chaîne|canal)) ${CHANNEL}\\b|Iscriviti al (?:nostro canale ${CHANNEL}\\b|canale ${CHANNEL} di \\p{Lu}[^:.!?]{0,40}:)|(?:Treten Sie|Tritt) unserem ${CHANNEL}-Kanal\\b|Dołącz do naszego kanału na ${CHANNEL}\\b|Participe do nosso (?:grupo|canal) (?:no|do) ${CHANNEL}\\b|Pridružite se (?:našoj ${CHANNEL} (?:zajednici|grupi)|našem ${CHANNEL} kanalu)\\b|[Jj]oin the (?:\\p{Lu}[\\w.&-]*\\s){1,3}${CHANNEL} (?:[Cc]hannel (?:to get|for|and get) (?:the latest |all the |breaking )?(?:news|stories|updates|headlines)|[Cc]ommunity for breaking news)\\b(?![^.!?]*,\\s*(?:reads?|says|said|writes|wrote)\\b)|(?:Segueix|Uneix-te a)\\b[^.!?]{0,80}\\bal (?:nostre )?canal de ${CHANNEL}\\b|For (?:the latest|all the latest|more) (?:\\w+ ){0,3}(?:news|stories|updates|headlines)\\b[^.!?,]{0,30}, join (?:the|our) (?:\\p{Lu}[\\w.&-]*\\s){0,3}${CHANNEL} (?:[Cc]hannel|[Cc]ommunity|[Gg]roup)\\b)`;
/**
 * Such an invitation opening a line, or after its lead-in, a pitch of the news on the reader's phone ("Recibe las noticias …
 * en tu móvil. Únete a nuestro canal de WhatsApp") or of staying up to date ("Stay updated with the latest Punjab news.", "Stay informed:"); not
 * after a story's sentence ("… del Ayuntamiento. Únete a …").
 */
const JOIN_CHANNEL = new RegExp(
  `^(?:\\p{Extended_Pictographic}\\uFE0F?\\s*)?(?:(?:[^.!?]{0,120}\\b(?:tu|su|your|[Ii]hre?m?|[Dd]eine?m?|votre|ton|il tuo) (?:móvil|celular|teléfono|phone|mobile|[Ss]martphone|Handy|portable|téléphone|cellulare)\\b[^.!?]{0,30}|Stay (?:updated|informed|up to date)(?: with (?:the latest|all the)\\b[^.!?]{0,60})?|(?:Be the first to (?:know|hear|read)|Budite prvi koji (?:saznaju|čitaju))\\b[^.!?]{0,60})[.!:]\\s+¡?(?:[Jj]oin the (?:\\p{Lu}[\\w.&-]*\\s){1,3}(?:${CHANNEL} [Cc]hannel\\b|[Cc]hannel on ${CHANNEL}(?: and ${CHANNEL})?(?:[.!]|$))|${JOIN})|${JOIN})`,
  'u',
);
/**
 * A Portuguese line sending the reader to a named site's channels, two of them or more: "Siga o Oeste em Foco no Instagram e no
 * Facebook e fique …", ending the sentence or going on to what the reader gets; not "Siga o passo a passo … no WhatsApp", an
 * instruction, nor a quoted recommendation ("Siga o Inmet no Instagram e no WhatsApp, orienta a Defesa Civil"); and a portal's
 * "✅ Clique aqui para seguir o canal do g1 MT no WhatsApp".
 */
const FOLLOW_SITE_PT = new RegExp(
  `^(?:\\p{Extended_Pictographic}\\uFE0F?\\s*)?Receba as (?:notícias|últimas notícias) d[oa] [^.!?]{1,40} no ${CHANNEL}[.!]?$|^(?:\\p{Extended_Pictographic}\\uFE0F?\\s*)?[Cc]lique aqui (?:e |para )(?:siga|seguir|participe|participar|entre|entrar) (?:o|no|do) (?:canal|grupo|comunidade) d[oa] [^.!?]{1,40} no ${CHANNEL}\\b|^Siga (?:o|a) \\p{Lu}[\\p{L}-]*(?:\\s(?:\\p{Lu}[\\p{L}-]*|em|do|da|de))*\\s(?:no|nas?) ${CHANNEL}(?:,?\\s(?:e\\s)?(?:no|nas?) ${CHANNEL})+(?:[.!]|$|\\se (?:fique|receba|acompanhe)\\b|\\spara (?:ficar|receber|acompanhar)\\b)`,
  'u',
);
/**
 * A line sending the reader to the story's pictures in the page's gallery ("Weitere Fotos der Festsitzung finden Sie in der
 * Bildergalerie unten", "More photos from the parade are in the gallery below", a caption's "View the full photo gallery (12 photos)"),
 * not a story's sentence on an exhibition's gallery.
 */
const TO_GALLERY =
  /^(?:weitere|mehr|alle) (?:fotos|bilder|impressionen)\b[^.!?]{0,60}\b(?:finden sie|gibt es|sehen sie)\b[^.!?]{0,20}\bin (?:der (?:bilder|foto)?galerie (?:unten|oben)\b|der (?:bilder|foto)galerie\s*[.!]?$|unserer (?:bilder|foto)?galerie\b)|^(?:more|see more|see all|view more|view all) (?:photos|pictures|images)\b[^.!?]{0,60}\b(?:are )?in (?:(?:the|our) (?:photo |picture )?gallery (?:below|above)\.?$|our (?:photo |picture )?gallery\.?$|the (?:photo|picture) gallery\.?$)|^(?:view|see) the (?:full )?(?:photo |picture )?gallery \(\d+ (?:photos|pictures|images)\)$/i;
/** The site asking to be followed on a channel for what the reader gets there: "Follow us on Google News and get the latest updates …". */
const FOLLOW_US_FOR = new RegExp(
  `^(?:[Ff]ollow us|Síguenos|Suivez-nous|Folgen Sie uns|Seguici|Volg ons) (?:on|en|sur|auf|su|op) ${CHANNEL} (?:and|y|et|und|e|en) (?:get|receive|stay|recibe|mantente|entérate|recevez|restez|erhalten Sie|bleiben Sie|ricevi|resta|krijg|blijf)\\b`,
);
/**
 * A line of its own, or after its lead-in's colon, asking the reader to follow a named site's page and nothing more, or to turn
 * on its alerts too, or what they get there: "Ne maradjon le …: kövesse a Kelet Hírek Facebook-oldalát, és kapcsolja be …!",
 * "Kövessen minket a Facebookon is, hogy ne maradjon le …!" (Hungarian, the site's "us", the whole line, no one's words reported after a dash), "Urmăriți Ziarul de Nord-Est și pe Google News pentru cele mai noi știri …" (Romanian), "Budite u tijeku … i pratite Jadranski
 * portal na Google Newsu." (Croatian, the whole line, its lead-in no speaker's before a colon); not advice in a story to
 * follow another's page ("… Kövesse a Magyar Közút Facebook-oldalát, ahol …", "Urmăriți FRF TV pe YouTube, unde …"); Turkish
 * "Gündem Ekspres'i Google News'te takip edin, …", "… Google News üzerinden takip edin" (the site's name or "Bizi" opening the
 * line; "üzerinden" only for Google News, where a story's advice names an agency's X or Instagram).
 */
const FOLLOW_PAGE = new RegExp(
  `^(?:[Bb]izi|[A-ZÇĞİÖŞÜ][\\wçğıöşüÇĞİÖŞÜ .&-]{1,40}['’](?:[ıiuü]|y[ıiuü]|n[ıiuü])) (?:${CHANNEL}['’](?:te|ta|de|da|ten|tan)?|Google News üzerinden) takip edin(?:[.!,]|$)|(?:^|:\\s+)[Kk]övess(?:e|en|etek) (?:minket|bennünket|a [^.!?]{1,40}) ${CHANNEL}-(?:oldalát|oldalunkat|csatornáját|csatornánkat)(?:[.!]|$|,? és\\s)|^[Kk]övess(?:en|etek) (?:minket|bennünket) (?:a )?${CHANNEL}-?(?:on|en|ön|n)(?: is)?(?:[.!]?$|,? hogy\\s[^.!?–—]{0,100}[.!]?$)|^Urmăriți(?:-ne| [A-ZĂÂÎȘȚ][^.!?,]{0,60}) (?:și )?pe ${CHANNEL}(?: și pe ${CHANNEL})?(?: pentru\\s|[.!]?$)|^(?:[^.!?:]{0,60}\\si\\s)?[Pp]ratite (?:nas|[A-ZČĆŠŽĐ][^.!?,:]{0,40}) (?:i )?na ${CHANNEL}(?:u|a|ima)?[.!]?$`,
);
/**
 * A topic box's offer of an alert when a story on the topic appears ("Recevez une alerte dès qu'un article sur ce sujet est
 * publié", "Get an email alert when a new article on this topic is published"), ending there: not a story's sentence on alerts.
 */
const TOPIC_ALERT =
  /^(?:(?:get|receive) (?:an? )?(?:e-?mail |push )?(?:alert|notification)s? (?:when(?:ever)?|as soon as) (?:a |any )?(?:new )?(?:article|story|stories|news)|recevez (?:une )?(?:alerte|notification)s? (?:dès qu['’]|lorsqu['’]|quand )(?:un |une )?(?:nouvel )?(?:article|info)|(?:erhalten sie|erhalte) (?:eine )?(?:benachrichtigung|e-mail)(?:en)?,? (?:sobald|wenn) (?:ein )?(?:neuer )?artikel|recib(?:e|a|irás) (?:una )?(?:alerta|notificación)(?:es)? cuando (?:se publique )?(?:un |una )?(?:nuevo |nueva )?(?:artículo|noticia)|ricevi (?:un )?(?:avviso|notifica) (?:quando|appena) (?:viene pubblicato )?(?:un )?(?:nuovo )?articolo)\b[^.!?]{0,40}\b(?:this|the|ce|le|cet|diesem|dem|este|el|questo)\s(?:topic|subject|sujet|thème|thema|tema|argomento)\b[^.!?:;]{0,30}[.!]?$/i;
/**
 * Whether a line sends the reader to the site's channels (see FOLLOW_LINE, FOLLOW_US_FOR, FOLLOW_SITE_PT, FOLLOW_PAGE, JOIN_CHANNEL and SOCIAL_PAGES),
 * maybe after a pictograph that points to it ("📲 Follow … on Telegram …"), or offers a topic's alerts.
 */
export const isFollowLine = (line: string) => {
  const text = line.replace(LEADING_PICTOGRAPH, '');
  return FOLLOW_LINES.some((pattern) => pattern.test(text));
};
/**
 * The site's "Follow us on our social media pages and turn on notifications.", naming no channel, the whole line or after its
 * "Don't miss out on …" (not an interviewee's answer ending so).
 */
const SOCIAL_PAGES =
  /^(?:Don[’']t miss (?:out|a thing)\b[^.!?]{0,100}[.!]\s+)?(?:[Ll]ike and )?[Ff]ollow us on (?:all )?(?:our )?social media(?: pages| accounts| channels| platforms)?(?:,? and turn on (?:the )?(?:notifications|alerts))?[.!]?$/;
/** Pictographs that point the reader to a channel (a phone, a pointing hand, a bell, a letter), not an advice list's or a listicle's item's own. */
const LEADING_PICTOGRAPH = /^(?:📲|📱|👉|🔔|📩|📨|📬|✉️?)\s*/u;
const FOLLOW_LINES = [FOLLOW_LINE, FOLLOW_US_FOR, FOLLOW_SITE_PT, FOLLOW_PAGE, JOIN_CHANNEL, TOPIC_ALERT, SOCIAL_PAGES];
/**
 * A line sending the reader to all the site's latest news at its address, which ends the line ("Δείτε όλες τις τελευταίες
 * ειδήσεις … στο voriaora.gr", "Read all the latest news from the region at example.com"), not a pointer to some news elsewhere.
 */
const TO_SITE_NEWS =
  /^(?:see|read|get|find|δείτε|διαβάστε|lesen sie|lisez|lee|leggi)\s(?:all the|όλες τις|alle|toutes les|todas las|tutte le)\s(?:latest|τελευταίες|neuesten|dernières|últimas|ultime)\s(?:news|ειδήσεις|nachrichten|infos|actualités|noticias|notizie)[^!?]{0,120}\s(?:at|on|στο|auf|sur|en|su)\s(?:www\.)?[a-z0-9-]+\.[a-z]{2,3}\.?$/iu;
/** Whether a line sends the reader onward: to the page's picture gallery (quotes in it are a title's: „St. Veiter Blatt“) or the site's latest news. */
export const sendsOnward = (text: string) => TO_GALLERY.test(text) || TO_SITE_NEWS.test(text);

const isBreak = (n: Node) => property(n, 'nodeType') === 1 && tagOf(n as Element) === 'BR';
/** A block's lines where `<br>` breaks its text, white space collapsed and empty lines dropped (a box of notes: 「※…<br>※…」). */
export function brokenLines(el: Element): string[] {
  const lines = [''];
  for (let n = property(el, 'firstChild'); n; n = property(n, 'nextSibling'))
    if (isBreak(n)) lines.push('');
    else lines[lines.length - 1] += textOf(n);
  return lines.map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean);
}
/**
 * Whether a link ends a line that a "read also" label opens, in text broken into lines by `<br>` ("Czytaj także: <a>…</a><br>",
 * the label maybe in bold): the line holds the label and the link, nothing more.
 */
export function closesReadAlsoLine(link: Element): boolean {
  let label = '';
  for (let n = property(link, 'previousSibling'); n && !isBreak(n); n = property(n, 'previousSibling')) label = textOf(n) + label;
  label = label.trim();
  if (!label || label.length > 30 || !READ_ALSO.test(`${label} `)) return false;
  for (let n = property(link, 'nextSibling'); n && !isBreak(n); n = property(n, 'nextSibling')) if (textOf(n).trim()) return false;
  return true;
}
/** A box's heading that sends the reader on to other pages ("Find out more", "Mehr zum Thema", "Lees ook", 「あわせて読みたい」), not a section's name ("More information"). */
export const namesOnwardBox = (heading: string) =>
  /^(?:find out more|see also|read more|mehr zum thema|lees ook|lire aussi|leia também|pročitajte još|あわせて読みたい|こちらもおすすめ|おすすめ記事)\s*:?$/i.test(
    heading,
  );
/** A bold label with its colon that opens a paragraph of pointers to other pages ("Más información:", "Weitere Informationen:", a think tank's "Related Event:"). */
export const labelsPointers = (label: string) =>
  /^(?:find out more|more information|further information|learn more|see also|related (?:event|content|reading)|mehr zum thema|weitere informationen|en savoir plus|plus d['’]informations?|más información|leia também)\s*:$/i.test(
    label,
  );
/** A document's file ("…/checkliste-widerruf.pdf"). */
const DOCUMENT_FILE = /\.(?:pdf|docx?|xlsx?|pptx?)(?:[?#]|$)/i;
/** A link's words offering to download. */
const DOWNLOAD_WORDS = /herunterladen|download|télécharger|descargar|scaricare|pobierz|ダウンロード/i;
/** A bold label naming what a box offers to download ("Kostenlose Checkliste:", "Gratis-Vorlage:"), its colon last. */
const DOCUMENT_LABEL =
  /(?:checkliste|vorlage|muster\w*|merkblatt|leitfaden|infoblatt|download|e-?book|whitepaper|checklist|template|fact ?sheet)\s*:$/i;
/**
 * Whether a line under such a label links a document to download ("<strong>Kostenlose Checkliste:</strong> … <a href="….pdf">hier
 * als PDF herunterladen</a>"), not a guide's step ("Antrag ausfüllen:") nor a release's dateline that links its report.
 */
export const offersDocument = (el: Element, label: string) =>
  DOCUMENT_LABEL.test(label) &&
  [...queryAll(el, 'a[href]')].some((a) => DOCUMENT_FILE.test(attributeOf(a, 'href') ?? '') && DOWNLOAD_WORDS.test(textOf(a)));
