/**
 * Owns the one element the extension adds to a page: an open shadow root host, attached only
 * when the first card opens, holding the Preact card and its styles. Like hypothesis's
 * PreactContainer: one object owns mount and unmount.
 */
import { render, type ComponentChild } from 'preact';
import cardCss from '../../components/card.css?inline';

export const HOST_TAG = 'jfir-briefs';

export class CardContainer {
  private host: HTMLElement | undefined;
  private mountPoint: HTMLElement | undefined;

  /** The host element, if a card was ever shown. */
  get element(): HTMLElement | undefined {
    return this.host;
  }

  /** Renders `content` at page coordinates (document, not viewport), attaching the host first if needed. */
  show(content: ComponentChild, position: { top: number; left: number }): void {
    if (!this.host || !this.mountPoint) {
      this.host = document.createElement(HOST_TAG);
      this.host.setAttribute('style', 'all: initial; position: absolute; top: 0; left: 0; z-index: 2147483647;');
      const shadow = this.host.attachShadow({ mode: 'open' });
      this.mountPoint = document.createElement('div');
      shadow.append(this.mountPoint);
      adoptStyles(shadow);
      document.documentElement.append(this.host);
    }
    const opening = !this.isOpen;
    this.mountPoint.setAttribute('style', `position: absolute; top: ${position.top}px; left: ${position.left}px;`);
    render(content, this.mountPoint);
    // Focus moves into a card as it opens, not on each re-render while it loads.
    if (opening) this.mountPoint.querySelector<HTMLElement>('[role="dialog"]')?.focus({ preventScroll: true });
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
    const style = document.createElement('style');
    style.textContent = cardCss;
    shadow.prepend(style);
  }
}
