/**
 * Topics: concepts with aliases in English and Japanese. Pure data model and helpers.
 */
import { topics as defaultTopics } from '../data/topics.json';

export { PALETTE_SIZE } from './palette';

/** An alias with explicit options; a plain string takes the defaults. */
export interface AliasSpec {
  text: string;
  /** Match only this exact capitalisation (default: case-smart, see the matcher). */
  caseSensitive?: boolean;
  /** Match inside words too (default: whole words, except CJK aliases which always match as substrings). */
  substring?: boolean;
}

export type Alias = string | AliasSpec;

/** A topic found on a page: how often, and whether in the headline (sent by the content script to the background). */
export interface FoundTopic {
  topicId: string;
  count: number;
  /** True when the headline mentions the topic. */
  inHeadline: boolean;
}

export interface Topic {
  /** Stable id, lower-case words joined by hyphens. */
  id: string;
  label: { en: string; ja: string };
  aliases: Alias[];
  /** Phrases that suppress a match they contain, e.g. "Pakistani Taliban" for `taliban`. */
  exclusions?: string[];
  /** Index into the highlight palette (`utils/palette.ts`), below PALETTE_SIZE. */
  color: number;
}

/** The topics the extension ships with. */
export const DEFAULT_TOPICS: readonly Topic[] = defaultTopics;

/** The alias as an options object. */
export function aliasSpec(alias: Alias): AliasSpec {
  return typeof alias === 'string' ? { text: alias } : alias;
}

/** Spaces, hyphens and dashes: interchangeable inside an alias (see the matcher), meaningless at its ends. */
const EDGE_SEPARATORS = /^[\s\u00a0\-\u2010-\u2015]+|[\s\u00a0\-\u2010-\u2015]+$/g;

/** An alias as typed, without the spaces, hyphens and dashes at its ends ("-Taliban " → "Taliban"). */
export function trimAliasText(text: string): string {
  return text.replace(EDGE_SEPARATORS, '');
}

/** Whether an alias can match a word at all: it needs a letter or a digit ("--" and "…" cannot). */
export function hasWordCharacter(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/** The alias's text. */
export function aliasText(alias: Alias): string {
  return typeof alias === 'string' ? alias : alias.text;
}

/** Label in the given UI language, falling back to English. */
export function topicLabel(topic: Topic, lang: string): string {
  return (lang.startsWith('ja') ? topic.label.ja : topic.label.en) || topic.label.en;
}

/** Topic labels by id in the given UI language; an id no topic has reads as itself. */
export function topicLabelsById(topics: readonly Topic[], lang: string): (id: string) => string {
  const labels = new Map(topics.map((topic) => [topic.id, topicLabel(topic, lang)]));
  return (id) => labels.get(id) ?? id;
}

/** A new topic id from a label, unique among `taken`. */
export function topicIdFor(label: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base =
    label
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-|-$/g, '') || 'topic';
  let id = `custom-${base}`;
  for (let n = 2; used.has(id); n += 1) id = `custom-${base}-${n}`;
  return id;
}
