/**
 * Whether the page's own markup names this URL (an image, a frame, a stylesheet the page
 * refers to), so the request is the page's, refused by the sweep's CSP or the network.
 */
export function referencedBy(source: string, url: string): boolean {
  const markup = source.replaceAll('&amp;', '&');
  // Chromium turns a page's request for another extension's file into this one.
  if (url === 'chrome-extension://invalid/') return markup.includes('chrome-extension://');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return markup.includes(url);
  }
  const path = `${parsed.pathname}${parsed.search}`;
  // Markup writes URLs as it likes: with or without the scheme, relative, not %-encoded
  // (or partly: `file:///C|/Documents%20and%20Settings` is requested as `C%7C`).
  const forms = [url, url.slice(parsed.protocol.length), parsed.pathname.length > 1 ? path : null].filter((form) => form !== null);
  return forms.some((form) => [form, decoded(form), form.replace(/%7C/gi, '|')].some((written) => markup.includes(written)));
}

function decoded(text: string): string {
  try {
    return decodeURI(text);
  } catch {
    return text;
  }
}
