// Escaping for text placed in SVG/HTML source. Article-derived strings (labels, headlines,
// publishers) always pass through here: they are data, never markup.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes for element content and quoted attribute values alike. */
export function escapeXml(text: string): string {
  // Characters XML 1.0 forbids outright would make the whole file unreadable; drop them.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
