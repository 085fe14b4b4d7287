// A "we" that is someone else's, or whose publisher is not known, is left alone (firstPerson.ts).
import { describe, expect, it } from 'vitest';
import { publisherLabel } from '../../../src/lib/events/firstPerson';

describe('"we" stays when it is not the page\u2019s own or the publisher is unknown', () => {
  it('inside a quote opened before it', () => {
    const text = '“We reviewed the contract on Monday,” the club’s chairman said.';
    expect(publisherLabel(text, 'We reviewed the contract', 0, 'Sports Desk')).toBeNull();
  });

  it('in a paragraph whose quote is still open', () => {
    const text = 'The coach was blunt: “It was a long night. We lost our shape after the break on Saturday.';
    const at = text.indexOf('We lost');
    expect(publisherLabel(text, 'We lost our shape after the break', at, 'Sports Desk')).toBeNull();
  });

  it('with no publisher known', () => {
    expect(publisherLabel('We reviewed the new tablet last week.', 'We reviewed the new tablet', 0, null)).toBeNull();
  });

  it('a plain present that would not agree with one', () => {
    expect(publisherLabel('We expect the vote on Friday.', 'We expect the vote', 0, 'Capitol Report')).toBeNull();
  });
});

describe('"we" of a writer\u2019s side is no newsroom', () => {
  it('an op-ed\u2019s "we won" stays "we"', () => {
    const text = 'Two years ago we won the fight for fair fares, but the new rules had one gap.';
    expect(publisherLabel(text, 'We won the fight for fair fares', 0, 'The Commuter')).toBeNull();
  });
});
