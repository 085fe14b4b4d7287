import { describe, expect, it } from 'vitest';
import { chooseEntryLabel, entryLabel, labelFaults, labelKey, sentenceAsLabel, withoutOpeners } from '../../src/lib/story/entryLabel';

describe('entryLabel', () => {
  it('keeps the first quoted sentence’s event label when it reads as a statement', () => {
    const label = entryLabel([
      { text: 'Firefighters contained the Ridge Creek blaze on Sunday.', label: 'Firefighters contained the Ridge Creek blaze' },
      { text: 'The county reopened two highways on Sunday.', label: 'The county reopened two highways' },
    ]);
    expect(label).toBe('Firefighters contained the Ridge Creek blaze');
  });

  it('passes over an anchor’s tagged aside for the next sentence that says who did what', () => {
    const label = entryLabel([
      { text: 'HOLLOWAY: Now, back to the fires out west.', label: 'HOLLOWAY: Now, back to the fires out west' },
      { text: 'Crews evacuated 4,000 residents of Pine Hollow on Sunday.', label: 'Crews evacuated 4,000 residents of Pine Hollow' },
    ]);
    expect(label).toBe('Crews evacuated 4,000 residents of Pine Hollow');
  });

  it('strips a speaker tag and a spoken opener when what remains is a whole statement', () => {
    const asked: string[] = [];
    const label = entryLabel(
      [{ text: 'MARTINEZ: Well, in other news tonight, the governor declared a state of emergency.', label: 'MARTINEZ: Well, in other news tonight' }],
      (sentence) => (asked.push(sentence), 'The governor declared a state of emergency'),
    );
    expect(asked).toEqual(['The governor declared a state of emergency.']);
    expect(label).toBe('The governor declared a state of emergency');
  });

  it('takes a corroborating report’s label when no quoted sentence gives a whole one', () => {
    const label = entryLabel(
      [
        { text: 'Between the dam and the old mill bridge, near the park.', label: 'Between the dam and the old mill bridge' },
        { text: 'The river crested at 9 metres in Millbrook on Tuesday.' },
      ],
      (sentence, i) => (i === 1 ? 'The river crested at 9 metres in Millbrook' : null),
    );
    expect(label).toBe('The river crested at 9 metres in Millbrook');
  });

  it('writes the chosen label in sentence case and at most about twelve words, cut between phrases', () => {
    const label = entryLabel([
      { text: 'x', label: 'and the regional council approved an emergency budget of 40 million for repairs to the flooded schools across the valley' },
    ]);
    expect(label).toBe('The regional council approved an emergency budget of 40 million for repairs');
  });

  it('falls back to the label as before when no source gives a better one', () => {
    expect(entryLabel([{ text: 'Why did the levee fail?', label: null }])).toBe('Why did the levee fail?');
    expect(entryLabel([{ text: 'More on the levee', label: null }, { text: 'Sandbags everywhere', label: 'Sandbags everywhere' }])).toBe('Sandbags everywhere');
  });
});

describe('withoutOpeners', () => {
  it('removes a transcript speaker tag with its title, a live blog stamp tail and spoken openers in turn', () => {
    expect(withoutOpeners('DANA REYES, KXTV CORRESPONDENT: By the way, the bridge is closed.')).toBe('The bridge is closed.');
    expect(withoutOpeners('GMT) Rescuers reached the trapped miners.')).toBe('Rescuers reached the trapped miners.');
    expect(withoutOpeners('But the senate passed the bill.')).toBe('The senate passed the bill.');
    expect(withoutOpeners('Despite that, the rescuers kept digging.')).toBe('The rescuers kept digging.');
    expect(withoutOpeners('1630 The coastguard says two ferries have sunk.')).toBe('The coastguard says two ferries have sunk.');
  });
});

describe('sentenceAsLabel', () => {
  it('reads a sentence as a label: the statement’s venue and the day words after its subject dropped', () => {
    expect(sentenceAsLabel('The mayor said on local radio on Monday that the bridge would reopen in June, despite the cost.'))
      .toBe('The mayor said the bridge would reopen in June, despite the cost');
    expect(sentenceAsLabel('Today, she signs the order closing the mine.')).toBe('She signs the order closing the mine');
    expect(sentenceAsLabel('Thousands of nurses marched through Leeds again Saturday.')).toBe('Thousands of nurses marched through Leeds again');
    expect(sentenceAsLabel('As the floodwater rose past the sandbags, the army evacuated the old town.')).toBe('The army evacuated the old town');
  });

  it('is what an entry falls back on when no event label reads whole', () => {
    const label = entryLabel([
      { text: 'The mayor said on local radio on Monday that the bridge would reopen.', label: 'On local radio that the bridge would reopen' },
    ]);
    expect(label).toBe('The mayor said the bridge would reopen');
  });
});

describe('labelFaults', () => {
  it('finds nothing wrong in a statement of who did what', () => {
    expect(labelFaults('Voters in Quebec rejected the sovereignty referendum')).toEqual([]);
    expect(labelFaults('Farmers block the motorway near Lyon')).toEqual([]);
    expect(labelFaults('It’s the largest recall in the company’s history')).toEqual(['pronoun start']);
  });

  it('names each way a label fails a desk', () => {
    expect(labelFaults('Is the ceasefire holding', 'Is the ceasefire holding?')).toContain('question');
    expect(labelFaults('All of that is coming up in this edition')).toContain('furniture');
    expect(labelFaults('REYES: The bridge is closed')).toContain('speaker tag');
    expect(labelFaults('By the way, the bridge is closed')).toContain('opener');
    expect(labelFaults('We are just getting word the bridge is closed')).toContain('first or second person');
    expect(labelFaults('Between the striking miners and the police')).toContain('no subject');
    expect(labelFaults('Pulling the survivors from the rubble')).toContain('no subject');
    expect(labelFaults('More about the detail')).toContain('no verb');
    expect(labelFaults('The minister announced…')).toContain('cut off');
    expect(labelFaults('The union voted against the')).toContain('dangling end');
    expect(labelFaults('The council met on Tuesday')).toContain('date words');
    expect(labelFaults('Because the dam failed the town flooded')).toContain('no subject');
    expect(labelFaults('The governor said on "Morning Edition"')).toContain('cut off');
    expect(labelFaults('Floods: river levels rise again The army was called in')).toContain('run-on');
    expect(labelFaults('Crews are reaching the valley With up to 40 trucks')).toContain('run-on');
    expect(labelFaults('120 cases and 4 deaths')).toContain('no verb');
    expect(labelFaults('In 1998, when the bridge was built')).toContain('no subject');
    expect(labelFaults('Was expected to bring a second night of storms')).toContain('no subject');
    expect(labelFaults('Will host the final round of talks')).toContain('no subject');
    expect(labelFaults('It’s far too soon')).toContain('no subject');
    expect(labelFaults('They approved it')).toContain('no subject');
    expect(labelFaults('From the newsroom in Atlanta, this is CNN', 'From the newsroom in Atlanta, this is CNN.')).toContain('furniture');
    expect(labelFaults('Riverfan77 wrote: the levee was never going to hold')).toContain('furniture');
    expect(labelFaults('The convoy reached the border the 14th')).toContain('date words');
    expect(labelFaults('Dutch engineers reach the delta Up to 3,000 homes are flooded')).toContain('run-on');
  });
});

describe('chooseEntryLabel across a story', () => {
  it('gives a day another of its reports when its best label is an earlier entry’s', () => {
    const sources = [
      { text: 'A rescue team from Iceland landed in the capital on Wednesday.', label: 'A rescue team from Iceland landed in the capital' },
      { text: 'Aid flights were diverted to the Dominican Republic on Thursday.', label: 'Aid flights were diverted to the Dominican Republic' },
    ];
    expect(chooseEntryLabel(sources).label).toBe('A rescue team from Iceland landed in the capital');
    const taken = new Set([labelKey('A rescue team from Iceland landed in the capital.')]);
    expect(chooseEntryLabel(sources, () => null, taken)).toEqual({ label: 'Aid flights were diverted to the Dominican Republic', source: 1 });
  });
});

describe('withoutOpeners with a live page’s bracketed stamp', () => {
  it('drops the stamp and its local time before the sentence', () => {
    expect(withoutOpeners('(0215 in Kyiv)) The mayor ordered the metro closed.')).toBe('The mayor ordered the metro closed.');
    expect(withoutOpeners('(6:10 p.m. ET) Rescuers reached the village.')).toBe('Rescuers reached the village.');
  });
});
