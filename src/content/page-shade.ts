import type { PageShade } from '../core/highlight-names.ts';

/**
 * Whether the page is light or dark where its text sits: the first opaque background from
 * <body> up, else the colour scheme the page asked for. Read once per (re)start.
 */
export function pageShade(doc: Document): PageShade {
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const rgb = parseRgb(getComputedStyle(element).backgroundColor);
    if (rgb && rgb.alpha > 0.5) return luminance(rgb) < 0.2 ? 'dark' : 'light';
  }
  const scheme = getComputedStyle(doc.documentElement).colorScheme;
  if (scheme.includes('dark') && !scheme.includes('light')) return 'dark';
  return 'light';
}

interface Rgb {
  r: number;
  g: number;
  b: number;
  alpha: number;
}

function parseRgb(value: string): Rgb | null {
  const parts = /^rgba?\(([^)]+)\)$/.exec(value)?.[1]?.split(/[\s,/]+/).filter(Boolean).map(Number);
  if (!parts || parts.length < 3 || parts.some(Number.isNaN)) return null;
  return { r: parts[0]!, g: parts[1]!, b: parts[2]!, alpha: parts[3] ?? 1 };
}

function luminance({ r, g, b }: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}
