// Month names that are ordinary words: "may" the modal verb ("may be"), "march" the walk
// ("a march on parliament"), "august" the adjective. A month name with no day or year is kept
// only when capitalised and introduced as a time ("in May", "last March", "since August",
// "early June", "May's figures") or at a sentence start followed by a date-like continuation.
import type { Refiner } from 'chrono-node';
import { readStated } from '../context';

const AMBIGUOUS = /^(?:may|march|august)$/i;
const INTRO = /\b(?:in|of|since|until|till|by|from|to|during|through|before|after|early|mid|late|last|next|this|between|and|or|throughout|around|end|beginning|start|middle)[\s-]*$/i;

export const unlikelyMonthRefiner: Refiner = {
  refine(context, results) {
    return results.filter((r) => {
      if (readStated(r)) return true;
      const word = r.text.trim();
      if (!AMBIGUOUS.test(word)) return true;
      if (word[0] !== word[0].toUpperCase()) return false;
      const before = context.text.slice(Math.max(0, r.index - 12), r.index);
      const after = context.text.slice(r.index + r.text.length, r.index + r.text.length + 3);
      return INTRO.test(before) || /^['\u2019]s\b/.test(after);
    });
  },
};
