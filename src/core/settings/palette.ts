/**
 * The closed set of highlight colours. Each has a value for light pages and one for dark
 * pages: `line` is the underline (at least 3:1 against the page background) and `fill`
 * the background tint (page text on it stays at least 4.5:1). Opaque hex on purpose, so
 * the contrast test can check every pair and `::highlight()` never blends unpredictably.
 * Shared by the content-script stylesheet and the options page's swatches.
 */
export interface HighlightShade {
  line: string;
  fill: string;
}

export interface HighlightSwatch {
  light: HighlightShade;
  dark: HighlightShade;
}

export const highlightPalette = {
  amber: { light: { line: '#b45309', fill: '#fde68a' }, dark: { line: '#fbbf24', fill: '#78350f' } },
  blue: { light: { line: '#1d4ed8', fill: '#bfdbfe' }, dark: { line: '#60a5fa', fill: '#1e3a8a' } },
  green: { light: { line: '#15803d', fill: '#bbf7d0' }, dark: { line: '#4ade80', fill: '#14532d' } },
  rose: { light: { line: '#be123c', fill: '#fecdd3' }, dark: { line: '#fb7185', fill: '#881337' } },
  violet: { light: { line: '#6d28d9', fill: '#ddd6fe' }, dark: { line: '#a78bfa', fill: '#4c1d95' } },
} as const satisfies Record<string, HighlightSwatch>;

export type HighlightColor = keyof typeof highlightPalette;

export const HIGHLIGHT_COLORS = Object.keys(highlightPalette) as readonly HighlightColor[];
