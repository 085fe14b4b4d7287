// The day a file's path names, for a story's article whose page states none: desks lay their
// coverage out by day (DIR/2010-04-20/bbc-12.txt, 2010-04-20-bbc.txt). The CLI's folder reader
// and the app's "Add a folder" read it the same way. Pure; a path is only a string here.
import { spellPublished } from '../temporal/reference';

const DATED = /(?:^|[^\d])(\d{4}-\d{2}-\d{2})(?!\d)/;

/** The day a path names: the file's own YYYY-MM-DD prefix first, else the nearest folder's
 *  (either separator, so a Windows path reads too); null when none is a real day. */
export function dateFromPath(path: string): string | null {
  for (const part of path.split(/[\\/]/).reverse()) {
    const m = DATED.exec(part);
    if (m && spellPublished(m[1])) return m[1];
  }
  return null;
}
