/**
 * Unit tests import the finder's modules directly (`utils/dom/article`), not only through `page-text`: importing the
 * in-process finder first gives every test the Japanese site lines, as the brief CLI and the content script on a CJK page have.
 */
import '../../utils/dom/article-finding';
