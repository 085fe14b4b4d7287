import { describe, expect, it } from 'vitest';
import { entryLabel, labelFaults, notAReport, sentenceAsLabel, withoutOpeners } from '../../src/lib/story/entryLabel';

describe('entryLabel does not', () => {
  it('label a day with the show’s furniture or a promo', () => {
    const label = entryLabel([
      { text: 'All that is coming up in this Monday edition of Morning Brief.', label: 'All that is coming up edition of Morning Brief' },
      { text: 'Striking dockworkers shut the port of Antwerp on Monday.', label: 'Striking dockworkers shut the port of Antwerp' },
    ]);
    expect(label).toBe('Striking dockworkers shut the port of Antwerp');
  });

  it('label a day with an anchor’s chatter in the first person', () => {
    const label = entryLabel(
      [
        { text: 'By the way, we’re just hearing from the ministry, the border will reopen at noon.', label: 'By the way, we’re just hearing from the ministry' },
        { text: 'The ministry said the border with Chile would reopen at noon on Friday.' },
      ],
      (sentence, i) => (i === 0 ? 'We’re just hearing from the ministry' : 'The border with Chile would reopen at noon'),
    );
    expect(label).toBe('The border with Chile would reopen at noon');
  });

  it('prefer a sentence the events stage found no happening in to one it labelled, or ask the pipeline to label it', () => {
    const asked: number[] = [];
    const label = entryLabel(
      [
        { text: '3 arrested after brawl at county fair.', label: null },
        { text: 'Officials evacuated the stadium on Saturday.', label: 'Officials evacuated the stadium' },
      ],
      (_, i) => (asked.push(i), 'should not be asked'),
    );
    expect(label).toBe('Officials evacuated the stadium');
    expect(asked).toEqual([]);
  });

  it('take a question for a label, or ask the pipeline to label one', () => {
    const asked: string[] = [];
    const label = entryLabel(
      [
        { text: 'And who will pay for the cleanup?', label: 'Who will pay for the cleanup' },
        { text: 'The utility agreed to pay for the cleanup.' },
      ],
      (sentence) => (asked.push(sentence), 'The utility agreed to pay for the cleanup'),
    );
    expect(label).toBe('The utility agreed to pay for the cleanup');
    expect(asked).toEqual(['The utility agreed to pay for the cleanup.']);
  });

  it('ask the pipeline for more once the first label reads whole', () => {
    let asked = 0;
    entryLabel([{ text: 'Engineers restored power to the hospital.', label: 'Engineers restored power to the hospital' }, { text: 'Power came back.' }], () => (asked++, null));
    expect(asked).toBe(0);
  });
});

describe('withoutOpeners does not', () => {
  it('take a capitalised subject or an initialism for a speaker tag', () => {
    expect(withoutOpeners('NATO said: the strikes will continue.')).toBe('NATO said: the strikes will continue.');
    expect(withoutOpeners('U.S. officials met the envoy.')).toBe('U.S. officials met the envoy.');
  });

  it('strip a word that only looks like an opener', () => {
    expect(withoutOpeners('Andrew Cuomo signed the bill.')).toBe('Andrew Cuomo signed the bill.');
    expect(withoutOpeners('Nowhere was the damage worse than in Tacloban.')).toBe('Nowhere was the damage worse than in Tacloban.');
  });
});

describe('labelFaults does not', () => {
  it('count the country written US as the first person', () => {
    expect(labelFaults('US troops left the base')).not.toContain('first or second person');
  });

  it('count a scene-setting phrase closed by a comma as a label without a subject', () => {
    expect(labelFaults('In Gaza City, crowds greeted the released prisoners')).not.toContain('no subject');
    expect(labelFaults('When the levee broke, residents fled to the roofs')).not.toContain('no subject');
  });

  it('take a count for a phrase without a subject, or a paper’s name for a headline run into a sentence', () => {
    expect(labelFaults('More than 40 miners were brought to the surface')).toEqual([]);
    expect(labelFaults('Reporters from The Courier were detained at the border')).toEqual([]);
    expect(labelFaults('Friday’s storm cut power to 30,000 homes')).toEqual([]);
    expect(labelFaults('The death toll rises')).toEqual([]);
  });

  it('take a network named inside the news, or good news, for a broadcast’s sign-off', () => {
    expect(labelFaults('This is good news for the growers, the minister said')).not.toContain('furniture');
    expect(labelFaults('This is CNN’s third bureau to close in Asia')).not.toContain('furniture');
  });

  it('take a label that opens with its subject for one without', () => {
    expect(labelFaults('Islanders were evacuated before the storm')).not.toContain('no subject');
    expect(labelFaults('Willis resigned as chairman')).not.toContain('no subject');
    expect(labelFaults('They voted to end the strike after six weeks')).not.toContain('no subject');
    expect(labelFaults('Mubarak resigns')).not.toContain('no subject');
    expect(labelFaults('The senator won the 5th district again')).not.toContain('date words');
    expect(labelFaults('Crowds marked the 25th anniversary of the uprising')).not.toContain('date words');
  });

  it('take a statement that says what was said for one cut off', () => {
    expect(labelFaults('The governor said the bridge would reopen')).not.toContain('cut off');
    expect(labelFaults('The health ministry said at least 40 people had died')).not.toContain('cut off');
  });
});

describe('notAReport does not', () => {
  it('count a question or a show’s promotion of a story as a report of it', () => {
    expect(notAReport('Will the dockworkers strike again on Friday?')).toBe(true);
    expect(notAReport('Coming up: the dockworkers’ strike and what it means for shipping.')).toBe(true);
  });

  it('take an election or a strike that is coming up for the show’s furniture', () => {
    expect(notAReport('With elections coming up in September, the party chose a new leader.')).toBe(false);
  });
});

describe('sentenceAsLabel does not', () => {
  it('drop the day that is the sentence’s subject', () => {
    expect(sentenceAsLabel('Sunday is expected to bring a sixth day of strikes.')).toBe('Sunday is expected to bring a sixth day of strikes');
    expect(sentenceAsLabel('Dozens have died since Tuesday’s landslide in the valley.')).toBe('Dozens have died since Tuesday’s landslide in the valley');
  });
});

describe('withoutOpeners does not', () => {
  it('take a bracketed aside that is no time for a stamp', () => {
    expect(withoutOpeners('(Reuters) The mayor ordered the metro closed.')).toBe('(Reuters) The mayor ordered the metro closed.');
    expect(withoutOpeners('(1) The first rule is simple.')).toBe('(1) The first rule is simple.');
  });
});
