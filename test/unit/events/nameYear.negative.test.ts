// What must NOT become an event: a year that says which team, study, film or treaty is meant,
// and a link line to another story. Sentences written for these tests; timexes handmade.
import { describe, expect, it } from 'vitest';
import { dateWordsWith } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = dateWordsWith(PUBLISHED);

describe('a year before a title names a person', () => {
  it('drops the year of a talent show’s winner', () => {
    expect(datesOf('The charity single features 2019 Voice Of Ghana winner Kofi Mensah.', [['2019', '2019']])).toEqual([]);
  });
  it('drops the year of an Olympic champion', () => {
    expect(datesOf('Tickets sold out after 2018 Olympic champion Mia Sato joined the tour on Saturday.', [['2018', '2018'], ['Saturday', '2024-05-11']])).toEqual(['Saturday']);
  });
});

describe('a year that names a team, a study or a work is no event', () => {
  it('drops the year of a team named by its season', () => {
    expect(datesOf('Beyond their nine titles, the 2019 Harriers have a swagger rivals envy.', [['2019', '2019']])).toEqual([]);
  });
  it('drops a season span before a capitalised team name', () => {
    expect(datesOf('Okafor, now a dentist, was a guard on the 1988–89 Ohio rowing squad.', [['1988–89', '1988']])).toEqual([]);
  });
  it('drops the year of a survey that is only cited', () => {
    expect(datesOf('Indeed, in a 2011 Gallup survey, most farmers said prices were unfair.', [['2011', '2011']])).toEqual([]);
  });
  it('drops a decade with an adjective before the team it describes', () => {
    expect(datesOf('The coach wants a copy of those fabled 1970s Steelers, fast and fearless.', [['1970s', '197']])).toEqual([]);
  });
});

describe('a link to another story is no event', () => {
  it('drops a related headline after "More:"', () => {
    expect(datesOf('More: Ferry operator to unveil its new fleet at Expo 2025', [['2025', '2025']])).toEqual([]);
  });
  it('drops a newsletter prompt ending on "Sign up"', () => {
    expect(datesOf('Morning Brief: Budget vote expected on Friday | Sign up', [['Friday', '2024-05-17']])).toEqual([]);
  });
});

describe('the present era or a kind of light is no day', () => {
  it('drops "today’s" before the people of the present era', () => {
    expect(datesOf('Today’s league owners talk often of loyalty to the fans.', [['Today’s', '2024-05-15']])).toEqual([]);
  });
  it('drops a part of the day that describes a noun', () => {
    expect(datesOf('Leaving the ferry, into the early evening haze, she waves to the crew.', [['early evening', '2024-05-15T18:00']])).toEqual([]);
  });
});

describe('one clause dates its happening once', () => {
  it('draws a year said twice in one clause once', () => {
    expect(datesOf('In 2019, the brewery bought its rival in 2019 for $40 million.', [['In 2019', '2019'], ['in 2019', '2019']])).toHaveLength(1);
  });
  it('keeps the day, not the week around it, when a clause narrows one to the other', () => {
    expect(datesOf('Earlier this month, the mayor fired her deputy with a May 3 letter.', [['Earlier this month', '2024-05'], ['May 3', '2024-05-03']])).toEqual(['May 3']);
  });
});

describe('a headline between paragraphs, a year described, a period of something undated', () => {
  it('drops a related headline set on its own line without a full stop', () => {
    expect(datesOf('The ferry left at noon.\n2025 Harbour Guide 2.0: Where the best moorings are now\nThe crew was tired.', [['2025', '2025']])).toEqual([]);
  });
  it('drops a year that is said to be something', () => {
    expect(datesOf('2023 is not exactly the golden age of ferries.', [['2023', '2023']])).toEqual([]);
  });
  it('drops "the weekend" of a happening the article does not date', () => {
    expect(datesOf('Anger had grown over the weekend of the regatta’s opening.', [['the weekend', '2024-W20-WE']])).toEqual([]);
  });
  it('drops "the day" over whose course something went on', () => {
    expect(datesOf('Over the course of the day, the harbour master became the face of calm.', [['the day', '2024-05-15']])).toEqual([]);
  });
});

describe('a quote told as what someone used to say is no day', () => {
  it('drops "today" in a quote after "he’d say"', () => {
    expect(datesOf('“I’d come aboard, and he’d say, ‘Deck duty today.’”', [['today', '2024-05-15']])).toEqual([]);
  });
  it('drops "tonight" in a quote that "she would tell" us, a sentence later', () => {
    expect(datesOf('Every spring our skipper would tell us, “Check the ropes. You sail alone tonight.”', [['tonight', '2024-05-15']])).toEqual([]);
  });
});

describe('a column’s rubric is no event', () => {
  it('drops "This week’s question:" that opens a readers’ poll', () => {
    expect(datesOf('This week’s question: When did you last take the ferry?', [['This week', '2024-W20']])).toEqual([]);
  });
});

describe('a season that names a kind of thing, or the verb "spring", is no date', () => {
  it('drops the season of "spring training"', () => {
    expect(datesOf('The rookie grows a wild beard to spoil the team photo in spring training.', [['spring', '2024-SP']])).toEqual([]);
  });
  it('drops "spring" that is the verb after "to"', () => {
    expect(datesOf('The crews stand ready to spring into action on the quay.', [['spring', '2025-SP']])).toEqual([]);
  });
});

describe('a period cut off with no news of its own', () => {
  it('draws the day, not the week that frames it, when the week is left with "for example"', () => {
    expect(datesOf('Earlier this week, for example, the mayor fired her deputy with a May 13 letter.', [['Earlier this week', '2024-W20'], ['May 13', '2024-05-13']])).toEqual(['May 13']);
  });
});

describe('a name after a year still says which thing is meant', () => {
  it('drops the year of a study named by its sponsor', () => {
    expect(datesOf('Councillors cited a 2019 Harbour Trust study of the silt.', [['2019', '2019']])).toEqual([]);
  });
});

describe('a year between a verb and its object says which one', () => {
  it('drops the year of the results a bank will publish', () => {
    expect(datesOf('The lender will publish 2023 accounts on Thursday.', [['2023', '2023'], ['Thursday', '2024-05-16']])).toEqual(['Thursday']);
  });
  it('drops it with an adjective between', () => {
    expect(datesOf('The miner released disappointing 2022 figures in March.', [['2022', '2022'], ['March', '2024-03']])).toEqual(['March']);
  });
});
