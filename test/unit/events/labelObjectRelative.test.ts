// A relative clause on an object may have a subject of its own, the head being its verb's object:
// a date inside it dates that verb, and the label tells it in order, subject, verb, head ("a
// torn hamstring that he said he suffered in the derby on March 3" -> "Okoye suffered a torn
// hamstring in the derby") (restrictive.ts, statementLabel.ts).
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';
import { timexOf } from './helpers';

const labelsOf = (text: string, words: string, value: string) => buildEvents(text, [timexOf(text, words, value)], '2024-05-15').map((e) => e.label);

describe('a date inside an object relative clause', () => {
  it('tells the clause’s verb with the head as its object, the "he" named by the clause it hangs on', () => {
    expect(labelsOf('Okoye sat out the second half with a torn hamstring that he said he suffered in the derby on March 3.', 'March 3', '2024-03-03')).toEqual(['Okoye suffered a torn hamstring in the derby']);
  });
  it('takes a name as the clause’s subject', () => {
    expect(labelsOf('The council approved a levy that Mayor Quist drafted in February.', 'February', '2024-02')).toEqual(['Mayor Quist drafted a levy']);
  });
  it('reads past a saying by the same person', () => {
    expect(labelsOf('The agency resold the flat that Nora Bex said she bought in 2019.', '2019', '2019')).toEqual(['Nora Bex bought the flat']);
  });
  it('ends the clause at its date, what follows being the main clause’s', () => {
    expect(labelsOf('Ilse Marr sold the cottage that she restored in 2016 to a charity.', '2016', '2016')).toEqual(['Ilse Marr restored the cottage']);
  });
});
