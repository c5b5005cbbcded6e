/**
 * What every part of the content script reads about this page: the settings and matcher in
 * force (replaced when the reader changes settings), the scanner and the marks.
 */
import type { PageConfig } from '../../utils/browser/messages';
import type { Matcher } from '../../utils/matcher';
import type { Highlighter } from './highlighter';
import type { Lifetime } from './lifetime';
import type { PageScanner } from './scanner';

export interface PageState {
  config: PageConfig;
  matcher: Matcher;
  readonly scanner: PageScanner;
  readonly highlighter: Highlighter;
  readonly lifetime: Lifetime;
}
