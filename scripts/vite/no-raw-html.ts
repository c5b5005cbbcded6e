/**
 * Removes Preact's one raw-HTML sink (`dangerouslySetInnerHTML` → `el.innerHTML = …`) from the
 * bundles. The extension never renders raw HTML, and its content script runs on every news
 * page: with the sink gone, no page text can ever become markup through our code, and Firefox's
 * add-on linter (UNSAFE_VAR_ASSIGNMENT) has nothing to report. Fails the build if Preact's code
 * changes shape, rather than silently leaving the sink in.
 */
import type { Plugin } from 'vite';

/** `(u.innerHTML=h.__html)` in preact/dist/preact.module.js (minified names vary by release). */
const RAW_HTML_ASSIGNMENT = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;
/** `u.innerHTML=""`: clearing a node that held raw HTML; `textContent` clears it the same way. */
const CLEAR_ASSIGNMENT = /(\w+)\.innerHTML=""/g;

export function noRawHtml(): Plugin {
  return {
    name: 'jfir-no-raw-html',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.module\.js$/.test(id)) return null;
      let replaced = 0;
      const out = code
        .replace(RAW_HTML_ASSIGNMENT, () => {
          replaced += 1;
          return '(()=>{throw new Error("JFIR Briefs renders no raw HTML")})()';
        })
        .replace(CLEAR_ASSIGNMENT, (_, el: string) => {
          replaced += 1;
          return `${el}.textContent=""`;
        });
      if (replaced !== 2)
        throw new Error(`no-raw-html: expected 2 innerHTML assignments in ${id}, found ${replaced}; check Preact's diff code`);
      return { code: out, map: null };
    },
  };
}
