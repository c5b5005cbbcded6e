/**
 * The brief card's rendering code (Preact, `BriefCard`, its styles and catalogs), kept out of the
 * content script: the background injects this file into the content script's own isolated world
 * (`scripting.executeScript`, the `loadCard` message) the first time a card opens on a page.
 * It is not web-accessible, so a page can neither load nor probe it, and it only registers
 * `CardApi` on the isolated world's global (`components/card-api.ts`); the content script, which
 * keeps every event and message, makes the card from it. Loaded twice, the later copy replaces
 * the slot; a card made from the earlier one keeps working.
 */
import { CARD_API_KEY, type CardApi } from '../../components/card-api';
import { CardContainer } from './container';

export default defineUnlistedScript({
  // No `var card = …` left on the isolated world's global: the slot below is the only trace.
  globalName: false,
  main() {
    const api: CardApi = () => new CardContainer();
    Object.defineProperty(globalThis, CARD_API_KEY, { value: api, configurable: true, writable: false, enumerable: false });
  },
});
