// Dated words that do not date anything that happened: what a careful reader skips. Each rule
// follows how news is written; see the *.negative tests. Must not know about labels, statuses
// or how timexes were found.
import type { Timex } from '../document';
import { firstVerbGroup, verbGroupBefore, type Span, type Word } from '../analysis';
import { yardstickSide } from './yardstickSide';
import { MODAL_PERFECT, openedCounterfactual } from './openedCounterfactual';
import { likenedOccasion } from './likenedOccasion';
import { adviceTime } from './adviceTime';
import { changeOnBase } from './changeOnBase';
import { notSince } from './notSince';
import { figureTold } from './figureTold';
import { rankedAmong } from './rankedAmong';
import { openingDateline } from './openingDateline';
import { presentToday } from './presentToday';
import { doneToday } from './doneToday';
import { photoCaption } from './photoCaption';
import { standingYear } from './standingYear';
import { updateNote } from './updateNote';
import { unwanted } from './unwanted';
import { authorBio } from './authorBio';
import { pressWire } from './pressWire';
import { runOnCaption } from './runOnCaption';

// "the lowest since January", "lows not seen since 1982", "its worst crisis since 1989", "the
// first rate rise since last December": a yardstick, not when it happened. (A record's holder may
// stand between: "the first rookie to lead the league in rushing since 1989"; and the date may be
// a happening's that starts the yardstick: "the worst attack since the start of the war in 2011".)
// "exceeds the previous record of 3,040 billion yen for an 11-day budget in fiscal 1984", "broke
// the old mark set in 2009": the record beaten, and when it was set, is the yardstick of the news
const RECORD_BEATEN = /\b(?:previous|old|former|earlier|existing|standing)\s+(?:record|mark|high|best)\b[^.;]{0,70}?\b(?:in|on|of|from|during|set\s+in|set\s+on)\s+(?:fiscal\s+)?$/i;
// "the first 50 days of fiscal 1988 starting April", "fiscal 2024 beginning July 1": the day a
// year named just before begins on is that year's bound, no happening of its own
const YEAR_START = /\b(?:19|20)\d\d(?:[-/]\d\d)?\s+(?:season\s+|year\s+)?(?:starting|beginning|which\s+(?:starts|begins))\s+(?:in\s+|on\s+)?$/i;
// "failed to win twice in a row for the first time since capturing two straight November 24-26":
// the yardstick's far end told as a doing, dated at its end
const YARDSTICK_DOING = /\b(?:first|only|lowest|highest|biggest|largest|worst|best|longest|record)\b[^.;]{0,60}?\bsince\s+[a-z]+ing\b[^.;]{0,60}?\s+(?:on\s+|in\s+)?$/i;
// "would not say whether he explored a new deal this year", "declined to say if talks would resume on
// Monday": what a source would not tell is no happening
const UNSAID = /\b(?:would\s+not|wouldn['’]t|will\s+not|won['’]t|declined\s+to|refused\s+to|did\s+not|didn['’]t|could\s+not|couldn['’]t)\s+(?:say|confirm|disclose|reveal|specify)\s+(?:whether|if|when)\b(?:(?!,\s*(?:but|and|while|although|though)\b)[^.;:!?])*$/i;
const UNDETERMINED = /\b(?:could|can)(?:not|n['’]t|\s+not)\s+(?:immediately\s+|independently\s+)?be\s+(?:determined|confirmed|established|verified|learned|ascertained)\s+(?:on\s+|by\s+|as\s+of\s+)?$/i;
// "cut emissions 42.6 per cent on 2005 levels", "back to pre-2008 levels": a year's level is the
// base of a change
const LEVELS_AFTER = /^\s*(?:['’]s\s+)?levels?\b/i;
// "an ambitious 2035 target", "its 2030 emissions reduction target", "net zero by 2050": the year a
// goal names is the goal's, not a time anything happens
// (a year only, and not "target date": "The July 27 target date is the day the company reports")
const TARGET_AFTER = /^\s+(?:[\w-]+\s+){0,3}?(?:targets?|goals?)\b(?!\s+dates?\b)/i;
// ("will hit its target in March", "by March" date the hitting, and "its goals for 1987 included"
// a year's plans: only "of" names the goal's year)
const TARGET_BEFORE = /\b(?:targets?|goals?)\s+of\s+$|\b(?:net[\s-]zero|carbon[\s-]neutral(?:ity)?)\s+by\s+$/i;
// "a significant improvement from 12 months ago", "a big change from yesterday": a change measured
// from a day counted back is measured from its base ("a drop from Tuesday" may be Tuesday's drop)
// the nouns of a figure's change, measured from the base after "from"
const CHANGE_NOUNS = 'increase|decrease|drop|rise|decline|jump|fall|improvement|deterioration';
const CHANGE_FROM_BEFORE = new RegExp(String.raw`\b(?:${CHANGE_NOUNS}|change|shift|departure|gain|loss)\s+from\s+$`, 'i');
const COUNTED_BACK = /\bago$|^yesterday$|^last\s+(?:week|month|year|quarter)$/i;
// ("his third attempt since February", "the second cut since March": an ordinal counts up to now
// from its yardstick as "first" does)
const YARDSTICK =
  /\b(?:only|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|lowest|highest|first|biggest|largest|smallest|worst|best|most|least|strongest|weakest|fastest|slowest|longest|shortest|deadliest|hottest|coldest|wettest|driest|lows?|highs?|record|not seen|unseen|unmatched|unprecedented)\b[^.;]{0,60}?\bsince\s+(?:the\s+)?(?:(?:start|beginning|outbreak|onset|end|launch|founding|creation|collapse)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){1,3}(?:in\s+|on\s+)?)?$|\bnot\s+(?:\w+\s+){0,2}?(?:traded|been|closed|stood|reached|seen)\s+(?:at\s+|around\s+|near\s+)?(?:these|such|those|that|this)\s+levels?\s+since\s+$/i;
// "the worst spill since the Exxon Valdez off Alaska in 1989", "the deadliest quake since the
// Kobe disaster of 1995": the far end may be a happening named by its noun, where and when it
// was; it is the yardstick of the news, and is not told again. (Not "First, ever since the
// collapse of the bank in March, ...": a list's "First," ranks nothing, and "ever since" tells
// how long a state has lasted; "their third since a summit in March" counts meetings from one
// told in passing, which keeps its month)
const YARDSTICK_HAPPENING =
  /\b(?:only|lowest|highest|first|biggest|largest|smallest|worst|best|strongest|weakest|fastest|slowest|longest|shortest|deadliest|hottest|coldest|wettest|driest|costliest|busiest|record)\b(?![,;:])[^.;]{0,60}?(?<!\bever\s)\bsince\s+(?:the|an?|its|their|his|her)\s+(?:[\w’'.-]+\s+){1,4}?(?:(?:in|off|near)\s+[A-Z][\w’'.-]*\s+(?:[A-Z][\w’'.-]*\s+)?)?(?:in|of|on)\s+$/i;
// "the biggest fall since records began in 1971", "the wettest spring since record-keeping
// started (in 1895)": when a statistic's series starts is the yardstick's far end, not news.
const RECORDS_BEGAN = /\bsince\s+(?:(?:comparable|official|national)\s+)?(?:records?|record[- ]keeping|statistics|data|figures|the\s+series)\s+(?:began|begun|started|were\s+(?:first\s+)?(?:kept|compiled|collected|published))\s+\(?\s*(?:in\s+)?$/i;
// "The last time the rate was this low was March 2009", "the jobless total was last below that
// level in June 1983": when a level was last seen is a yardstick too, not a happening of its
// own. ("The boy was last seen on Friday" is a sighting, and no level.)
const LAST_LEVEL = /\bthe\s+last\s+time\b[^.;]{0,80}?\b(?:below|above|under|over|higher|lower|high|low|levels?)\b[^.;]{0,40}?\b(?:was|were)\s+(?:(?:in|on|back\s+in)\s+)?$|\b(?:was|were|stood|traded|closed|fell|rose)\s+last\s+(?:(?:below|above|under|over|at|near|around)\s+(?:this|that|these|those|such|the\s+same)\s+levels?|(?:this|that|so|as)\s+(?:high|low|strong|weak|cheap|dear))\s+(?:(?:in|on|back\s+in)\s+)?$/i;
// "changing faster than at any time in the past 50 years", "more than ever before in 2023",
// "higher than in any year since 1998": the span a comparison reaches over, not when it happened.
const THAN_ANY = /\bthan\s+(?:at\s+|in\s+|during\s+)?(?:any(?:\s+other)?\s+(?:time|point|year|month|moment|period|stage)|ever(?:\s+before)?)\s+(?:\w+\s+){0,2}?(?:in|during|over|since|before|for)\s+(?:the\s+)?$/i;
// "looks much the same as yesterday", "similar to last year", "as busy as in 2019": the other
// side of a likeness ("as early as Monday", "as recently as 2010" bound or date a happening).
// ("as true today as it was 100 years ago": the likeness's other side has its own subject;
// "it's more like 1975", "much like in 2008": a time likened to)
const LIKENESS = /(?:\b(?:the\s+same|similar|identical|comparable)\s+(?:as|to)|\b(?:more|much|just|rather|very\s+much)\s+like|\bas\s+(?!early\b|late\b|soon\b|recently\b|long\b|far\b|quickly\b)[a-z]+\s+(?:(?:today|now)\s+)?as(?:\s+(?:it|they|he|she|we|this|that)\s+(?:was|were|did|had\s+been|has\s+been))?)\s+(?:(?:in|on|at|during|for)\s+)?(?:the\s+)?$/i;
// "travel patterns were also similar in 2007", "rates were much the same in 2019": a likeness
// stated of a period compares it with the story's own; nothing happened then
const ALIKE_THEN = /\b(?:is|are|was|were|be|been)\s+(?:also\s+|broadly\s+|roughly\s+|largely\s+|much\s+|very\s+|about\s+)?(?:similar|comparable|identical|alike|the\s+same|unchanged)\s+(?:(?:in|during|for|on)\s+)?(?:the\s+)?$/i;
const EQUATIVE_OTHER_SIDE = /\bas\s+(?!early\b|late\b|soon\b|recently\b|long\b|far\b|quickly\b|much\b|many\b|well\b)[a-z]+\s+as\s+(?:[\w’'-]+\s+){1,4}?(?:is|are|was|were|has\s+been|had\s+been)\s+(?:(?:in|on|at|during)\s+)?(?:the\s+)?$/i;
// "fell 25 percent from their peak in 2006", "below its record high of March": the extreme a
// figure is measured against, named by when it was reached.
// "like the old forecast turned out to be in 2012", "much as it did in 2008": the other side of a
// likeness told as a clause of its own ("like Jonas earlier this year" gives an example, and stays)
const LIKE_CLAUSE = /\blike\s+(?:[\w’'.-]+\s+){1,5}?(?:was|were|did|had|turned\s+out\s+to\s+be|used\s+to\s+be)\s+(?:(?:in|on|at|during|back\s+in)\s+)?(?:the\s+)?$/i;
// "as angry as when the plant closed in 1998", "it feels as if it happened two weeks ago": the
// date of the likeness's other side, inside its clause.
// ("As if to underline the point, BT announced on Monday": a purpose, no likeness)
const LIKE_WHEN = /\bas\s+(?:(?:[a-z]+\s+){1,2}as\s+(?:when|after|in|during)|(?:if|though)(?!\s+to\b))\b[^.;!?]{0,70}$/i;
const EXTREME = /\b(?:from|since|below|above|off|under|near)\s+(?:its|their|the|a|his|her|an)\s+(?:[\w-]+\s+){0,2}?(?:peak|high|low|record|top|height|bottom|trough)s?\s+(?:in|of|on|at|set\s+in|reached\s+in)\s+(?:the\s+)?$/i;
// "fell 35% compared to a year ago", "up from $38,373 a year ago", "slightly higher than it did
// in the preceding year", "an increase of 54 points from March 12", "instead of the two
// foreseen as of September", "no change from its assessment last month": the baseline of a
// comparison, not when anything happened.
const BASELINE =
  /(?:\bcompared (?:to|with)|\bup from|\bdown from|(?<!\b(?:more|less|fewer|no|or)\s)(?<!\b(?:no|not)\s+(?:later|earlier|sooner)\s)\bthan\b(?:\s+[\w’']+){0,4}?(?:\s+(?:in|during|for|at|on))?|\bversus|\bvs\.?|(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|a half|half a))(?:%|\s?percent|\s?per cent|\s?pct|\s+points?)(?:\s+[\w-]+){0,3}\s+from|\b(?:increase|decrease|rise|fall|drop|gain|loss|decline|jump)\s+of\s+[^\s]+(?:\s+\w+)?\s+from|\b(?:increase|decrease|rise|gain|drop|decline|jump|fall|growth)\s+over(?:\s+(?:the\s+)?(?:same\s+)?\w+\s+of)?|\bno change from(?:\s+(?:its|the|their)\s+\w+)?|\binstead of\b[^.;]{0,40}?(?:as of|in|on)?)\s+$/i;

// "the second-worst day of 2008 for the index", "the busiest weekend of the year": the period
// a superlative ranks within, not when anything happened (the happening is dated elsewhere).
// Only "of": "the biggest firms moved in March" dates a move. Quantifiers ("most", "least")
// are not superlatives here.
// "bookings are up 90 percent over last year", "sales were 12% higher over the year before": a
// change measured over a period named back from now is measured from it (a stretch the change ran
// over, "rose 5 percent over the summer", is when it happened, and keeps its dates)
const CHANGE_OVER = /\d(?:\.\d+)?\s*(?:%|percent|per\s+cent|pct)\s+(?:(?:higher|lower|up|down)\s+)?over\s+$/i;
const BASE_BACK = /^(?:last\s+(?:year|month|quarter|week|season)|the\s+(?:previous|prior|year-ago|year-earlier)\s+(?:year|month|quarter|week|period|season)|(?:a|one)\s+year\s+(?:ago|earlier|before)|the\s+year\s+before)$/i;
// "806 arrests, up from 796 during the same period in 2006": the period a figure is set against.
const SAME_PERIOD = /\b(?:the\s+)?(?:same|corresponding|comparable|equivalent)\s+(?:[\w-]+\s+){0,2}?(?:period|time|quarter|month|week|weekend|day|season|stage|point)\s+(?:(?:of|in|during)\s+)?(?:the\s+)?$/i;
const RANKED_WITHIN =
  /\b(?:top|biggest|largest|greatest|highest|lowest|smallest|worst|best|deadliest|strongest|weakest|fastest|slowest|hottest|coldest|warmest|wettest|driest|busiest|costliest|sharpest|steepest|longest|shortest)\s+(?:[\w’'-]+\s+){0,3}?of\s+(?:the\s+)?$/i;

// "fell 2% from Monday's close", "above last week's high": the level a figure is measured
// against, named by its day.
const BASELINE_LEVEL_LEAD = /\b(?:from|than|above|below|over|under|to)\s+$/i;
const BASELINE_LEVEL = /^['’]s\s+(?:(?:intraday|intra-day|all-time|record|session|previous|earlier|daily|weekly|overnight)\s+)?(?:closing|opening|close|open|level|levels|price|prices|high|low|peak|trough|figure|figures|total|reading|rate|value|record)\b/i;

// "the count rose from Friday by a few hundred", "how the text was changed from the August
// statement": a figure or a text changed from what it was on a day; the change is news now, the
// day only its starting point. (A run names both ends, "rose from Monday to Wednesday", and is
// one span.)
const CHANGED_FROM = /\b(?:increased|decreased|rose|risen|fell|fallen|dropped|climbed|declined|grew|grown|jumped|slipped|gained|changed|edged\s+(?:up|down|higher|lower))\s+from\s+(?:the\s+)?$/i;
const RUN_TO = /^\s*(?:to|until|till|through|thru|and)\b|^\s*[-–—]/i;

// "three days later than planned", "a year ago": the date itself opens a comparison.
// "last year’s 6.0% expansion", "2021’s $4.2 billion": a figure the date only labels.
const COMPARED_AFTER = /^\s*than\b|^['’]s\s+(?:[$€£¥]\s?)?\d/i;

// "prices they might have gotten six months ago": what could have been, not what was.
// "He should have been alive today": what ought to have been, a counterfactual, too.
// ("I couldn't have done it in 2010": what could not have been, the same)
const HYPOTHETICAL = new RegExp(String.raw`\b(?:${MODAL_PERFECT}|(?:should|would|could|might)(?:\s+not)?\s+have\s+been\s+\w+)\s+(?:[\w’']+\s+){0,4}$`, 'i');

// "if they were intercepted, then decrypted by a device built a decade from now", "If the vote
// were held today, ...": a date inside a condition put in the subjunctive is of a world that is
// not, and dates nothing that happened or is planned.
// ("if the towns were hoping for ..." is a past going-on, no subjunctive; a counterfactual has
// its "would", "could" or "might")
// ("if it had happened a year ago, it would have been a knock-out punch": the past that was not)
// (the date inside that clause, before its comma: "if she had not left, the chief told the
// inquest yesterday" dates the telling)
// ("if we could sign him tomorrow, we would": a wish put as a condition, no day of signing)
const COUNTERFACTUAL = /\bif\s+(?:[\w’'-]+\s+){1,4}(?:(?:were|weren['’]t)\s+(?!\w+ing\b)[^.;!?]*|could\s+[^.;!?,]*|had(?:n['’]t|\s+not)?\s+(?:been\s+)?\w+(?:ed|en|wn|ne|t)\b[^.;!?,]*)$/i;
const MODAL = /\b(?:would|could|might)\b|\b\w+['’]d\b/i;

// "growth of 2.7%, down from the 2.9% it had estimated in July", "up from 4.7% in 2021", "compared
// with growth of 3.4% in the July forecast", "a sharp deceleration from last year’s 6%": the date
// sits inside the comparison's tail (no comma between: "down from $40, on Monday" dates a fall; "a drop from Tuesday" is Tuesday's drop).
// "pegged the odds of reaching Y2Q by 2026 at one in seven, rising to one in two by 2031": the
// year a probability is given for is part of a forecast's figure, not a time anything happened.
const ODDS = /\b(?:(?:odds|chances?|probability|likelihood)\s+(?:of|that)\s+[^.;]{0,60}?\b(?:by|in|before)|(?:\d+|one|two|three|four|five)\s+in\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a hundred)\s+(?:by|in|before))\s+$/i;
// "euro zone allocations were at 14.9 percent, from 16.3 percent a month earlier": a bare "from"
// and a figure after the comma give the level before the change.
// ("worth 70 billion pounds against more than 120 billion pounds in April": "against" a figure
// is the same baseline)
// ("fell to 140 mln barrels from 158 mln barrels in 1985", "declined to 964 billion cubic feet,
// from 1.01 trillion cubic feet in 1985": a change told as "to X from Y" needs no comma; the units
// are whatever words of measure follow the figure, in small letters)
// ("to $113 billion from $67 billion over the past five years": a length the change ran over is
// no base, and a word of time is no unit)
// ("fell to 5.5 pct from six pct in January": wire copy spells out a figure under ten)
const FIGURE_WORDS = String.raw`(?:around\s+|about\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|less\s+than\s+)?(?:[$€£¥]?\s?\d[\d.,]*|(?:one|two|three|four|five|six|seven|eight|nine|ten)(?=\s+(?:pct|percent|per\s+cent|points?|mln|million|billion|dlrs|dollars)\b))(?:\s*%|(?:\s+(?!(?:in|on|at|during|over|for|since|by|to|from|than|through|within|the|a|an|last|this|next|past)\b)[a-z][a-z-]*(?:\/[a-z]+)?){0,4}?)`;
// ("demand up by about 8 to 10 million tonnes this year from 70 million tonnes in 2010": a change
// told by its size first reaches back to its base with a bare "from")
const CHANGE_BY = String.raw`\b(?:up|down|higher|lower|rise|rose|risen|fall|fell|fallen|grow|grew|grown|increased?|decreased?|dropped|climbed|jumped|gained|declined|expanded|contracted|shrank|shrunk)\s+by\s+[^.;:]{1,60}?\bfrom`;
// ("fell to 463,000 tonnes last year from 526,000 in 1985", "rose to 9.8 billion in 1987 from 8.1
// billion in 1986": the figure reached may carry its own period before "from" names the base's)
const REACHED_WHEN = String.raw`(?:(?:in|during|for)\s+)?(?:(?:this|last|the\s+(?:latest|past|current))\s+(?:year|quarter|month|week|half|season)|(?:fiscal\s+)?(?:19|20)\d\d(?:[/-]\d\d)?)`;
// ("fetched 18 dlrs/bbl this year against a low of 10.50 dlrs/bbl in July": the extreme set beside
// a figure is its base too)
const EXTREME_OF = String.raw`(?:\s+(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:low|high|peak|trough|average)\s+of)?`;
const FROM_FIGURE = new RegExp(String.raw`(?:,\s+from|\bagainst${EXTREME_OF}|\bto\s+(?:an?\s+(?:average|total)\s+of\s+)?${FIGURE_WORDS}\s+(?:${REACHED_WHEN},?\s+)?from)\s+${FIGURE_WORDS}\s+(?:in\s+|on\s+|at\s+|during\s+)?$`, 'i');
// "well below the 628 mln dlrs of February last year", "short of the 1.2 million sold in 2019": the
// figure a result is measured against, and its period
const BELOW_FIGURE = new RegExp(String.raw`\b(?:below|above|under|short\s+of|ahead\s+of|behind)\s+(?:the\s+)?${FIGURE_WORDS}\s+(?:of|in|for|during|sold\s+in|set\s+in)\s+$`, 'i');
// (the clause split at the comma: "..., from 762.5 mln dlrs the previous year" opens on "from")
const FROM_FIGURE_OPENING = new RegExp(String.raw`^\s*from\s+${FIGURE_WORDS}\s+(?:in\s+|on\s+|at\s+|during\s+)?$`, 'i');
const CHANGE_BY_FROM = new RegExp(String.raw`${CHANGE_BY}\s+${FIGURE_WORDS}\s+(?:in\s+|on\s+|at\s+|during\s+)?$`, 'i');
// A figure's change told with its units spelled out runs longer than the other leads.
const FIGURE_LEAD = 130;
function fromFigure(text: string, statement: Span, timex: Timex): boolean {
  const lead = text.slice(Math.max(statement.start, timex.start - FIGURE_LEAD), timex.start);
  // ("rose by 20 from 3 in 2010 to 23 in 2020" is a run, both ends told)
  if (CHANGE_BY_FROM.test(lead) && !/^\s*(?:to|until|till|through)\b/i.test(text.slice(timex.end, timex.end + 8))) return true;
  return FROM_FIGURE.test(lead) || (timex.start - statement.start <= FIGURE_LEAD && FROM_FIGURE_OPENING.test(lead));
}
// ("a profit of $1.85bn, as against the $17bn loss recorded from April to June", ", against a
// loss of $2bn in 2009": results copy's "against" sets a figure beside its base)
const BASELINE_TAIL =
  new RegExp(String.raw`(?:\b(?:up|down|higher|lower)(?:\s+\w+ly)?\s+from|\bcompar(?:ed|es?|ing) (?:with|to)|\bas\s+against|,\s+against(?=\s+(?:a|an|the)?\s*(?:[$£€]|\d|(?:[\w-]+\s+){0,3}(?:loss|profit|deficit|surplus|gain|rise|fall|drop)\b))|\bversus|\bvs\.?|\b(?:deceleration|acceleration|slowdown|rebound|${CHANGE_NOUNS})\s+from(?=\s+\S+\s))\b(?:[^.;:,—–]|[.,](?=\d)){0,50}$`, 'i');

// "its outlook for 2023", "survey numbers for the month prior": the date names the period a
// forecast or a report covers; what happened is the forecast, dated elsewhere or not at all.
// "a best guess of 2030", "an estimate of 2035": the year is what is guessed, not a time at which
// anything happened.
// ("an unexpectedly soft GDP report for Q1", "the amount calculated for last year", "the average
// expected for the rest of the year": a report, a sum or an average names the period it covers too,
// straight after it: "the report blamed failures for the April 20 explosion" dates the explosion)
// ("the top 7 predictions for mobile in 2017": a forecast names what it is about, then its
// year; "released its figures for Europe in March" may date the release, and stays)
// ("was named Player of the Week for Dec. 31 - Jan. 6", "Coach of the Month for March": an
// award names the period it honours; what happened is the naming)
// ("His salary-cap number for this season is $3.83 million", "the jobless number for March": a
// figure's "number" straight before "for", a word before it, names the period it is for)
const PERIOD_OF = /\b(?:of\s+the\s+(?:week|month|year|season)\s+for\s+(?:the\s+)?|(?<!\ba\s)(?:[\w-]+\s+)number\s+for\s+|(?:(?:outlook|forecasts?|projections?|predictions?|estimates?|guidance|numbers|figures|data|statistics|results|survey|budget|targets?)\s+(?:[\w’']+\s+){0,4}?|(?:reports?|amounts?|totals?|sums?|average)\s+(?:[a-z]+ed\s+)?)for\s+(?:the\s+)?(?:(?:(?:first|last|final|opening|closing)\s+(?:[\w-]+\s+)?(?:days?|weeks?|months?)|rest|remainder|balance)\s+of\s+(?:the\s+)?)?(?:whole\s+|full\s+|fiscal\s+|calendar\s+)?|(?:outlook|forecasts?|projections?|predictions?)\s+for\s+[\w’']+(?:\s+[\w’']+)?\s+in\s+|(?:estimate|guess|prediction|projection)\s+of\s+)$/i;

// (A figure tallied from a day, "has lost 70 percent since July 31", is countedSince.ts's.)

// "scrapped the trip for the second time this year", "the third time in the past decade that
// he has taken leave": an ordinal counts how often a thing has happened within a period reaching
// to now; the period is the count's frame, not when the thing happened. ("for the first time in
// March" names when it did, and keeps its month; "rose for a fourth week in a row" is dated by
// the run's latest week, which is this one, and keeps it too.)
const COUNTED_TIME = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th)|umpteenth)\s+(?:straight\s+|consecutive\s+|successive\s+)?time\s+(?:(?:in|this|during|within|over)\s+)?$/i;
// ("We have seen it a few times in the past year": how often, over a length reaching to now, is
// a tally; "raised rates five times this year" is told of the year, and keeps it)
const TIMES_WITHIN = /\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|a\s+(?:few|dozen|hundred|thousand|couple\s+of|number\s+of)|several|many|multiple|numerous|dozens\s+of|hundreds\s+of|thousands\s+of)\s+times\s+(?:in|during|within|over)\s+$/i;
const FRAME_UP_TO_NOW = /^(?:this\s+(?:year|month|week|season|decade|century)|(?:the\s+)?(?:past|last)\s+(?:\S+\s+)?(?:years?|months?|weeks?|days?|decades?|seasons?)|(?:over\s+|more\s+than\s+|nearly\s+|almost\s+)?(?:a|an|\d+|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+(?:years?|months?|weeks?|decades?))$/i;
// "the largest bank failure so far this year", "its sharpest fall in three months": a superlative
// ranks the news within a period reaching to now; the period is the ranking's frame, as "of 2008"
// is in "the worst day of 2008", and the happening is dated elsewhere or not at all. "The latest
// nation this year to see protests" ranks the same way, its infinitive after the period ("the
// latest attack this week killed five" dates the attack, and keeps the week).
const SUPERLATIVE = String.raw`(?:biggest|largest|greatest|highest|lowest|smallest|worst|best|deadliest|strongest|weakest|fastest|slowest|hottest|coldest|warmest|wettest|driest|busiest|costliest|sharpest|longest|shortest|heaviest|steepest|most\s+[a-z]+|least\s+[a-z]+)`;
// (the ranked thing set beside the news, after a comma or a copula, or ranked "so far": "will reap
// its most glittering reward this week", "wiped off the value of the third-largest company this
// week" date the verb's happening)
const RANKED_SO_FAR = new RegExp(String.raw`(?:[,;:(—–]\s*(?:and\s+)?|\b(?:is|was|are|were|be|been|marks?|marked|becomes?|became)\s+)(?:the|its|their|his|her|a|an)\s+${SUPERLATIVE}\s+(?:(?!(?:to|that|who|which|was|is|were|are|in|on|at|of)\b)[\w’'-]+\s+){1,3}(?:so\s+far\s+|yet\s+|(?:in|over|during|within)\s+)?$`, 'i');
const LATEST_SO_FAR = /\blatest\s+(?:(?!(?:to|that|who|which|was|is|were|are|in|on|at|of)\b)[\w’'-]+\s+){1,3}(?:so\s+far\s+)?$/i;
const RANKED_BEFORE_SO_FAR = new RegExp(String.raw`\b${SUPERLATIVE}\s+(?:(?!(?:to|that|who|which|was|is|were|are|in|on|at|of)\b)[\w’'-]+\s+){1,3}(?:so\s+far|yet)\s+$`, 'i');
const rankedSoFar = (text: string, lead: string, timex: Timex) =>
  FRAME_UP_TO_NOW.test(timex.text.replace(/^so\s+far\s+/i, '')) && (RANKED_SO_FAR.test(lead) || RANKED_BEFORE_SO_FAR.test(lead) || (/^so\s+far\b/i.test(timex.text) && RANKED_BEFORE_SO_FAR.test(`${lead}so far `)) || (LATEST_SO_FAR.test(lead) && /^\s+to\s+[a-z]+/.test(text.slice(timex.end, timex.end + 20))));
const countedFrame = (lead: string, timex: Timex) => (COUNTED_TIME.test(lead) && FRAME_UP_TO_NOW.test(timex.text)) || (TIMES_WITHIN.test(lead) && /^(?:the|these)\s+(?:past|last)\b/i.test(timex.text));

/** Whether `timex` names the period a forecast or a report covers ("slashed its forecasts for the
 * next few months"): what happened is the forecast, even when the period lies ahead. */
export function periodCovered(text: string, statement: Span, timex: Timex): boolean {
  // (and a length ahead inside a want or need denied, "didn't want to spend the next 10 years
  // struggling", dates nothing either: unwanted.ts; mentions.ts asks only this of lengths ahead)
  return PERIOD_OF.test(text.slice(Math.max(statement.start, timex.start - 70), timex.start)) || unwanted(text, statement, timex);
}

const WHEN_CLAUSE_AFTER = /^,\s+when\s+(?!asked\b|questioned\b|[a-z]+ing\b)[\p{L}“"]/u;

// "brings employment back to where it was in January", "twice that of what it was at this time
// last year": the state a figure returns to or is set beside, told as a clause of its own
const WHERE_IT_WAS = /\b(?:to|from|than|of|near|below|above|times)\s+(?:where|what|how)\s+(?:it|they|he|she|we|things|\w+s)\s+(?:was|were|stood|had\s+been|used\s+to\s+be)\s+(?:(?:at\s+)?(?:this|that|the\s+same)\s+time\s+)?(?:(?:in|on|at|during|back\s+in)\s+)?(?:the\s+)?$/i;
// "double the size of the previous pamphlet six years ago", "half the number sold in 2019": a
// multiple's other side
const MULTIPLE_OF = /\b(?:double|twice|triple|treble|three\s+times|four\s+times|half)\s+(?:that\s+of\s+|the\s+(?:size|number|amount|level|length|rate|price|figure|total|volume|value|height|weight)\s+of\s+)[^.;:!?]{0,50}$/i;
// "could soon eclipse the volume of the Exxon Valdez spill in 1989", "reach levels of the 2008
// crash": a happening named as the measure a new one is held against, not told again
const MEASURE_OF = /\b(?:eclips|surpass|exceed|outstrip|overtak|rival|dwarf|match|equal|approach|reach|top)\w*\s+(?:the\s+)?(?:volume|size|scale|levels?|toll|extent|magnitude|proportions)\s+of\s+(?:the|that|those|an?)\s+(?:[\w’'.-]+\s+){1,6}?(?:in|on|of|during)\s+(?:the\s+)?$/i;
// "was previously forecast to end in 2015, will now likely end in 2013": a forecast given up for
// a new one dates nothing
const OLD_FORECAST = /\b(?:previously|originally|initially|once|earlier)\s+(?:been\s+)?(?:forecast|predicted|projected|estimated)\s+(?:to\s+(?:[\w’'-]+\s+){1,4}?)?(?:(?:in|on|by|for|at)\s+)?(?:the\s+)?$/i;
// "slightly down year-to-date in 2026": a running total's frame
const TO_DATE = /\b(?:year|month|quarter)[- ]to[- ]date\s+(?:(?:in|for)\s+)?$/i;

/** Why the date `timex` of a statement dates no event there, or null when it may. */
// The words before a date (up to 70 characters of its statement) that make it a comparison's
// base, a yardstick or a period covered: each pattern is described where it is defined.
const COMPARISON_LEADS: readonly RegExp[] = [
  YARDSTICK, YARDSTICK_HAPPENING, YARDSTICK_DOING, RECORD_BEATEN, YEAR_START, RECORDS_BEGAN, THAN_ANY, LIKENESS, ALIKE_THEN, EXTREME, LIKE_WHEN,
  SAME_PERIOD, BASELINE, BASELINE_TAIL, HYPOTHETICAL, PERIOD_OF, RANKED_WITHIN, ODDS, TARGET_BEFORE, BELOW_FIGURE,
  WHERE_IT_WAS, MULTIPLE_OF, MEASURE_OF, OLD_FORECAST, TO_DATE, LIKE_CLAUSE,
];
// "only slightly below the same month last year": the timex is itself the period compared
// ("the same day" alone may date a happening, and stays)
const SAME_PERIOD_BEFORE = /^(?:the\s+)?(?:same|corresponding|comparable|equivalent)\s+(?:period|time|quarter|month|week|season)\s+(?:last\s+year|a\s+year\s+(?:ago|earlier|before)|(?:of\s+)?(?:the\s+)?(?:previous|prior)\s+year)$/i;
// "In the year-earlier period it earned 64.9 mln dlrs", "5 mln dlrs in the year-ago quarter": a
// results story's period a year back, named by its noun, is the base its figures are set against
// ("A year earlier, the company had cut jobs", no period's noun, may date a happening, and stays)
const YEAR_BACK_PERIOD = /^(?:the\s+)?(?:year[-\s](?:earlier|ago|before)|prior[-\s]year|previous[-\s]year)\s+(?:period|quarter|half|month|(?:first|second|third|fourth)\s+quarter|(?:three|six|nine|12|twelve)\s+months)$/i;
// "just shy of its December 2025 peak", "below their March highs": the extreme a figure is
// measured against, named by when it was reached
const EXTREME_LEAD = /\b(?:from|than|above|below|over|under|to|of|off|near|past|beyond|shy\s+of)\s+(?:its|their|the|his|her|a|an)\s+(?:[\w-]+\s+)?$/i;
const EXTREME_AFTER = /^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:peaks?|highs?|lows?|troughs?|records?)\b/i;

export function comparisonOrYardstick(text: string, statement: Span, timex: Timex): 'comparison' | null {
  // ("He moved to the U.S. in 1996" in the writer's box closing the page: authorBio.ts; asked here,
  // where lengths counted back are asked too)
  if (authorBio(text, timex)) return 'comparison';
  // "worse than 1981, when domestic sales dropped 40 pct": the baseline's "when" clause tells what
  // happened then (labelled from that clause, as "since April 22, when a rig blew up" is)
  if (WHEN_CLAUSE_AFTER.test(text.slice(timex.end, timex.end + 12))) return null;
  const lead = text.slice(Math.max(statement.start, timex.start - 70), timex.start);
  if (COMPARISON_LEADS.some((r) => r.test(lead)) || LAST_LEVEL.test(text.slice(Math.max(statement.start, timex.start - 160), timex.start)) || fromFigure(text, statement, timex) || yardstickSide(text, statement, timex) || openedCounterfactual(text, statement, timex) || likenedOccasion(text, statement, timex)) return 'comparison';
  if (countedFrame(lead, timex) || rankedSoFar(text, lead, timex)) return 'comparison';
  if (changeOnBase(text, statement, timex) || notSince(text, statement, timex) || figureTold(text, statement, timex) || rankedAmong(text, statement, timex)) return 'comparison';
  // ("we don't need to hire anyone next year": a want or need denied, unwanted.ts)
  if (unwanted(text, statement, timex)) return 'comparison';
  if (CHANGE_OVER.test(lead) && BASE_BACK.test(timex.text)) return 'comparison';
  if (SAME_PERIOD_BEFORE.test(timex.text) || YEAR_BACK_PERIOD.test(timex.text) || /^(?:year|month|quarter)[- ]to[- ]date$/i.test(timex.text)) return 'comparison';
  if (EXTREME_LEAD.test(lead) && EXTREME_AFTER.test(text.slice(timex.end, timex.end + 30))) return 'comparison';
  if (BASELINE_LEVEL_LEAD.test(lead) && BASELINE_LEVEL.test(text.slice(timex.end, timex.end + 30))) return 'comparison';
  if (CHANGED_FROM.test(lead) && !RUN_TO.test(text.slice(timex.end, timex.end + 8))) return 'comparison';
  if (COMPARED_AFTER.test(text.slice(timex.end, Math.min(statement.end, timex.end + 12)))) return 'comparison';
  // "as free as high school is today", "as crowded as the port was in 2019": the date inside
  // the other side of a likeness that has its own subject and verb
  if (EQUATIVE_OTHER_SIDE.test(lead)) return 'comparison';
  // "as true today as it was": the date inside a likeness's first side
  if (/\bas\s+[a-z]+\s+$/i.test(lead) && /^\s+as\b/i.test(text.slice(timex.end, timex.end + 4))) return 'comparison';
  // (the condition may be a clause of its own before the statement: read back to the sentence's start)
  const sentenceLead = text.slice(Math.max(0, timex.start - 200), timex.start).split(/[.!?]\s+(?=\p{Lu})|\n/u).pop() ?? '';
  if (COUNTERFACTUAL.test(sentenceLead) && MODAL.test(sentenceLead + text.slice(timex.end, Math.min(statement.end, timex.end + 120)))) return 'comparison';
  // "We'll be lucky to be in business next year", "This year we'll be lucky if we sell 550,000
  // units": a gloomy measure of what may be managed, said as luck, is a guess, no happening
  if (LUCKY.test(sentenceLead + text.slice(timex.end, statement.end))) return 'comparison';
  if (UNSAID.test(sentenceLead)) return 'comparison';
  // "It could not be determined on Monday whether he had a lawyer": the question no one could
  // answer on the day, told in the passive, is no happening either
  if (UNDETERMINED.test(lead) && /^[\s,]*(?:whether|if|how|what|who|when|why|where)\b/i.test(text.slice(timex.end, timex.end + 12))) return 'comparison';
  // "plans to reduce emissions by 7-10% by 2035", "aims to cut waste by half by 2030": a change
  // of a share set for a year by a plan or a pledge is a goal, as "a 2035 target" is ("cut
  // emissions by 20% by 2020", told as done, stays the cutting)
  if (/^(?:the\s+year\s+)?\d{4}$/.test(timex.text) && SHARE_GOAL.test(sentenceLead) && GOAL_WORD.test(sentenceLead)) return 'comparison';
  if (LEVELS_AFTER.test(text.slice(timex.end, timex.end + 12)) || (/^\d{4}$/.test(timex.text) && TARGET_AFTER.test(text.slice(timex.end, timex.end + 40))) || (CHANGE_FROM_BEFORE.test(lead) && COUNTED_BACK.test(timex.text))) return 'comparison';
  return null;
}
const SHARE_GOAL = /\b(?:reduc|cut|lower|rais|increas|boost|doubl|halv|slash|trim|lift|grow)\w*\b[^.;]{1,60}?\bby\s+(?:(?:about|around|roughly|at\s+least|up\s+to|some)\s+)?(?:[\d.,]+(?:\s*[-–]\s*[\d.,]+)?\s*(?:%|per\s*cent|percent)|half|a\s+(?:third|quarter|fifth))[^.;]{0,50}?\bby\s+(?:the\s+(?:end\s+of\s+)?)?$/i;
const GOAL_WORD = /\b(?:plans?|planned|aims?|aimed|aiming|targets?|goals?|pledg\w*|promis\w*|vow\w*|commit\w*|wants?|seeks?|intends?|will|would|must|should|has\s+to|have\s+to)\b/i;
const LUCKY = /\b(?:will|would|[’']ll|[’']d)\s+be\s+(?:very\s+|extremely\s+)?lucky\s+(?:to|if)\b/i;

// A game clock: "scored at 7:14 of the second period", "with 2:31 left", "at 12:03 into the
// second half". Sport reports time goals by the clock of the game, not of the day.
const GAME_CLOCK =
  /^\s*(?:(?:of|into|in)\s+(?:the\s+)?(?:first|second|third|fourth|fifth|final|opening|last|extra|\d+(?:st|nd|rd|th))\s+(?:period|half|quarter|inning|innings|set|round|frame|overtime|session)|(?:left|remaining|to play|to go)\b)/i;

const SCORED = /\b(?:scor(?:ed|es|ing)|goals?|tied|tying|equali[sz](?:ed|er|ing)|power[- ]play|short-?handed|penalty shot|netted|empty[- ]net)\b/i;
const CLOCK_ZONE = /^\s*(?:h\b|hrs\b|GMT|UTC|BST|CET|E[SD]T|[CP][SD]T|ET\b|PT\b|local\b)/i;
// ("kept the ball for the final 8:09": the clock's last minutes, no time of day)
const CLOCK_TAIL = /\b(?:the\s+)?(?:final|last|first|opening|closing)\s+$/i;
// A period of the game: "threw two interceptions in the fourth quarter", "scored early in the
// second half". With no year, in a sentence about play, it is the game's quarter or half, not the
// calendar's; a results story's "fourth quarter" speaks of sales and profit instead.
// (the wire names a period of play as often by its adjective, "a first-quarter surge", "early
// second-half pressure", by its edge, "at the start of the second half", "the end of the
// quarter", or alone once the game has been told, "outscored them 36-16 in the quarter")
const GAME_PERIOD = /^(?:(?:early|late|midway)\s+(?:in(?:to)?\s+)?)?(?:the\s+)?(?:(?:start|end|beginning|middle|close)\s+of\s+the\s+)?(?:(?:first|second|third|fourth|final|opening)[\s-]+)?(?:half|quarter|period)$/i;
// "three minutes later", "less than a minute later": the match clock counted on from the last
// play told, no time of the calendar
const GAME_MINUTES = /^(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:minutes?|seconds?)\s+(?:later|earlier|after|before)$/i;
const PLAY = /\b(?:touchdowns?|yards?|interceptions?|intercepted|fumbled?|sacked|field goal|scor(?:ed|es|ing)|goals?|points|rebounds|assists|innings|possessions?|passes|rushing|penalt(?:y|ies)|kick(?:ed)?|tackles?|header|equali[sz]er|lead(?:ing)?\s+\d+-\d+|\d+-\d+\s+(?:lead|win|victory|loss|defeat|count|deficit)|trail(?:ed|ing)\s+(?:\w+\s+){0,3}by|halftime|half-time|(?:3|three)-point(?:er|ers)?|free throws?|layups?)\b/i;
// (a player's "index finger" is no market's index)
const BOOKS = /\b(?:profits?|revenues?|sales|earnings|results|fiscal|financial|growth|GDP|economy|shares|stocks?|index(?!\s+fingers?\b)|markets?|prices?|quarterly)\b/i;

export function isGameClock(text: string, timex: Timex, statement: Span): boolean {
  if (timex.type === 'TIME' && /\d:\d\d/.test(timex.text) && !/[ap]\.?m\b/i.test(text.slice(timex.start, timex.end + 6))) {
    if (GAME_CLOCK.test(text.slice(timex.end, timex.end + 40)) || CLOCK_TAIL.test(text.slice(Math.max(0, timex.start - 14), timex.start))) return true;
    // "cut the lead in half at the 15:21 mark of the second", "at the 2:05 mark": a point of the
    // game's (or the race's) clock, named as a mark on it; no day has marks
    if (/\bthe\s+$/i.test(text.slice(Math.max(0, timex.start - 5), timex.start)) && /^\s+mark\b/i.test(text.slice(timex.end, timex.end + 6))) return true;
    // "tied the game at 18:03 on a power play", "scored at 4:12 into the second": a goal timed
    // "at" a bare clock in a sentence about scoring is the game's clock, whatever follows it
    // ("kick-off is at 19:45" scores nothing, and keeps its time)
    if (/^\d{1,2}:\d\d$/.test(timex.text) && /\bat\s+$/i.test(text.slice(Math.max(0, timex.start - 4), timex.start)) && SCORED.test(text.slice(statement.start, statement.end)) && !CLOCK_ZONE.test(text.slice(timex.end, timex.end + 8))) return true;
  }
  if (GAME_MINUTES.test(timex.text.trim())) return gameReport(text);
  if (!GAME_PERIOD.test(timex.text.trim())) return false;
  // "25 shots in the second half of the game": the game says so itself; "five minutes into the
  // second half" times a play by the match clock
  if (/^\s+of\s+(?:the|that|this|their|our|its)\s+(?:game|match|contest|fixture|final|semi-?final|tie)\b/i.test(text.slice(timex.end, timex.end + 30))) return true;
  if (/\b(?:minutes?|mins?|seconds?)\s+into\s+$/i.test(text.slice(Math.max(0, timex.start - 20), timex.start))) return true;
  const sentence = text.slice(statement.start, statement.end);
  if (BOOKS.test(sentence)) return false;
  // ("Denver had a nine-point lead in the first half", "Larry Wright added 11, nine of those in the
  // second half": in a game report the play is told all around; the sentence need not name it)
  return PLAY.test(sentence) || gameReport(text);
}

// A game report tells its play in sentence after sentence; a results story names the books
// instead. (Counted once a report, only when a bare half or quarter asks.)
const GAME_REPORT_PLAYS = 4;
const PLAYS = new RegExp(PLAY.source, 'gi');
const BOOKS_ALL = new RegExp(BOOKS.source, 'gi');
// (asked for each half, quarter or "minutes later" of a report: the last text's answer is kept)
let lastReport: { text: string; game: boolean } | null = null;
function gameReport(text: string): boolean {
  if (lastReport?.text === text) return lastReport.game;
  const plays = text.match(PLAYS)?.length ?? 0;
  const books = text.match(BOOKS_ALL)?.length ?? 0;
  lastReport = { text, game: plays >= GAME_REPORT_PLAYS && plays > 2 * books };
  return lastReport.game;
}

// "Today such cases are rare", "These days the port is quiet": "today" for the present era,
// with a state in the simple present, dates nothing. "The Senate votes today" does.
// "Years later, the town has the same problems" jumps to a lasting state the same way.
// ("Almost nine years later" and "Some 20 years later" too: a round figure is still a jump, and
// "Fifty-five years later" written with its hyphen)
// (weeks and months too: "Two months later, the town is still rebuilding" is how it stands now)
// ("This year, the backup goalie is an unspectacular 3-4-0", "this season the club has two
// strikers": how things stand in the period of writing, told in the present)
// ("One year later, and smart straps still seem a promise": one period on, singular, the same)
// where a clause ends after a word: a stop, a comma, a dash, or "and"/"but" opening the next
const CLAUSE_END = /^\s*(?:[.,;:!?”")—–]|’(?!s\b)|--|$|(?:and|but)\b)/;
const LASTING_STATE = /^(?:lives?|owns?|has|have|knows?|needs?|wants?|uses?|tends?|prefers?|belongs?|exists?|employs?|holds?)$/i;
const ERA = /^(?:today|nowadays|these days|this (?:year|season)|(?:(?:almost|nearly|about|some|more than|over|just)\s+)?(?:(?:\w+(?:-\w+)?|\d+|many|some) (?:weeks|months|years|decades)|(?:one|a) (?:week|month|year|decade)) later)$/i;
// ("Today we see a reheated version", "A lot of people want answers today": a state or a habit
// of the present; "Today, I would say" a view: nothing happens on the day)
const STILL_GOING = /^(?:is|are|am)(?:n['’]t|\s+not)?\s+still\s+\w+ing$/i;
const PRESENT_GOING = /^(?:is|are|am)(?:n['’]t|\s+not)?\s+\w+ing$/i;
// ("Today, the queue is not that bad": a state denied is a state still)
const STATE = /^(?:(?:is|are|am)(?:n['’]t|\s+not)|is|are|am|remains?|seems?|appears?|has|have|lies|lie|stands?|looks?|see|sees|want|wants|need|needs|know|knows|use|uses|own|owns|live|lives|tend|tends|prefer|prefers|would(?:\s+\w+ly)?\s+\w+|might\s+\w+)$/i;
// "This year is weaker than last", "2024 was the hottest on record": a period compared, the
// date being the subject of the comparison, not the time of an event.
// "2024 probably wasn't the best year for ..." too: an adverb or a negation changes nothing,
// and so does a modal of forecast ("predicts 2025 will be tougher", "that next year could be worse").
const COMPARED_STATE = /^\s*(?:\w+ly\s+)?(?:is|was|has been|had been|(?:will|would|could|might|may) be|looks|looked|seems|seemed|proved|proves)(?:n['’]t|\s+not)?\s+(?:\w+ly\s+)?(?:\w+er|more|less|better|worse|the\s+(?:\w+est|most|least|best|worst))\b/i;

// (and a running count of days: "July 15 marks day 87", "Sunday marks the 100th day of the strike")
const MARKS_ANNIVERSARY = /^\s+(?:marks|marked|will mark|is|was)\s+(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:anniversary|day in history|years?\s+(?:since|to the day)|birthday of)\b|day\s+\d+\b|the\s+\d+(?:st|nd|rd|th)\s+day\s+(?:of|since)\b)/i;
// ("This week was different for the rookie", "the fourth quarter of 2025 was surprisingly
// strong", "Last year was one of the safest on record": a week, a month or a quarter judged the
// same way, by "one of" or by a word of judgment)
const CHARACTERISED_PERIOD = /^(?:\d{4}|(?:last|this|next|the\s+past)\s+(?:year|season|decade))$/i;
// (a week, a month or a quarter only by "one of" or a word of judgment: "the deadline ..., next
// month is a small target" names the deadline's month, its subject being the deadline)
const JUDGED_PERIOD = /^(?:(?:last|this|next|the\s+past)\s+(?:week|month|quarter)|(?:the\s+)?(?:first|second|third|fourth|final|last)\s+(?:quarter|half)(?:\s+of\s+(?:\d{4}|(?:last|this)\s+year))?)$/i;
const JUDGMENT = String.raw`(?:different|important|crucial|critical|pivotal|decisive|tough|difficult|hard|brutal|rough|challenging|busy|quiet|calm|slow|strong|weak|good|bad|great|poor|special|unusual|remarkable|memorable|historic|terrible|awful|disappointing|dismal|volatile|eventful|strange|odd|wild|emotional|successful|unsuccessful|kind|cruel|huge|big)\b`;
const JUDGED = String.raw`(?:one\s+of\b|(?:(?:very|so|too|pretty|really|fairly|rather|particularly|especially|relatively|extremely|incredibly|\w+ly)\s+)?${JUDGMENT})`;
const YEAR_IS = new RegExp(String.raw`^\s+(?:is|was|will be)(?:n['’]t|\s+not)?\s+(?:\w+ly\s+)?(?:exactly\s+|quite\s+|just\s+)?(?:a|an|the|not|no|[A-Z]|${JUDGED})`);
const PERIOD_JUDGED = new RegExp(String.raw`^\s+(?:is|was|will be)(?:n['’]t|\s+not)?\s+${JUDGED}`);

// "Few today would deny ...", "Many these days believe ...": a crowd in the present era holds a
// view; "today would be read as defeat": what the present would make of a thing. Neither
// happens on the day of writing.
const CROWD_BEFORE = /(?:^|[,;:]\s*|\b(?:and|but)\s+)(?:few|many|most|some|no one|nobody|everyone|fewer|more)(?:\s+people)?\s+$/i;
const WOULD_AFTER = /^\s*,?\s*(?:would|could|might)\b/i;

// "hope for a better tomorrow", "the world of tomorrow": the word as a noun for the future, no day.
const DAY_AS_NOUN_BEFORE = /\b(?:a|an|our|your|their|its|his|her)\s+(?:\w+(?:er|est)\s+|new\s+|bright\s+)?$|\b(?:world|people|leaders|children|city|cities|workforce|jobs|technology|technologies)\s+of\s+$/i;

// "saw a turbulent day yesterday, ... later recovered to end the day with a smaller loss": a
// market report's idiom for the session's close, beside the day's own date, is that day again
const DAY_ENDED = /\b(?:end|ends|ended|ending|finish|finishes|finished|finishing)\s+$/i;
/** `others`: the sentence's dates up to the statement, read only when the idiom is there. */
export function endsTheDayDated(text: string, statement: Span, timex: Timex, others: () => readonly Timex[]): boolean {
  return /^the day$/i.test(timex.text) && DAY_ENDED.test(text.slice(Math.max(statement.start, timex.start - 12), timex.start)) && others().some((t) => t !== timex && t.type === 'DATE');
}

export function isStateNotEvent(text: string, statement: Span, timex: Timex, wordsOf: () => readonly Word[]): boolean {
  // ("made brief appearances today in federal court": a day's news told as done, whatever the
  // rules below read in its sentence, doneToday.ts)
  if (doneToday(text, statement, timex, wordsOf)) return false;
  // ("the best month to book a cruise is February": a time of year advised, adviceTime.ts)
  if (adviceTime(text, timex)) return true;
  // ("Toronto, April 9 - <Noranda Inc> said", "16 January 2008 – The Council today ...": the copy's
  // day, openingDateline.ts)
  if (openingDateline(text, timex)) return true;
  // ("CA--(Marketwired - April 06, 2016) - Segment ...": a release wire's bracketed dateline, pressWire.ts)
  if (pressWire(text, timex)) return true;
  // ("Today, women create and lead ...": the way things stand now, presentToday.ts)
  if (presentToday(text, statement, timex, wordsOf)) return true;
  // ("Demonstrators march ... in Damascus July 17, 2011.": a photo caption, photoCaption.ts; "The
  // fiscal year ends December 31": a standing bound of a year, standingYear.ts)
  if (photoCaption(text, statement, timex, wordsOf) || standingYear(text, timex)) return true;
  // ("... after suffering a cardiac arrest Jackson's mother filed ...": a caption run on into the
  // body at a paragraph's head, runOnCaption.ts)
  if (runOnCaption(text, statement, timex, wordsOf)) return true;
  // ("Update, May 24th at 4:58PM ET: Added more details.": an editor's note, updateNote.ts)
  if (updateNote(text, statement, timex)) return true;
  if (/^tomorrow$/i.test(timex.text) && DAY_AS_NOUN_BEFORE.test(text.slice(Math.max(statement.start, timex.start - 30), timex.start))) return true;
  // "By then, and still today, the school's best-known pupil was ...": "still today" set off as an
  // aside says a state has lasted to the present; nothing happens on the day
  if (/^today$/i.test(timex.text) && /(?:^|[,(—–]\s*)(?:and\s+|but\s+)?still\s+$/i.test(text.slice(statement.start, timex.start)) && /^\s*[,)—–]/.test(text.slice(timex.end, timex.end + 3))) return true;
  if (/^(?:today|nowadays|these days)$/i.test(timex.text) && (CROWD_BEFORE.test(text.slice(statement.start, timex.start)) || WOULD_AFTER.test(text.slice(timex.end, timex.end + 12)))) return true;
  // the period is the subject: nothing but a conjunction or an opening clause ("If it helps, ") before it
  // (or opens a clause reported after "that": "He forecast that 1987 would be worse than 1981",
  // or after a verb of belief with its "that" left out: "we believe 2008 will be the watershed",
  // or after a subordinator of reason or contrast: "in part because the fourth quarter was strong")
  const lead = text.slice(statement.start, timex.start).replace(/^[^,]*,\s*/, '').replace(/^.*\b(?:that|believes?|believed|thinks?|thought|expects?|expected|hopes?|hoped|predicts?|predicted|reckons?|reckoned|because|although|though|whereas)\s+(?=\S*$)/is, '');
  const subject = !/\p{L}/u.test(lead.replace(/\b(?:and|but|so|yet|while|last|this|next)\b/gi, ''));
  if (subject && COMPARED_STATE.test(text.slice(timex.end, timex.end + 40))) return true;
  // "2017 is not exactly the Cold War", "2016 was a year of upheaval", "Last year was a very
  // strong year for the format", "This season is a write-off": a year or a season said to be
  // something is characterised, not dated (a day said to be something, "Tonight was a strong
  // game for us", still tells of what happened on it)
  // ("Last year was the time when we parted" is a cleft: it dates the "when" clause)
  // ("This week was different for the rookie, who sat out practice": the relative clause tells
  // what happened in the period judged, and dates it)
  if (subject && ((CHARACTERISED_PERIOD.test(timex.text) && YEAR_IS.test(text.slice(timex.end, timex.end + 30))) || (JUDGED_PERIOD.test(timex.text) && PERIOD_JUDGED.test(text.slice(timex.end, timex.end + 40)))) && !/^[^.;]{0,24}\bwhen\b/i.test(text.slice(timex.end, timex.end + 30)) && !/^[^.;,]{0,70},\s+(?:who|which|whose)\b/i.test(text.slice(timex.end, timex.end + 90))) return true;
  // "Today marks the 10th anniversary of the attacks", "Monday marked a day in history, when ...":
  // the day is only the measure of an anniversary; what happened is dated where it happened
  if (subject && MARKS_ANNIVERSARY.test(text.slice(timex.end, timex.end + 60))) return true;
  if (!ERA.test(timex.text)) return false;
  // ("this year" only as it opens its clause: "Barton is the latest celebrity to be arrested this
  // year" dates the arrests)
  if (/^this\s/i.test(timex.text) && !subject) return false;
  // the verb of the clause the era word opens ("Today I am grateful"), else the statement's own
  // ("half the world lives in cities today, and ...": a day word that closes its clause belongs to
  // the verb before it, the clause after being another's; only a verb of lasting state in the plain
  // present says how things stand in the era: "is available today", "would refile today", "I am out
  // today" tell the day's news)
  const closes = /^(?:today|nowadays|these days)$/i.test(timex.text) && timex.start > statement.start && CLAUSE_END.test(text.slice(timex.end, timex.end + 6));
  const before = closes ? verbGroupBefore(wordsOf(), statement.start, timex.start) : null;
  if (before && LASTING_STATE.test(before.text)) return true;
  const group = firstVerbGroup(wordsOf(), timex.end, statement.end) ?? firstVerbGroup(wordsOf(), statement.start, statement.end);
  if (!group || group.first.form === 'past') return false;
  // ("Years later, troops are still fighting there": after such a jump, what is still going on is
  // the lasting state; "Today the Senate is still debating" is the day's news and keeps it)
  // ("three weeks later, people still aren't learning": the "still" may stand before the group)
  const still = STILL_GOING.test(group.text) || (/\bstill\s+$/i.test(text.slice(timex.end, group.first.start)) && PRESENT_GOING.test(group.text));
  // ("still seem more like a promise": a linking verb of state with its complement read into the group)
  return STATE.test(group.text) || /^(?:seems?|appears?|remains?|looks?)$/i.test(group.first.text) || (/later$/i.test(timex.text) && still);
}
