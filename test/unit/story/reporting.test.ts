// What of a news page is reporting, and how an entry quotes a sentence.
import { describe, expect, it } from 'vitest';
import { entryText, reportingEnd, stampSpans } from '../../../src/lib/story/reporting';

describe('entryText', () => {
  it.each([
    ['CAIRO, Egypt (CNN) -- Thousands of protesters filled Tahrir Square on Tuesday.', 'Thousands of protesters filled Tahrir Square on Tuesday.'],
    ['WASHINGTON (Reuters) - The Senate passed the bill on Friday.', 'The Senate passed the bill on Friday.'],
    ['(Update 8:14 a.m. Tuesday in Cairo) Protesters gathered on one side of the square.', 'Protesters gathered on one side of the square.'],
    ['Care and compromise Friday 21 January 2005 00.05 GMT For Britain, generalisations deceive.', 'Care and compromise For Britain, generalisations deceive.'],
    ['EPSOM, England | Sat Jun 4, 2011 9:27 pm BST EPSOM, England (Reuters) - A teenage jockey won the Derby.', 'A teenage jockey won the Derby.'],
    ['LIBYA, 3:29 p.m. ET, 10:29 p.m. local: The leader is still in the country, a diplomat said.', 'The leader is still in the country, a diplomat said.'],
    ['(12:10 p.m. Monday ET, 6:10 p.m. Monday in Libya) No foreign troops are on the ground.', 'No foreign troops are on the ground.'],
    ['By the CNN Wire Staff A woman burst into the hotel on Saturday.', 'A woman burst into the hotel on Saturday.'],
    ['By Jane Doe, Special to CNN Hopes of a quick victory faded.', 'Hopes of a quick victory faded.'],
    ['NEW ORLEANS -- The Coast Guard suspended the search on Friday.', 'The Coast Guard suspended the search on Friday.'],
    ['HOLMES: Well, in Jordan, crowds gathered outside the parliament on Friday.', 'In Jordan, crowds gathered outside the parliament on Friday.'],
    ['ANNA LEE, CNN CORRESPONDENT: The ferry sank before dawn on Monday.', 'The ferry sank before dawn on Monday.'],
    ['GENEVA: Talks between the two sides resumed on Tuesday.', 'Talks between the two sides resumed on Tuesday.'],
    ['Photograph: Gerald Herbert/AP An oil worker who survived the explosion spoke on Monday.', 'An oil worker who survived the explosion spoke on Monday.'],
    ['Photograph: Sarah Lee for the Guardian Tony Hayward has called the spill relatively tiny.', 'Tony Hayward has called the spill relatively tiny.'],
    ['(AP Photo/Alex Brandon) (Alex Brandon - AP) Negotiators say they have reached agreement.', 'Negotiators say they have reached agreement.'],
    ['29 September 2011 Last updated at 17:57 GMT Help One of the bodyguards spoke at the trial.', 'One of the bodyguards spoke at the trial.'],
    ['8 November 2011 Last updated at 06:28 The doctor has been found guilty.', 'The doctor has been found guilty.'],
    ['(Pall Stefansson/Getty Images) The global financial outlook grows more dire by the day.', 'The global financial outlook grows more dire by the day.'],
  ])('quotes %j as %j', (sentence, entry) => {
    expect(entryText(sentence)).toBe(entry);
  });
});

describe('where reporting ends', () => {
  it('ends at the first reader comment stamp', () => {
    const text = 'The president spoke on Tuesday.\nFebruary 1, 2011 at 5:20 pm | NO!';
    expect(reportingEnd(text)).toBe(text.indexOf('February'));
  });

  it("ends where a comment thread's first stamp and name begin", () => {
    const text = 'The dam held overnight.\nAt 9:02 am on 4 Mar 2012, Riverfan wrote: It will not hold for long.';
    expect(reportingEnd(text)).toBe(text.indexOf('At 9:02'));
  });

  it('finds a page stamp with its clock time and zone', () => {
    expect(stampSpans('Posted Wednesday 19 January 2005 08.47 GMT by the desk')).toEqual([{ start: 7, end: 42 }]);
  });

  it("finds a live post's stamp written clock first, as embedded posts print it", () => {
    const text = 'Fireworks lit the harbour. 9:05 pm ET March 3, 2014 SHARE The crowd cheered.';
    expect(stampSpans(text)).toEqual([{ start: text.indexOf('9:05'), end: text.indexOf(' SHARE') }]);
  });
});
