import { describe, expect, it } from 'vitest';
import { tagged } from './helpers';

// A weekday inside a noun phrase with no verb of its own ("the collapse of the bridge on
// Friday", "Thursday's hearings", "photographs from Thursday") is dated by the sentence's main
// verb group; and a second weekday joined to the first by "and" shares its verb (issue 16, the
// class found on Timeline17 copies). Sentences are written for these tests.
const PUB = '2026-06-10'; // a Wednesday

type Case = [string, string, string, string];

const cases: Case[] = [
  ["a present perfect after the noun phrase ('has closed') places it in the week just gone", 'The collapse of the bridge on Friday has closed the river to barges.', 'Friday', '2026-06-05'],
  ["a possessive weekday read by a perfect after a comma ('has softened')", "Going by Thursday's hearings, the committee has softened its stance.", 'Thursday', '2026-06-04'],
  ["an adverb inside the perfect ('have already doubled') changes nothing", "Ticket sales from Saturday have already doubled the festival's takings.", 'Saturday', '2026-06-06'],
  ['what a perfect passive condemns has happened', 'The attack on Friday has been condemned by the council.', 'Friday', '2026-06-05'],
  ["a check that failed ('could not be independently verified') was made before the story", 'Photographs from Thursday that could not be independently verified showed flooded streets.', 'Thursday', '2026-06-04'],
  ["'could not be reached for comment Friday' is news's past", 'The mayor could not be reached for comment Friday.', 'Friday', '2026-06-05'],
  ["'could not confirm Thursday' is news's past", 'A spokeswoman could not confirm Thursday how many homes were lost.', 'Thursday', '2026-06-04'],
  ["what one judges by was seen ('Judging by Friday's talks, ... will')", "Judging by Friday's talks between the two unions, no deal will come quickly.", 'Friday', '2026-06-05'],
  ["'in the wake of Thursday's vote' is the vote before publication", "In the wake of Thursday's vote, the party will choose a new leader.", 'Thursday', '2026-06-04'],
  ["'proposed' as a verb after its subject is a past act", 'Addressing farmers in Leeds Tuesday, the minister proposed a levy on imported grain.', 'Tuesday', '2026-06-09'],
  ["after a participle, 'by' and a weekday's noun name a cause ('Lifted by Friday's ...')", "Lifted by Friday's surprise rate cut, the pound climbed to a two-year high.", 'Friday', '2026-06-05'],
  ["a perfect passive's cause ('washed away by Friday's flood')", "Three footbridges have been washed away by Friday's flood, cutting off the valley.", 'Friday', '2026-06-05'],
  ["'coming' as a verb ('for coming out to cheer') is no future", 'Fans said they were fined for coming out to cheer the visiting team on Friday, when the stadium was closed.', 'Friday', '2026-06-05'],
  ["'who heads the agency' is no trip ahead", 'On Thursday, Ms Okafor, who heads the regional water agency, said supplies had been cut.', 'Thursday', '2026-06-04'],
  ["a possessive before a base form is no plural subject ('the council's vote against')", "On Friday, after the council's vote against the tower, the developer withdrew its plans.", 'Friday', '2026-06-05'],
  ["a figure's comma is no clause's end ('2,311 votes as of Thursday')", 'The mural was the favourite with 2,311 votes as of Thursday, when the poll closed.', 'Thursday', '2026-06-04'],
];

describe('tagTimexes: a weekday dated by the main verb group', () => {
  it.each(cases)('%s', (_name, text, words, value) => {
    expect(tagged(text, PUB, words)).toEqual({ text: words, type: 'DATE', value });
  });
});

describe('tagTimexes: a weekday joined by "and" shares the first one\'s verb', () => {
  const THURSDAY = '2026-06-11';

  it("'into Friday and further into the weekend' after 'expect' is the coming weekend", () => {
    const text = 'We expect the swell to die down gradually along the eastern shore as we get into Friday and further into the weekend.';
    expect(tagged(text, THURSDAY, 'the weekend')).toEqual({ text: 'the weekend', type: 'DATE', value: '2026-W24-WE' });
  });

  it("'Saturday and then Sunday' after 'expect' are both ahead", () => {
    const text = 'Organisers expect the crowds to thin out along the riverside paths as the festival reaches Saturday and then Sunday.';
    expect(tagged(text, THURSDAY, 'Saturday')).toEqual({ text: 'Saturday', type: 'DATE', value: '2026-06-13' });
    expect(tagged(text, THURSDAY, 'Sunday')).toEqual({ text: 'Sunday', type: 'DATE', value: '2026-06-14' });
  });
});
