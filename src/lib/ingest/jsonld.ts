// Moved to meta/jsonld.ts; this re-export keeps html.ts compiling until it calls readPageMeta.
export { articleFromJsonLd } from './meta/jsonld';
export type { JsonLdArticle } from './meta/jsonld';
