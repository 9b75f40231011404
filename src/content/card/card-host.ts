import cardCss from './card.css?inline';

/**
 * The one node Backstory adds to a page: a host element with a closed shadow root, so
 * page scripts cannot reach the card and page styles cannot restyle it.
 */
export interface CardHost {
  host: HTMLElement;
  root: ShadowRoot;
}

export function createCardHost(doc: Document): CardHost {
  // No attributes: `:host { all: initial !important }` inside the shadow root wins over
  // any page rule, even `div { display: none !important }` (inner context wins for !important).
  const host = doc.createElement('div');
  const root = host.attachShadow({ mode: __AUDIT__ ? 'open' : 'closed' });
  adoptStyles(root);
  return { host, root };
}

function adoptStyles(root: ShadowRoot): void {
  try {
    // Constructed sheets are not subject to the page's style-src CSP.
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(cardCss);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = cardCss;
    root.append(style);
  }
}
