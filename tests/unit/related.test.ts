import { describe, expect, it } from 'vitest';
import index from '../../data/commentary.json';
import type { Commentary } from '../../utils/commentary';
import { compileMatcher } from '../../utils/matcher';
import { relatedCommentaries, topicsOf } from '../../utils/related';
import { DEFAULT_TOPICS } from '../../utils/topics';

const all = index.commentaries as Commentary[];
const matcher = compileMatcher(DEFAULT_TOPICS);

describe('related commentary', () => {
  it('finds the topics a commentary touches, most mentioned first', () => {
    const topics = topicsOf(all[0]!, matcher);
    expect(topics[0]).toBe('taliban');
    expect(topics).toEqual(expect.arrayContaining(['afghanistan', 'haqqani', 'jihadist-groups']));
  });

  it('relates the two Russia commentaries to each other first', () => {
    const related = relatedCommentaries(all[1]!, all, matcher);
    expect(related[0]!.commentary.id).toBe(all[5]!.id);
    expect(related[0]!.shared).toEqual(expect.arrayContaining(['putin', 'northern-territories']));
    expect(related.some((r) => r.commentary.id === all[1]!.id)).toBe(false);
  });
});
