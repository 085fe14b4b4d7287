// "early March", "mid-2011", "late last year", "the end of the month", "the beginning of
// 2009", "the early part of the decade", "the latter part of 1987", the wire's "end-1986", "end-March"
// and "at end 1986": a position word before a date narrows it to its start, middle or end. The span grows
// to take the words in and the value keeps the period, with TimeML's mod START/MID/END ("the whole
// of 1986" is taken in with no mod: the year whole).
import type { Refiner } from 'chrono-node';
import { statedResult } from '../context';
import { resultTimex } from '../toTimex';

const BEFORE =
  /(?:(?:\bthe\s+)?\b(early|mid|middle|late)(?:[\s-]+|\s+in\s+)|(?<![\w-])(?:the\s+)?(?:very\s+)?(beginning|start|middle|end|close|turn)\s+of\s+(?:the\s+)?|\b(mid)-?|\b(end)-|(?<=\b(?:at|by|to|until|till|from|since|before|after)\s+)(end)\s+|(?<![\w-])(?:the\s+)?(early|earlier|middle|later|latter|final|closing)\s+part\s+of\s+(?:the\s+)?|(?<![\w-])(?:the\s+)?(first|second|latter)\s+half\s+of\s+(?:the\s+)?|(?<![\w-])the\s+(whole|entire)\s+(?:of\s+)?)$/i;

const MOD: Record<string, string> = {
  early: 'START', beginning: 'START', start: 'START', turn: 'START',
  mid: 'MID', middle: 'MID', late: 'END', end: 'END', close: 'END',
  earlier: 'START', later: 'END', latter: 'END', final: 'END', closing: 'END',
  // ("the first half of the decade": a half of a decade or century, which has no value of its own)
  first: 'START', second: 'END',
};

// "later Sunday", "Earlier Monday", "earlier today": a later or earlier hour of the day named is
// still that day, one span with it, as "earlier this week" and "later in the year" are (not
// after a count, "two days later Sunday", whose "later" is the count's)
const HOUR_OF_DAY = /(?<!\b(?:days?|weeks?|hours?|months?|years?|minutes?)\s+)(?<![\w-])(earlier|later)\s+$/i;
const DAY_WORD = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tomorrow)\b/i;
// "the night of April 19", "the morning of June 3": that part of that day, a TIME (TimeML's TNI, TMO, ...)
const PART_OF = /(?<![\w-])the\s+(morning|afternoon|evening|night)\s+of\s+$/i;
const PART: Record<string, string> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
// a day's part, "late Thursday night", "early Monday morning": the position word is the part's
const DAY_PART = /^\d{4}-\d{2}-\d{2}T(?:MO|AF|EV|NI)$/;

// Every form BEFORE reads ends on one of these words, then spaces or a hyphen ("early ", "mid-",
// "end of ", "the start of the ", "the whole of "), the word standing after a boundary; a result
// whose lead ends otherwise ("on ", "said ", "since ", most of them) is not run through BEFORE,
// which tries each of the lead's thirty places. (Purely a speed device.)
const BEFORE_LAST_WORDS = new Set(['early', 'mid', 'middle', 'late', 'in', 'of', 'the', 'end', 'whole', 'entire']);
// what \s matches
const SPACE = /\s/;

/** The lead's last run of ASCII letters (at most six, lower-cased) before the spaces and hyphens that end it. */
function lastWord(lead: string): string {
  let end = lead.length;
  while (end > 0) {
    const c = lead.charCodeAt(end - 1);
    if (c === 45 || c === 32 || (c >= 9 && c <= 13) || (c > 127 && SPACE.test(lead[end - 1]))) end--;
    else break;
  }
  let start = end;
  while (start > end - 6 && start > 0) {
    const c = lead.charCodeAt(start - 1) | 32;
    if (c >= 97 && c <= 122) start--;
    else break;
  }
  return lead.slice(start, end).toLowerCase();
}

export const periodModifierRefiner: Refiner = {
  refine(context, results) {
    return results.map((result) => {
      const lead = context.text.slice(Math.max(0, result.index - 30), result.index);
      // (the look back only where the words before end in "earlier" or "later")
      const hour = /r\s+$/i.test(lead) ? HOUR_OF_DAY.exec(lead) : null;
      if (hour && DAY_WORD.test(result.text)) {
        const day = resultTimex(result);
        if (day && /^\d{4}-\d{2}-\d{2}(?:T\w+)?$/.test(day.value)) return statedResult(context, result.index - hour[0].length, context.text.slice(result.index - hour[0].length, result.index + result.text.length), day);
      }
      const part = /of\s+$/i.test(lead) ? PART_OF.exec(lead) : null;
      if (part) {
        const day = resultTimex(result);
        if (day && day.type === 'DATE' && /^\d{4}-\d{2}-\d{2}$/.test(day.value)) return statedResult(context, result.index - part[0].length, context.text.slice(result.index - part[0].length, result.index + result.text.length), { type: 'TIME', value: `${day.value}T${PART[part[1].toLowerCase()]}` });
      }
      const before = BEFORE_LAST_WORDS.has(lastWord(lead)) ? BEFORE.exec(lead) : null;
      if (!before) return result;
      const timex = resultTimex(result);
      // (or the period a story reports, not yet known: "at the end of the quarter" in a story of a
      // quarter's figures, placeholders.ts)
      if (!timex || (timex.type !== 'DATE' && !(timex.type === 'TIME' && DAY_PART.test(timex.value) && /^(?:early|late)$/i.test(before[1] ?? ''))) || !/^(?:\d|ANCHOR_DAY$|ANCHOR_REPORT\(0,quarterly\))/.test(timex.value)) return result;
      // "the whole of 1986", "the whole 1986": all of a year written, one span, no part of it
      if (before[8]) return /^\d{4}$/.test(timex.value) && /^\d{4}$/.test(result.text) ? statedResult(context, result.index - before[0].length, context.text.slice(result.index - before[0].length, result.index + result.text.length), timex) : result;
      const word = (before[1] ?? before[2] ?? before[3] ?? before[4] ?? before[5] ?? before[6] ?? before[7]).toLowerCase();
      // a half of a year or month is a date of its own (quarterHalf.ts), so only an era's is marked
      if (before[7] && !/^\d{2,3}$/.test(timex.value)) return result;
      // the wire's "at end 1986", "by end June 1987": a year or a month only ("at end Tuesday" is no such form)
      if (before[5] && !/^\d{4}(?:-\d{2})?$/.test(timex.value)) return result;
      // a day has an early and a late part ("late Tuesday", "early yesterday") but no middle
      if (/^(?:\d{4}-\d{2}-\d{2}|ANCHOR_DAY)$/.test(timex.value) && MOD[word] === 'MID') return result;
      const index = result.index - before[0].length;
      const text = context.text.slice(index, result.index + result.text.length);
      return statedResult(context, index, text, { ...timex, mod: MOD[word] });
    });
  },
};
