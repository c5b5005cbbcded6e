/**
 * Second reader of b052824 (helper-327, session 53; rules from mix212–219): pages where b052824 reads worse than c51b9a0. Each
 * case not named GUARD failed on b052824 and passed on c51b9a0; the GUARDs pass on both. All pass since the narrowing: the
 * reuse note is the pictures' with "permission" as before, plus an agency's reprint note after its "(C) name."; the gift offer
 * is German "Als Abonnent … Artikel … verschenken" or "As a subscriber, you can gift <n> articles"; the Dutch tip question
 * names the story or a tip; "VÍDEOS:" opens a label before "tudo sobre", "veja mais/os/as/tudo" or "assista"; a stock line
 * beside a figcaption is left out only in a picture's figure, not in a quotation; and a lead picture is no flatter than 3:1.
 * - The widened reuse note ("… may not be used … without … consent", "This content/report may not be …") takes a story's
 *   sentence on privacy rules, on publishers' terms for AI crawlers, on a leaked report's stamp.
 * - The gift offer ("As a member, you can … stories … gift") takes a review's sentence on what a membership gives.
 * - The Dutch tip line ("Weet/Heb jij …? Laat het ons weten via …") takes the police's own call for witnesses and a
 *   municipality's call for ideas: the point of those pages, not a newsroom's tip line.
 * - "VÍDEOS:" before "mais" takes a list item of a police seizure.
 * - `besideCaption` takes a quotation set as figure > blockquote + figcaption when it is worded like a stock line.
 * - The ASP.NET page form no longer refuses a wide picture box after the standfirst: a columnist's banner with its bio is read
 *   (a page without the form reads it on c51b9a0 too; the form had kept it out).
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { load, prose, storyAroundWith } from './story-page';
import { expectReadsWithout } from './site-lines';

describe('the widened reuse note, on stories about rights', () => {
  it('reads a privacy Q&A’s answer that photos may not be used without consent', () => {
    const doc = load(
      `<body><main><article><h1>Can my employer put my photo on its website? Your privacy questions answered</h1><div class="entry-content"><p>Readers sent us dozens of questions about the new data protection rules. Here are the answers from the regulator and two lawyers who specialise in privacy law.</p><h3>Can my employer put my photo on the company website?</h3><p>Not without asking. Photos may not be used without the consent of the person shown, and that consent can be withdrawn at any time.</p><h3>Can the school post pictures of my children?</h3><p>Only with written permission from a parent, which the school must keep on file for as long as the pictures are online, according to the regulator.</p>${prose('the regulator', 3)}</div></article></main></body>`,
    );
    expect(articleText(doc)).toContain('Not without asking. Photos may not be used without the consent');
  });
  it('GUARD: reads the next answer of that Q&A', () => {
    const doc = storyAroundWith(
      'Your privacy questions answered',
      'the regulator',
      'the schools',
    )(
      '<h3>Can the school post pictures of my children?</h3><p>Only with written permission from a parent, which the school must keep on file for as long as the pictures are online, according to the regulator.</p>',
    );
    expect(articleText(doc)).toContain('Only with written permission from a parent');
  });
  it('reads a story’s sentence on the terms publishers now set for AI crawlers', () => {
    const line = 'This content may not be used for training AI models without permission, the publisher now tells crawlers in its terms.';
    const doc = storyAroundWith(
      'Publishers rewrite their terms to keep AI crawlers out',
      'the crawlers',
      'the licensing deals',
    )(`<p>${line}</p>`);
    expect(articleText(doc)).toContain(line);
  });
  it('reads a story’s sentence on the warning stamped on a leaked report', () => {
    const line =
      'Every page of the draft is stamped confidential. This report may not be copied or distributed without the written permission of the ministry, the cover note adds.';
    const doc = storyAroundWith('Leaked audit shows hospital waiting lists doubled', 'the audit', 'the ministry')(`<p>${line}</p>`);
    expect(articleText(doc)).toContain(line);
  });
});

describe('the gift offer, on a review of a membership', () => {
  const story = storyAroundWith('Is a Medium membership worth it in 2026?', 'the membership', 'the writers');
  it('reads what a membership gives the reader', () => {
    const line = 'As a member, you can read unlimited stories, listen to audio versions and gift a membership to a friend.';
    expect(articleText(story(`<p>${line}</p>`))).toContain(line);
  });
  it('GUARD: reads an explainer’s line on a paper’s gift articles', () => {
    const line =
      'As a subscriber, you can share 10 gift articles each month, and anyone with the link can read the story without an account.';
    expect(articleText(story(`<h2>The New York Times</h2><p>${line}</p>`))).toContain(line);
  });
});

describe('the Dutch tip line, on pages whose call is their point', () => {
  const appeal = (call: string) =>
    load(
      `<body><main><article><h1>Wie herkent deze man? Politie zoekt verdachte van overval op tankstation</h1><div class="article-body"><p>Op zondagavond 12 januari rond 21.30 uur werd het tankstation aan de Ringweg in Tilburg overvallen. Een man bedreigde de medewerker met een mes en ging er met geld vandoor.</p><p>De camera’s van het tankstation hebben de verdachte duidelijk vastgelegd. Omdat het onderzoek nog niet heeft geleid tot een aanhouding, tonen we nu zijn beelden.</p><p>De man is ongeveer 1.80 meter lang, heeft een slank postuur en droeg een donkere jas met een capuchon en witte sportschoenen.</p><p>${call}</p></div></article></main></body>`,
    );
  it('reads the police’s own call for witnesses under a wanted notice', () => {
    const call = 'Weet jij wie deze man is? Laat het ons weten via 0900-8844 of anoniem via Meld Misdaad Anoniem op 0800-7000.';
    expect(articleText(appeal(call))).toContain(call);
  });
  it('GUARD: reads the same call worded with "Heeft u … ? Neem contact op"', () => {
    const call = 'Heeft u informatie over deze man? Neem dan contact op met de politie via 0900-8844.';
    expect(articleText(appeal(call))).toContain(call);
  });
  it('reads a municipality’s call for ideas, the point of its news item', () => {
    const line = 'Heb jij ideeën voor het nieuwe speelterrein? Laat het ons weten via de website van de gemeente, dat kan tot 1 maart.';
    const doc = storyAroundWith('Nieuw speelterrein aan de Beukenlaan: denk mee', 'the playground', 'the council')(`<p>${line}</p>`);
    expect(articleText(doc)).toContain(line);
  });
});

describe('the "VÍDEOS:" label, on a Brazilian police story', () => {
  it('reads a list item of what the police seized', () => {
    const doc = storyAroundWith(
      'Polícia prende suspeito de armazenar material de abuso infantil em Campinas',
      'a operação',
      'o inquérito',
    )(
      '<p>Segundo a Polícia Civil, foram apreendidos no apartamento do suspeito:</p><ul><li>Celulares: 3 aparelhos</li><li>Computadores: 2 notebooks e 1 desktop</li><li>Vídeos: mais de 2 mil arquivos</li></ul>',
    );
    expect(articleText(doc)).toContain('Vídeos: mais de 2 mil arquivos');
  });
});

describe('a quotation set as a figure, beside its figcaption', () => {
  const doc = () =>
    storyAroundWith(
      'Photographer sues newspaper over cropped picture',
      'the lawsuit',
      'the court',
    )(
      '<figure class="quote"><blockquote><p>All images © 2019 Jane Doe. Images may not be reproduced without permission.</p></blockquote><figcaption>The notice on Doe’s website, which the paper’s lawyers say they never saw.</figcaption></figure>',
    );
  it('reads the quoted notice the lawsuit turns on', () =>
    expect(articleText(doc())).toContain('Images may not be reproduced without permission'));
  it('GUARD: reads the figure’s caption', () => expect(articleText(doc())).toContain('The notice on Doe’s website'));
});

describe('a wide picture box after the standfirst on an ASP.NET page', () => {
  const ID = 'A261205_083412_nazory_jav';
  const page = (box: string) =>
    load(
      `<head><link rel="canonical" href="https://www.zpravodaj.example/nazory/komentare/sklarny-export-asie.${ID}"></head><body><form method="post" action="./clanek.aspx?c=${ID}" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="x"><div class="portal-g1"><a href="/" class="logo">Zpravodaj DNES</a></div><ul class="menu"><li><a href="/zpravy">Zprávy</a></li><li><a href="/nazory">Názory</a></li><li><a href="/sport">Sport</a></li></ul><div id="content"><div class="col-a"><div class="art-full" itemscope itemtype="https://schema.org/NewsArticle"><div class="art-header"><h1 itemprop="headline">Sklárny v Asii: úspěch, který nás nesmí ukolébat</h1><div class="art-info"><div class="authors"><a href="/novinari/jan-novak">Jan Novák</a></div><span class="time-date">5. prosince 2026 8:34</span></div><div class="art-social"><a href="https://www.facebook.example/sharer.php?u=x">Facebook</a> <a href="https://x.example/intent/post?url=x">X</a></div></div><div class="opener" itemprop="description">Rodinné sklárny z Vysočiny dnes posílají polovinu výroby do Asie a na Blízký východ. Je to dobrá zpráva, ale také varování, jak snadno lze o takový trh přijít.</div>${box}<div id="art-text"><div class="bbtext" itemprop="articleBody">${prose('the glassworks', 6)}<div class="art-related-in"><div class="tit">Čtěte také</div><a href="/ekonomika/domaci/skari.A261118_144018_ekonomika_jav" class="art-link"><img src="/r.jpg" width="160" height="90" alt=""><h3>Čeští skláři hlásí nejhorší rok od pandemie</h3></a></div>${prose('the buyers', 6)}</div></div><div class="art-tags"><a href="/tema/sklo">sklo</a> <a href="/tema/export">export</a></div></div></div><div class="col-b"><div class="box"><h3>Nejčtenější</h3><ol><li><a href="/a1">Zdražování energií: co čeká domácnosti</a></li><li><a href="/a2">Nové dálniční známky od března</a></li><li><a href="/a3">Hypotéky opět zlevňují</a></li></ol></div></div></div></form></body>`,
    );
  it('leaves out a columnist’s banner with his bio', () =>
    expectReadsWithout(
      page(
        '<div class="komentar-hlavicka"><img src="/komentatori/novak-banner.jpg" width="660" height="140" alt=""><p>Jan Novák je komentátorem Zpravodaje DNES. Dříve působil jako velvyslanec v Pekingu a v Soulu.</p></div>',
      ),
      'Paragraph 5 of the story',
      'Jan Novák je komentátorem',
    ));
  it('GUARD: leaves out a section partner’s box whose logo links to the partner', () =>
    expectReadsWithout(
      page(
        '<div class="partner-rubriky"><a href="https://www.moravska-exportni-banka.example/?utm_source=zpravodaj"><img src="/partner/banka.png" width="660" height="90" alt="Moravská exportní banka"></a><p>Partnerem rubriky Názory je Moravská exportní banka, která malým firmám pomáhá s prvními obchody v zámoří.</p></div>',
      ),
      'Paragraph 5 of the story',
      'Partnerem rubriky',
    ));
});
