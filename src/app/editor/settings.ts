// Settings that belong to a timeline but not to the v1 document shape: saved beside the
// document. Reading is lenient (a bad or missing value falls back to its default), because a
// wrong theme must never cost the user their timeline. Must not know about components.

/** 'auto' follows the reader's system (prefers-color-scheme). */
export type Theme = 'auto' | 'light' | 'dark';
export type DateLocale = 'en-US' | 'en-GB';

export interface Lanes {
  past: boolean;
  projected: boolean;
  undated: boolean;
}

export interface DocumentSettings {
  credit: string;
  theme: Theme;
  lanes: Lanes;
  locale: DateLocale;
}

export const DEFAULT_SETTINGS: DocumentSettings = Object.freeze({
  credit: '',
  theme: 'auto',
  lanes: Object.freeze({ past: true, projected: true, undated: true }),
  locale: 'en-GB',
}) as DocumentSettings;

export const LOCALES: readonly DateLocale[] = ['en-US', 'en-GB'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function readSettings(value: unknown): DocumentSettings {
  const v = isObject(value) ? value : {};
  const lanes = isObject(v.lanes) ? v.lanes : {};
  const flag = (x: unknown, d: boolean) => (typeof x === 'boolean' ? x : d);
  return {
    credit: typeof v.credit === 'string' ? v.credit : DEFAULT_SETTINGS.credit,
    theme: v.theme === 'dark' || v.theme === 'light' || v.theme === 'auto' ? v.theme : DEFAULT_SETTINGS.theme,
    lanes: {
      past: flag(lanes.past, true),
      projected: flag(lanes.projected, true),
      undated: flag(lanes.undated, true),
    },
    locale: LOCALES.includes(v.locale as DateLocale) ? (v.locale as DateLocale) : DEFAULT_SETTINGS.locale,
  };
}
