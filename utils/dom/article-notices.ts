/**
 * Lines in which the site speaks, not the story: subscribe, newsletter, rights and advertising
 * lines, paywall, members-only and provider notices, print-edition notes, a plea for support in words (an appeal's button
 * is `appeals`'), and a box telling how to cite the page. Judged on a line's text; where such a line stands is
 * `article-furniture`'s judgement. Back matter under a piece is `back-matter`'s, an author's note after the story `author-notes`'.
 */
import { attributeOf, property, queryAll, tagOf, textOf } from './native';
import { withinSite } from './appeals';
import type { LineCheck } from './article-region';
import { isFollowLine, sendsOnward } from './onward-lines';
import { isPublisherNote } from './publisher-notes';

/**
 * A subscribe, newsletter, follow-us, advertising or rights line in a few languages, in the forms
 * such a line takes and a story's sentence seldom does: the site's own newsletter ("our
 * newsletter", "unseren Newsletter"), not a party's; "subscribe to our", not "subscribe to the view";
 * "Copyright © 2021", not "Erdogans Copyright"; "follow us on Facebook", not "follow us on sanctions";
 * "Anzeige" as the whole line; affiliate links and "ohne Gewähr" near the line's start ("Anzeige, enthält Affiliate
 * Links", "Alle Angaben ohne Gewähr"), not a story's sentence about them ("Affiliate links now make up …", "ohne
 * Gewährleistung"); "Alle Rechte vorbehalten" as the line or after ©, not "hatten sich alle Rechte vorbehalten"; "Subscribe
 * now" and "Abonnieren Sie" opening a sentence, not "Customers who subscribe now pay …", "Leser abonnieren sie".
 */
const STOCK_LINE = new RegExp(
  [
    '\\b(?:unser\\w*|mein\\w*|kostenlos\\w*|gratis|free) (?:[\\w-]+ )?[\\w-]*newsletter|(?:^|[.!?]\\s+)εγγραφείτε στο (?:ηλεκτρονικό )?(?:ενημερωτικό δελτίο|newsletter)(?: μας)?(?: και λαμβάνετε |\\s*[.!]|$)|\\bour (?:[\\w-]+ ){0,4}[\\w-]*newsletter|(?:^|[.!?]\\s+|\\so\\s)recibe (?:cada (?:semana|día|mañana) |gratis )?nuestra newsletter\\b|\\b(?:inscrivez-vous|abonnez-vous|suscríbete|suscríbase|iscriviti|inscreva-se|assine)\\b[^.!?]{0,40}\\s(?:à|a|alla) (?:notre|nuestra|nuestro|nostra|nossa) newsletter\\b|(?:メールマガジン|メルマガ)登録|ニュースレター(?:の|への)?(?:ご)?登録は(?:こちら|下記|以下)|(?<![（(](?:写真|撮影|画像|提供)[：:][^）)]{0,40})無断転載',
    'copyright\\s*(?:©|\\(c\\)|\\d{4})|©\\s*\\d{4}|all rights reserved|(?:^|[.©–-]\\s*)(?:alle |sämtliche )?rechte vorbehalten|^(?:copyright|\\(c\\))[^!?]{0,80}rechte vorbehalten|copyright[^!?]{0,80}rechte vorbehalten\\.?$|^wszelkie prawa[^.]{0,20} zastrzeżone|(?:^|\\b(?:photos?|clichés?|images?|crédits?)\\b[^.]{0,100}\\.\\s+)toute reproduction\\b[^.,]{0,60}\\b(?:est|sont) (?:interdite|soumise à (?:une )?autorisation(?: préalable)?)(?: (?:du service|de la rédaction|de l.éditeur|de l.auteur|de la (?:ville|mairie|commune))[^.,]{0,40})?\\.?$|interesad[oa] en licenciar este contenido|(?:^|[.©]\\s*)preluarea (?:(?:integrală|totală|parțială)(?: sau (?:integrală|totală|parțială))? )?a (?:materialelor|articolelor|conținutului|textelor)\\b[^.]{0,40}\\beste interzisă fără acordul\\b',
    // A closed comment section's notice, a comment section's disclaimer, a broadcaster's plea to share.
    '^los comentarios son (?:de )?(?:exclusiva )?responsabilidad de (?:cada autor|sus autores)|^comments are (?:the )?(?:sole )?responsibility of (?:the|their) (?:authors?|commenters?)|siga (?:o|a|nosso|nossa) (?:canal|perfil|página)\\b[^.!?]{0,40}\\sno (?:whatsapp|telegram|instagram|youtube|tiktok)\\b|^help keep family (?:&|and) friends informed|^(?:disclaimer:\\s*comments(?: posted)?(?: below| here)? do not (?:necessarily )?(?:represent|reflect) the (?:views|opinions?) of\\b|comments(?: posted)?(?: below| here)? do not (?:necessarily )?(?:represent|reflect) the (?:views|opinions?) of [^,.]{1,60}\\.(?:\\s+we reserve the right\\b|$))|^comments are closed\\b|^comments (?:will be|are) moderated\\.\\s+keep .*\\b(?:removed|banned|discretion of [^.]{1,60})\\.?$|^zu diesem (?:artikel|beitrag) ist die kommentarfunktion (?:deaktiviert|geschlossen)(?:\\.|$)|^(?:die )?kommentarfunktion\\b[^.]{0,40}\\b(?:geschlossen|deaktiviert)|^les commentaires sont fermés|^los comentarios están cerrados',
    '(?:^|[.!?|]\\s+)subscribe\\b|\\bto subscribe to our\\b|please subscribe|(?:^|[.!?:|]\\s*)abonnier(?:e|en sie)\\b|\\bjetzt abonnieren\\b(?!\\s+(?:will|wollen|möchten?|kann|können))|abonnez-vous|suscríbete',
    'follow us on (?:facebook|twitter|instagram|telegram)|^(?!affiliate)[^.!?]{0,40}affiliate[ -]?links?|^affiliate[ -]?links?(?:\\s*[:*(]|\\W*$|\\b[^.!?]{0,40}(?:\\*|\\b(?:sternchen|asterisk|this (?:page|article|post)|dieser seite|wir|uns|we|us)\\b))|^[^.!?]{0,30}ohne gewähr\\b|^(?:anzeige|werbung|advertisement)$',
    // A newsroom's plea that its journalism relies on its readers ("Our journalism is independent and relies on readers like you.").
    '\\b(?:relies|depends) on (?:the support of )?readers like you\\b|^(?:reporting|journalism|stories) like this (?:is|are) (?:made possible|funded|paid for) by (?:our )?(?:subscribers|readers|members|supporters)\\b|\\biratkozz fel\\b[^.!?]{0,60}\\bhírlevel',
    // A newsletter's plea to pass it on ("… is the single best way to help this newsletter grow."), a blog's offer of paid
    // membership ("… kannst du uns mit einer bezahlten Mitgliedschaft ab 4 Euro im Monat unterstützen"), its disclosure line
    // ("Transparenzhinweis: Dieser Beitrag ist nicht gesponsert."), a Polish site's rights line and its line over a video.
    '\\bhelp (?:this|our) newsletter grow\\b|\\b(?:kannst du|könnt ihr|können sie) uns mit (?:einer|einem) (?:bezahlten |zahlenden )?(?:mitgliedschaft|abo(?:nnement)?)\\b[^.]{0,40}\\bunterstützen\\b|^transparenzhinweis\\s*:',
    // A skip link's target line where the main text starts or ends (「ここから本文です。」, a municipal CMS's).
    '^(?:ここ(?:から|まで)(?:が)?本文(?:です|となります)?|本文(?:ここ)?(?:から|まで)|(?:start|beginning|end) of (?:the )?main content|main content (?:starts|begins) here)[。.]?$',
    // A donation box's lines of a site without a paywall ("En Cauce Digital no tenemos muro de pago.", "Súmate a la Comunidad Cauce
    // desde 50 pesos mensuales …"), a press release's share label ("Diese Pressemitteilung teilen oder weiterempfehlen:").
    '^en [^.]{1,40} no tenemos muro de pago\\.\\s+[^.]{0,80}\\b(?:gracias a|se sostienen?|aportan|apoyo|donaciones)\\b|^súmate a (?:la )?comunidad\\b[^.]{0,60}\\bdesde \\d+ (?:pesos|euros|dólares|soles)\\b|^(?:diese[nrs]?|den) (?:pressemitteilung|artikel|beitrag|meldung) (?:teilen|weiterempfehlen)(?: oder (?:teilen|weiterempfehlen))?\\s*:?$',
    '^this (?:analysis|column) (?:was originally published|originally appeared|first appeared|was first published) (?:in|on|by)\\b',
    '^(?:artykuł|tekst|materiał) (?:jest )?chroniony prawem autorskim\\.(?:\\s[^.]{0,120}\\b(?:zabronione|zgody)\\b[^.]{0,40}\\.?)?$|^(?:dalsza część|dalszy ciąg) (?:artykułu|tekstu|materiału) (?:pod|poniżej)\\b[^.]{0,40}$',
    // A Brazilian portal's podcast plug ("🎧 Ouça o podcast O Resumo, que traz toda manhã …").
    '^🎧\\s*(?:ouça|escute) o podcast\\b',
    // A guide's disclaimer that it gives no legal or tax advice ("Haftungsausschluss: Dieser Beitrag dient ausschließlich der allgemeinen Information …").
    '^(?:haftungsausschluss|rechtlicher hinweis)\\s*:[^.]{0,120}\\b(?:keine|nicht)\\b[^.]{0,60}(?:beratung|haftung|gewähr)|^(?:dieser|unser) (?:beitrag|artikel|text|ratgeber) (?:dient|ersetzt)\\b[^.]{0,60}\\b(?:keine|nicht) (?:die )?(?:individuelle |persönliche )?(?:rechts|steuer|anlage)beratung',
    // A shop's price note under its product boxes ("Preis inkl. MwSt., zzgl. Versandkosten.", "All prices include VAT, plus shipping.").
    '^\\*?\\s*(?:alle )?preise? (?:inkl\\.?|inklusive) (?:der )?(?:gesetzl(?:ichen|\\.) )?(?:mwst\\.?|mehrwertsteuer),? (?:zzgl\\.?|zuzüglich) versand(?:kosten)?(?:[.,]\\s*(?:stand|änderungen|irrtümer)\\b[^–—]*)?\\.?$|^\\*?\\s*(?:all )?prices? (?:incl\\.?|include|including) vat,? (?:plus|excl\\.?|excluding) (?:shipping|delivery)(?: costs?)?\\.?$',
    // The site's rights over its text ("… is the copyrighted property of …", "Written permission must be obtained before reprint"), its
    // affiliate disclosure ("We may receive compensation if you visit partners we recommend"), a pointer to its apps ("Sigue … en la app de …:", "Download the … app for breaking news alerts and our daily briefings").
    'is the copyrighted property of|(?:written )?permission (?:must be obtained|is required) (?:before|to|for) (?:reprint|reproduc|republish)|nachdruck nur mit|(?:^|[–—-]\\s*)veröffentlichung nur mit (?:genehmigung|zustimmung)',
    '^sigue (?:todos|todas|toda)\\b[^.!?]{0,80}\\ben la app (?:oficial )?de \\S+:|\\bwe may (?:receive|earn) (?:a )?(?:small )?(?:compensation|commission)|advertiser disclosure|download\\s(?:the|our)\\s(?:[\\w-]+\\s){0,3}apps?\\s(?:for|on)\\s(?:your\\s)?(?:ios|android|iphone)|^download our\\s(?:[\\w-]+\\s){0,3}apps? to (?:get|receive|read|stay|follow)\\b|(?:^|[.!?]\\s+)download (?:the|our)\\s(?:[\\w-]+\\s){0,3}app\\s(?:for|to get)\\s[^.!?]{0,60}\\bour\\s(?:[\\w-]+\\s)?(?:briefings?|newsletters?|coverage|journalism|reporting|stories)\\b|^[^.!?:"“”]{0,80}\\b(?:için|ile) (?:ücretsiz )?uygulamamızı (?:hemen )?indirin[.!]?(?:\\s+(?:hemen|şimdi) [iİ]ndir)?$|téléchargez (?:gratuitement )?l[\'’]appli',
    // A wire story's sign-off ("Reporting by …; Editing by …", alone or after a line on where the story first ran), a PDF reader notice, a paywall's notice.
    '^\\(?(?:originally (?:published|appeared) [^.]*\\.\\s+)?(?:additional )?reporting by [^.]*;\\s*(?:additional reporting|writing|editing) by',
    'adobe (?:acrobat )?reader[」"]?\\s*(?:が必要|is required|をお持ちでない)|PDF(?:ファイル)?を(?:ご覧|御覧)(?:いただく|になる)',
    '^この記事は有料記事です|^残り[0-9０-９,，]+文字|already (?:a )?(?:subscriber(?:\\?|[^.?]{0,30}\\b(?:log|sign)[ -]?in\\b)|member\\?\\s*(?:log|sign)[ -]?in\\b)',
    // An ad slot's label ("- Advertisement - Scroll to continue reading -", "Continue reading below advertisement"), a plea to turn off an ad blocker in the site's voice ("We urge you to turn off your ad blocker for The … website so that … our quality content"), a broadcaster's lines on its audience relations and accessibility, a wire's line on where to send corrections ("For feedback or corrections regarding this story, please contact …"), a publication's call for writers ("Want to write for us? Read our submission guidelines first."), a broadcaster's note on its transcript or on the programme that aired the story ("Dieses Thema im Programm: …"), an Indian daily's closing lines ("Catch all the Latest India News …", "See more on the HT App"), a Pakistani daily's print-edition line ("Published in Dawn, December 3rd, 2026"), an encyclopedia's line under its title, a wire's standards line, a typo notice.
    '^[-–—\\s]*(?:advertisement\\s*[-–—:·|]\\s*scroll (?:down )?to continue(?: reading)?|scroll (?:down )?to continue reading)[-–—\\s]*$|^continue reading below (?:the |this )?(?:advertisement|ad)$|^(?:we (?:urge|ask|kindly ask) you to|please) (?:turn off|disable|switch off|pause) your ad[ -]?blocker\\b[^.;]{0,100}\\bour (?:quality |independent |local )?(?:content|journalism|site|website|reporting|newsroom|work)\\b|^(?:questions|concerns|complaints)(?: (?:or|and) (?:concerns|complaints|comments))? about our (?:journalism|reporting|coverage) (?:can|may|should) be (?:sent|directed|addressed) to (?:our )?audience relations\\b|^it is a priority for [^.]{1,40} to create products that are accessible to all in [a-z]+,? including people with\\b|^for (?:feedback|corrections|comments)(?: (?:or|and) (?:corrections|feedback|comments))? (?:regarding|on|about) this (?:story|article|report),? (?:please )?(?:contact|write to|e-?mail)\\b|(?:^|[.!?]\\s+)want to (?:write|contribute) for us\\?\\s*(?:read|check|see) (?:our|the) (?:submission|contributor|writer)s?(?:\u0027|’)? guidelines\\b[^.!?]{0,40}[.!]?$|^recibe (?:cada (?:mañana|tarde|noche|día|semana|lunes|martes|miércoles|jueves|viernes|sábado|domingo)|gratis|todos los días)\\b[^.!?]{0,40}\\ben tu (?:correo|e-?mail|bandeja de entrada)\\b|^reciba\\b[^.!?]{0,60}\\ben su (?:correo|e-?mail|bandeja de entrada)\\b[^.!?]{0,80}\\b(?:noticias|boletín|titulares|análisis|newsletter)\\b[^.!?]{0,60}(?:[.!]|$)|^dieser (?:artikel|beitrag|text) gehört zu(?:m| unserem) (?:angebot|abo(?:-?angebot)?) (?:von )?\\S+[.!]\\s[^.!?]{0,100}\\b(?:abo\\w*|abonnement\\w*|geschenkt)\\b|^vet du något\\b[^?]{0,50}\\?\\s(?:hör av dig|tipsa oss|mejla oss|kontakta oss) (?:till|på|via) [^?]{0,60}\\b(?:redaktion\\w*|nyhetsdesk\\w*)\\b|^this is a rush transcript|^dieses thema im programm:|^catch all the (?:latest )?(?:[\\w-]+ ){0,3}news\\b|^(?:see|read) more on (?:the |our )?[\\w-]+ app\\b|^published in [^,.]{2,40}, [a-z]+ \\d{1,2}(?:st|nd|rd|th), 20\\d\\d\\.?$|^from \\S+, the free encyclopedia$|^our standards\\s*:',
    // A picture's reuse note ("Images may not be reproduced without permission"), an agency's reprint note after its name ("(C) KNA
    // News Agency. This article may not be reproduced …"), a press portal's under a release's picture ("Die Verwendung dieses
    // Bildes … honorarfrei"), a radio's plug after its source line ("Fuente: Radio … Escuchanos de lunes a viernes …").
    '(?:^|[.!?]\\s+)(?:images?|photos?|pictures?|photographs?) (?:may|must) not be (?:reproduced|used|copied)\\b[^.]{0,30}\\bwithout\\b[^.]{0,30}\\bpermission\\b',
    '^(?:\\(c\\)|©)[^.]{1,60}\\.\\s+this (?:article|story) may not be (?:reproduced|republished|rewritten|redistributed)\\b[^.]{0,40}\\bwithout\\b[^.]{0,30}\\b(?:permission|consent)\\.?$',
    '\\bdie verwendung dieses (?:bildes|fotos)\\b[^.!?]{0,80}\\bhonorarfrei\\b|(?:^|[.!?]\\s+)esc[uú]ch(?:anos|á) (?:de lunes a|todos los|en vivo|por la)\\b',
    // A pointer to the site's video channel ("Katso valtuuston kokouksen tallenne kunnan YouTube-kanavalta."), an event's early-booking pitch.
    '^(?:katso|watch|see|schauen sie|regardez)\\b[^.!?]{0,80}\\b(?:our|unserem|notre|kunnan|kaupungin) (?:youtube|vimeo)[- ]?(?:kanavalta|channel|kanal|chaîne)\\b[^.!?]{0,20}[.!]?$|(?:^|[.!?]\\s+)register (?:by|before|until) .{2,20}? and save (?:up to )?[$€£]\\s?[\\d,.]+[.!]?$',
    // A subscription's gift offer ("Als Abonnentin oder Abonnent können Sie jeden Monat fünf Plus-Artikel … verschenken", "Subscribers can share up to 10 gift articles each month.").
    '^als (?:abonnent(?:in)?(?: oder abonnent(?:in)?)?|abonnent\\*in),? (?:können sie|kannst du)\\b[^.!?]{0,60}\\b(?:artikel|beiträge)\\b[^.!?]{0,60}\\bverschenken|^as an? subscriber,? you can gift (?:up to )?(?:\\d+|one|two|three|five|ten) (?:free )?(?:articles|stories)\\b|^subscribers can (?:share|gift|send) (?:up to )?(?:\\d+|one|two|three|five|ten) gift (?:articles|stories) (?:each|every|a|per) month\\.(?:\\s|$)',
    // A broadcaster's title line under its player, its length last ("Video: Pflege mit Migrationsgeschichte: … (4 Min)").
    '^(?:video|audio)\\s*:\\s*.{5,150}\\(\\s*\\d{1,3}(?::\\d{2})?\\s*(?:min|minuten|sek|sec)\\.?\\s*\\)$',
    // A pointer to the site's page of local news ("Retrouvez toute l'actualité de … sur notre page dédiée."), a release's number line
    // ("Comunicato stampa n. 214/2026 – Ufficio Stampa …"), its leave to publish ("Diese Pressemitteilung ist zur Veröffentlichung frei.").
    '^retrouvez (?:toute |toutes )?(?:l[\u0027’]actualité|les (?:infos|informations|articles))[^.]{0,100}\\bsur notre (?:page|site|application|appli|fil)\\b',
    '^(?:comunicato stampa|pressemitteilung|presseinformation|communiqué de presse|comunicado de prensa|press release) (?:n(?:r|o|º|°)?\\.?\\s?)?\\d+(?:\\/\\d{2,4})?(?:\\s*[–—|-]\\s*[^.]{0,80})?$',
    '^diese (?:pressemitteilung|presseinformation|pressemeldung|meldung) ist zur (?:honorarfreien )?(?:veröffentlichung|verwendung|publikation) (?:frei|freigegeben)\\b',
    // A pointer to the site's corrections policy ("… is committed to accuracy and fixes mistakes promptly. Read our corrections policy …").
    '(?:^|[.!?]\\s+)(?:read|see|review) our (?:corrections?|ethics|editorial|standards) polic(?:y|ies)\\b',
    // A paywall's offer to read on at a price ("Läs vidare för 1 kr den första månaden."), its note that the story is a gift or for subscribers ("Cet article vous a été offert …", a premium badge's "Cet article est réservé aux abonnés", "Luet tilaajan sinulle lahjoittamaa artikkelia.", "Du leser nå en sak for abonnenter.", "Du leser nå en plussak fra Fjordposten"), a player's loading line, a metered paywall's count ("Du läser en gratisartikel. Du har 2 av 5 gratisartiklar kvar den här månaden.").
    '^(?:läs vidare|les videre|læs videre|weiterlesen|lesen sie weiter|read on|continue reading|lire la suite|få tilgang|få adgang|få tillgång)\\b[^.!?]{0,80}\\s(?:for|för|für|pour|por) (?:nur |only |just |seulement )?\\d+(?:[.,]\\d+)? ?(?:kr|krone|krona|kronor|€|euro|\\$|£|zł)(?![\\w])[^.!?]{0,40}(?:[.!]|$)|^cet article vous est offert par [^.!?,]{1,60}[.!]?$|^(?:cet article vous a été offert\\b|this (?:article|story) (?:was|has been) gifted to you\\b|luet tilaajan sinulle lahjoittamaa (?:artikkelia|juttua)\\b|přehrávání se spustí za okamžik\\b|playback will (?:start|begin) (?:shortly|in a moment)\\b|du leser nå en (?:(?:sak|artikkel) for abonnenter|(?:pluss?|\\+)(?:sak|artikkel) fra\\s)|du læser (?:nu )?en artikel for abonnenter|du läser (?:nu )?en artikel för prenumeranter)\\b|^(?:cet )?article (?:est )?réservé aux abonnés\\.?$|^(?:this (?:article|story) is )?(?:for|exclusive to) subscribers(?: only)?\\.?$|(?:^|[.!?]\\s+)(?:(?:você )?leu|has leído|vous avez lu|you(?:\u0027ve| have) read) \\d+ (?:de|of|sur) \\d+ (?:artigos|artículos|articles|stories)\\b[^.]{0,30}(?:[.!]|$)',
    '(?:^|[.!?]\\s+)(?:du har|you have|sie haben(?: noch)?|il vous reste|te quedan|je hebt nog)\\s\\d+\\s(?:(?:av|of|von|de|van)\\s\\d+\\s)?(?:free |kostenlose |gratis ?)?[\\w-]*(?:artikel|articles?|artiklar|artículos|stories|artikelen)\\b[^.]{0,20}\\b(?:kvar|left|remaining|übrig|restants?)\\b[^.,;]{0,30}(?:[.!]|$)',
    // An ad slot's line that the story goes on after it ("Článek pokračuje pod reklamou", "Pokračování článku pod reklamou", "Story continues below advertisement", "Anzeige – Artikel wird unterhalb fortgesetzt").
    '^(?:článek|článok) pokračuje pod reklamou|^(?:pokračování|pokračovanie) článku pod reklamou[.…]?$|^(?:the )?(?:story|article) continues (?:below|after) (?:the |this )?(?:advertisement|ad)\\.?$|^(?:anzeige\\s*[–—-]\\s*)?(?:der )?artikel (?:geht|wird) (?:(?:unter|nach) der (?:anzeige|werbung)|unterhalb) (?:weiter|fortgesetzt)|^weiter nach der (?:anzeige|werbung)$|^artikeln fortsätter (?:under|efter) annonsen|^(?:l[\u0027’]article continue|la suite de l[\u0027’]article (?:se trouve |est )?) ?(?:sous|après) (?:la|cette) publicité|^(?:la suite|votre lecture (?:se poursuit|continue)) (?:de l[\u0027’]article )?(?:sous|après) (?:la|cette) (?:publicité|annonce)\\.?$|^el artículo continúa (?:después de|debajo de|tras) la publicidad|^artykuł (?:czytaj )?dalej (?:pod|pod tą) reklamą|^l[\u0027’]articolo (?:continua|prosegue) (?:dopo|sotto) la pubblicità(?!,?\\s+(?:di|del|della|dei|delle|che|e|per|in|su|a|al|alla|con|da|nel|nella)\\b)|^continua a leggere (?:dopo|sotto) la pubblicità|^(?:a )?(?:reportagem|matéria|notícia) continua (?:após|depois d[ao]|abaixo d[ao]) (?:a )?(?:publicidade|anúncio)|^continua (?:após|depois d)a publicidade|^het artikel gaat (?:verder )?(?:onder|na) de advertentie',
    // A broadcaster's line on the programme a report aired in ("Reportaje emitido en la edición de mediodía …").
    '^(?:reportaje|noticia|pieza|entrevista|información) emitid[oa] (?:en|el|ayer|hoy)\\b',
    // A think tank's line under its commentary: who produces it and that it takes no positions ("Commentary is produced by …, a private, tax-exempt institution …").
    '^(?:this )?(?:commentary|analysis|brief|publication|critical questions|report) (?:is|are) produced by (?:the )?[^.]{3,100}, an? (?:private|independent|nonpartisan|non-partisan|nonprofit|non-profit)\\b[^.]{0,100}\\b(?:institution|think tank|institute)\\b',
    // A members-only notice with its way in ("Members only: The full note … is in the Members’ Area. Please log in …"), a line for the press office.
    '^(?:members[- ]only|nur für mitglieder|réservé aux (?:membres|adhérents)|solo (?:para )?socios)\\s*:[^!?]{0,200}\\b(?:please (?:log|sign) ?in|(?:log|sign) ?in (?:to|and) (?:download|read|view|access|see)|members[’\\u0027]? area|bitte (?:melden sie sich an|einloggen)|connectez-vous)\\b',
    '^(?:for (?:all )?(?:media|press) (?:enquiries|inquiries|queries)|for interviews? (?:requests? )?with [^.,!?]{2,60}\\bexperts?|für (?:presse|medien)anfragen)\\b,? (?:please )?(?:contact|call|e-?mail|wenden sie sich an)\\b[^!?]{0,120}(?:[\\w.+-]+@[\\w-]+\\.[a-z]|\\+?\\d[\\d ()-]{6,}\\d)',
    // A short question asking the reader to write to the site's address ("Masz ważną informację? Napisz do nas: …@…"), not a story's question answered with an address.
    '^[^.!?]{8,60}\\?\\s[^.!?]{4,60}\\?\\s(?:napisz do nas|write to us|e-?mail us|schreiben sie uns|contact us|écrivez-nous|escríbenos|scrivici)\\b[^?]{0,150}\\b[\\w.+-]+@[\\w-]+\\.[a-z]',
    '^(?:[^.!?]{8,60}|haben sie (?:einen hinweis|eine geschichte|ein thema)[^.!?]{0,50})\\?\\s(?:napisz|pisz|write|e-?mail|contact|schreiben|send|wyślij|skontaktuj|kontaktieren|escr[ií]b|écrivez|scrivi|(?:napište|pište) nám|(?:mejla|maila|skriv till|kontakta|tipsa) oss|(?:schrijf|mail|stuur) ons|(?:kirjoita|lähetä)(?: vinkki)? (?:meille|toimitukselle)|scrie-ne|trimite-ne)[^?]{0,150}\\b[\\w.+-]+@[\\w-]+\\.[a-z]',
    // A Dutch tip question with its address ("Heb jij een tip of een verhaal voor onze redactie? Mail naar …"); a Norwegian, Danish or English one opening the line ("Vet du mer om denne saken? Tips oss på … tips@…", "Do you know more about this story? Get in touch with our reporters …"), not a quote; the line after such a question ("Contact the … newsroom securely through our confidential tip-off form …").
    '^contact (?:the |our )?[^.,]{0,40}\\b(?:newsroom|news ?desk|reporters|journalists|investigations team)\\b[^.,]{0,10}\\b(?:securely|confidentially)\\b[^.,]{0,30}\\bour (?:confidential |secure )?tip-?off\\b|^do you know (?:more|anything more|something) about this story\\?\\s(?:get in touch|contact|tell|e-?mail|message)\\s(?:with\\s)?(?:us|our)\\b(?![^?]*,[^,?]{0,30}\\b(?:said|says|wrote|asked)\\b)[^?]{0,150}$|^(?:vet|ved) du (?:mer|mere|noe|noget)\\b[^.!?:–—]{0,50}\\?\\s(?:tips oss|tip os)\\b(?![^?]*,\\s*(?:sier|sa|siger|sagde|skriver|lyder)\\b)[^?]{0,150}\\b[\\w.+-]+@[\\w-]+\\.[a-z]|^(?:máte|máš) tip na (?:článok|článek|tému|téma|príbeh|příběh|reportáž)\\b[^.!?]{0,30}\\?\\s(?:napíšte|napište|napíš|pošlite|pošlete)\\b[^?]{0,60}\\b[\\w.+-]+@[\\w-]+\\.[a-z]|^(?:heb (?:jij|je)|heeft u|hebt u) een tip\\b[^.!?]{0,60}\\?\\s(?:mail|stuur|app|bel)\\b[^?]{0,100}\\b[\\w.+-]+@[\\w-]+\\.[a-z]|^(?:zag|weet|heb|hoorde) (?:jij|je|u)\\b[^.!?]{0,80}\\b(?:dit (?:verhaal|artikel|nieuws(?:bericht)?)|een (?:nieuws)?tip)\\b[^.!?]{0,20}\\?\\s(?:laat (?:het )?(?:ons|de redactie) weten|tip (?:ons|de redactie))\\s(?:via|op|door|met)\\b[^?]{0,80}$',
    // An invitation to write to the desk opening the line, with its address or naming the desk ("Schreiben Sie uns, was Sie bewegt. Die Redaktion …").
    '^(?:schreiben sie uns|write to us|napisz do nas|escríbenos|écrivez-nous|scriveteci|schrijf ons)\\b[^?]{0,200}(?:[\\w.+-]+@[\\w-]+\\.[a-z]|\\b(?:redaktion|redakcj\\w*|newsroom|redazione|redactie)\\b)',
    // A service box's question and its office to call ("Heeft u vragen over uw inburgering? Neem dan contact op met …").
    '^[^.!?]{0,100}\\b(?:heeft u|have you got|do you have|haben sie)(?: nog)? (?:vragen|questions|fragen)\\b[^.!?]{0,80}\\?\\s+(?:neem (?:dan )?contact op|contact us|call us|wenden sie sich|kontaktieren sie uns|rufen sie uns)\\b(?![^.!?]*,\\s*(?:heißt es|hieß es|steht|staat|stond|zegt|zei|schrijft|schreibt|says|said|sagt|sagte|reads|wrote|aldus)\\b)[^.!?]{0,150}[.!]?$',
    // A story the reader might know of, and where to write ("Si conoces una historia de tu pueblo que debamos contar, escríbenos a …").
    '^(?:si (?:conoces|tienes|sabes de)|if you (?:know of|have)|wenn sie|se (?:conosci|hai))\\b[^.?!]{0,20}\\b(?:una|alguna|a|eine)\\s(?:historia|story|geschichte|storia)\\b[^.?!]{0,60},\\s*(?:escríbenos|write to us|e-?mail us|contact us|let us know|schreiben sie uns|scrivici|get in touch)\\b',
    // A short question asking the reader to write to the desk, no address ("Hai una storia da segnalarci? Scrivi alla redazione Esteri").
    '^[^.!?]{8,70}\\?\\s(?:scrivi|scriveteci|schreiben sie uns|write to us|escríbenos|écrivez-nous|écrivez à la rédaction)\\b[^.!?]{0,60}[.!]?$|^du (?:möchtest|willst) auch\\b[^.!?]{0,60}\\?\\s[^?]{0,120}\\b(?:melde dich|meldet euch)\\b[^?]{0,80}\\b[\\w.+-]+@[\\w-]+\\.[a-z]|^(?:ha hibát találtál(?: a cikkben)?|if you (?:spot|find|found|notice) (?:an? )?(?:error|mistake|typo) in (?:this|the|our) (?:article|story|report|piece)|wenn (?:sie|du) einen fehler im (?:artikel|text|beitrag) (?:finden|findest|gefunden)|si (?:vous )?(?:trouvez|avez trouvé|repérez) une erreur dans (?:cet|l[\u0027’]) ?article)\\b[^.!?]{0,60}, (?:írj nekünk|(?:please )?(?:e-?mail|write to|contact|tell) us|schreiben sie uns|schreib uns|écrivez-nous)\\b[^?]{0,80}[\\w.+-]+@[\\w-]+\\.[a-z]',
    // A Brazilian site's rights line ("O conteúdo do <Site> é protegido pela Lei de Direitos Autorais.").
    '^o conteúdo d[oa] [^.]{1,60} (?:é|está) protegido pela lei (?:de direitos autorais|n?º? ?9\\.?610)(?:\\.|$)',
    // A tabloid's pointer to its video, an Italian rights line, a travel disclosure ("O PÚBLICO viajou a Pequim a convite do …"),
    // a paywall's note that the subscription is in use on another device.
    '^scroll down for (?:videos?|more)\\b|riproduzione riservata|^(?:(?:o|a) (?:público|jornalista|repórter|enviad[oa])\\b[^.!?]{0,40} viajou (?:a|para|até) [^.!?]{0,60}a convite d|the (?:writer|author|reporter|journalist) travell?ed to [^.!?]{0,60}(?:as a guest of|at the invitation of|courtesy of))(?![^.!?]*\\b(?:was|were|is|foi|é|where|onde|who|but|mas)\\b)[^.!?]{0,80}\\.?$',
    '^(?:tu |your |votre )?(?:suscripción|subscription|abonnement) (?:se está usando|is being used|est (?:déjà )?utilisé) (?:en|on|sur) (?:otro|another|un autre) (?:dispositivo|device|appareil)|^(?:si continúas leyendo|if you continue reading|si vous continuez à lire) (?:en|on|sur) (?:este|this|cet) (?:dispositivo|device|appareil)',
    '^(?:found an? (?:typo|mistake|error)\\?|if you (?:have )?(?:found|find|notice|spot)\\w* an? (?:spelling |grammar |factual )?(?:error|mistake|typo))[^.]{0,100}?\\bctrl\\s*\\+\\s*enter',
    // The same in other languages ("Якщо ви помітили помилку, виділіть … і натисніть Ctrl + Enter, щоб повідомити …"), a whole
    // line naming the error and telling the newsroom (not a how-to's "select the range and press Ctrl + Enter").
    '^[^.]{0,80}(?:помилк|ошибк|chyb|błęd|błąd|fehler|erreur|errore|error|mistake|typo)[^.]{0,100}?ctrl\\s*\\+\\s*enter[^.]{0,40}(?:повідом|сообщ|report|let us know|tell us|notify|melden|mitteil|signal|zgłoś|nahlás|oznámit|napište|inform)[^.]{0,80}\\.?$',
  ].join('|'),
  'i',
);
/**
 * An embed's placeholder asking the reader's consent before it loads a network's content ("… ohne dein Einverständnis keine
 * Verbindung zu Twitter her", "Wir benötigen Ihre Zustimmung, um den Inhalt von Twitter anzuzeigen"); `READER` must address
 * the reader, as a story on a network's use of its users' content does not ("Meta braucht keine Einwilligung der Nutzer, …").
 */
const EMBED_CONSENT =
  /(?:einverständnis|einwilligung|zustimmung|consent)[^.]{0,60}\b(?:verbindung|inhalte?|content|connect)\w*[^.]{0,30}\b(?:twitter|youtube|instagram|facebook|tiktok|drittanbieter\w*|third[- ]part(?:y|ies))/i;
/**
 * A video's consent placeholder worded as its terms or an order ending the line, maybe before its settings link ("Mit dem
 * Laden des Videos akzeptieren Sie …", "Aby obejrzeć materiał wideo, zaakceptuj pliki cookies dostawcy YouTube.").
 */
const VIDEO_CONSENT =
  /^(?:mit dem laden des (?:videos|inhalts)\b[^.]{0,20}\bakzeptieren Sie\b|aby (?:obejrzeć|zobaczyć|odtworzyć)[^.]{0,60}\bzaakceptuj (?:pliki )?cookies?\b[^.,]{0,40}(?:\.\s*[^.]{0,40})?$)/i;
/**
 * Words addressing the reader (case-sensitive: "Ihre", "Sie" mid-sentence are the polite "your", "you"; "ihre", "sie" and a
 * sentence's opening "Sie" the story's "their", "they", unless it offers "Sie können … widerrufen"), or a placeholder's
 * impersonal form: consent "required to display" it, "… erforderlich." ending the line (not a story's "consent to display").
 */
const READER =
  /\b(?:Ihr|[Dd]ein|(?:[Yy]our?|[Dd]u|[Ww]ir|uns)\b)|(?<!^|[.!?]\s)\bSie\b|^Sie können [^.]{0,120}\b(?:widerrufen|ändern|erteilen|aktivieren)\b|\b(?:required|necessary|needed) to (?:display|load|show|view)\b|(?:erforderlich|notwendig)\.?$/;
/**
 * A consent placeholder in the embed's place, addressing the reader: "Cliquez pour accepter les cookies marketing et activer ce contenu" (Complianz's),
 * "Deze video wordt pas geladen als je cookies voor YouTube accepteert.", "Pro přehrání videa je potřeba souhlas s cookies třetích
 * stran."; a line of its own, as no story's sentence is.
 */
const COOKIE_PLACEHOLDER =
  /^(?:(?:click|cliquez|klik|klicken sie|haz clic|clicca|kliknij)(?: here| ici| hier| aquí| qui| tutaj)?,? (?:to|pour|om|um|para|per|aby) (?:accept\w*|akzeptier\w*|acept\w*|accett\w*|zaakceptować)(?!\w)[^.]{0,30}\bcookies?\b|(?:this|deze|dit|diese[sr]?|ce(?:tte)?|este|esta|questo|questa) (?:video|vidéo|vídeo|content|contenu|contenido|contenuto|inhoud|inhalt|embed)\b[^.]{0,60}\b(?:you|je|jij|u|vous|tu|du|sie)\b[^.]{0,20}\bcookies?\b[^.]{0,40}\b(?:accept\w*|akzeptier\w*|acept\w*|accett\w*)\b|(?:[^.]{0,80}\.\s+)?(?:for (?:å|at)|för att) (?:vise|visa|se)\b[^.]{0,30}\b(?:må|skal|måste) du\b[^.]{0,10}\b(?:godta|acceptere|godkänna|samtykke)\w*[^.]{0,40}\b(?:informasjonskapsler|cookies?|kakor)\b[^.,]{0,40}\.?$|(?:to (?:play|view|watch) (?:this|the) video|pro přehrání videa|pour (?:lire|voir|regarder) (?:cette|la) vidéo|para ver (?:este|el) vídeo),? (?:je potřeba|you (?:need|must|have) to|vous devez|debes|necesitas|is required)\b[^.]{0,40}\b(?:souhlas|consent|consentement|consentimiento|accept\w*)\b[^.]{0,30}\bcookies?\b)(?![^.]*,\s*(?:\S+\s){0,3}(?:said|says|found|advised?|warn(?:s|ed)?|told|wrote)\b)[^.]{0,60}(?:\.\s*[^.]{0,40}\.?)?$/i;
/** A pitch to subscribe, case-sensitive: "…: Subscribe for just $1 a week", "abonnieren Sie jetzt …" (not "abonnieren sie es", they). */
const PITCH = /:\s+Subscribe\b|:\s+[Ss]ubscribe (?:now |today )?for (?:just |only )?[$€£\d]|\b[Aa]bonnieren Sie (?:jetzt|hier|unser)/;
/**
 * An editor's note on the piece (its print edition, where it first ran, an earlier version, its editing, whose views it
 * holds, the agencies it draws on, when the broadcaster reported it, who paid for the reporting, where to send a tip or a
 * correction, that it is no professional advice, that it is also in another edition's language), a blog's plea for support, a newsletter's offer to the reader's inbox,
 * or a blog's post footer ("This entry was posted in … Bookmark the permalink.", the WordPress themes' line in their
 * translations), which may quote a headline.
 */
const EDITORS_NOTE =
  /^(?:editor['’]s note|anmerkung der redaktion|note de la rédaction|nota de la redacción|nota del editor)\s*:|^this (?:program(?:me)?|podcast|show|series|project) is (?:supported|funded|made possible) (?:in part )?by (?:the )?[^.,]{2,60}\b(?:foundation|fund|trust)\.?$|^(?:(?:reporting|research|travel|support) for this (?:article|story|series|project|report)|this (?:article|story|report|series|project|reporting)) (?:was|is) (?:supported|funded|made possible|paid for)(?: in part)? by (?:a |an )?(?:grant|fellowship|funding) from\b|^(?:have|got) a (?:news |story )?(?:tip|correction)\b[^.?]{0,40}\?|^hai una (?:notizia|segnalazione)\b[^.?]{0,40}\b(?:alla|per la) redazione\b[^.?]{0,20}\?|^har du (?:et|ett|en) (?:tip|tips|nyhedstip|nyhetstips)(?: til (?:os|oss|redaktionen|redaksjonen|avisen|(?:[^?]{0,30}\s)?(?:dr|nrk|tv ?2)(?=[\s?])[^?]{0,30}))?\s?\?$|^imate li (?:zanimljivu |neku )?(?:priču|vijest|fotografiju|video|dojavu)[^?]{0,60}\?\s+(?:javite nam|pišite nam|pošaljite nam|kontaktirajte nas)\b|^har du (?:et|ett|en) (?:tip|tips|nyhedstip|nyhetstips)\s?\?\s+(?:skriv|send|mail)\b|^some (?:information|material|reporting) (?:for|in) this (?:report|story|article) (?:came|comes) from\b|^published in the print edition of\b|^this is an? (?:analysis|opinion|column|commentary)(?: piece)? (?:by|from) (?:an? |the )?[^.]{0,40}\b(?:journalist|columnist|correspondent|reporter|writer|contributor)\b|^artykuł ukazał się w wydaniu drukowanym\b|^questo articolo (?:è|e') (?:stato )?pubblicato anche (?:sul|nel|in) (?:numero|giornale|settimanale|cartaceo|edizione)\b|^článek (?:vyšel|byl (?:publikován|otištěn)) (?:také|rovněž) v tištěném\b|^cet article (?:est paru|a été publié) dans (?:notre |l['’])édition (?:papier|imprimée)\b|^cet article est paru dans [^.]{1,60}, (?:édition|numéro) [^.]{1,60}\bdu (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2}(?: [a-zéû]+)?(?: \d{4})?\.?$|^this (?:news )?(?:item|article|post|story) was (?:published|posted|written) by the [^.]{2,40} on behalf of\b|^(?:(?:parish|town|city|district|county|village|community) )?council meetings are open to the public\.\s[^]{0,300}\bagendas? (?:are|is) published\b|^this embedded content (?:could not|cannot|can['’]t) be (?:displayed|shown|loaded)\b|^this (?:content|video|embed) (?:is|has been) blocked because you (?:have not|haven['’]t) accepted\b|^deze (?:video|inhoud) wordt niet (?:getoond|weergegeven) omdat (?:je|u) geen cookies\b|^(?:this (?:story|segment|report|interview) (?:aired|was broadcast) on [^.]{1,60}\.\s)?transcripts? of (?:[\w'’]+ ){0,3}(?:stories|programs|programmes|shows|episodes|segments|broadcasts) (?:are|is) (?:(?:generated|produced|created) by (?:a |an )?(?:computer|machine|software|automated)|machine[- ]generated|computer[- ]generated)\b[^.]{0,80}\b(?:edited|check|errors?|accuracy)\b|^[^.]{1,40}['’]s (?:reporting|coverage|journalism) (?:on|of|in|about) [^.,]{1,80} is (?:supported|funded|made possible) (?:in part )?by (?:the |a )?[^.,]{0,60}\b(?:foundation|fund|trust|endowment)\b|^materiał oryginalny:\s|^sign up to (?:receive|get) (?:the )?latest\b[^.]{0,80}\b(?:to|in) your inbox\b|^cliquez sur «?\s?j['’]accepte\s?»? pour autoriser les cookies\b[^.]{0,40}\bafficher ce contenu\b|^this (?:video|content) is hosted on [^.]{2,30}\.\s+you (?:need|have) to accept (?:marketing |third[- ]party |all )?cookies to (?:watch|view|see|play)\b|^clique em «?\s?aceitar\s?»? para (?:desbloquear|ver|exibir|mostrar) (?:o|este) conteúdo\b|^deze video wordt afgespeeld via (?:een )?(?:externe|andere) (?:speler|dienst|website|partij)\b|^(?:adverteren in|advertise (?:with|in)|werben (?:in|im|bei))\b[^?]{2,60}\?\s(?:bekijk|kijk|neem contact|mail|bel|see|contact|visit|find|informieren sie|kontaktieren sie)\b|^(?:puede|pueden) (?:descargar|consultar)\b[^.]{0,100}\b(?:apartado|sección) de descargas de (?:esta|este) (?:nota|página|comunicado|noticia)\b|^catch the latest news from\b[^.]{0,60}\bonly on\b|^mit material (?:von|der|des|aus) (?:de[nmr] )?[\w-]+(?:(?:,\s*|\s+und\s+|\s*\/\s*)[\w-]+){0,3}\.?$|^über dieses thema berichtete\b[^!?]{0,120}\b(?:am \d|uhr|sendung|tages|nachrichten|radio|fernsehen)|^een versie van dit artikel verscheen\b|^dit (?:artikel|stuk|verhaal|interview) verscheen (?:eerder|eerst|oorspronkelijk|ook)\b|\b(?:wpisz|podaj) nasz (?:numer )?KRS\b|^projekt\b[^.]{0,80}\bjest realizowany\b[^.]{0,40}\b(?:z dofinansowaniem|ze środków|z funduszy)\b[^.,]{0,60}\b(?:EOG|UE|Unii Europejskiej|Funduszy Europejskich)\b[^.,]{0,80}(?:\.|$)|^este (?:artigo|texto|artículo) (?:foi|fue) publicado (?:originalmente )?(?:na|en la) edição impressa\b|^este (?:artículo|texto) (?:fue|se) publicó (?:originalmente )?en la edición impresa\b|^dieser (?:artikel|beitrag|bericht|text) ist (?:erstmals|zuerst) am\b|^dieser (?:artikel|text|beitrag) wurde am\b[^!?]{0,50}\baktualisiert\.?$|^dieser (?:text|artikel|beitrag) wurde mit künstlicher intelligenz (?:vertont|erstellt|übersetzt)|^[^.]{0,100}\bcontributed (?:reporting )?to this (?:report|story|article)\.?$|^this (?:article|story|fact[- ]check) was (?:produced|written|reported) by (?:the )?[^.]{0,60}\bteam\b|^want to republish this (?:article|story)\b|^(?:denne (?:saka|saken|artikkelen|nyheita|nyheten|artikel|nyhed)|denna (?:artikel|nyhet|text))(?: er| är) (?:òg |også |även |ogsaa )?(?:tilgjengeleg|tilgjengelig|tillgänglig|tilgængelig) på |^this (?:article|story|piece) is (?:also )?available in [a-z]+(?:(?:,| and| or) [a-z]+){0,3}(?: (?:on|at|in|via|here)\b[^.,]{0,60})?\.?$|^(?:for (?:further|more) information,? (?:please )?contact:?|contact (?:the )?(?:reporters?|authors?|editors?|writers?)) [^@]{1,100}@|^dieser (?:bericht|artikel|beitrag|text) (?:erscheint|erschien) (?:auch|zuerst) (?:in|im|auf)\b|^this (?:article|essay|story|piece) appear(?:s|ed)? in (?:the )?[\w ]{0,30}(?:print edition|\bissue of\b)|(?:^|[.!?]\s+)if (?:this|our) (?:analysis|article|essay|story|piece|post|reporting|newsletter|work) (?:was|is|has been) (?:useful|helpful|valuable|informative)(?: to you)?, (?:please )?consider (?:becoming an? (?:paid )?(?:member|subscriber|supporter|patron)|supporting (?:us|our work)|a donation)\b|^if you (?:find|found) (?:this|these|my|our) [^.,]{0,30}\b(?:useful|helpful|valuable),? (?:there is|there's|you can|please|consider)\b[^.]{0,60}\b(?:tip ?jar|buy me a coffee|patreon|ko-fi)|^if you (?:enjoy|enjoyed|like|liked|value|appreciate)\b[^.]{0,60}, (?:please )?(?:consider )?(?:you can )?(?:(?:support|supporting) (?:the|this|my|our) (?:blog|site|newsletter|podcast|work|journalism|writing)\b|donat|buy me|becom(?:e|ing) an? (?:member|subscriber|patron|supporter)(?: of (?:the )?[a-z][^.,]{0,40})?(?: today| now)?[.!]?$)|^this (?:analysis|article|content|information|post|report|material|publication)\b[^.]{0,50}\b(?:does|do) not constitute (?:legal|financial|investment|tax|medical|professional)\b[^.]{0,40}\badvice\b|(?:^|[.!?]\s+)(?:views|opinions) (?:are|expressed)\b[^.]{0,30}\bown\b[^.]{0,20}\bnot (?:investment|financial|legal) advice\.?$|^get (?:these|our|the|this)\b[^.]{0,40}\bin(?:to)? your inbox\b|^the [\w -]{0,30} version of this (?:article|essay|story|piece) (?:was|is) (?:first |originally )?published (?:in|on|by)\b|^(?:this )?(?:article|essay|story|piece|commentary) (?:was originally published|originally appeared|first appeared|first published) (?:(?:in|on|by)\b|[a-z]+ \d{1,2}, \d{4})|^this (?:article|essay|story|piece|commentary) is part of (?:a|an|our|the|[\w&.-]+['’]s)\b[^.]{0,80}\bseries\b|^(?:[^.!?]{1,40},? part \d+\.\s+)?this (?:article|essay|story|piece|commentary|post) is the (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|latest|\d+(?:st|nd|rd|th))(?: (?:part|instal?lment|installment|entry))? (?:of|in) our\b[^.]{0,80}\bseries\b|^originally (?:published|appeared) (?:on|by|at)\b(?![^.!?]*, (?:the|it|he|she|they|its|his|her|their|we)\b[^.!?]*\b(?:\w+ed|went|sold|was|were|is|are|became|won|had|has|made|took)\b)[^.!?]{0,80}\.?$|^a version of this (?:article|essay|story|piece) appear(?:s|ed)? (?:in|on)|^this (?:interview|conversation|transcript) (?:has been|was) (?:lightly )?(?:edited|condensed)(?: and (?:edited|condensed))? for (?:length|clarity|brevity|space)|\bbookmark the permalink|lesezeichen auf den permalink|en favoris avec ce permalien|guarda el enlace permanente|^(?:disclaimer:\s*)?(?:the )?(?:views|opinions) expressed (?:in this (?:article|essay|commentary|column|piece|post) |here(?:in)? )?are (?:(?:solely )?those of the authors?|the authors?['’]?s?['’]? own)(?: and (?:do|does) not (?:necessarily )?(?:reflect|represent) [^.]*)?\.?$/i;
/** How long a stock line may run: a line or two, longer when it opens as a rights notice (the terms of reprint after "© 2022, …") or as a think tank's line on itself. */
export const maxStockLine = (text: string) =>
  /^(?:©|\(c\)\s*\d{4}|copyright\b|(?:this )?(?:commentary|analysis|brief|publication|critical questions|report) (?:is|are) produced by\b|(?:\w+ )?council meetings are open to the public\.|comments (?:will be|are) moderated\.)/i.test(
    text,
  )
    ? 500
    : 250;
/** Names in a credit line, case-sensitive: capitalised words, "and", "in", "of", "the", "y la", commas ("Jane Doe in Kabul and CNA"), no verb. */
const NAMES =
  "(?:[\\p{Lu}\\d][\\p{L}\\d./'’-]*|and|in|of|the|de|y|from)(?:,?\\s(?:[\\p{Lu}\\d][\\p{L}\\d./'’-]*|and|in|of|the|de|del|la|el|y|from)){0,11}";
/**
 * The site answering for nothing it quotes or links to, in a sentence of its own: "TASS is not responsible for the material
 * quoted from other media.", "The BBC is …"; not "Meta is not responsible for content on other platforms, the company argued".
 */
const NO_RESPONSIBILITY =
  /^(?:The )?(?:\p{Lu}[\p{L}.&'’-]*\s){1,3}(?:is|are) not responsible for (?:the )?(?:content|material)s? (?:of|quoted from|from|on) (?:external|other|third[- ]party|linked|outside)\b[^,.]{0,60}(?:\.|$)/u;
/**
 * The site asking readers to report an error, a question alone or then asking them to write to the newsroom ("Vous avez
 * repéré une erreur ou une faute d’orthographe ? Signalez-la à la rédaction.", "Sie haben einen Fehler entdeckt oder eine
 * Anmerkung zu diesem Artikel? Schreiben Sie der Redaktion.", "Našli jste v článku chybu? Napište nám, …"); not an advice story's "Found an error? The agency says …".
 */
const REPORT_ERROR =
  /^(?:(?:vous avez|avez-vous) (?:repéré|remarqué|trouvé|vu) une (?:erreur|faute)|(?:sie haben|haben sie) einen fehler (?:entdeckt|gefunden|bemerkt)|našli jste (?:v článku )?chybu|(?:have you |did you )?(?:spotted|spot|found|find|noticed|notice) (?:an? )?(?:error|mistake|typo))\b(?:[^.!?]{0,50}\b(?:article|artikel|beitrag|story|texte|orthographe))?\s?\?(?:\s[^.!?]{0,20}\b(?:signalez|contactez|écrivez|let us know|tell us|contact us|email us|write to us|report it|schreiben sie|melden sie|teilen sie uns|kontaktieren sie|napište nám)\b[^.!?]{0,60}[.!]?)?$/i;
/** The site saying, in a sentence of its own, that readers pay for it: "The Kyiv Independent is funded by readers like you." */
const READER_FUNDED =
  /(?:^|[.!?]\s+)(?:The )?(?:\p{Lu}[\p{L}.&'’-]*\s){1,3}(?:is|are) (?:funded|supported|made possible|sustained) (?:entirely |mainly |largely )?by (?:readers|members|listeners|viewers|supporters) like you[.!](?:\s|$)/u;
/**
 * Who else reported or edited the piece, a line of names: "Additional reporting by CNA", "With reporting by RFE/RL's Kazakh Service, Reuters, and TASS", "(- )With inputs from PTI", "(With inputs from agencies)", "With files from Reuters and The Canadian Press", "Con información de EFE y Reuters", a Mexican daily's editors' initials ("avr/rmlgv"), "Contributing: The Associated Press", "Additional input by our correspondent in Landi Kotal", "Mike Ives contributed reporting from Seoul.", "[Edited by Alice Taylor]",
 * "Edited by: Martin Kuebler" (a book list's "Edited by Zadie Smith" stays).
 */
const CREDIT_LINE = new RegExp(
  `^(?:[-–—]\\s*|\\()?(?:(?:[Aa]dditional|[Ww]ith) [Rr]eporting (?:by|from) ${NAMES}|(?:(?:[Ww]ith (?:[Aa]dditional )?|[Aa]dditional )(?:[Ii]nputs?|[Ff]iles) (?:from|by)|[Cc]on información de) (?:(?:our|the) correspondents?(?: in ${NAMES})?|agencias|agencies|${NAMES})|${NAMES} contributed (?:additional )?reporting(?: from ${NAMES})?|(?:[Ss]tory by ${NAMES}\\.\\s)?(?:[Aa]bridged |[Ee]dited )?[Tt]ranslation by ${NAMES}|\\[[Ee]dited [Bb]y:? ${NAMES}\\]|[Ee]dited [Bb]y: ${NAMES}|[Cc]ontributing: ${NAMES}|[a-z]{2,6}(?:\\/[a-z]{2,8}){1,3})\\)?\\.?$`,
  'u',
);
/**
 * How the piece was made, in a line of its own: that it is a translation (a ministry's "This English translation is provisional. …") or was updated, that its quotations were translated by its author (a wire's "(ATTN: UPDATES …)"), that its audio is machine-made;
 * what no story says of itself.
 */
const MAKING_OF =
  /^(?:translation of an? (?:original )?(?:article|story|piece|text) (?:first )?published in \p{L}+\b.{0,90}|this (?:report|article|story|piece) was translated (?:from|into) [^.]{0,150}|this (?:report|article|story|piece) was (?:originally )?written in \p{L}+ and translated by\b.{0,200}|(?:all )?(?:quotations|quotes|interviews|remarks)\b[^.]{0,60}\b(?:were|have been) (?:[^.]{0,50}\band )?translated\b[^.]{0,40}\bby (?:the|this) (?:author|writer|reporter|correspondent)|\(?attn:\s*(?:updates?|adds?|recasts?|corrects?|rewrites?|reissues?)\b[^()]{0,80}\)?|this (?:audio|narration|audio version) (?:is|was) (?:ai|computer|automatically)[- ]generated|this english translation is (?:provisional|tentative|unofficial)\.\s+in the event of (?:any )?discrepanc(?:y|ies)\b.{0,160}\bprevail|\(?provisional translation\)?|(?:note from the (?:author|editor)|update|editor['’]s note)\s*:\s*this (?:article|story|post|report) (?:was|has been) updated (?:with|to (?:include|reflect|add|correct))\b.{0,120})\.?$/iu;
/**
 * The site speaking of itself to the reader: its feedback prompt, that subscribing helps it, that a subscriber may gift the story, that its
 * player needs JavaScript (video.js's fallback), its comment rules; in Japanese, `isJapaneseSiteLine`.
 */
const SITE_SPEAKS = new RegExp(
  [
    '^share your feedback to help (?:us )?improve\\b|^(?:(?:found|find) this (?:article |story )?(?:useful|helpful|interesting|informative)|enjoy(?:ed)? this (?:article|story))\\?\\s+share (?:this|the|it)\\b[^.!?]{0,60}[.!]?$|^share this (?:article|story) (?:in|on|with) your social networks?$|\\bby subscribing,? you (?:can )?(?:help|support)\\b|^gift (?:this )?(?:article|story)(?:\\s*[:.!]|$)|^to view this video,? please enable javascript',
    // A player's fallback, a comment section's rules ("… abide by our community guidelines for posting your comments").
    '^your browser does not support (?:the |this )?(?:html5 )?(?:video|audio|media)(?: player| tag| element)?\\b',
    '\\bour community guidelines for (?:posting|writing) (?:your )?comments\\b',
    // A player's note that an ad plays first ("El vídeo començarà després d'un breu anunci.").
    "^(?:the )?video (?:will )?(?:start|play|begin)s? (?:after|following) (?:a|the) (?:short|brief) (?:ad|advert|advertisement)\\b|^el vídeo (?:començarà|comenzará|empezará) (?:després d['’]|después de )(?:un|una) (?:breu|breve|corto) (?:anunci|anuncio|publicitat|publicidad)\\b|^la vidéo (?:commencera|démarrera) après (?:une|un) (?:courte|brève|bref) (?:publicité|annonce)\\b|^das video (?:beginnt|startet) nach (?:einer )?(?:kurzen )?werbung\\b|^il video (?:inizierà|partirà) dopo (?:una|un) (?:breve )?(?:pubblicità|annuncio)\\b",
    // A broadcaster's notes on its page: how long its videos stay, how it writes names.
    '^videos? (?:from|in) this (?:article|story|page) (?:will be|are|is) available until\\b|^japanese names in [^.]{0,40}\\bare written with the family name first',
  ].join('|'),
  'iu',
);
/** No line is a Japanese site's until `useJapaneseSiteLines` says how to tell. */
const NO_LINES: LineCheck = () => false;
let japaneseSiteLine = NO_LINES;
/**
 * Sets how the finder tells a Japanese site's lines (`japanese-notices`' `isJapaneseSiteLine`, about an eighth of the finder's code, gzipped): the
 * content script loads that check only for a page with CJK text (every line it knows holds some), others set it once for all pages.
 */
export function useJapaneseSiteLines(check: LineCheck = NO_LINES): void {
  japaneseSiteLine = check;
}

/** A stock line, not a story's sentence quoting one ("“Follow us on Telegram,” the spokesman wrote"). */
export const isStockLine = (text: string) =>
  EDITORS_NOTE.test(text) ||
  MAKING_OF.test(text) ||
  CREDIT_LINE.test(text) ||
  NO_RESPONSIBILITY.test(text) ||
  READER_FUNDED.test(text) ||
  REPORT_ERROR.test(text) ||
  sendsOnward(text) ||
  isPublisherNote(text) ||
  ((STOCK_LINE.test(text) ||
    isFollowLine(text) ||
    (EMBED_CONSENT.test(text) && READER.test(text)) ||
    VIDEO_CONSENT.test(text) ||
    COOKIE_PLACEHOLDER.test(text) ||
    PITCH.test(text) ||
    SITE_SPEAKS.test(text) ||
    japaneseSiteLine(text)) &&
    !/["“”„«»]/.test(text));

/** The label of a box that tells how to cite the page ("Cite this article", "Suggested citation", 「引用する」). */
const CITE_LABEL =
  /^(?:cite this(?: \w+)?|how to cite(?: this(?: \w+)?)?|(?:suggested |recommended )?citation|zitiervorschlag|zitierweise|引用(?:する|の仕方|方法)?|(?:本|この)(?:レポート|論考|論文|記事|コラム)を引用する(?:際|場合)は)[:：]?$/i;
/** The label of a paid message's box: "Sponsored", "Paid partnership", 「PR」, 「提供：…」. */
const SPONSOR_LABEL =
  /^(?:sponsored(?: content| post| message)?|paid (?:post|content|partnership|promotion)|partner content|advertorial|gesponsert|contenu sponsorisé|PR|(?:提供|スポンサー)(?:[:：].{0,40})?)$/i;
/**
 * "Presented by …", "Patrocinado por …", "Präsentiert von …": a sponsor's name follows (no lower-case word but an article or
 * "of", "and"), not a sentence ("Presented by the ministry on Monday"), or nothing (the name is a logo).
 */
const SPONSOR_BY =
  /^(?:(?:presented|sponsored|brought to you|underwritten|paid for) by|(?:patrocinado|presentado) por|(?:präsentiert|gesponsert) von|(?:présenté|sponsorisé) par)[:：]?(?:\s+(.{1,60}))?$/i;
const isSponsorLabel = (label: string) => {
  const by = SPONSOR_BY.exec(label);
  return (
    SPONSOR_LABEL.test(label) ||
    (by !== null &&
      !/(?:^|\s)(?!(?:of|the|and|&|der|die|das|dem|den|und|el|la|los|las|de|del|y|le|les|du|des|et)\s)\p{Ll}/u.test(by[1] ?? ''))
  );
};
/** The label of a box on the site's own standards ("Why you can trust SCMP"), and the page such a box links to. */
const TRUST_LABEL =
  /^[Ww]hy (?:[Yy]ou [Cc]an |[Ss]hould [Yy]ou )?[Tt]rust (?:[Uu]s|(?:the )?\p{Lu}[\p{L}.&'’-]*(?:\s\p{Lu}[\p{L}.&'’-]*){0,3})\??$/u;
/** The label of a box asking the reader to pay for the site's journalism ("Support quality journalism"). */
const SUPPORT_LABEL = /^(?:support|fund|back) (?:quality|independent|local|our|public[- ]interest) journalism[.!]?$/i;
/** The label of a box asking for donations to the site's own work, over a link within the site (「寄付のお願い」). */
const DONATION_LABEL = /^(?:(?:ご)?(?:寄付|寄附|支援|ご支援)(?:・入会)?のお願い|bitte unterstützen sie uns|please support our work)$/i;
const STANDARDS_PAGE = /standards|ethics|principles|editorial-(?:policy|code|guidelines)|trust/i;
/**
 * Whether a box is the site's, not the story's: its first element labels it as telling how to cite the page, as a paid
 * message (a newsletter's sponsor block), as a plea to support its journalism beside the reader's subscription or
 * account, as its plea for donations with a link to give, or as why to trust the site, with a link to its standards (a story's "Why trust the polls now?" is no label).
 */
export const isSiteBox = (el: Element) => {
  const first = property(el, 'firstElementChild');
  const label = first && textOf(first).trim();
  if (!label) return false;
  if (CITE_LABEL.test(label) || (isSponsorLabel(label) && standsAsLabel(first))) return true;
  // A plea box speaks of the reader's subscription or account (a story's section so headed speaks of the campaign).
  if (SUPPORT_LABEL.test(label)) return /\bsubscri|\bregist|\blog(?:ged)? ?in\b|\bsign ?in\b/i.test(textOf(el));
  if (DONATION_LABEL.test(label)) return [...queryAll(el, 'a[href]')].some((a) => withinSite(el, attributeOf(a, 'href') ?? ''));
  return TRUST_LABEL.test(label) && [...queryAll(el, 'a[href]')].some((a) => STANDARDS_PAGE.test(attributeOf(a, 'href') ?? ''));
};
/**
 * Whether a sponsor label stands on its own line, as a label does: not a section's subhead
 * ("Präsentiert von Außenministerin Baerbock"), nor the bold start of a sentence the box goes on with.
 */
function standsAsLabel(first: Element): boolean {
  if (/^H[1-6]$/.test(tagOf(first))) return false;
  for (let n = property(first, 'nextSibling'); n; n = property(n, 'nextSibling')) {
    if (property(n, 'nodeType') === 3) {
      if (textOf(n).trim()) return false;
      continue;
    }
    return true;
  }
  return true;
}
