// "X is to do Y": how the British press, and the wires after it, announce a plan with no date.
// Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { buildEvents } from '../../../src/lib/events';

const undated = (text: string) => buildEvents(text, [], '2024-05-15').filter((e) => !e.when.start).map((e) => e.label);

describe('"is to" and a plain verb is a plan', () => {
  it('keeps a charity that is to set up a panel', () => {
    expect(undated('The lifeboat charity is to set up a panel to review its rescues.')).toEqual(['The lifeboat charity is to set up a panel']);
  });
  it('keeps a firm that is to invest, beside a relative clause on its object', () => {
    expect(undated('Harbour Foods is to invest £40 million in a bakery, which will supply its northern shops.')).toEqual(['Harbour Foods is to invest £40 million in a bakery']);
  });
  it('keeps a plural subject that is to close', () => {
    expect(undated('Two rural post offices are to close their counters.')).toEqual(['Two rural post offices are to close their counters']);
  });
});

describe('a fronted purpose or phrase of occasion is not the clause', () => {
  it('reads the plan after a fronted purpose, and leaves the purpose out of the label', () => {
    expect(undated('To make sure the harbour stays open to trawlers, the port board will dredge the channel.')).toEqual(['The port board will dredge the channel']);
  });
  it('reads what was told after a fronted phrase of occasion', () => {
    expect(undated('But, in reply to a councillor, the treasurer confirmed that the library budget will be reviewed.')).toEqual(['The treasurer confirmed that the library budget will be reviewed']);
  });
  it('reads the plan after "in a bid to"', () => {
    expect(undated('In a bid to win back commuters, the bus company will add night services.')).toEqual(['The bus company will add night services']);
  });
});
