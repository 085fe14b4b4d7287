// Words that mark a stamp as the last update rather than the first publication, in the
// languages months.ts reads. Must not know about the DOM or date formats.

export const UPDATED_WORDS =
  /(?:updated?|modified|edited|revised|aktualisiert|geändert|mis à jour|mise à jour|modifié|actualizado|actualización|aggiornat[oa]|atualizad[oa]|bijgewerkt|aktualizováno|aktualizacja|zaktualizowano)\W{0,3}\s*(?:on|am|le|el|il|em|op|at)?\s*$/i;

export const UPDATED_CLASS = /modif|updat|edited|aktualisiert/i;

/** Whether the few words just before a stamp say it is an update. */
export function saysUpdated(before: string): boolean {
  return UPDATED_WORDS.test(before.slice(-40));
}

// "Posted", "Published on", "Veröffentlicht am", "Publié le": the label a byline prints
// before the first publication's date, in the same languages.
// ("Published Date: 11 January 2008": some templates name the field)
const PUBLISHED_WORDS =
  /(?:posted|published|first published|veröffentlicht|publié|publicado|pubblicato|gepubliceerd|publikováno|opublikowano)(?:\s+date)?\W{0,3}\s*(?:(?:on|am|le|el|il|em|op|at)\W{0,2})?\s*$/i;

/** Whether the few words just before a stamp say it is the publication. */
export function saysPublished(before: string): boolean {
  return PUBLISHED_WORDS.test(before.slice(-40));
}
