// A business's or a product's standing workings, told in the future: how it will earn ("will receive
// subscription revenue from customers", "will charge as a function of the candidates it gets"), what
// it will run as its own ("the company will run its own storage cloud"), how much it expects to serve
// or handle in a period ("expects to serve about 2,000 entrepreneurs a year"), what its users will be
// able to do ("owners will even be able to open an account on the console"), where it takes its users
// ("a light touch will get users to the next screen"), and what happens to each one of a kind that
// meets a condition ("candidates who do not pass the bar will be notified"). Launch copy and business
// pages tell these as the thing's description; no one arranges an act at a time. A plan or an act
// with a named agent ("the firm will close 40 stores", "the contract will pay him $9 million per
// year", "dealerships whose franchises won't be renewed will receive a letter") is left alone.
// Reads only the clause's words: must not know about dates.

const FUTURE = String.raw`(?:will|would|[’']ll)\s+(?:\w+ly\s+|also\s+|still\s+|only\s+|even\s+|now\s+|then\s+)*`;

// How it will earn: money that flows in as the model works, not a sum paid once
// ("will receive a full refund", "will receive $40 million from the sale" stay)
const EARNS = new RegExp(
  FUTURE +
    String.raw`(?:receive|earn|collect|get|generate|take|keep|share|split|book)\s+(?:(?:a|an|the|its|their|some|all|most|part|half|more|any|recurring|monthly|annual|ongoing)\s+(?:of\s+(?:the\s+)?)?)?(?:[\w-]+\s+){0,2}?(?:revenues?|royalt(?:y|ies)|commissions?|income|(?:a\s+)?(?:cut|share|percentage|slice)\s+of\s+(?:the\s+|its\s+|their\s+|every\s+|each\s+)?(?:\w+\s+)?(?:revenues?|profits?|sales?|fees?|takings|income|subscriptions?))\b` +
    String.raw`|${FUTURE}charge\s+(?:\w+\s+){0,4}?(?:as\s+a\s+function\s+of|based\s+on|according\s+to|depending\s+on|in\s+proportion\s+to|per\s+(?!cent\b)\w+|for\s+(?:each|every)\b|by\s+the\s+(?:hour|minute|month|gigabyte|user|seat))`,
  'i',
);

// What it will run as its own ("will run its own cloud", "will operate their own network")
const RUNS_OWN = new RegExp(FUTURE + String.raw`(?:run|operate|own|host|maintain|manage)\s+(?:its|their)\s+own\b`, 'i');

// A volume expected or aimed at for each period: "expects to serve about 2,000 entrepreneurs a year",
// "aims to handle 40 flights a day", "is expected to process some 3 million claims annually"
const RATE_EXPECTED =
  /\b(?:expects?|expected|expecting|anticipates?|aims?|aiming|hopes?|hoping|targets?|targeting)\s+to\s+(?:\w+\s+){1,3}?(?:(?:about|around|some|roughly|nearly|almost|up\s+to|more\s+than|at\s+least|over)\s+)?[$£€]?\d[\d,.]*\s*(?:million|billion|thousand|m|bn|k)?\s+(?:[\w-]+\s+){0,4}?(?:(?:a|per|each|every)\s+(?:year|month|week|day|quarter|season|annum)|annually|monthly|weekly|daily)\b/i;

// What its users will be able to do: a product's or a service's reach, told by whoever it serves
// ("Users will be able to ...", "Owners will even be able to ..."); "soon" makes it a change on its
// way, and the caller leaves it then
const USERS_CAN = /(?:^\W*|[,;:]\s*|\b(?:and|but|so)\s+)(?:(?:the\s+)?(?:[\w-]+\s+)?)(?:users|customers|owners|subscribers|viewers|listeners|readers|shoppers|consumers|buyers|visitors|members|drivers|passengers|riders|travell?ers|patients|students|developers|gamers|fans|players|people|clients|employers|employees)\s+(?:will|[’']ll)\s+(?:also\s+|even\s+|now\s+|still\s+|then\s+)?be\s+able\s+to\b/i;

// Where it will take its users: "a light touch will get users to the next screen", "the button will
// take shoppers straight to the checkout"
const TAKES_USERS = new RegExp(
  FUTURE + String.raw`(?:get|take|bring|send|lead|guide|walk|point|direct|redirect|alert|remind)\s+(?:the\s+|its\s+|their\s+)?(?:users|customers|owners|subscribers|viewers|listeners|readers|shoppers|consumers|buyers|visitors|drivers|riders|players|gamers|people)\b`,
  'i',
);

// Each one of a kind that meets a condition, told in the present: "candidates who do not pass the hiring
// bar will be notified", "applicants that meet the criteria will receive a call". A rule of procedure,
// applied to whoever comes; no one act. (A kind picked by a future of its own, "dealerships whose
// franchises won't be renewed will receive a letter", is a decision taken, and stays.)
const KIND_ON_CONDITION =
  /(?:^\W*|[,;:]\s*|\b(?:and|but|so)\s+)(?:(?:[Aa]ll|[Aa]ny|[Tt]hose)\s+)?[A-Za-z][a-z-]*s\s+(?:who|that|which|whose)\s+(?!(?:will|would|won['’]t|wouldn['’]t|[’']ll|are\s+(?:set|due|expected|scheduled|going)\s+to)\b)(?:do\s+not|don['’]t|does\s+not|doesn['’]t|fail|meet|pass|qualify|apply|score|sign\s+up|register|are|have|[a-z]+s)\b(?:(?!\b(?:will|would|won['’]t|wouldn['’]t|shall)\b|[’']ll\b)[^,;]){0,80}?\b(?:will|[’']ll)\s+(?:\w+ly\s+|also\s+|then\s+)?(?:be\s+\w+ed|receive|get|have\s+to|need\s+to|be\s+(?:given|sent|told|shown|asked|offered))\b/;

/** Whether the clause tells how a business or a product works, told in the future, rather than an act
 *  arranged. `soon`: the clause has a "soon" of its own, which makes a capability a change on its way. */
export function standingWorking(clause: string, soon = false): boolean {
  return EARNS.test(clause) || RUNS_OWN.test(clause) || RATE_EXPECTED.test(clause) || (!soon && USERS_CAN.test(clause)) || TAKES_USERS.test(clause) || KIND_ON_CONDITION.test(clause);
}
