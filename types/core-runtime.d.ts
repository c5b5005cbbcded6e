/**
 * The few runtime APIs the pure core may use beyond ECMAScript: present alike in the browser's
 * pages, its workers and Node (the scripts and tests), so they tie the core to no context.
 * Read only by tsconfig.core.json; the rest of the project gets them from the DOM and Node types.
 */
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
