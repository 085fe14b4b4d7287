// Settings that belong to a timeline but not to the v1 document shape: saved beside the
// document. Reading is lenient (a bad or missing value falls back to its default), because a
// wrong theme must never cost the user their timeline. Must not know about components.
import { readDateStyle, type DateStyle } from '../../lib/house';

/** 'auto' follows the reader's system (prefers-color-scheme). */
export type Theme = 'auto' | 'light' | 'dark';

export interface Lanes {
  past: boolean;
  projected: boolean;
  undated: boolean;
}

export interface DocumentSettings {
  credit: string;
  /** One line under the headline: what the timeline shows, from which article. */
  dek: string;
  theme: Theme;
  lanes: Lanes;
  /** The house style every date of the graphic is written in (AP, UK, ISO). */
  dateStyle: DateStyle;
}

export const DEFAULT_SETTINGS: DocumentSettings = Object.freeze({
  credit: '',
  dek: '',
  theme: 'auto',
  lanes: Object.freeze({ past: true, projected: true, undated: true }),
  dateStyle: 'ap',
}) as DocumentSettings;

// Settings saved before date styles named a locale: US English read as AP, British as UK.
const FROM_LOCALE: Record<string, DateStyle> = { 'en-US': 'ap', 'en-GB': 'uk' };

/** The Intl locale nearest a house style, for what is still written by Intl (the scale chart's
 *  accessible names and ticks): AP is American, UK British, ISO numbers read either way. */
export const localeOf = (style: DateStyle): string => (style === 'ap' ? 'en-US' : 'en-GB');

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function readSettings(value: unknown): DocumentSettings {
  const v = isObject(value) ? value : {};
  const lanes = isObject(v.lanes) ? v.lanes : {};
  const flag = (x: unknown, d: boolean) => (typeof x === 'boolean' ? x : d);
  const old = typeof v.locale === 'string' ? FROM_LOCALE[v.locale] : undefined;
  return {
    credit: typeof v.credit === 'string' ? v.credit : DEFAULT_SETTINGS.credit,
    dek: typeof v.dek === 'string' ? v.dek : DEFAULT_SETTINGS.dek,
    theme: v.theme === 'dark' || v.theme === 'light' || v.theme === 'auto' ? v.theme : DEFAULT_SETTINGS.theme,
    lanes: {
      past: flag(lanes.past, true),
      projected: flag(lanes.projected, true),
      undated: flag(lanes.undated, true),
    },
    dateStyle: readDateStyle(v.dateStyle, old ?? DEFAULT_SETTINGS.dateStyle),
  };
}
