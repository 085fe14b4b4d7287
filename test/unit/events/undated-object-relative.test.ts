// What a relative clause says of the plan's object describes the object; the plan is judged
// without it. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').map((e) => e.label);

describe('a plan with a described object', () => {
  it.each([
    ['Measures will be brought forward to remove the tax break for private clinics, which will enable the hiring of 900 nurses.', 'Measures will be brought forward to remove the tax break'],
    ['The council will propose a transport board, which will be tasked with cutting fares.', 'The council will propose a transport board'],
  ])('keeps "%s"', (s, label) => expect(undated(s)).toEqual([label]));
});
