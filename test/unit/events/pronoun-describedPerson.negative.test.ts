// What a described person must not take: a noun of the other sex, one that is no subject, or a
// noun that says nothing of who the person is.
import { describe, expect, it } from 'vitest';
import { namedAfterSentences as named } from './helpers';

describe('no described person', () => {
  it('a "she" does not go on with "the man"', () => {
    const text = 'The man was seen leaving the shop at noon. She called the police.';
    expect(named(text, 'She called the police')).toBe('She called the police');
  });
  it('a woman named as an object is no subject', () => {
    const text = 'Critics called her the best woman on the tour. She won again in Rome.';
    expect(named(text, 'She won again in Rome')).toBe('She won again in Rome');
  });
  it('a noun that tells no sex is left alone', () => {
    const text = 'A 19-year-old driver lost control on the bend. She was cut free by firefighters.';
    expect(named(text, 'She was cut free by firefighters')).toBe('She was cut free by firefighters');
  });
});
