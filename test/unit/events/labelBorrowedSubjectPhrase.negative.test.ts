// A subject is a noun phrase: the words before a verb that open on a preposition or a
// subordinator ("Before the recess", "Unless the board") are never borrowed as one (subject.ts,
// NOT_A_SUBJECT). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/lib/extract';
import { subjectOf } from '../../../src/lib/events/subject';

const labels = (text: string, published = '2024-05-15') => extract(text, { title: null, published, url: null, publisher: null }).events.map((e) => e.label);

describe('no borrowed subject opens on a preposition or a subordinator', () => {
  it('an opening phrase of time is no subject', () => {
    expect(subjectOf('Before the summer recess she had chosen a site')).toBeNull();
  });
  it('a clause of condition is no subject', () => {
    expect(subjectOf('Unless the board objects the plan will go ahead')).toBeNull();
  });
  it('a title written in capitals that opens on a preposition still is', () => {
    expect(subjectOf('Across Dark Water was shortlisted for the prize')?.subject).toBe('Across Dark Water');
  });
  it('a clause opening on a subordinator and a name is not', () => {
    expect(subjectOf('After Okafor won the seat the party split')).toBeNull();
  });
  it('a noun phrase still is', () => {
    expect(subjectOf('The harbour board had chosen a site')?.subject).toBe('The harbour board');
  });
  it('no label opens on the preposition', () => {
    for (const l of labels('Before the summer recess the council had chosen a site for the depot, but would not reveal it until the end of June.')) expect(l).not.toMatch(/^Before\b/);
  });
});
