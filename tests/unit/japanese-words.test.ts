import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../utils/matcher';
import { MAX_EDGE_LOOKUPS } from '../../utils/matcher/japanese-words';
import { DEFAULT_TOPICS } from '../../utils/topics';
import { topic } from './topic';

const defaults = compileMatcher(DEFAULT_TOPICS);
const found = (text: string, matcher = defaults) => matcher.find(text).map((m) => text.slice(m.start, m.end));

/**
 * Sentences as Japanese news writes them, each with the mentions a reader sees in it. Written by
 * hand, not taken from what the matcher found: each default Japanese alias with the particles,
 * suffixes and compounds it meets.
 */
const MENTIONS: Array<[string, string[]]> = [
  ['タリバン暫定政権は20日、声明を出した。', ['タリバン']],
  ['反タリバン勢力が北部で攻勢', ['タリバン']],
  ['対タリバン制裁', ['タリバン']],
  ['イスラム主義勢力タリバーンが首都を制圧', ['タリバーン']],
  ['ハッカニ派の指導者', ['ハッカニ']],
  ['ハッカーニ・ネットワークの幹部', ['ハッカーニ']],
  ['アフガニスタン東部', ['アフガニスタン']],
  ['アフガン難民の受け入れ', ['アフガン']],
  ['カブール空港で自爆テロ', ['カブール']],
  ['国際テロ組織アルカイダ系の戦闘員', ['アルカイダ']],
  ['過激派組織イスラム国（ＩＳ）が犯行声明', ['イスラム国']],
  ['「イスラム国」系の武装勢力', ['イスラム国']],
  ['北方領土返還要求', ['北方領土']],
  ['北方四島の元島民', ['北方四島']],
  ['択捉島に新たな基地', ['択捉']],
  ['国後島で軍事演習', ['国後']],
  ['ロシア軍が国後に部隊展開', ['国後']],
  ['元島民らが国後、択捉両島を訪れた', ['国後', '択捉']],
  ['色丹島と歯舞群島', ['色丹', '歯舞']],
  ['千島列島の南部', ['千島列島']],
  ['日露首脳会談が開かれた', ['日露']],
  ['戦後の日露関係', ['日露']],
  ['日ソ共同宣言に基づき', ['日ソ共同宣言']],
  ['親プーチン派のプーチン氏支持者', ['プーチン', 'プーチン']],
  ['訪朝した北朝鮮高官', ['北朝鮮']],
  ['北朝鮮外務省の談話', ['北朝鮮']],
  ['金正恩総書記が視察', ['金正恩']],
  ['金正日総書記の死去', ['金正日']],
  ['金日成主席の生誕', ['金日成']],
  ['在平壌大使館', ['平壌']],
  ['平壌放送によると', ['平壌']],
  ['アリババ集団とテンセントの株価', ['アリババ', 'テンセント']],
  ['習近平国家主席は', ['習近平']],
  ['デジタル庁は発表した', ['デジタル庁']],
  ['マイナンバーカードの普及', ['マイナンバーカード']],
  ['東京五輪の開会式', ['東京五輪']],
  ['日米同盟の抑止力と日米安保条約第５条', ['日米同盟', '日米安保']],
  // The alias's own word whole, with a suffix the dictionary joins to it: still the alias.
  ['日米同盟軍の演習', ['日米同盟']],
];

/** Everyday words that hold an alias's characters across a word edge. */
const FALSE_FRIENDS = [
  '首相は帰国後、記者団に語った。', // 帰国・後, "after returning home": not 国後 (Kunashiri)
  '入国後の隔離期間',
  '出国後に',
  '建国後まもなく',
  '韓国後援会',
  '中国後方支援',
  'イスラム国際大学', // イスラム・国際, "Islamic international": not イスラム国 (Islamic State)
  'イスラム国家の樹立を目指す', // an Islamic state in general
  'イスラム国内の対立',
];

describe('Japanese aliases on word edges', () => {
  // Guards against losses: the code before the word edges passed it too.
  it('marks the mentions in Japanese news sentences', () => {
    for (const [text, mentions] of MENTIONS) expect(found(text), text).toEqual(mentions);
  });

  it('marks nothing where an alias’s characters straddle a word edge', () => {
    for (const text of FALSE_FRIENDS) expect(found(text), text).toEqual([]);
  });

  it('judges a hit within its block: text in the blocks around it is no part of its words', () => {
    // A heading ending "…協議中" ("in talks") and a paragraph opening "国後に…" ("to Kunashiri"), joined
    // without a break character: read as one text, 中国 ("China") would run across the hit's start.
    const text = '領土協議中国後に部隊';
    const joins = { starts: [0, 5], breaksBefore: (i: number) => i === 1 };
    expect(defaults.find(text, joins).map((m) => text.slice(m.start, m.end))).toEqual(['国後']);
    expect(found(text)).toEqual([]);
    // A heading ending "イスラム国" and a paragraph opening "際立つ…" ("striking"): read as one text, 国際.
    const heading = '過激派イスラム国際立つ残虐性';
    const headingJoins = { starts: [0, 8], breaksBefore: (i: number) => i === 1 };
    expect(defaults.find(heading, headingJoins).map((m) => heading.slice(m.start, m.end))).toEqual(['イスラム国']);
    expect(found(heading)).toEqual([]);
  });

  it('hides what an exclusion covers wherever it stands, word edges or not', () => {
    // 中国地方 (the Chūgoku region) is no mention of China, in 中国地方紙 ("a Chūgoku paper") too.
    const china = compileMatcher([topic('china', ['中国'], ['中国地方'])]);
    expect(found('中国地方紙と中国政府', china)).toEqual(['中国']);
    expect(china.find('中国地方紙と中国政府')[0]!.start).toBe(6);
  });

  it('looks up at most MAX_EDGE_LOOKUPS hits per text; past them, hits stand as without the check', () => {
    // A page repeating 帰国後 thousands of times costs at most that many segmenter calls.
    const text = '帰国後、'.repeat(MAX_EDGE_LOOKUPS + 3);
    expect(found(text)).toHaveLength(3);
  });

  it('leaves an alias set to match inside words as it was', () => {
    const inside = compileMatcher([topic('t', [{ text: '国後', substring: true }])]);
    expect(found('帰国後', inside)).toEqual(['国後']);
    expect(found('帰国後に国後島へ')).toEqual(['国後']);
  });
});
