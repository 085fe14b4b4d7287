// Moved to meta/published.ts; this re-export keeps html.ts and markdown.ts compiling until
// they import from meta/ (html.ts is being rewritten to call readPageMeta).
export { normalisePublished } from './meta/published';
