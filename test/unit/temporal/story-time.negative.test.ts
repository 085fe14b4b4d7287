import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../../../src/lib/temporal/index';

// What the narrative's own time must NOT do: a live blog's stamps are no clock of a story, a
// year looked back to does not end a month's hold, a day named keeps counting days, and a year
// before a noun in a sentence still dates it. Sentences are written for these tests.
const PUB = '2025-11-14';

const valueOf = (text: string, words: string) => tagTimexes(text, PUB).find((t) => t.text === words)?.value;

describe('tagTimexes: what does not move the story\'s day', () => {
  it("a live blog's stamps ('9.58 pm: ...', then '12.10 am: ...') do not send a later stamp to the next day", () => {
    const text = 'The hearing resumed on Nov. 12, 2025.\n9.58 pm: The chairman calls a short recess.\n12.10 am: Witnesses return to the room.\n8.45 pm: Opening statements continue.';
    expect(valueOf(text, '8.45 pm')).toBe('2025-11-12T20:45');
  });

  it("a year looked back to ('the worst since 1998') does not end the day's hold: 'three days later' counts from the day", () => {
    const text = 'The dam burst on March 4, 2024, the worst flood since 1998.\nThe river fell back three days later.';
    expect(valueOf(text, 'three days later')).toBe('2024-03-07');
  });

  it("a relative clause's date is the story's own for what follows ('which opened on June 1 and closed two weeks later')", () => {
    const text = 'Visitors lined up for the exhibition, which opened on June 1, 2024 and closed two weeks later.\nIt moved to Lyon the following month.';
    expect(valueOf(text, 'two weeks later')).toBe('2024-06-15');
  });

  it("a year before a noun ('her 2019 album') still dates it, and 'the following year' counts from it", () => {
    const text = 'After her 2019 album sold poorly, she signed with a new label for the following year’s record.';
    expect(valueOf(text, 'the following year')).toBe('2020');
  });

  it("a date inside a quotation keeps its own value ('back at work by June 4, 2024,' the foreman said)", () => {
    const text = '“We were back at work by June 4, 2024,” the foreman said.';
    expect(valueOf(text, 'June 4, 2024')).toBe('2024-06-04');
  });
});
