/**
 * The commentary data model shared by the build step, the background, the pages and the CLI.
 * Pure types: no browser or DOM access.
 */

export interface Passage {
  /** Stable id, `<commentaryId>#p<n>`. */
  id: string;
  /** Heading of the numbered section the passage belongs to, when the text has sections. */
  section?: string;
  text: string;
}

export interface Commentary {
  /** Stable id: publication date and title slug, e.g. `2021-10-19-discussion-of-the-situation-in-afghanistan`. */
  id: string;
  title: string;
  /** Publication date on the JFIR Commentary page, ISO `YYYY-MM-DD`. */
  date: string;
  author: { name: string; affiliation: string };
  /** Where the Japanese original first appeared. */
  firstAppeared: { venue: string; date: string; dateText: string };
  /** Numbered section headings in order, empty when the text has none. */
  sections: string[];
  passages: Passage[];
  /** Works the commentary cites after its closing note, as printed. */
  references?: string;
  /** Page the commentary is published on, for citations and "read the original". */
  url: string;
  /** Set on commentary the reader imported, absent on the bundled index. */
  imported?: boolean;
}

export interface CommentaryIndex {
  /** Source file the index was generated from, relative to the project. */
  source: string;
  /** SHA-256 of the source text, so a test can tell the index is stale. */
  sourceSha256: string;
  commentaries: Commentary[];
}

/** Page on which JFIR publishes the English commentary. */
export const JFIR_COMMENTARY_URL = 'https://www.jfir.or.jp/en/commentary/';
