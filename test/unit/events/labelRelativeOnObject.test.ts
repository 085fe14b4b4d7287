// A relative clause on a noun further into its clause holds a second fact about that noun; a
// date inside it is that fact's ("..., and Ola Berg, who turns 19 on Friday, came on" -> "Ola
// Berg turns 19"), told of the noun before the pronoun (relative.ts, statementLabel.ts).
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { labelOf } from '../../../src/lib/events/statementLabel';
import { statementsOf } from '../../../src/lib/events/statements';
import { timexOf } from './helpers';

const labelsOf = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value)], '2024-05-15').map((e) => e.label);

describe('a date inside a relative clause after an object', () => {
  it('labels the name a "who" follows, inside a coordinated clause', () => {
    expect(labelsOf('Reyes saved twice in the first half and Ola Berg, who turns 19 on Friday, came on late.', 'Friday', '2024-05-17')).toEqual(['Ola Berg turns 19']);
  });
  it('labels the name set off as an appositive before "which"', () => {
    expect(labelsOf('The delay proved too long for one client, Norsat, which decided last week to move its launch to a rival.', 'last week', '2024-W19')).toEqual(['Norsat decided to move its launch to a rival']);
  });
  it('labels the noun phrase a "which" follows', () => {
    expect(labelsOf('Ministers will discuss the cuts at the regional summit, which is to be held near the end of June in Oslo.', 'the end of June', '2024-06')).toEqual(['The regional summit is to be held in Oslo']);
  });
  it('takes the happening before a name for a "which"', () => {
    expect(labelsOf('The civil claim will run alongside the fraud trial against Dr Lena Ortiz, which is expected to open next year.', 'next year', '2025')).toEqual(['The fraud trial against Dr Lena Ortiz is expected to open']);
  });
  it('reads past a date that opens the clause to find its verb', () => {
    expect(labelsOf('Union leaders said Metalcorp, which last Friday laid off 1,200 workers, would close a second plant.', 'last Friday', '2024-05-10')).toEqual(['Metalcorp laid off 1,200 workers']);
  });
  it('names the owner of a head owned by "its"', () => {
    expect(labelsOf('Telstar has been extending its cable network, which will reach the valley in 2026.', '2026', '2026')).toEqual(['Telstar’s cable network will reach the valley']);
  });
  it('takes a person after "of" for a "who"', () => {
    expect(labelsOf('The lost funding is a worry of the rower Ada Moss, who won silver at the 2012 Games in London.', '2012', '2012')).toEqual(['Ada Moss won silver at the Games in London']);
  });
});

describe('the noun a relative clause after an object is about', () => {
  it('joins two names before the pronoun', () => {
    expect(labelsOf('Unlike Okafor and Lindqvist, who were voted out in March, the mayor kept her seat.', 'March', '2024-03')).toEqual(['Okafor and Lindqvist were voted out']);
  });
  it('keeps the article of a team’s name', () => {
    expect(labelsOf('Mara Diaz scored 31 points for the Comets, who have won six straight since losing to Dayton on April 2.', 'April 2', '2024-04-02')).toEqual(['The Comets have won six straight since losing to Dayton']);
  });
  it('takes the person named before an appositive', () => {
    expect(labelsOf('Ivan Sorokin, the bank’s chief economist, who joined it in 2011, expects two more cuts.', '2011', '2011')).toEqual(['Ivan Sorokin joined it']);
  });
  it('takes a resolution named with its number', () => {
    expect(labelsOf('The envoy called the shipment a breach of Security Council Resolution 2231, which set out the limits in 2015.', '2015', '2015')).toEqual(['Security Council Resolution 2231 set out the limits']);
  });
});

describe('a relative clause after an object, the date after it', () => {
  it('labels the clause without the aside', () => {
    expect(labelsOf('Park staff said the aviary, which has been shut since the storm, would reopen on Monday.', 'on Monday', '2024-05-20')).toEqual(['The aviary would reopen']);
  });
  it('keeps what follows the aside', () => {
    expect(labelsOf('The paper asked the regional command, which oversees the border, to comment on Thursday.', 'on Thursday', '2024-05-16')).toEqual(['The paper asked the regional command to comment']);
  });
});

describe('an undated plan with a relative aside', () => {
  it('labels the clause without the aside', () => {
    const text = 'Marsh said the insurer, which has already paid out on the first claims, will pay all valid claims.';
    const [st] = statementsOf(text, { start: 0, end: text.length }, []);
    expect(labelOf(text, st, [])).toBe('The insurer will pay all valid claims');
  });
});

describe('a name joined by a small word', () => {
  it('takes the whole name of an institute', () => {
    expect(labelsOf('The trust funds the National Institute of Rowing, which was founded in 1987 and has 40 staff.', '1987', '1987')).toEqual(['The National Institute of Rowing was founded and has 40 staff']);
  });
});

describe('a relative clause set off otherwise', () => {
  it('reads "whose" as the noun’s own', () => {
    expect(labelsOf('Details come on Tuesday when Marsh, whose Harbour Capital fund bought the chain in 2022, sets out his plan.', '2022', '2022')).toContain('Marsh’s Harbour Capital fund bought the chain');
  });
  it('reads a clause between dashes', () => {
    expect(labelsOf('Lena Ortiz — who lost her hearing for a year before surgery in 2015 — is suing the clinic.', '2015', '2015')).toEqual(['Lena Ortiz lost her hearing for a year before surgery']);
  });
  it('reads a clause between semicolons after a bare name', () => {
    expect(labelsOf('The Otters; who ended a six-game slide with a win over Leeds on Tuesday night; host Derby next.', 'Tuesday night', '2024-05-14TNI')).toEqual(['The Otters ended a six-game slide with a win over Leeds']);
  });
});

describe('a body named after a person', () => {
  it('takes the body, not the person, for a "which"', () => {
    expect(labelsOf('The mayor thanked Ivo Marsh of the League of Coastal Towns, which filed the claim in 2019.', '2019', '2019')).toEqual(['The League of Coastal Towns filed the claim']);
  });
});

describe('a day range with its second day written bare', () => {
  it('drops the second day with the first', () => {
    expect(labelsOf('Exhibitors have booked stands at the trade fair, which will take place between October 11 and 13, in Turin.', 'October 11', '2024-10-11')).toEqual(['The trade fair will take place']);
  });
});
