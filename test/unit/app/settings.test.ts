import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, readSettings } from '../../../src/app/editor/settings';

describe('reading saved timeline settings', () => {
  it.each([
    [{ locale: 'en-US' }, 'ap'],
    [{ locale: 'en-GB' }, 'uk'],
    [{ dateStyle: 'iso', locale: 'en-US' }, 'iso'],
    [{ dateStyle: 'uk' }, 'uk'],
    [{ dateStyle: 'klingon' }, 'ap'],
    [{ locale: 'fr-FR' }, 'ap'],
    [null, 'ap'],
  ])('settings %j are read with date style %s', (saved, style) => {
    expect(readSettings(saved).dateStyle).toBe(style);
  });

  it('keeps a saved dek and credit, and gives empty ones where none or a wrong type was saved', () => {
    expect(readSettings({ dek: 'What happened since the summit', credit: 'Graphic: desk' })).toMatchObject({ dek: 'What happened since the summit', credit: 'Graphic: desk' });
    expect(readSettings({ dek: 42 })).toMatchObject({ dek: '', credit: '' });
  });

  it('gives the defaults for settings that are not an object', () => {
    expect(readSettings('dark')).toEqual(DEFAULT_SETTINGS);
  });
});
