// The gold file of a page set (OUTDIR/gold.json, test/fixtures/pages/gold.json): what each saved
// page should ingest to. The format is described in scripts/eval-pages/README.md.
import { readFileSync } from 'node:fs';

export interface GoldPage {
  file: string;
  url: string;
  /** The publisher's local calendar day, `YYYY-MM-DD`; null when the page states no date. */
  published: string | null;
  /** How the day was read from a UTC instant; 'utc' means it may be a day off the local one. */
  dayFrom?: 'page-offset' | 'extractor-timezone' | 'utc' | 'page';
  title: string;
  /** The story's text, one paragraph a line; absent when there is no trustworthy body gold. */
  body?: string;
  bodyFrom?: 'postlight-custom-extractor' | 'hand';
  bodyChecked?: boolean;
  news: boolean;
  source: string;
  notes?: string;
}

export function readGold(file: string): GoldPage[] {
  const json = JSON.parse(readFileSync(file, 'utf8')) as { pages?: GoldPage[] };
  if (!Array.isArray(json.pages)) throw new Error(`no pages array in gold file ${file}`);
  return json.pages;
}
