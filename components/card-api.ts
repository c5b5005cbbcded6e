/**
 * The contract between the content script and the brief card's rendering code, which the
 * background injects into the content script's own isolated world only when a card first opens
 * (`entrypoints/card/`, loaded through the `loadCard` message): most pages never open a card, and
 * the content script has a 20 KB gzipped budget. The card script registers `CardApi` on the
 * isolated world's global (Chromium's isolated world, Firefox's content-script sandbox: neither is
 * the page's); the content script keeps the events, the trusted-input checks and the messaging,
 * and passes callbacks in. Types and one key: nothing here adds more than a line to either bundle.
 */
import type { Excerpt } from '../utils/brief';
import type { Language } from '../utils/i18n/translate';

/** The global slot the card script fills; read as an own property of the isolated world's global only. */
export const CARD_API_KEY = Symbol.for('jfir-briefs.card-view');

/** What the content script knows of one card; the card script translates and formats it. */
export interface CardData {
  topicLabel: string;
  language: Language;
  /** The mention's text as it appears on the page. */
  mention: string;
  /** Undefined while loading. */
  excerpts: Excerpt[] | undefined;
  /** The brief could not be loaded. */
  error?: boolean;
  /** The outcome of the last *Copy citation*, shown to sighted and screen-reader readers alike. */
  status?: 'copied' | 'copyFailed';
  /** Where the topic's aliases stand in an excerpt's text. */
  emphasis: (text: string) => Array<{ start: number; end: number }>;
  onOpenReader: (excerpt: Excerpt) => void;
  /** The reader asked to copy this citation (already formatted). */
  onCopyCitation: (citation: string) => void;
  onClose: () => void;
}

/** The one card of a page: a closed shadow-root host attached when it is first shown. */
export interface CardView {
  /** The host element, if a card was ever shown. */
  readonly element: HTMLElement | undefined;
  readonly isOpen: boolean;
  /**
   * Renders the card at page coordinates, attaching the host first if needed; focus moves in as it
   * opens. `mention` is the text the card is about: inside a modal dialog, the host goes there too.
   */
  show(data: CardData, position: { top: number; left: number }, mention?: Text): void;
  /** True when the event happened inside the card. */
  contains(event: Event): boolean;
  /** Unmounts the card, keeping the host for the next one. */
  hide(): void;
  /** Removes the host from the page. */
  destroy(): void;
}

/** What the card script registers under `CARD_API_KEY`: a maker of the page's card. */
export type CardApi = () => CardView;
