import { writeFileSync } from 'node:fs';
import { renderHighlightCss } from './highlight-css.ts';

writeFileSync(new URL('../src/content/highlights.css', import.meta.url), renderHighlightCss());
console.log('wrote src/content/highlights.css');
