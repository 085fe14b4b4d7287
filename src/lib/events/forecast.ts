// A future clause that forecasts rather than arranges. An undated expectation is a plan or a
// scheduled act: someone named will do, decide, hold, open, hire, sign. News tells as many
// futures that no one arranges: the weather's course ("warm air will waft north"), what a fact
// will bring about ("this will help ...", "the money will see the agency hiring ..."), a vow
// held since some time ("has vowed to end ..."), how a thing will stand or work ("the pipeline
// will stretch from ... to ...", "the service will work only at home"), where a measure will go
// ("prices will rebalance"). Reads only the clause's words: must not know about dates.

// Weather has no agent ("Lows are expected to dip to near 20 degrees", "a low near 29 is expected at the coast"): "the low will drag a front east", "humid air will push north", "storms
// are expected from ... to ...". (Lower case: "the Heat", "Storm Ciara" are names; "the high"
// and "the low" only right before their verb, not "the high school will".)
const WEATHER =
  /\b(?:air|winds?|gusts|storms|thunderstorms|supercells|showers|downpours|rain|rainfall|snow|snowfall|sleet|hail|temperatures|moisture|humidity|dryline|clouds|fog|(?:cold|warm) front|(?:[Ss]now|[Rr]ain|[Ii]ce)\s+(?:accumulations?|totals?|amounts?)|(?:surface|upper-level|pressure)\s+(?:low|high|system)|low\s+pressure|high\s+pressure|[Tt]he (?:high|low)|[Ll]ows|[Hh]ighs|[Aa] (?:high|low) (?:near|of|around|close to) -?\d+(?: degrees)?(?: \w+)?)[”"’]?\s+(?:\w+ly\s+|also\s+|here\s+|there\s+)?(?:will|would|(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:expected|forecast|likely))\b/;

// What a thing will bring about, not what anyone will do: "the grant will help farmers", "the
// deal will see the firm cutting jobs", "it will appeal to", "will secure the plant's future",
// "will hand the rebels an edge", "will end years of delay".
const CONSEQUENCE =
  /^(?:will|would|[’']ll|(?:is|are)\s+(?:\w+ly\s+)?(?:expected|likely)\s+to)\s+(?:\w+ly\s+|also\s+|only\s+)?(?:help|appeal\s+to|buttress|secure|encourage|spur|deter|discourage|see\s+(?:[\w’'-]+\s+){1,3}?\w+ing|hand\s+(?:[\w’'-]+\s+){1,4}?(?:leverage|advantage|edge|victory|win|boost|lifeline)|end\s+(?:years|decades|months|weeks)\s+of)\b/i;

// "This will ...", "and that will ...": a demonstrative for a whole fact told before stands for
// no one who could act; its future is what the fact will lead to.
const FACT_AS_SUBJECT = /(?:^|[,;:]\s*|\b(?:and|but|so)\s+)(?:this|that)(?:,[^,;]{1,40},)?\s+(?:will|would|[’']ll)\b/i;

// "has vowed to", "have pledged to": a promise held since some time, not an arrangement.
// ("BP, which has promised to pay costs, would pay claims": a vow in an aside is not the clause's)
const HELD_VOW = /(?<!\b(?:which|who|that)\s+)\b(?:has|have|had)\s+(?:\w+ly\s+|also\s+|long\s+)?(?:vowed|pledged|promised|sworn)\s+to\b/i;

// How a thing will stand or work, told in the future: its extent ("will stretch from", "will
// run from ... to"), its contents ("will include as much as ...", "the drills will include air raid sirens",
// "the update will include bug fixes"; what will include talks, a visit or a concert holds happenings, and
// stays), its use ("will work only
// in the home", "will be accessed on many devices").
const DESCRIPTION =
  /^(?:will|[’']ll)\s+(?:also\s+|still\s+|only\s+)?(?:stretch|extend|run)\s+(?:\w+\s+)?from\b|^(?:will|[’']ll)\s+(?:also\s+)?include\b(?![^,;.]{0,50}?\b(?:talks|meetings?|visits?|performances?|concerts?|stops?|speech(?:es)?|summits?|debates?|votes?|trips?|ceremon(?:y|ies)|matches|games|appearances?|tours?|screenings?|shows?|events?|hearings?|rall(?:y|ies)|marches|parades?)\b)|^(?:will|[’']ll)\s+(?:\w+ly\s+)?work\s+(?:only|just|best|well)\b|^(?:will|[’']ll)\s+be\s+(?:\w+ly\s+)?accessed\b/i;

// Where a measure will go, beyond the rises and falls undated.ts knows: "imbalances will
// rebalance", "the rate will move based on the economy".
const COURSE = /^(?:will|[’']ll)\s+(?:\w+ly\s+)?(?:rebalance|stabili[sz]e|normali[sz]e|rebound|move\s+(?:based\s+on|with|in\s+line\s+with|higher|lower|up|down))\b/i;

// "From there it will take about four days for the crews to reach the seam", "it will take years
// to rebuild": an empty "it" with the time a thing needs is a forecast of how long, no act anyone
// arranges ("the rebuilding will take decades" names what takes the time, and is left alone).
// ("it will take even longer for the roads to be mended": how much longer, the same forecast)
const HOW_LONG = /(?:^|[,;:]\s*|\b(?:and|but|so|there|then|here|now)\s+)it\s+(?:will|would|[’']ll|(?:is|was)\s+(?:\w+ly\s+)?(?:expected|likely|going)\s+to)\s+(?:\w+ly\s+|still\s+|also\s+)?take\s+(?:(?:(?:even|much|far|a\s+lot|a\s+bit|a\s+little)\s+)?(?:longer|less\s+time|more\s+time)|(?:(?:about|around|roughly|some|up\s+to|at\s+least|more\s+than|less\s+than|nearly|almost|only|just|another|several|many|a\s+few|as\s+(?:long|much|many|little)\s+as|a|an|the|[\d.,]+|\w+)\s+){0,3}(?:minutes?|hours?|days?|weeks?|months?|years?|decades?|generations?|time|while))\b/i;

// "The agency aims to reduce road deaths by half", "plans to cut emissions by 30 percent": a change of a
// quantity by a share, aimed at or pledged, is a target, as "a 2030 target" is; no act is arranged.
const TARGET = /\b(?:plans?|planning|aims?|aiming|intends?|pledged?|pledges|vow(?:s|ed)?|targets?|targeting|seeks?|seeking|hopes?|hoping|wants?)\s+to\s+(?:\w+ly\s+)?(?:reduce|cut|halve|double|triple|lower|raise|increase|boost|lift|grow|shrink|trim|slash)\b[^.;]{0,60}?\bby\s+(?:half|a\s+(?:half|third|quarter|fifth|tenth)|(?:about|around|some|at\s+least|up\s+to|more\s+than)?\s*\d[\d.,]*\s*(?:%|per\s*cent|percent|percentage\s+points?))/i;

// "The rumored phone will use a larger screen": a rumour told in the future is no one's plan.
const RUMOUR = /\b(?:rumou?red|purported|speculated)\b/i;

// A standing foretold, not an act: a bigger part to play ("is expected to take on a bigger
// leadership role as host", "will play a more active role"), a lead to be taken in a kind of
// doing ("developed countries are expected to take the lead in cutting emissions"). Explainers
// tell what a country or a body is meant to be; an appointment ("will take on the role of chief
// executive") names the post, and stays.
const STANDING = /\b(?:take(?:\s+on)?|assume|play|have)\s+(?:a|an|the)\s+(?:(?:bigger|greater|larger|leading|key|major|central|stronger|wider|broader|more\s+\w+|active|prominent|important|crucial|vital|pivotal|significant)\s+)(?:[\w-]+\s+){0,2}?(?:role|part)\b(?!\s+of\b)|\btake\s+the\s+lead\s+(?:in|on)\s+\w+ing\b/i;

// What a thing will be made of or will be for: "the census will form the evidence base for the plan",
// "the findings will form part of the review", "the site will serve as the basis for ...": how
// a thing will stand, no act at a time ("the parties will form a coalition" is an act, and stays).
// ("the suit is expected to become part of the wider litigation": what a thing will become a part of)
const CONSTITUTES = /^(?:will|[’']ll|(?:is|are)\s+(?:\w+ly\s+)?(?:expected|likely)\s+to)\s+(?:\w+ly\s+|also\s+)?(?:form|constitute|provide|serve\s+as|be|become)\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+)?(?:basis|base|backbone|bedrock|cornerstone|core|foundation|heart|centrepiece|centerpiece|part|bulk|blueprint|template)\b/i;

// "Integrity will shine through in the long run", "sooner or later the truth will out": a future
// put on no horizon but the long run is a general truth, no act anyone arranges.
const LONG_RUN = /\b(?:in\s+the\s+long\s+run|sooner\s+or\s+later|in\s+the\s+fullness\s+of\s+time)\b/i;

// What happens as a rule, told in the future: "the schoolboys will share facilities, and occasionally
// small talk, with the pros", "the committee will usually meet in private", "that teacher will post my
// work once in a blue moon". A frequency makes the future a habit, no act at a time.
const HABITUAL = /\b(?:once\s+in\s+a\s+blue\s+moon|from\s+time\s+to\s+time|every\s+so\s+often|every\s+now\s+and\s+(?:then|again)|occasionally|usually|typically|generally|normally|often|sometimes|rarely|seldom)\b/i;

// A period judged ahead: "the next few days and weeks will be crucial", "the coming months will be
// tough": how a stretch of time will be, as "this week was different" is for one past.
const JUDGED_PERIOD = /\b(?:days|weeks|months|years|hours|period|phase|stage|weekend|season)\s+(?:will|would|[’']ll|(?:is|are)\s+going\s+to)\s+be\s+(?:\w+ly\s+|very\s+|so\s+|extremely\s+)?(?:crucial|critical|key|vital|decisive|important|difficult|tough|hard|busy|telling|pivotal|challenging|tense|interesting)\b/i;

// "It will take a massive effort to rescue the victims": an empty "it" with what a task needs is a
// forecast of its cost, as HOW_LONG's time is. ("It will take a ground survey to get an accurate
// measure", "it will take a vote of the full board to approve it": whatever the empty "it" says a task
// takes before its "to" is what the task needs)
const EFFORT_NEEDED = /(?:^|[,;:]\s*|\b(?:and|but|so)\s+)it\s+(?:will|would|[’']ll)\s+(?:\w+ly\s+|still\s+|also\s+)?take\s+(?:a|an|some|more|another|two|three|several|many)\s+[^,;.]{2,50}?\s+to\s+[a-z]{2,}\b|(?:^|[,;:]\s*|\b(?:and|but|so)\s+)it\s+(?:will|would|[’']ll)\s+(?:\w+ly\s+|still\s+|also\s+)?take\s+(?:a|an|some|more|much|real|great|huge|massive|enormous|considerable|major)\s+(?:\w+\s+)?(?:effort|work|courage|commitment|leadership|money|investment|resources|political\s+will)\b/i;

// What a happening's effects will do: "the effects of the spill will extend into the Arctic", "the impact of
// the cuts will be felt for years", "the fallout is expected to spread": consequences foretold, no one's act.
const EFFECTS = /\b(?:effects?|impacts?|consequences|fallout|repercussions|ramifications|after-?effects)\s+(?:of\s+[^,;]{1,60}?\s+)?(?:will|would|[’']ll|(?:is|are)\s+(?:\w+ly\s+)?(?:expected|likely|set|going)\s+to)\b/i;

// A force for a subject, not an agent: "the recession in Europe will further reduce our exports", "the
// downturn will hit hiring", "the unrest is expected to spread": what a slump, a crisis or a war will do
// is a forecast; no one arranges it.
const FORCE = /(?:^\W*|[,;:]\s*|\b(?:and|but|so)\s+)(?:the|this|that|a|an|any|its|their|further|continued|prolonged)?\s*(?:[\w-]+\s+){0,2}?(?:recession|downturn|slowdown|slump|crisis|inflation|deflation|drought|shortage|glut|uncertainty|turmoil|unrest|violence|fighting|conflict|war|pandemic|epidemic|outbreak)(?:\s+(?:in|of|on|over|across)\s+[^,;]{1,40}?)?\s+(?:will|would|[’']ll|(?:is|are)\s+(?:\w+ly\s+)?(?:expected|likely|set|going)\s+to)\b/i;

// A future told by forecasters as such: "most analysts say the leader will eventually be forced out",
// "regional experts expect the rebels to take the capital": what analysts, experts or economists say or
// expect is their forecast, no one's arrangement ("a group of experts will be convened" is an act on
// them, and stays).
const FORECASTERS = /(?:^\W*|[,;:]\s*|\b(?:but|and|while)\s+)(?:(?:most|many|some|several|other|regional|independent|industry|market|political|military|oil|energy|financial|western|foreign)\s+)*(?:analysts|experts|observers|economists|commentators|pundits|strategists|forecasters)\s+(?:\w+ly\s+)?(?:say|said|says|expect|expects|expected|believe|believed|predict|predicted|reckon|reckoned|think|thought|argue|argued|warn|warned)\b/i;

// A substance's course: "the oil will penetrate into the mud", "the slick is expected to drift east", "the
// ash will settle over the valley": nature's course, as the weather's is.
const SUBSTANCE_COURSE = /\b(?:oil|gas|slick|sheen|plume|lava|ash|smoke|radiation|fallout|sediment|silt|debris)\s+(?:will|would|[’']ll|(?:is|are)\s+(?:\w+ly\s+)?(?:expected|likely)\s+to)\s+(?:\w+ly\s+|also\s+|eventually\s+)?(?:penetrate|spread|drift|seep|flow|sink|float|settle|linger|persist|dissipate|disperse|evaporate|biodegrade|break\s+down|wash\s+(?:up|ashore)|come\s+ashore|reach)\b/i;

// The clause's own future: its first modal or "is expected to". A "will" further on belongs to
// a relative clause ("they will go back to the tube, hoping a well that will help ...").
const FIRST_FUTURE = /\b(?:will|would|[’']ll|(?:is|are)\s+(?:\w+ly\s+)?(?:expected|likely)\s+to)\b/i;

/** Whether a sentence tells its future as a habit: a frequency outside any relative clause (the
 *  statement may be only part of the sentence: "will share facilities, and occasionally small talk"). */
export function toldAsHabit(sentence: string): boolean {
  const main = sentence.replace(/,\s*(?:which|who|whose|where)\b[^,;]*/gi, '');
  return FIRST_FUTURE.test(main) && HABITUAL.test(main);
}

// "The debate is slated to be the first of three between the candidates", "Sunday's race will be the last
// of four in Asia": a thing's place in a series says where it stands among others, not that anything is
// done; the series, or the thing itself, is the news told elsewhere
const PLACE_IN_SERIES = /\b(?:will|would|[’']ll|(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:expected|set|slated|due|scheduled|likely|going|poised|tipped)\s+to)\s+(?:\w+ly\s+|also\s+)?be\s+(?:the|its|their|his|her)\s+(?:first|second|third|fourth|fifth|sixth|last|final|latest)\s+(?:\w+\s+)?of\s+(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens|several|many|\d+)\b/i;

/** Whether the clause forecasts a course, an outcome or a state rather than telling of a plan. */
export function forecastNotPlan(clause: string): boolean {
  const first = FIRST_FUTURE.exec(clause);
  const own = first ? clause.slice(first.index).replace(/^[’']ll/, 'will') : '';
  return WEATHER.test(clause) || EFFECTS.test(clause) || FORCE.test(clause) || FORECASTERS.test(clause) || SUBSTANCE_COURSE.test(clause) || PLACE_IN_SERIES.test(clause) || TARGET.test(clause) || JUDGED_PERIOD.test(clause) || EFFORT_NEEDED.test(clause) || STANDING.test(own) || LONG_RUN.test(clause) || CONSTITUTES.test(own) || HOW_LONG.test(clause) || FACT_AS_SUBJECT.test(clause) || HELD_VOW.test(clause) || RUMOUR.test(clause) || CONSEQUENCE.test(own) || DESCRIPTION.test(own) || COURSE.test(own);
}
