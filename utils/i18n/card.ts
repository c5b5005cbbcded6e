/** Words of the brief card, the only catalog the content script carries. */
export const cardEn = {
  kicker: 'JFIR Briefs · “$1”',
  close: 'Close brief',
  loading: 'Loading brief…',
  empty: 'No JFIR commentary speaks to this topic yet.',
  error: 'The brief could not be loaded. Reload the page to try again.',
  imported: 'imported',
  why: 'Why this excerpt: $1',
  read: 'Read the full commentary',
  copy: 'Copy citation',
  copied: 'Citation copied to the clipboard.',
  copyFailed: 'The browser did not allow copying; select the text instead.',
  ageYear: 'written a year before this article',
  ageYears: 'written $1 years before this article',
  ageMonths: 'written $1 months before this article',
};

export type CardKey = keyof typeof cardEn;

export const cardJa: Record<CardKey, string> = {
  kicker: 'JFIR Briefs ·「$1」',
  close: 'ブリーフを閉じる',
  loading: 'ブリーフを読み込んでいます…',
  empty: 'このトピックを扱った JFIR コメンタリーはまだありません。',
  error: 'ブリーフを読み込めませんでした。ページを再読み込みしてください。',
  imported: '取り込み済み',
  why: 'この抜粋を選んだ理由: $1',
  read: 'コメンタリー全文を読む',
  copy: '引用情報をコピー',
  copied: '引用情報をクリップボードにコピーしました。',
  copyFailed: 'ブラウザがコピーを許可しませんでした。テキストを選択してコピーしてください。',
  ageYear: 'この記事の1年前に執筆',
  ageYears: 'この記事の$1年前に執筆',
  ageMonths: 'この記事の$1か月前に執筆',
};

export const cardCatalogs = { en: cardEn, ja: cardJa };
