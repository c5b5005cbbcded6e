/**
 * Second reading of 98277e7 (mix157–159): story sentences that open like the new REPORT_ERROR line or the Japanese newsletter
 * line, standing as a paragraph in the middle of a story, by helper-259. The cases that are not GUARDs failed on 98277e7 and
 * passed on c65b3cf; all pass since the rules were narrowed (the report-an-error question alone, or then asking the reader to
 * write to the newsroom; the newsletter line only after its ▼ or ■ marker).
 */
import { describe, expect, it } from 'vitest';
import { articleText } from '../../scripts/bench/article-text';
import { jaProse, load, prose } from './story-page';

/** A story page headed `headline`: three paragraphs, `middle`, three more (the way service paragraphs sit inside a story). */
const around = (headline: string, middle: string) =>
  load(
    `<body><main><article><h1>${headline}</h1><div class="article-body">${prose('the register', 3)}<p>${middle}</p>${prose('the deadline', 3)}</div></article></main></body>`,
  );
/** A Japanese story headed `headline` with `middle` as a paragraph between its text. */
const jaAround = (headline: string, middle: string) =>
  load(
    `<body><article><h1>${headline}</h1><div class="article-body">${jaProse('防災情報', 3)}<p>${middle}</p>${jaProse('避難情報', 3)}</div></article></body>`,
  );
const expectRead = (doc: Document, sentence: string) => {
  const text = articleText(doc);
  expect(text).toContain('Paragraph 2 of the story');
  expect(text).toContain(sentence);
};

describe('second reader of 98277e7: a story\u2019s service question read as the site\u2019s "report an error" line', () => {
  it('reads a local story\u2019s line on the draft electoral roll ("Noticed a mistake? …")', () =>
    expectRead(
      around(
        'Draft electoral roll goes on display at town hall',
        'Noticed a mistake? Voters can ask the electoral office to fix it until Friday.',
      ),
      'Noticed a mistake? Voters can ask the electoral office to fix it until Friday.',
    ));
  it('reads a consumer story\u2019s line on a tax notice ("Found an error? …")', () =>
    expectRead(
      around(
        'Millions of tax notices sent out with wrong allowance',
        'Found an error? The agency says most can be fixed online within a week.',
      ),
      'Found an error? The agency says most can be fixed online within a week.',
    ));
  it('reads a story on a misprinted coin asking the reader ("Did you spot a mistake? …")', () =>
    expectRead(
      around(
        'Misprinted coronation coin slips past millions of shoppers',
        'Did you spot a mistake? Most of the 2,000 people surveyed did not.',
      ),
      'Did you spot a mistake? Most of the 2,000 people surveyed did not.',
    ));
  it('reads a German advice story\u2019s line on the tax notice ("Sie haben einen Fehler entdeckt? Dann …")', () =>
    expectRead(
      around(
        'Steuerbescheid prüfen: Diese Fehler passieren dem Finanzamt am häufigsten',
        'Sie haben einen Fehler entdeckt? Dann sollten Sie innerhalb eines Monats Einspruch einlegen.',
      ),
      'Sie haben einen Fehler entdeckt? Dann sollten Sie innerhalb eines Monats Einspruch einlegen.',
    ));
  it('reads a French tax story\u2019s line ("Vous avez repéré une erreur ? Vous avez jusqu\u2019au …")', () =>
    expectRead(
      around(
        'Impôts : le service de correction en ligne ouvre ce mercredi',
        'Vous avez repéré une erreur ? Vous avez jusqu\u2019au 5 juin pour corriger votre déclaration.',
      ),
      'Vous avez repéré une erreur ? Vous avez jusqu\u2019au 5 juin pour corriger votre déclaration.',
    ));
  it('reads a French story on a misspelt exam paper ("Avez-vous remarqué une faute d\u2019orthographe ? …")', () =>
    expectRead(
      around(
        'Brevet : le sujet de français truffé de fautes',
        'Avez-vous remarqué une faute d\u2019orthographe ? Les élèves, eux, en ont compté onze.',
      ),
      'Avez-vous remarqué une faute d\u2019orthographe ? Les élèves, eux, en ont compté onze.',
    ));
  it('GUARD: reads a puzzle story\u2019s "Did you spot the mistake?" (the, not a)', () =>
    expectRead(
      around('Can you spot the error in this road sign?', 'Did you spot the mistake? Only one in ten readers found it within a minute.'),
      'Did you spot the mistake? Only one in ten readers found it within a minute.',
    ));
});

describe('second reader of 98277e7: a Japanese story\u2019s sentence read as a newsletter line', () => {
  const jaRead = (doc: Document, sentence: string) => {
    const text = articleText(doc);
    expect(text).toContain('3回目の協議は来月にも開かれる見通しで');
    expect(text).toContain(sentence);
  };
  it('reads a broadcaster\u2019s polite-style sentence on a city\u2019s alert mails (「市は、避難情報などをメールマガジンで配信しています。」)', () =>
    jaRead(
      jaAround('防災メール　登録者が過去最多に', '市は、避難情報などをメールマガジンで配信しています。'),
      '市は、避難情報などをメールマガジンで配信しています。',
    ));
  it('reads a town news page\u2019s sentence (「町では、イベント情報をメールマガジンでお知らせしています。」)', () =>
    jaRead(
      jaAround('町の魅力発信　移住者向け情報を強化', '町では、イベント情報をメールマガジンでお知らせしています。'),
      '町では、イベント情報をメールマガジンでお知らせしています。',
    ));
  it('GUARD: reads a plain-style story sentence on a newsletter (「…メールマガジンで配信しており、…」)', () =>
    jaRead(
      jaAround('防災メール　登録者が過去最多に', '市は避難情報をメールマガジンで配信しており、登録者は約2万人に上る。'),
      '市は避難情報をメールマガジンで配信しており、登録者は約2万人に上る。',
    ));
});
