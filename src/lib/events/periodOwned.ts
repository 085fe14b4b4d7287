// "this year's budget", "This week's question", "heading into this year's legislative session",
// "the wines declared this year's Best of the Bench": news writes a period's possessive before a
// thing to say which one, the period's own, as it writes a year before a noun ("its 2025 notes",
// nameYear.ts). Nothing happened in the period because of it. A happening owned by its period keeps
// the period's dates: "last month's election", "this week's talks", "last year's tour", "this
// year's survey", and so does a figure of the period ("this year's revenue").
// Must not know about labels, statuses or how timexes were found.
import type { Timex } from '../document';
import type { Word } from '../analysis';
import { EVENT_NOUN, keepsItsDate } from './nameYear';

// (a day's possessive, "Monday's vote", "Friday's report", names a happening far more often than
// a thing, and is left alone; so does a period gone or to come: "last week's stunning save",
// "next season's opener" point back or ahead to what happens in it, where "this year's" says which
// edition of a standing thing, the current one. No list of happenings can be whole, so the rule
// stays where the thing reading is the common one.)
const PERIOD = /^this\s+(?:year|season|month|week)$/i;
// happenings nameYear.ts's event nouns leave out, which a period's possessive owns as often
const HAPPENING =
  /^(?:talks|discussions|negotiations|address|debates?|events?|competitions?|contests?|finale|surveys?|polls?|shows?|ceremon(?:y|ies)|awards?|exhibitions?|fairs?|parades?|galas?|concerts?|reports?|fixtures?|matches|match|derby|showdown|qualifiers?|qualifying|heats?|rounds?|legs?|stages?|clash|rematch|edition|holidays?|broadcasts?|performances?|screenings?|recitals?|news|honou?rs|oscars|emmys|grammys|baftas|trip|journey|tournament|retreat|cuts?|hikes?|increases?|rises?|falls?|moves?|changes?|reforms?|review|audit|crisis|scandal|unrest|insurgency|violence|riots?|disturbances|fighting|offensive|operation|exercises?|drills?|mission|flights?|landing|eclipse|crossing)$/i;

// (a noun made from a verb names the doing: "last week's cancellation of the rally", "next year's
// immunisation", "this month's postponement", "last year's approval")
// (not the things those endings also make: "this week's quiz question", "last year's government")
const ACTION_NOUN = /(?<!\b(?:ques|sta|na|sec|edi|collec|posi|popula|por|op|condi|tradi|institu|founda|genera|func|por))tions?$|(?<!\b(?:ver|ten|vi|man|televi|divi|ver))sions?$|(?<!\b(?:govern|depart|apart|equip|docu|instru|monu|supple|seg|ele|parlia|environ))ments?$|ncy$|(?<!\b(?:inter|ri|uni|carni))vals?$|(?<!\b(?:univer|colos))sals?$/i;

/** Whether `timex` is a period's possessive before a thing that is no happening ("this year's
 * budget"). */
export function periodOwnsThing(text: string, timex: Timex, wordsOf: () => readonly Word[]): boolean {
  if (!PERIOD.test(timex.text.trim()) || !/^['’]s\s/.test(text.slice(timex.end, timex.end + 3))) return false;
  const words = wordsOf().filter((w) => w.end > w.start);
  const i = words.findIndex((w) => w.start > timex.end + 1);
  // the last noun of the run the period owns: "this year's White House holiday theme" -> theme,
  // "last month's LDP presidential election" -> election (a name and an adjective may stand
  // before it), "this week's fisheries talks" -> talks (a word tagger may read it as a verb)
  let head: Word | null = null;
  for (let k = i; k >= 0 && k < Math.min(words.length, i + 6); k++) {
    const w = words[k];
    if (k > i && !/^\s?(?:&\s)?$/.test(text.slice(words[k - 1].end, w.start))) break;
    const noun = w.pos === 'noun' || (w.pos === 'verb' && k > i && (EVENT_NOUN.test(w.text) || HAPPENING.test(w.text)));
    if (noun) head = w;
    else if (w.pos !== 'adjective' && w.pos !== 'number') break;
    if (w.possessive) break;
  }
  return !!head && !keepsItsDate(head) && !HAPPENING.test(head.text) && !ACTION_NOUN.test(head.text);
}
