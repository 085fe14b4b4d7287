// A projection joined to a fact by "and", with the fact's subject: the
// projection is drawn, labelled without the fact. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').map((e) => e.label);

describe('a joined projection', () => {
  it.each([
    ['The cabinet is committed to cheaper housing and will legislate to introduce a rent cap for students.', 'The cabinet will legislate to introduce a rent cap for students'],
    ['Backup keeper Sam Ode trained with the first team and is expected to make his first start.', 'Backup keeper Sam Ode is expected to make his first start'],
    ['The club captain was one of several fans questioned by police and released and is expected to be charged with affray.', 'The club captain is expected to be charged with affray'],
  ])('keeps "%s"', (s, label) => expect(undated(s)).toEqual([label]));
});
