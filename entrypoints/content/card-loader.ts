/**
 * Loads the brief card's rendering code (`entrypoints/card/`) the first time a card opens
 * (`partLoader`), and makes the page's one card view from it.
 */
import { CARD_API_KEY, type CardApi, type CardView } from '../../components/card-api';
import { partLoader } from './part-loader';

/** Returns the page's card view, loading the card script first if this script has not yet. */
export function cardLoader(): () => Promise<CardView> {
  const card = partLoader<CardApi>('card', CARD_API_KEY);
  let view: Promise<CardView> | undefined;
  return () =>
    (view ??= card
      .load()
      .then((api) => api())
      .catch((error: unknown) => {
        view = undefined;
        throw error;
      }));
}
