// Export file names: `<headline-slug>-<YYYY-MM-DD>.<ext>`, safe on every file system and
// readable in a newsroom's shared drive. Pure; knows nothing of how the file is made.

const MAX_SLUG = 60;

/** Lower-case ASCII words joined by hyphens; accents folded, everything else dropped. */
export function slugify(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > MAX_SLUG) break;
    slug = next;
  }
  // A single overlong word is cut rather than dropped.
  return slug || (words[0] ?? '').slice(0, MAX_SLUG);
}

export function exportFilename(headline: string | null, published: string, ext: 'svg' | 'png' | 'json'): string {
  const slug = slugify(headline ?? '') || 'timeline';
  const day = /^\d{4}-\d{2}-\d{2}/.exec(published)?.[0];
  return day ? `${slug}-${day}.${ext}` : `${slug}.${ext}`;
}
