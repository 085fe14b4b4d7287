// Whether an event is told in passing: context the article gives for its news, not the news.
// News packs background into set places: a relative clause about the subject ("The mayor, who
// was elected in 2014, closed the bridge"), a participle phrase fronted before the subject
// ("Founded in 1998, the company ..."), a "since" phrase that says how long a state has held
// ("has run the agency since 2019"), and an "after" phrase that orders the news by an earlier
// happening ("after the vote on Tuesday, the party ..."). The event dated there is
// real, and a timeline may show it, but quieter than what the sentence reports. Must not know
// about labels, statuses or how the timexes were found.
import { firstVerbGroup, type Word } from '../analysis';
import { participleParts } from './participial';
import { relativeParts } from './relative';
import type { Span } from './sentences';

// A date inside "since ..." or "after ... ," that opens a clause: the words between the
// subordinator and the date hold no clause break.
const SUBORDINATE = /(?:^|[,;—–(]\s*|\s)(since|after|following)\s+([^,;.!?—–]*)$/i;
// Words that may stand between "after" and its date without naming a happening ("after the
// first week of March", "after last Tuesday"): then the date times the news itself.
const NOT_A_HAPPENING = /^(?:the|a|an|on|in|at|of|by|last|next|this|that|early|late|mid|first|second|third|final|end|start|beginning|week|weekend|month|year|day|night|morning|evening|noon|midnight|more|than|about|nearly|almost|just|only|some|two|three|four|five|six|seven|eight|nine|ten|\d+)$/i;

/** Whether the event dated by `date`, in `clause` of its sentence, is told in passing. */
export function toldInPassing(text: string, clause: Span, date: Span, wordsOf: () => readonly Word[]): boolean {
  const inside = (s: Span | null | undefined) => !!s && date.start >= s.start && date.end <= s.end;
  const participle = participleParts(text, clause);
  if (participle && inside(participle.phrase)) return true;
  const relative = relativeParts(text, clause);
  if (relative && inside(relative.relative)) return true;
  const lead = text.slice(clause.start, date.start);
  const m = SUBORDINATE.exec(lead);
  if (!m) return false;
  // "since 2019" says how long a state has held
  if (m[1].toLowerCase() === 'since') return true;
  // "after" a date alone ("after Tuesday") times the news itself; "after the vote on Tuesday"
  // orders it by an earlier happening when the phrase is fronted ("After the vote on Tuesday,
  // the party ...") or is a clause of its own ("... after its rocket exploded in October"). A
  // trailing phrase without a verb ("was arrested after a shootout later Monday") may date
  // the news itself, and is left as news.
  if (!m[2].split(/\s+/).some((w) => /\p{L}/u.test(w) && !NOT_A_HAPPENING.test(w))) return false;
  const at = clause.start + m.index + m[0].toLowerCase().indexOf(m[1].toLowerCase());
  const fronted = text.slice(clause.start, at).trim() === '';
  if (fronted) return true;
  const phrase = text.slice(at, clause.end).split(/[,;.!?—–]/)[0];
  // a verb of the phrase's own, read from the shared analysis
  return firstVerbGroup(wordsOf(), at + m[1].length, at + phrase.length) !== null;
}
