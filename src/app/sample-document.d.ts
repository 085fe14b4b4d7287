// The sample article's document, extracted at build time (vite.config.ts, sampleDocument):
// everything but its text, which the app imports on its own.
declare module 'virtual:sample-document' {
  const doc: Omit<import('../lib/document').NewslineDocument, 'text'> & { text: null };
  export default doc;
}
