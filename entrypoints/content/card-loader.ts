/**
 * Loads the brief card's rendering code (`entrypoints/card/`) into this content script's isolated
 * world the first time a card opens: the background injects it into this frame on `loadCard`.
 * A failed load (the extension reloaded under the page, the frame navigating away) is forgotten,
 * so the reader's next click tries again.
 */
import { CARD_API_KEY, type CardApi, type CardView } from '../../components/card-api';
import { sendMessage } from '../../utils/browser/messages';

/**
 * The maker the card script registered, read as an own data property of this world's global only:
 * in Firefox the content script's global inherits from the page's window (through Xray wrappers),
 * and nothing there is trusted.
 */
function registeredApi(): CardApi | undefined {
  const slot = Object.getOwnPropertyDescriptor(globalThis, CARD_API_KEY);
  return typeof slot?.value === 'function' ? (slot.value as CardApi) : undefined;
}

/** Returns the page's card view, loading the card script first if this script has not yet. */
export function cardLoader(): () => Promise<CardView> {
  let view: Promise<CardView> | undefined;
  const load = async () => {
    await sendMessage('loadCard', {});
    const api = registeredApi();
    if (!api) throw new Error('the card script did not load');
    return api();
  };
  return () =>
    (view ??= load().catch((error: unknown) => {
      view = undefined;
      throw error;
    }));
}
