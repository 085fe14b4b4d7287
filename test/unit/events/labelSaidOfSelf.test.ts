// A long label of a speaker reporting what they themselves did or think gives the speaker doing
// it, without the saying.
import { describe, expect, it } from 'vitest';
import { shortenedSubject } from '../../../src/lib/events/longLabel';

describe('a speaker who speaks of themselves', () => {
  it.each([
    ['Nadia Okafor told the Gazette that she had never seen the minutes of the meeting held by the board', 'Nadia Okafor had never seen the minutes of the meeting held by the board'],
    ['Fishermen on the northern coast said they had lost most of their nets in the storm that hit the bay', 'Fishermen on the northern coast had lost most of their nets in the storm that hit the bay'],
    ['The water utility said it would spend 40 million pounds on new pipes across the county over five years', 'The water utility would spend 40 million pounds on new pipes across the county over five years'],
  ])('%j', (label, short) => {
    expect(shortenedSubject(label)).toBe(short);
  });
});

describe('a role written beside a name with no article', () => {
  it('goes, as a described one does', () => {
    expect(shortenedSubject('Ana Ruiz, general secretary of the dockers’ union, welcomed the pay offer made by the port authority')).toBe('Ana Ruiz welcomed the pay offer made by the port authority');
  });
});
