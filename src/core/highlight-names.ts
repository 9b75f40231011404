/**
 * Names under which the content script registers its highlights. The stylesheet is
 * generated from the same function, so a name and its rule cannot drift apart.
 */
export type PageShade = 'light' | 'dark';

export function highlightName(style: string, color: string, shade: PageShade): string {
  return `backstory-${style}-${color}-${shade}`;
}

/** The mention whose card is open. */
export const ACTIVE_HIGHLIGHT = 'backstory-active';
/** A mention just revealed from the popup or the keyboard command. */
export const FLASH_HIGHLIGHT = 'backstory-flash';
