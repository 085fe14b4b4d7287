// A future whose subject is no one, or that tells what a fact will do to people or sums, or what only
// time will tell, or the weather's lows, is no undated expectation. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').map((e) => e.label);

describe('a subject that is no one names nothing that will happen', () => {
  it.each([
    'No one will forget the three firefighters who died at the mill.',
    'Nobody will talk about the old stadium once the new one opens.',
    'None of the proposed levies is likely to make a difference to the harbour.',
    'No ruling is expected to be published by the tribunal.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});

describe('what a fact will do to people or sums is an outcome', () => {
  it.each([
    "The striker's refusal will add to the woes of the club's owner.",
    'The repair bill will dwarf whatever the tenants feared.',
    'The violent raids will scare off both traders and visitors.',
    'Results from the pressure tests will give the crew and the regulator a better idea of the risks.',
    'The council will also play a role in what the mill becomes.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});

describe('what is not known yet is no plan', () => {
  it.each([
    'Only time will tell whether the ferry keeps its licence.',
    'The soil samples will show whether the spill reached the orchard.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});

describe('the weather has no agent', () => {
  it.each([
    'Lows are expected to dip to near 18 degrees at the regional airport.',
    'A low near 25 is expected on the islands.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});
