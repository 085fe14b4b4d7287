// "It will be held in Geneva": the "it" that says where or how a happening takes place is the
// happening the sentence before named, even as its object.
import { describe, expect, it } from 'vitest';
import { namedAfterSentences as named } from './helpers';

describe('an "it" that is held is the happening named before', () => {
  it('a happening named as the object', () => {
    const text = 'The federation confirmed on Monday a charity match against the veterans. It will be played at the national stadium.';
    expect(named(text, 'It will be played at the national stadium')).toBe('The charity match will be played at the national stadium');
  });
  it('a happening named after "another"', () => {
    const text = 'Organisers have announced another memorial concert for the victims. It is to be staged in the cathedral square.';
    expect(named(text, 'It is to be staged in the cathedral square')).toBe('The memorial concert is to be staged in the cathedral square');
  });
});
