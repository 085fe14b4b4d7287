// What still becomes an event beside the qualifier rules: the same words dating a happening.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const PUBLISHED = '2024-05-15';
const datesOf = (text: string, timexes: [string, string, string?][]) =>
  buildEvents(text, timexes.map(([words, value, type]) => timexOf(text, words, value, (type as 'DATE' | 'TIME') ?? 'DATE')), PUBLISHED).map((e) => e.when.text);

describe('a date beside a noun that still dates an event', () => {
  it('keeps the part of a decade a change happened in', () => {
    expect(datesOf('The mill closed at the end of the 1990s.', [['the 1990s', '199']])).toEqual(['the 1990s']);
  });
  it('keeps a perfect measured since a month', () => {
    expect(datesOf('The striker has not been a starter in the squad since March.', [['March', '2024-03']])).toEqual(['March']);
  });
  it('keeps a day a count was published, without a clock reading', () => {
    expect(datesOf('The ministry reported 212 new cases on May 2.', [['May 2', '2024-05-02']])).toEqual(['May 2']);
  });
});

describe('an update that is itself the news', () => {
  it('keeps a dated sentence that merely mentions an update', () => {
    expect(datesOf('The council will publish an update on May 20.', [['May 20', '2024-05-20']])).toEqual(['May 20']);
  });
});

describe('an era word before an action', () => {
  it('keeps "today" that opens an act', () => {
    expect(datesOf('Today the council approved the new harbour budget.', [['Today', '2024-05-15']])).toEqual(['Today']);
  });
  it('keeps a jump of years that tells what happened', () => {
    expect(datesOf('Ten years later, the valley flooded again.', [['Ten years later', '2024']])).toEqual(['Ten years later']);
  });
});

describe('a year before a noun that still dates an event', () => {
  it('keeps the year of a purchase told with its buyer', () => {
    expect(datesOf('The loan helped pay for Maria’s 1998 purchase of the bakery.', [['1998', '1998']])).toEqual(['1998']);
  });
  it('keeps the year of a figure a forecast gives', () => {
    expect(datesOf('Analysts expect that 2026 ticket revenue will top $3 billion.', [['2026', '2026']])).toEqual(['2026']);
  });
  it('keeps a show the news was announced at', () => {
    expect(datesOf('The brewers unveiled the can, as the firms announced at Expo 2023.', [['2023', '2023']])).toEqual(['2023']);
  });
  it('keeps a named period a change went on during', () => {
    expect(datesOf('Grain exports fell during the 1980s farm crisis.', [['1980s', '198']])).toEqual(['1980s']);
  });
});

describe('a day word before a happening of the day', () => {
  it('keeps "today’s" before a vote', () => {
    expect(datesOf('Today’s vote split the harbour board.', [['Today’s', '2024-05-15']])).toEqual(['Today’s']);
  });
  it('keeps a part of the day followed by what happened in it', () => {
    expect(datesOf('Late afternoon, the ferry crew walked off the job.', [['Late afternoon', '2024-05-15T16:00', 'TIME']])).toEqual(['Late afternoon']);
  });
  it('keeps a forecast’s month and the year it forecasts apart', () => {
    expect(datesOf('In March the bank forecast growth of 2% in 2025.', [['In March', '2024-03'], ['2025', '2025']])).toEqual(['In March', '2025']);
  });
});

describe('a law named by its year, when its making is told', () => {
  it('keeps the year Congress passed the act', () => {
    expect(datesOf('Parliament passed the Clean Rivers Act of 1989 after the floods.', [['1989', '1989']])).toEqual(['1989']);
  });
});

describe('a period or a year that still dates', () => {
  it('keeps "the weekend" that something happened over', () => {
    expect(datesOf('Storms flooded the quay over the weekend.', [['the weekend', '2024-W19-WE']])).toEqual(['the weekend']);
  });
  it('keeps a year that opens what happened in it', () => {
    expect(datesOf('2023 saw the ferry fleet double.', [['2023', '2023']])).toEqual(['2023']);
  });
  it('keeps a sentence on its own line that ends with a full stop', () => {
    expect(datesOf('Harbour news: The new pier opened in 2023.', [['2023', '2023']])).toEqual(['2023']);
  });
});

describe('a quote with a day word said once', () => {
  it('keeps "today" in a quote the speaker said', () => {
    expect(datesOf('“We sail alone today,” the skipper said.', [['today', '2024-05-15']])).toEqual(['today']);
  });
});

describe('a possessive date before a happening', () => {
  it('keeps "This week’s vote" that opens a report', () => {
    expect(datesOf('This week’s vote split the harbour board.', [['This week', '2024-W20']])).toEqual(['This week']);
  });
});

describe('a season that dates what happened in it', () => {
  it('keeps "in the spring" before what was done then', () => {
    expect(datesOf('The council rebuilt the pier in the spring.', [['the spring', '2024-SP']])).toEqual(['the spring']);
  });
  it('keeps "from winter to spring" as a span', () => {
    expect(datesOf('Ferries ran half-empty from winter to spring.', [['spring', '2024-SP']])).toEqual(['spring']);
  });
});

describe('a year after a name in a sentence still dates', () => {
  it('keeps "Rovers won the league in 2019"', () => {
    expect(datesOf('The Rovers won the league in 2019 after a late run.', [['2019', '2019']])).toEqual(['2019']);
  });
});

describe('"as of" a day with no count keeps the day', () => {
  it('keeps "As of June 1, the ban applies to every ferry"', () => {
    expect(datesOf('As of June 1, the ban applies to every ferry.', [['June 1', '2024-06-01']])).toEqual(['June 1']);
  });
  it('keeps "As of July 4, there will be one fare for every line": what starts then', () => {
    expect(datesOf('As of July 4, there will be one fare for every line.', [['July 4', '2024-07-04']])).toEqual(['July 4']);
  });
});

describe('a season’s name after a verb of doing, and a term with its verb, keep their dates', () => {
  it('keeps "The Rovers watched Sunday’s final"', () => {
    expect(datesOf('The Rovers watched Sunday’s Cup final together.', [['Sunday', '2024-05-12']])).toEqual(['Sunday']);
  });
  it('keeps "The lease runs through 2027"', () => {
    expect(datesOf('The lease runs through 2027.', [['2027', '2027']])).toEqual(['2027']);
  });
  it('keeps "we’re in recess until 2 p.m.": a contracted verb is a verb', () => {
    expect(datesOf('Right, we’re in recess until 2 p.m.', [['2 p.m.', '2024-05-15T14:00', 'TIME']])).toEqual(['2 p.m.']);
  });
});

describe('a quarter governed by a preposition dates what happened in it', () => {
  it('keeps the quarter a loss was made in', () => {
    expect(datesOf('The cable group lost 90,000 subscribers in the second quarter.', [['the second quarter', '2024-Q2']])).toEqual(['the second quarter']);
  });
  it('keeps a quarter before growth, a happening of the quarter', () => {
    expect(datesOf('Markets fell after a weak reading of first-quarter economic growth.', [['first-quarter', '2024-Q1']])).toEqual(['first-quarter']);
  });
});

describe('a holiday before a happening or a period keeps its day', () => {
  it.each([
    ['Families gathered for Christmas dinner at the shelter.', 'Christmas', '2023-12-25'],
    ['The Easter weekend brought record crowds to the coast.', 'Easter', '2024-03-31'],
    ['The Labour Day march drew 5,000 people to the square.', 'Labour Day', '2024-05-01'],
    ['Last Christmas she flew home to Lagos for a week.', 'Christmas', '2023-12-25'],
  ])('%j', (text, words, value) => {
    expect(datesOf(text, [[words, value]])).toEqual([words]);
  });
});

describe('a "today" after "where" or "of" that still dates', () => {
  it('keeps the day a trip goes where the minister is today', () => {
    expect(datesOf('The minister flies to Lagos today, where the summit opens.', [['today', '2024-05-15']])).toEqual(['today']);
  });
});

describe('a decade that is when', () => {
  it.each([
    ['In the 1990s prices at the fish market fell by half.', 'the 1990s', '199'],
    ['Trawlers crowded the port in the 1950s and 1960s until quotas came.', '1960s', '196'],
    ['The quay was busiest in the fleet’s late-1970s heyday.', 'late-1970s', '197'],
  ])('%j keeps its decade', (text, words, value) => {
    expect(datesOf(text, [[words, value]])).toEqual([words]);
  });
});

describe('a part of a century dates a happening of history', () => {
  it.each([
    ['The fort was abandoned in the early 1800s after a fire.', 'the early 1800s', '18'],
    ['Monks rebuilt the abbey around the turn of the 17th century.', 'the turn of the 17th century', '16'],
  ])('%j keeps its date', (text, words, value) => {
    expect(datesOf(text, [[words, value]])).toEqual([words]);
  });
});

describe('a year beside a street name that is still a year', () => {
  it('keeps "in 1847" before "on Linden Avenue"', () => {
    expect(datesOf('The food bank opened in 1847 on Linden Avenue.', [['1847', '1847']])).toEqual(['1847']);
  });
});

describe('a season that is a time', () => {
  it('keeps "in spring" after a lower-case verb', () => {
    expect(datesOf('The ferry service will resume in spring.', [['spring', '2025-SP']])).toEqual(['spring']);
  });
});

describe('a season after "of" that is a part of one, or has its year', () => {
  it('keeps "the end of summer" before what will happen then', () => {
    expect(datesOf('The ferry line will close at the end of summer.', [['summer', '2024-SU']])).toEqual(['summer']);
  });
  it('keeps "the floods of spring 2023"', () => {
    expect(datesOf('Insurers paid out after the floods of spring 2023.', [['spring 2023', '2023-SP']])).toEqual(['spring 2023']);
  });
});

describe('a passive or an adjective with its verb before "today" keeps the day', () => {
  it('keeps "the new lane was used today for the first time"', () => {
    expect(datesOf('The new bus lane was used today for the first time.', [['today', '2024-05-15']])).toEqual(['today']);
  });
  it('keeps a doing that makes something available today', () => {
    expect(datesOf('The council made the full list available today on its website.', [['today', '2024-05-15']])).toEqual(['today']);
  });
});

describe('an apposition that tells a happening keeps its year', () => {
  it('keeps an apposition with a verb', () => {
    expect(datesOf('She settled in Lisbon, a city she first toured in 2011.', [['2011', '2011']])).toEqual(['2011']);
  });
  it('keeps an apposition whose head is a happening', () => {
    expect(datesOf('Crowds packed Sochi, the site of the Olympics in 2014, for the final.', [['2014', '2014']])).toEqual(['2014']);
  });
  it('keeps a year after a comma that opens no apposition', () => {
    expect(datesOf('The plant reopened in Dayton, in 2019.', [['2019', '2019']])).toEqual(['2019']);
  });
});
