/**
 * What mix139 and mix140 showed, read sealed on 3189427: a Danish paper's tip line; a sheriff's release's closing line that the
 * accused are presumed innocent; an Ameba councillor's signature line asking for views; a French daily's print-edition note
 * naming its edition and day, and its lead picture's caption after a standfirst that joined the article as a root of its own
 * (the caption was lost: `leadsAfter` stopped at the standfirst as if it were the story's text; the set itself, whose recall floor
 * (0.98 of 30 fragments) one lost fragment breaks, and mix10's and mix110's pages, which it mended too, hold that case); an Austrian
 * chamber's press-photo credit. And what mix141 showed, read sealed on 8b32e94: a Romanian site's Google News line ("Urmăriți
 * <Site> și pe Google News pentru …"). The cases that are not GUARDs fail on the commit the set was read on. Left as is:
 * the chamber's "Service: Düngeplanung mit der LK" box inside the release (its own advice days; a reader may count it either way).
 */
import { describe } from 'vitest';
import { jaStoryWith, storyWith } from './story-page';
import { itLeavesOutJapaneseLines, itLeavesOutLines, itReadsSentences } from './site-lines';

const story = storyWith('Former interpreter from Kabul opens a bakery', 'the bakery');

describe('site lines of mix139 and mix140', () => {
  itLeavesOutLines(story, [
    'Har du et tip? Skriv til kolding@jv.example eller ring til redaktionen på 7612 3400.',
    'A criminal complaint is merely an accusation. All defendants are presumed innocent unless and until proven guilty in a court of law.',
    "Cet article est paru dans L'Écho Atlantique, édition Vendée Nord-Ouest, du samedi 5 décembre 2026.",
    'Pressefotos: © LK Burgenland/Tesch – Abdruck honorarfrei im Rahmen der Berichterstattung',
    'Urmăriți Ziarul de Nord-Est și pe Google News pentru cele mai noi știri din Suceava și din Bucovina.',
  ]);
  itReadsSentences(story, [
    'Har du et tip til turister? spurgte vi bageren, som straks anbefalede kanelsnegle.',
    'He is presumed innocent until proven guilty, his lawyer told reporters outside the courthouse.',
    'Cet article est paru dans la revue Nature en mars, rappellent les chercheurs, qui ont depuis élargi leur étude.',
    'Urmăriți evoluția prețurilor pe Facebook, pentru că brutăria își anunță acolo ofertele zilnice, spune Hamid.',
  ]);
  const blog = jaStoryWith('拉致問題の早期解決を求める意見書を可決しました', '北朝鮮');
  itLeavesOutJapaneseLines(blog, ['市政へのご意見・ご相談は、お気軽にメッセージでお寄せください。']);
  itReadsSentences(blog, ['市民からのご意見・ご要望は、昨年度だけで約300件に上りました。']);
});
