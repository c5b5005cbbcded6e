/**
 * What mix80 (Japanese broadcasters), read sealed on f5a27c0, showed read as the story: a broadcaster's notes around its
 * video (where to watch, that playing costs data, to reload when it does not start, that videos expire) and a note
 * pointing to its special site. The cases that are not GUARDs fail on f5a27c0.
 */
import { describe } from 'vitest';
import { itLeavesOutJapaneseLines, itReadsSentences } from './site-lines';
import { jaStoryWith } from './story-page';

const jaStory = jaStoryWith('元島民の証言映像をデジタル化　根室', '証言映像');

describe("a broadcaster's notes around its video (mix80)", () => {
  itLeavesOutJapaneseLines(jaStory, [
    '※「このニュースの動画を見る」では、証言映像の一部をご覧いただけます。',
    '※北方領土の問題について、NHKでは特設サイトで詳しくお伝えしています。',
    '動画はNHKのサイトで再生できます。再生には通信料がかかる場合があります。',
    '動画の再生が始まらない場合は、ページを再読み込みしてください。',
    '※動画は配信期間が終了すると視聴できなくなります。',
  ]);
  itReadsSentences(jaStory, [
    '市は、動画の再生が始まらない場合は端末を再起動するよう高齢者に呼びかけている。',
    '※数値は速報値で、今後変わる可能性があります。',
  ]);
});
