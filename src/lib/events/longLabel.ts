// A label too long to read whole loses what stands between its subject and its verb before it is
// cut (shorten.ts): the description beside a name, asides between commas, a long subject's titles
// and "of" phrase; and a happening said to be something is the happening itself. Must not know
// about dates or the clause the label came from.
import { MAX_WORDS } from './shorten';
import { EVENT_NOUN } from './nameYear';

const VERB_IN_SUBJECT = /\b(?:[a-z]{2,}ed|is|are|was|were|has|have|had|will|would|said|says|told|met|made|took|went|came|left|won|lost)\b/;
// A title written before a name, after a capitalised party, country or office ("Australian
// Foreign Minister Kevin Rudd"); case-sensitive: "executive vice president" is no name's title.
const TITLE_WORD = "(?:[Ll]eader|[Mm]inister|[Ss]ecretary|[Pp]resident|[Cc]hair(?:man|woman)|[Ss]pokes(?:man|woman|person)|[Cc]hief|[Dd]irector|[Gg]overnor|[Ss]enator|[Mm]ayor|[Aa]mbassador|[Ee]nvoy|[Cc]ommissioner|[Hh]ead)";
const TITLES = new RegExp(`^(?:[A-Z][\\w.'’-]*\\s+){1,4}${TITLE_WORD}\\s+(?=[A-Z][a-z]+\\s+[A-Z])`);
const AND_TITLE = new RegExp(`\\band\\s+(?:[A-Z][\\w.'’-]*\\s+){1,4}${TITLE_WORD}\\s+(?=[A-Z][a-z]+\\s+[A-Z])`, 'g');
const SUBJECT_PHRASE = /^((?:The|A|An)\s+[a-z]+(?:\s+[a-z]+)?)\s+(?:of|for|at|from)\s+[^,;]{0,40}?(?:,\s+[^,;]{1,40}?){0,3}\s+(?=(?:[a-z]+ly\s+)?(?:said|says|confirmed|announced|told|warned|added|insisted|denied|admitted|reported|claimed)\b)/;
// "The chief of the coast guard, Admiral Thad Allen, acknowledged ...": a description and the
// name it describes; a long label keeps the name ("Admiral Thad Allen acknowledged ...").
const NAMED_IN_APPOSITION =
  /^(?:The|A|An|(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w’'-]*['’]s)\s+[^,;]{3,50}?,\s+((?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]*(?:\s+and\s+(?:[A-Z][\w.'’-]*\s+){1,3}[A-Z][\w'’-]*)?),\s+(?=(?:[a-z]+ly\s+)?[a-z]{3,}\b)/;
const HAPPENING_IS = /^((?:The|A|An)\s+(?:[\w-]+\s+){0,2}?([a-z]+)\s+(?:of|in|at|on|by)\s+[^,;]{3,70}?)\s+(?:was|is|were|are|has been|had been|became|remains)\s/;
const LONG_ASIDE =
  /^([^,;]{3,60}?),\s+[^;]{2,200}?,\s+(?=(?:[a-z]+ly\s+)?(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|said|says)\b)/;

/** `s` with its subject shortened when `s` is over MAX_WORDS words; as it is otherwise. */
export function shortenedSubject(s: string): string {
  // too long to read whole: asides between the subject and its verb go first, however many
  // commas they hold ("The statement, coming ahead of the visit, which is expected ..., is a
  // departure from ..."), when what stands before them is a subject, not a clause of its own
  if (s.split(' ').length > MAX_WORDS) s = s.replace(NAMED_IN_APPOSITION, '$1 ');
  if (s.split(' ').length > MAX_WORDS) s = s.replace(LONG_ASIDE, (all, subject: string) => (VERB_IN_SUBJECT.test(subject) ? all : `${subject} `));
  // ... then a long subject's titles and its "of"/"for" phrase: "British Labour Party leader Ed
  // Miliband and ..." -> "Ed Miliband and ...", "A spokeswoman for the Department for Children,
  // Schools and Families confirmed" -> "A spokeswoman confirmed"
  if (s.split(' ').length > MAX_WORDS) s = s.replace(TITLES, '').replace(AND_TITLE, 'and ').replace(SUBJECT_PHRASE, '$1 ');
  // ... and a happening said to be something ("The death of a man in Costa Rica was the first
  // outside North America") is the happening itself
  const happening = s.split(' ').length > MAX_WORDS ? HAPPENING_IS.exec(s) : null;
  if (happening && EVENT_NOUN.test(happening[2])) s = happening[1];
  return s;
}
