// An aim, an emphasis or a way of governing is no undated expectation: what someone means to work
// towards happens at no time. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').map((e) => e.label);

describe('an aim is no plan', () => {
  it.each([
    'The new cabinet will seek to restore trust in the health service.',
    'The coalition will focus on housing, transport and child care.',
    'Ministers will pursue closer trade ties with Asian partners.',
    'The province will take steps to cut hospital waiting lists.',
  ])('gives none for "%s"', (s) => expect(undated(s)).toEqual([]));
});
