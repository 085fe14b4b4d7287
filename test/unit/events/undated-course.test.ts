// What the rule on courses and kept states must leave: an arrangement told with its own verb.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').map((e) => e.label);

describe('an arrangement beside the words of a course stays a projection', () => {
  it('keeps a withdrawal that will be carried out', () => {
    expect(undated('Lisbon will withdraw its 300 peacekeepers from Lebanon, the minister says.')).toEqual(['Lisbon will withdraw its 300 peacekeepers from Lebanon']);
  });
  it('keeps a plan to hold talks', () => {
    expect(undated('The port authority plans to hold talks with the dockers’ union.')).toEqual(['The port authority plans to hold talks with the dockers’ union']);
  });
});
