/** Synthetic commentary indexes for benchmarks, made from the real passages. */
import index from '../../data/commentary.json';
import type { Commentary } from '../../utils/commentary';
import { splitSentences } from '../../utils/passages';

const real = index.commentaries as Commentary[];

/** Commentaries of 20 passages each, every passage 3–5 sentences drawn from real passages, deterministically. */
export function syntheticIndex(passageCount: number): Commentary[] {
  const sentences = real.flatMap((c) => c.passages.flatMap((p) => splitSentences(p.text)));
  let seed = 1;
  const next = (n: number) => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return (seed >>> 8) % n;
  };
  const out: Commentary[] = [];
  for (let c = 0; out.length * 20 < passageCount; c += 1) {
    const model = real[c % real.length]!;
    const id = `synthetic-${c}`;
    out.push({
      ...model,
      id,
      title: `${model.title} (synthetic ${c})`,
      passages: Array.from({ length: 20 }, (_, p) => ({
        id: `${id}#p${p + 1}`,
        text: Array.from({ length: 3 + next(3) }, () => sentences[next(sentences.length)]).join(' '),
      })),
    });
  }
  return out;
}
