/**
 * Owns the one element the extension adds to a page: a host attached only when the first card
 * opens, holding the Preact card and its styles in a closed shadow root. Like hypothesis's
 * PreactContainer: one object owns mount and unmount.
 *
 * The page must neither read nor break the card. The host is a plain `div` (a page can define any
 * custom element name before us, or upgrade ours, but cannot redefine a standard element), its
 * inline styles are `!important` (they beat any page style sheet), and the root is closed: page
 * scripts see an empty `div`. Events the page fires into the card are dropped before they reach it.
 */
import { h, render } from 'preact';
import { BriefCard } from '../../components/BriefCard';
import type { CardData, CardView } from '../../components/card-api';
import cardCss from '../../components/card.css?inline';
import { citation } from '../../components/format';
import { closestOf, invoke, property, textParentOf } from '../../utils/dom/native';
import { findPageDate } from '../../utils/dom/page-date';
import { cardCatalogs } from '../../utils/i18n/card';
import { translator } from '../../utils/i18n/translate';

/** Marks the host, so tests and the reader's developer tools can tell it from the page's own elements. */
export const HOST_ATTRIBUTE = 'data-jfir-briefs';
/** `!important` inline styles win over every page style sheet; `all` covers `display` too. */
const HOST_STYLE = 'all:initial!important;position:absolute!important;top:0!important;left:0!important;z-index:2147483647!important';
/** The events the card acts on: only the reader's own (trusted) ones get in. */
const INPUT_EVENTS = ['click', 'keydown'];

export class CardContainer implements CardView {
  private host: HTMLElement | undefined;
  private mountPoint: HTMLElement | undefined;
  /** The page's date, read as a card opens: here, not in the content script, which most pages load and never open a card on. */
  private pageDate: string | undefined;

  /** The host element, if a card was ever shown. */
  get element(): HTMLElement | undefined {
    return this.host;
  }

  /** Renders the card at page coordinates (document, not viewport), attaching the host first if needed. */
  show(data: CardData, position: { top: number; left: number }, mention?: Text): void {
    if (!this.host || !this.mountPoint) {
      this.host = invoke(document, 'createElement', 'div');
      this.host.setAttribute(HOST_ATTRIBUTE, '');
      // A manual popover can enter the top layer, above the page's popovers; it never light-dismisses.
      this.host.setAttribute('popover', 'manual');
      const shadow = this.host.attachShadow({ mode: 'closed' });
      // Capture at the root runs before any listener inside the card: a scripted event stops here.
      for (const type of INPUT_EVENTS) shadow.addEventListener(type, dropUntrusted, true);
      this.mountPoint = invoke(document, 'createElement', 'div');
      shadow.append(this.mountPoint);
      adoptStyles(shadow);
    }
    const root = property(document, 'documentElement');
    const opening = !this.isOpen;
    // Re-attached if the page removed it; appended last so it stays on top of the page's own layers.
    const parent = (opening && inertingAncestorOf(mention)) || root;
    if (!this.host.isConnected || (opening && this.host.parentNode !== parent)) parent.append(this.host);
    this.undoZoom(root);
    if (opening) {
      this.pageDate = findPageDate(document);
      raiseToTopLayer(this.host);
    }
    this.mountPoint.setAttribute('style', `position: absolute; top: ${position.top}px; left: ${position.left}px;`);
    const { status, onCopyCitation, ...props } = data;
    const t = translator(cardCatalogs, data.language);
    render(
      h(BriefCard, {
        ...props,
        ...(this.pageDate ? { pageDate: this.pageDate } : {}),
        t,
        ...(status ? { status: t(status) } : {}),
        onCopyCitation: (excerpt) => onCopyCitation(citation(excerpt)),
      }),
      this.mountPoint,
    );
    // Focus moves into a card as it opens, not on each re-render while it loads.
    if (opening) this.mountPoint.querySelector<HTMLElement>('[role="dialog"]')?.focus({ preventScroll: true });
  }

  /**
   * A page that scales its root with CSS `zoom` would scale the card, and the place it is put in
   * page pixels, with it: the host zooms by the inverse, so the card keeps its size and its place.
   */
  private undoZoom(root: Element): void {
    const zoom = property(root, 'currentCSSZoom') ?? 1;
    const style = zoom > 0 && zoom !== 1 ? `${HOST_STYLE};zoom:${1 / zoom}!important` : HOST_STYLE;
    if (this.host && this.host.getAttribute('style') !== style) this.host.setAttribute('style', style);
  }

  /** True when the event happened inside the card. */
  contains(event: Event): boolean {
    return this.host !== undefined && event.composedPath().includes(this.host);
  }

  /** Unmounts the card, keeping the host for the next one. */
  hide(): void {
    if (this.mountPoint) render(null, this.mountPoint);
  }

  get isOpen(): boolean {
    return (this.mountPoint?.childElementCount ?? 0) > 0;
  }

  /** Removes the host from the page (extension unloaded). */
  destroy(): void {
    this.hide();
    this.host?.remove();
    this.host = undefined;
    this.mountPoint = undefined;
  }
}

/**
 * Shows the host last in the top layer, so a card opened from a mark inside a page's popover (a
 * glossary term, a footnote) is drawn above it: no z-index rises above the top layer. Shown again on
 * each opening, since a popover the page opened later sits above ours. Where the Popover API is
 * missing, or the page hid our host, the inline styles still show it as a plain layer of the page.
 */
function raiseToTopLayer(host: HTMLElement): void {
  if (typeof host.showPopover !== 'function') return;
  try {
    if (host.matches(':popover-open')) host.hidePopover();
    host.showPopover();
  } catch {
    // Not connected, or a browser that refuses: the card stays an ordinary layer.
  }
}

/**
 * The modal dialog (a story in a reading overlay) or the full-screen element (a long read or a
 * gallery the reader put in full screen) nearest the mention: everything outside it is inert to the
 * pointer, the top layer included, so the card could be seen but not clicked unless its host is inside.
 */
function inertingAncestorOf(mention: Text | undefined): Element | null {
  const el = mention && textParentOf(mention);
  try {
    return el ? closestOf(el, 'dialog:modal, :fullscreen') : null;
  } catch {
    return null; // A browser without `:modal` or `:fullscreen`.
  }
}

function dropUntrusted(event: Event): void {
  if (!event.isTrusted) event.stopImmediatePropagation();
}

/**
 * Styles the shadow root with a constructed stylesheet, which no page Content-Security-Policy
 * can block (Chromium exempts a content script's <style> too, but not every browser need);
 * a <style> element is the fallback where adopting fails, as it may behind Firefox's Xray wrappers.
 */
function adoptStyles(shadow: ShadowRoot): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(cardCss);
    shadow.adoptedStyleSheets = [sheet];
  } catch {
    const style = invoke(document, 'createElement', 'style');
    style.textContent = cardCss;
    shadow.prepend(style);
  }
}
