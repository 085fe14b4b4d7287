// A clause -> a short readable label: its gist (subject, verb, object) without the date words,
// attributions ("according to X", "X said"), leading conjunctions or a leading subordinate
// clause; at most MAX_LABEL characters, cut between words with "…". Must not know about
// statuses or dates beyond the spans it is told to drop. Patterns are anchored or bounded.
import type { Span } from './sentences';

export { MAX_LABEL, shorten } from './shorten';
import { MAX_LABEL, shorten } from './shorten';
import { shortenedSubject, taggedVerbs } from './longLabel';
import { LEADING_WIRE_HEADER, withoutLeadingFurniture } from './labelFurniture';
import { spokenInThirdPerson } from './firstPerson';

const SPEECH = '(?:said|says|say|told|tells|stated|added|adds|noted|wrote|writes|explained|argued|insisted|warned|claimed|announced|quoted|reported|asked|according)';
// Trailing attribution after a quotation or clause: `..., Trump told reporters.` /
// `...,” JoongAng quoted the NIS as telling members of the National Assembly.` Case-sensitive,
// and its tail may only name the audience or channel (function words, names), never content:
// `..., the company reported strong sales` keeps its news.
// ("..., he said after the meeting", "..., she told reporters ahead of the vote": where or when it
// was said is the saying's too)
// ("..., the bank said in a note to clients", "..., the firm said in a filing": the channel too;
// the comma of a figure, "155,000 members said in a release", opens no attribution)
const TAIL_WORD = "(?:in|on|to|at|as|by|the|a|an|his|her|their|its|of|for|with|after|before|during|following|ahead|reporters|journalists|lawmakers|members|statement|interview|telephone|phone|television|radio|briefing|conference|call|analysts|note|release|filing|email|letter|memo|report|post|tweet|message|clients|investors|saying|telling|told|meeting|match|game|hearing|talks|session|speech|rally|visit|ceremony|summit|vote|news|press|[A-Z][\\w.’'-]*)";
// ("...,” Musa Ibrahim, the government spokesman, said": who the speaker is may stand between commas)
// (or the name of the one the words before say who: "..., her lawyer, Ana Ruiz, said in an interview")
// (AP's wire copy writes its quotes in ASCII: ``...,'' said Austin)
const TRAILING_ATTRIBUTION = new RegExp(`(?:,(?!\\d)\\s*(?:[”"]|'')?|[”"]|'')\\s*[^,;“”"]{0,60}?(?:,\\s+(?:(?:a|an|the)\\s[^,;“”"]{2,120}|[A-Z][\\w.’'-]*(?:\\s+[A-Z][\\w.’'-]*){0,3}),\\s*)?\\b${SPEECH}(?:\\s+${TAIL_WORD}){0,10}\\s*$`);
const BARE_ATTRIBUTION = new RegExp(
  `^(?:[\\w’'.-]+\\s+){0,5}(?:said|says|say|stated|added|noted|told|tells|wrote|writes|explained|explains|notes|adds|recalls|recalled|insisted|warned|claimed|quoted|asked)(?:\\s+(?:to|in|the|a|an|him|her|them|us|me|reporters|journalists|lawmakers|parliament|congress|press|media|statement|interview|briefing|supporters|audience|agency)){0,3}$`,
  'i',
);
// Leading attribution: `According to Takaichi, ...`, `Trump said that ...`, `We assess that ...`.
const ACCORDING = /^according to [^,]{1,80},\s*/i;
// (not across a bracket: "(according to the survey) rose" keeps its verb)
const ACCORDING_ANYWHERE = /,?\s*according to [^,;()]{1,80}(?=[,;.)]|$)/i;
// Only a reporting verb with its "that" (or a bare "said"/"says") is attribution: "voted to
// confirm Ortiz" is the news itself. (Wire copy's "the agency quoted an official as saying
// troops had left" attributes as "said" does.) (The channel goes with the saying: "said in a statement the
// plant would close", "wrote in a letter to the mayor that ..."; a channel with more said of it,
// "in an email to staff seen by Reuters", needs its "that".)
const LEADING_SPEECH = new RegExp(
  `^(?:[\\w’'.-]+\\s+){1,8}?(?:(?:${SPEECH}|assess(?:es)?|believes?|thinks?|expects?|suggests?|confirms?)(?:\\s+\\w+){0,2}?\\s+that|(?:said|says|say|announced|added|wrote)\\s+(?:in|on)\\s+(?:a|an|its|his|her|their)\\s+(?:[\\w-]+\\s+){0,2}?(?:statement|release|interview|email|e-mail|letter|post|filing|note|memo|blog|posting|tweet)(?:(?:\\s+(?:to|with|from)\\s+[^,;]{1,40}?)?\\s+that|(?!\\s+(?:to|with|by|from|for|of|on|in|at|seen|sent|posted|published|released|issued)\\b))|(?:said|says|say)(?:\\s+(?:in|on|to)\\s+(?:a|an|the)\\s+\\w+:)?|suggests?|believes?|thinks?|assess(?:es)?|quoted\\s+(?:[\\w’'.-]+\\s+){1,8}?as\\s+saying(?:\\s+that)?)\\s+`,
  'i',
);
// The page's own dates copied with the text: "Posted on <date> by Jane Doe", "Last updated:
// <date>", "<date> | 3 min read". They date the page, not the news.
// A subordinate clause cut off at its conjunction ("..., after sales fell 18% in the first
// half"): its own gist follows the conjunction. Two words at least must follow.
// A clause cut off its main clause ("..., as investors are positioning for ...") reads whole
// without its subordinator.
const LEADING_SUBORDINATOR = /^(?:now that|after|before|because|until|once|as soon as|as|when|while|whereas|although|though)\s+(?!of\b|well\b|such\b|part\b|much\b|many\b)(?=\S+\s+\S+\s+\S)/i;
const PAGE_METADATA =
  /^(?:(?:first |last )?(?:posted|published|updated|modified|filed|edited)(?: on| at)?:?(?: by [^,.;]{1,60})?|(?:\|\s*)?\d+\s*(?:min|minute)s?\s+read|by [A-Z][^,.;]{1,60})$/i;
// A wire dateline opening the first paragraph: "LONDON —", "WASHINGTON (AP) —", "SEOUL, South
// Korea - ", "KABUL, Afghanistan—", "STORRS, Conn.: ".
// (its comma stays when the day after it was dropped: "JERUSALEM, — Israeli forces ...", "GAZA
// CITY, Gaza Strip, - Israeli tanks ..."; and with no dash at all after an AP state's
// abbreviation: "CORVALLIS, Ore., Lawrence Hill led ...", "OAKLAND, Calif., Dec. 29 Two free throws ...")
// (a transcript's speaker before "I" is no dateline: "NICK JONAS, JONAS BROTHERS: I was ...")
// (two cities filed from jointly: "ZURICH/COPENHAGEN (Reuters) -")
const DATELINE_PLACE = String.raw`[A-Z][A-Z.'’/ -]{1,40}`;
export const DATELINE = new RegExp(
  String.raw`^${DATELINE_PLACE}(?:,\s[A-Z][A-Za-z.]{1,20}(?:\s[A-Z][A-Za-z.]{1,20}){0,2})?,?(?:\s\([A-Za-z]{2,12}\))?(?:\s?[—–]\s?|\s-{1,2}\s|:\s(?!I\s))` +
    String.raw`|^${DATELINE_PLACE},\s[A-Z][a-z]{1,5}\.,\s(?:[A-Z][a-z]{2}\.?\s\d{1,2}\s)?(?=[A-Z])`,
);
// "The Ford Motor Company, the second-largest car maker in America, will cut ...", "Adm. Thad
// Allen, head of the Coast Guard, told ...": an appositive between the subject and its verb says
// who the subject is; a label has no room for it.
// (news often says it in two steps, or names a place or a list inside it: "Ann Roe, president of
// the Leeds Trust, a charity for the blind, said ...", "the mayor of Ames, Iowa, said ...", "the
// maker of the Vega, Nova and other sedans, cut ...": a further part after a comma opens on an
// article or a capital ("iPad" too), never on "and" or "or", which would join a second subject; a company's
// "Acme, Inc., the ..." keeps its "Inc.")
// (its verb may be an irregular past the -ed pattern misses: "The champion, a winner here,
// overcame ...")
// (a subject opens on no preposition: "In court papers, the prosecutor, Ann Roe, said" is an opening
// phrase, dropped first, unless a place's name follows, which the apposition describes, "In Oslo,
// the capital, crowds gathered" -> "In Oslo crowds gathered"; an -ed word whose phrase runs to a comma and a verb is a participle's
// aside, not the verb: "Hale, an ex-reporter, raised in Leeds, had the idea")
const IRREGULAR_PAST = 'overcame|beat|ran|fell|rose|hit|quit|shot|struck|built|sold|bought|paid|drew|threw|broke|stood|fought|caught|brought|sought|set|put|cut|fled|drove|flew|grew|chose|tore|sank|shut|spread|withdrew|overtook';
const APPOSITION_TITLE = '(?:head|chief|director|president|vice[- ]president|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|leader|member|owner|founder|co-founder|editor|author|commander|secretary-general|secretary|minister|professor|governor|mayor|chief executive|executive director|managing director|general manager|deputy|dean|principal|coach|head coach|captain|manager|economist|analyst|fellow)\\s+(?:of|for|at)';
// (an apposition is a noun phrase: a part with a finite verb is a clause, "Planners say, the city
// will house ...", unless the verb is a relative clause's on the noun, "the bulk of which are
// shipped from Aden")
const NO_FINITE = String.raw`(?:(?!\b(?:will|would|can|could|is|are|was|were|has|have|had|said|says|say)\b)[^,;])`;
const appositionPart = (min: number, max: number) => String.raw`(?:(?=[^,;]*\b(?:who|whom|whose|which|that)\b)[^,;]{${min},${max}}|${NO_FINITE}{${min},${max}})`;
const APPOSITIVE = new RegExp(
  `^(?!(?:In|On|At|After|Before|During|With|For|From|By|Under|Since|Despite|Amid|As|When|While|Although|Though|If|Once|Until)\\s(?!\\p{Lu}))([^,;]{3,60}?(?:,\\s+(?:Inc|Ltd|Corp|Co|LLC|plc|Jr|Sr)\\.?)?),\\s+(?:the|a|an|its|his|her|their|${APPOSITION_TITLE})\\s${appositionPart(2, 140)}(?:,\\s+(?!(?:and|or)\\s)(?:(?:the|a|an)\\s|\\p{Ll}?\\p{Lu})${appositionPart(1, 120)}){0,2},\\s+(?![a-z]+ed\\s[^,;]{0,80},\\s+(?:[a-z]+ly\\s+)?(?:is|are|was|were|has|have|had|will|would|could|can|said|says|told|made|took|[a-z]+ed)\\b)(?=(?:[a-z]+ly\\s+)?(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|said|says|told|met|made|took|gave|went|came|left|won|lost|led|held|found|sent|kept|began|became|wrote|spoke|saw|got|${IRREGULAR_PAST}|[a-z]+ed|[a-z]+s)\\b)`,
  'u',
);
// "A visit by the envoy to Ankara - his first as minister - was judged a disaster", "Coach Alan
// Pike -- sick with flu -- was taken to hospital", "The Office of Rail Safety — the successor to
// the inspectorate — said ...": an aside set off by a pair of dashes between the subject and
// its verb says who or what the subject is, as an appositive between commas does.
const DASH_ASIDE =
  /^((?:(?!\s-{1,2}\s)[^—–;]){3,90}?)(\s?[—–]\s?|\s-{1,2}\s)(?:(?!\s-{1,2}\s)[^—–;]){2,140}?\2(?=(?:[a-z]+ly\s+)?(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|said|says|told|met|made|took|gave|went|came|left|won|lost|led|held|found|sent|kept|began|became|wrote|spoke|saw|got|[a-z]+ed|[a-z]+s)\b)/;
// "The Detroit carmaker General Motors said ...", "British lender Barclays cut ...": a kind of
// organisation written before its name says what the name is; the label keeps the name. The
// words before the kind describe it (no article, no verb in -s or -d: "NBC hired the law firm
// Proskauer Rose" names a hiring, not a firm).
const ORG_KIND =
  /^(?:(?:The|A|An)\s+)?(?:(?:\p{Lu}[\p{L}.-]*|(?!(?:the|an?|to|of|and|or|in|on|at|for|with|by|from|as)\s)\p{Ll}[\p{L}-]*(?<![sd]))\s+){0,4}?(?:firm|company|carmaker|automaker|maker|manufacturer|giant|group|bank|lender|insurer|retailer|airline|carrier|operator|producer|conglomerate|chain|broadcaster|publisher|developer|start-?up|network|agency|regulator)\s+(?=(?:\p{Lu}[\p{L}&.’'-]*\s+){0,3}\p{Lu}[\p{L}&.’'-]*\s+\p{Ll})/u;
const PRONOUN_START = /^(?:he|she|they|it|we|i|you|his|her|their|its)\b/i;
// "Anthony Rodriguez, who lives across the street, heard an officer yell": a relative clause
// between a name and its verb is a second fact about the name; the label keeps the first.
// "The man who the police said sowed terror across two states, ..., was tracked down": a
// relative clause that runs to a comma before the main verb's auxiliary says which man; the
// news is the main clause ("The man was tracked down").
const SUBJECT_RELATIVE = /^((?:The|A|An)\s+[^,;]{1,30}?)\s+(?:who|that)\s[^;]{5,200}?,\s+(?=(?:was|were|is|are|has|had|have|will)\s)/;
// ("which voters rejected" has a subject of its own and may hold the date: it stays)
const RELATIVE_ASIDE = /^([^,;]{3,60}?),\s+who\s+(?:[a-z]+ly\s+)?(?:[a-z]+s|[a-z]+ed|is|was|are|were|has|had|have)\b[^,;]{0,80},\s+(?=(?:[a-z]+ly\s+)?(?:is|are|was|were|has|have|had|will|would|could|can|said|says|[a-z]+ed|heard|saw|told|took|made|went|came|got|gave|left|met|won|lost|ran|led|held|found|sent|kept|began|became)\b)/;
const HEDGES = /\s*\b(?:reportedly|allegedly|apparently|also)\b/gi;
// ("That trial is scheduled to begin": a capital "That" before a noun and its verb opens the
// sentence as a determiner, which the label keeps for pronoun.ts to make "The trial")
const DEMONSTRATIVE_THAT = /^That\s+\p{Ll}[\p{Ll}-]*\s+(?:is|was|are|were|has|had|have|will|would|could|can|may|might|must|should|did|does)\b/u;
// ("Second, the legal position of the unions was ...": a count of the writer's points opens
// its sentence as a joining word does)
// (not "So far,", which says up to when: a sentence adverb, SENTENCE_ADVERB)
// ("As such the charity said ...": "as such" links the sentence to the one before as "so" does,
// with or without its comma; not "as such a small town ...", a comparison)
const CONJUNCTION = /^(?:(?:first|second|third|fourth|firstly|secondly|thirdly|lastly)(?=\s*,)|as such(?!\s+(?:a|an)\b)|and|but|while|whereas|although|though|yet|so(?!\s+far\b)|also|including|even as|meanwhile|then|that|where|which|however|additionally|moreover|furthermore|in addition|instead|initially|separately|still|now|earlier|later|finally|ultimately)\b(?![’'])[\s,]*/i;
// A leading subordinate clause or scene-setting phrase ("On his flight to Malaysia,",
// "Speaking to reporters,"): the gist is the main clause after it. Participles are listed, not
// matched by "-ing": "Boeing", "Beijing" and "Xi Jinping" open sentences too.
// A condition, however long, is never the news: "If the public was looking for reassurance about
// ... and ..., the vote did the opposite". (Other opening clauses over 120 characters may carry the
// event: "As the association reported that foreclosures rose in the fourth quarter, ...".)
const CONDITION = /^(?:if|unless)\b[^,]{3,240},\s+/i;
// "Under pressure over the response, President Obama created ...", "For its part, BP said ...",
// "Without it, visitors would ...": a short fronted phrase, with no clause inside it, before a
// subject. ("Among those killed were 10 mourners, ..." has its verb inside: the phrase is the
// clause; "Across the border in Lebanon, arena of ..." has no subject after it, and "in
// Kenner, La., by a panel" no subject but a state.)
const FRONTED_PHRASE = /^(?:[Uu]nder|[Ww]ithout|[Uu]nlike|[Ff]or|[Aa]gainst|[Aa]mong|[Tt]hroughout)\s(?![^,]*\b(?:I|we|they|he|she|it|you|was|were|is|are|has|have|had|where|which|who|that|when|while)\b)[^,]{3,80},\s+(?=(?:the|a|an|his|her|its|their|this|these)\b|[A-Z](?![a-z]?\.))/;
// "To tap the market for phone games, the studio built ...", "To cut costs, Acme closed ...": an
// infinitive of purpose fronted before the subject says why; the news is the main clause. (Only
// before a subject that opens on a determiner, a capital or a figure: "To Ana Ruiz, the vote was
// ..." is no infinitive, and "To say it failed, as critics do, is wrong" has no subject after it.)
const PURPOSE = /^[Tt]o\s+(?!(?:the|a|an|this|that|these|those|his|her|its|their|my|our|your|me|him|them|us|it)\b)\p{Ll}{2,}\s[^,;:]{3,120},\s+(?=(?:the|a|an|his|her|its|their|this|these|those)\s|\p{Lu}|\d)/u;
// ("Now that the strike is over, the union said ...", "Even though sales fell, the chain
// opened ...": a two-word subordinator opens its clause as a one-word one does)
const SUBORDINATE = /^(?:now\s+that|even\s+though|even\s+as|given\s+that|while|although|though|as|when|after|before|since|because|if|once|despite|with|on|in|at(?!\s+(?:least|most)\s)|during|aboard|amid|following|within|currently|to\s+(?:add|make|keep|avoid|get|be|put|help)|speaking|traveling|travelling|writing|addressing|responding|referring|commenting|citing|visiting|arriving|returning|announcing|asked|according)\b[^,]{3,120},\s+/i;
// ("at least 13 countries expelled ...": "at least" and "at most" count the subject, no opening)
// "Sitting in a hotel room far from home, the filmmaker says ...", "Standing outside the court,
// she read ...": any participle opening the sentence on a preposition or a determiner sets a
// scene (a name ending in -ing, "Beijing", "Boeing", is followed by a verb, not by these).
const SCENE_PARTICIPLE = /^\p{Lu}\p{Ll}{2,}ing\s+(?:in|on|at|by|with|from|into|outside|inside|near|behind|beside|before|after|through|across|over|under|around|alongside|the|a|an|his|her|their|its|my|our)\b[^,]{3,120},\s+/u;
const FINITE = /\b(?:will|would|can|could|may|might|must|should|shall|is|are|was|were|has|have|had|does|did)\b/i;
// "In a televised briefing Thursday, timed to air during the evening news, Gates tried ...": once
// the opening phrase is gone, a past participle's aside about it stands before the subject.
const PARTICIPLE_OPENING = /^[a-z]{3,}(?:ed|en|wn)\s+(?:to|in|on|at|by|for|with|from|during|after|before|as|into)\b[^,;]{2,120},\s+(?=(?:the|a|an|his|her|its|their|this|these)\b|\p{Lu})/u;
// "The statement, coming ahead of the visit, is a departure ...": a participle aside between
// the subject and its verb, as an appositive is.
const PARTICIPLE_ASIDE =
  /^([^,;]{3,60}?),\s+(?:[a-z]{3,}ing)\s[^,;]{2,120},\s+(?=(?:[a-z]+ly\s+)?(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|said|says|[a-z]+ed)\b)/;

// Prepositions that belong to a dropped date: "on Tuesday", "in March", "since 2019", "carry the
// case into 2010" (not a verb's own "get into Friday"; "going into the weekend" is all the
// date's), "held off to at least April 28"; wire
// style's "early Monday", "late on Sunday", "later in the week".
// "The following Monday evening", "that long Monday night": the words that pick out which
// day go with the day.
// ("Back in 1811, weavers ...", "Even in 1976, the shelters ...": the words that lean on the
// date go with it; "came back in 2014" keeps its verb's particle)
// (and a degree word between the preposition and its date: "backed him until just a week ago",
// "since only last year")
const DATE_PREPOSITION = new RegExp(
  '(?:\\b(?:(?:much\\s+)?(?:earlier|later|early|late)\\s+(?=(?:on|in)\\s)|(?<!\\b(?:is|are|was|were|be|been|am)\\s)(?:going|heading|moving)\\s+(?=into\\s)|(?<![\\w’]\\s)(?:way\\s+)?back\\s+(?=(?:in|on|at|during|before|around|when)\\s)|(?:even|only)\\s+(?=(?:in|on|at|during|before|after|by|until|as)\\s))?(?:on|in|(?<!\\b(?:get|gets|got|getting|go|goes|went|come|comes|came|run|runs|ran|look|looks|looked|break|breaks|broke|turn|turns|turned|tap|taps|tapped|day|days|week|weeks|month|months|year|years|hour|hours|minute|minutes|further|well|deep|far|late|long)\\s)into|at|by|during|since|until|till|to|from|of|for|over|earlier|later|early|late|as of|through|after|before|around|within|throughout|between|near|circa|compared\\s+(?:with|to)|as early as|as soon as|as late as|as recently as|as long ago as|no later than|no earlier than)\\s+(?:(?:about|approximately|roughly|nearly|almost|around|at\\s+least|at\\s+most|up\\s+to|just|only|even)\\s+)?(?:(?:the\\s+(?:following|next|previous|same)|that(?:\\s+same|\\s+long)?)\\s+)?' +
    '|\\b(?:the\\s+(?:following|next|previous|same)|that\\s+(?:same|long))\\s+' +
    '|\\b(?:over|during|in)\\s+the\\s+course\\s+of\\s+(?:(?:that(?:\\s+long)?|the|this)\\s+)?' +
    // ("Only a day earlier, the ministry ...": a degree word before a counted date leans on it)
    '|\\b(?:about|approximately|roughly|nearly|almost|shortly|just|only)\\s+(?:(?:after|before)\\s+)?' +
    // ("hit by attacks in the early to mid-1980s", "will meet early or mid-December": a span's
    // first bound written as a bare "early" or "late" before the tagged date goes with it)
    "|\\b(?:(?:in|on|during|by|until|since|from|through|over)\\s+)?(?:the\\s+)?(?:early|late)\\s+(?:to|or|and)\\s+" +
    // ("claimed that, in the early hours of Wednesday, missiles hit ...", "broke in during the small
    // hours of Sunday": the tagger takes the day; the part of it the words name goes with it)
    // ("in the late evening of May 3": so does an early or late part of the day)
    '|\\b(?:(?:in|during|into|until|till|by|over|through)\\s+)?the\\s+(?:(?:early|small|wee|late|first)\\s+hours|(?:early|late)\\s+(?:morning|afternoon|evening|night))\\s+of\\s+' +
    // ("Less than a year later, Ailes fired Lewis": the count's bound goes with it)
    // (not a comparison's "than" after its figure: "appraised 6 percent less than a year earlier")
    '|(?<!(?:\\d|%|percent|cent|points?|times)\\s+)\\b(?:(?:less|more|fewer)\\s+than|at\\s+least|just\\s+(?:over|under)|well\\s+over|barely)\\s+)$',
  'i',
);

// ("Friday night into early Saturday": an "into" between two dropped times is their joint)
// ("Wednesday night into early Thursday": the tagger may leave the second time's "early" out)
// (and the dash of a span told as two dates: "a June 13-19 trip")
const COORDINATION = /^\s*(?:(?:,\s*(?:(?:and|or|&)\s+)?|(?:and|or|&)\s+)(?:(?:in|into|on|at|by|during|since|until|after|before)\s+)?|into\s+(?:(?:early|late)\s+)?|[-–]\s*)$/i;
// A label must not end on a word that governed a dropped date or joined it: "..., after",
// "... and". Only after a comma for prepositions, since "the rebels gave in" ends on a particle.
// ("meets Putin in Moscow as | he tries to ...": a subordinator cut from its clause dangles too)
// ("walked into a police station, saying: ..." once the quote after the colon is cut off: a
// participle of saying with nothing said is the quote's lead-in, not the news)
// ("rose by 5.2 percent which | it said was ...", "was arrested over allegations that | he had
// ...": a relative word cut from its clause dangles too, and so does a "that" after a saying or a
// noun of saying; not a "that" standing for a thing, "expect to exceed that", "more of that";
// "went on until | after midnight": an "until" whose date the tagger took from after its "after")
const DANGLING = /(?:,\s*(?:after|since|before|until|till|by|in|on|at|during|from|between|including|as of|saying|adding|writing|noting|declaring|explaining|warning|telling\s+(?:reporters|journalists|him|her|them|us|me))|\s+(?:and|or|but|nor|(?<!\b(?:do|does|did|doing|done|or)\s)so|than|the|a|an|as|because|while|whereas|although|unless|if|when|where|which|whom|whose|until|till|(?<=\b(?:said|says|insisted|insists|announced|found|finds|claimed|claims|argued|argues|warned|warns|believed|believes|thought|thinks|stated|added|reported|confirmed|allegations|allegation|claims|reports|fears|hopes|news|evidence|signs|warnings|concerns|assurances|rumou?rs|suggestions)\s)that))$/i;

// A copula left at the end once its complement, a date, was dropped ("was", "is likely to be").
const COPULA_END = /(?:\s+(?:is|was|are|were)\s+(?:likely|expected|due|set|scheduled)\s+to\s+be|\s+(?:is|was|are|were|will be|would be|could be|will|would))$/;

const INNER_CLAUSE_END = /(?:\b(?:what|how|which|who|whom|whose|where|when|why|whether|if|than|as)\b(?:\s+\S+){0,3}|\s(?:it|we|they|he|she|I|you))$/i;

// "Trump is awed by the job, as anybody would be": a closing comparison that ends on its
// auxiliary adds nothing to what happened.
const AS_AUXILIARY = /,\s+as\s+(?:[\w’'-]+\s+){0,3}(?:would|could|did|does|do|had|has|have|was|were|is|are)(?:\s+be)?(?=[,”"]|$)/i;

// "took to Instagram on Monday, December 5": a weekday written before its date goes with it
const WEEKDAY_BEFORE = /\s*\b(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\s*$/;

const DEICTIC = /^(?:today|tomorrow|yesterday|tonight)$/i;
// "served her well on this windswept Sunday", "died on a cold January morning": words between the
// day's article and the day describe the day and go with it
const DAY = /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:morning|afternoon|evening|night|day)|morning|afternoon|evening|night)\b/i;
const DESCRIBED_DAY = /\b(?:on|of)\s+(?:this|that|a|an|one)\s+(?:[a-z][a-z-]+,?\s+){1,2}$/i;
const OWNED_PERIOD = /^(?:last|this|next|current|previous|past|fiscal|first|second|third|fourth|full)\b/i;
const OWNER_BEFORE = /\s*\b(?:for|in|during|over|through|throughout)\s+(?:its|their|his|her|our)\s+$/i;

// "will slow down even more this | coming year", "has needed in this | past decade": a
// determiner the tagger left out of a date that takes one goes with it (not "said this | last
// February", where "this" is the object and the date has its own).
const TAKES_DETERMINER = /^(?:coming|past|following|previous|upcoming|week|weekend|month|year|season|quarter|decade|century|morning|afternoon|evening|night|summer|winter|spring|autumn|fall)\b/i;
// ("graduated from the program that | summer": a "that" pointing back at a time told before goes
// with the period it points at, as "this" does; only after a noun, since "said that | spring ..."
// is the saying's "that")
const withoutDeterminer = (before: string, date: string) => (TAKES_DETERMINER.test(date) ? before.replace(/\b(?:this|next|last)\s+$/i, '').replace(/(?<=\b\p{Ll}{3,}\s+)that\s+$/u, (m) => (/(?:said|says|say|told|announced|reported|added|noted|believes?|believed|thinks?|thought|knows?|knew|hopes?|hoped|expects?|expected)\s+that\s+$/i.test(before) ? m : '')) : before);

/** The clause text with the given spans (and their prepositions) blanked out. */
const ELLIPTICAL_AFTER = /^(?:\s+(?:on|in|at|of|for|by|with|from|about|over|against|and|or)\b|\s*[,;:.)—–])/;

const JOINED_ASIDE = /\b(?:when|that|and|but|or|as|because|while|after|before|until|since|if|where|so|then|which|who)\s*,\s*$/i;
// (a "that" only after a saying or a knowing, which it opens a clause for: "disputed that | Tuesday,
// saying ..." has a pronoun)
const JOINED_BARE = /(?:\b(?:said|says|say|claimed|claims|added|adds|found|finds|showed|shows|argued|argues|insisted|insists|warned|warns|stated|states|announced|announces|reported|reports|believes?|believed|thinks?|thought|noted|notes|revealed|reveals|explained|confirmed|confirms|suggested|suggests|estimated|predicted|feared|fears|hoped|hopes|learned|knew|knows|realised|realized|recalled|recalls|admitted|admits|acknowledged|denied|alleged|alleges|wrote|writes|told\s+[\w.'’-]+(?:\s+[\w.'’-]+)?)\s+that|\b(?:when|because|while|if|where))\s+$/i;

export function withoutSpans(text: string, clause: Span, drop: Span[]): string {
  let out = '';
  let at = clause.start;
  let dropped = false;
  for (const d of drop) {
    if (d.end <= at || d.start >= clause.end) continue;
    const before = text.slice(at, Math.max(at, d.start));
    // "this year's conference" -> "the conference", not "'s conference"; and "spoke at Tuesday's
    // meeting" keeps its "at": the preposition is the meeting's
    const possessive = /^['’]s\b/.test(text.slice(d.end, d.end + 3)) ? 2 : 0;
    // ("will be sworn in tomorrow", "checked in today": "today", "tomorrow", "yesterday" and
    // "tonight" take no "in", "on" or "at", which there is the verb's particle and stays)
    const particle = DEICTIC.test(text.slice(d.start, d.end)) && /\b(?:in|on|at)\s+$/i.test(before);
    // ("paid $10.4 billion in taxes for its last fiscal year": an owner's "its" before a period
    // goes with it; "the occasion of his 2007 Nobel lecture" keeps its "of his", the year only
    // saying which lecture)
    const owned = OWNED_PERIOD.test(text.slice(d.start, d.end)) ? OWNER_BEFORE.exec(before) : null;
    // between two dropped dates only their joint stands ("in 1998 and 2003"): it goes too
    const described = DAY.test(text.slice(d.start, d.end)) ? DESCRIBED_DAY.exec(before) : null;
    // (a day's words the prepositions already take go as they do: "over the course of that long")
    const plain = before.replace(WEEKDAY_BEFORE, '');
    if (owned) out += before.slice(0, owned.index);
    else if (described && !(dropped && COORDINATION.test(before)) && plain.replace(DATE_PREPOSITION, '') === plain) out += before.slice(0, described.index);
    else if (!(dropped && COORDINATION.test(before))) out += possessive || particle ? before.replace(WEEKDAY_BEFORE, '') : withoutDeterminer(before.replace(WEEKDAY_BEFORE, ''), text.slice(d.start, d.end)).replace(DATE_PREPOSITION, '');
    dropped = true;
    // Keep punctuation a tagger may have swallowed ("last weekend," -> ","): it marks a joint.
    // (not the comma US style sets after a date's year inside a noun phrase: "victims of the
    // Sept. 11, 2001, attacks" is "victims of the attacks")
    const inPhrase = /\b(?:the|a|an|its|his|her|their)\s*$/i.test(out);
    const tail = /[,;:]$/.exec(text.slice(d.start, d.end));
    if (tail && !inPhrase) out += tail[0];
    const yearComma = inPhrase && !possessive ? /^,(?=\s+(?!(?:a|an|the|which|who|when|where|and|or|but)\b)\p{Ll})/u.exec(text.slice(Math.max(at, d.end), Math.max(at, d.end) + 16)) : null;
    // ("claims such as Sunday's on the popular vote": the possessive stands alone for a noun named
    // before it, "the one")
    if (possessive) out += ELLIPTICAL_AFTER.test(text.slice(d.end + possessive, d.end + possessive + 12)) ? ' the one ' : ' the ';
    at = Math.max(at, d.end + possessive) + (yearComma ? 1 : 0);
    // ("between October 11 and 13,": a day range's second day, written as a bare number the
    // tagger left out, goes with the first)
    const secondDay = /\d$/.test(text.slice(d.start, d.end)) && !possessive ? /^\s*(?:and|to|-|–)\s*\d{1,2}(?:st|nd|rd|th)?(?=\s*(?:[,.;:)]|$))/.exec(text.slice(at, at + 12)) : null;
    if (secondDay) at += secondDay[0].length;
    // "from the late 1990s onwards": the span's own last word goes with it
    const onwards = /^\s+onwards?\b/i.exec(text.slice(at, at + 10));
    if (onwards && !possessive) at += onwards[0].length;
    // ("was pushed up when, on the afternoon of June 23, Carlson was called", "showed that, in
    // 2023, a total of ...": a date set between commas after a joining word takes its commas
    // with it, or "when, Carlson was called" is left)
    // ("said that on Monday, police closed ...", "found that in 2009, the agency ...": so does a date
    // fronted after the joining word with only its closing comma, or "that, police ..." is left)
    // (not before a participle's comment, "denied that | on Friday, calling it ...": the "that" was the
    // object)
    const closing = JOINED_ASIDE.test(out) || (JOINED_BARE.test(out) && !/^\s*,\s*\p{Ll}+ing\b/u.test(text.slice(at, at + 24))) ? /^\s*,/.exec(text.slice(at, at + 3)) : null;
    if (closing) {
      out = out.replace(/\s*,\s*$/, ' ');
      at += closing[0].length;
    }
  }
  return out + text.slice(at, clause.end);
}

// "an 8 a.m. presentation" without its time is "a presentation"; "a earlier" the other way.
// ("a one-year contract", "a once-great club", "a European", "a unique": a vowel letter that
// sounds as a consonant keeps "a")
function articles(s: string): string {
  return s.replace(/\b([Aa])n\s+(?=[b-df-gj-np-tv-z])/g, '$1 ').replace(/\b([Aa])\s+(?=[aeio][a-z])(?!one\b|one-|once\b|once-|eu)/gi, '$1n ');
}

// A page's soft hyphens and zero-width marks ("his \u00adsecond-floor office") are hints for
// breaking its own lines; a label is set again at other widths, where they show as stray hyphens.
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/g;

// A web address pasted into the copy ("... in the city centre https://t.co/alq"), or its scheme
// left where a clause was cut at its colon, reads as no words
const WEB_ADDRESS = /\s*\(?\b(?:https?:\/\/|www\.)[^\s)]+\)?|\s+https?:?\/*$/gi;
/** `s` with its first letter a capital, as a label starts. */
export const sentenceCase = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** `s` without the web addresses pasted into it. */
export const withoutWebAddress = (s: string) => s.replace(WEB_ADDRESS, '');

function tidy(s: string): string {
  return articles(withoutWebAddress(s.replace(INVISIBLE, '')))
    .replace(/[“”"]|``|''/g, '')
    .replace(/\(\s*\)|\[\s*\]/g, '')
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/([,;:])(?:\s*[,;:])+/g, '$1')
    .replace(/\s{2,}/g, ' ')
    .trim()
    .replace(/^[\s,;:.—–|-]+|[\s,;:—–|-]+$/g, '');
}

/** The gist of the clause, or '' when nothing but attribution and dates is left. */
// "The weekend began with an odd event", "Last week saw a surge": a date that opens its clause
// as the subject of the verb after it is what the clause is about; without it the label has no
// subject ("Began with an odd event"), so it stays.
const SUBJECT_VERB = /^\s+(?:began|begins|saw|sees|brought|brings|marked|marks|ended|ends|started|starts|opened|opens|was|is|will be|had|has|proved|turned out)\b/i;

// "Friday saw the rescue team pull a boy from the rubble", "Wednesday marked a rare case in which
// the Fed moved ...", "Today marked a day in history, when the market crashed": a day made the
// subject only to carry the happening; the label is the happening, told as a headline tells it
// ("The rescue team pull a boy from the rubble", "The Fed moved ..."). (Not "saw him", whose
// pronoun would open the label as an object.)
// ("Sunday saw the minister giving indications to ...": a participle after the subject leaves
// no clause a label can stand on)
const DATE_SAW = /^\s+(?:saw|sees|will see|has seen)\s+(?!(?:him|her|them|us|me|it|you)\b)(?!\S+\s+(?:\S+\s+){0,5}?[a-z]+ing\b)(?=\S+\s+\S+\s+\S)/i;
const DATE_MARKED_WHEN = /^\s+(?:marked|marks|was|is)\s+(?:a|an|the)\s+[^,;.]{2,60}?,?\s+(?:in which|on which|when)\s+(?=\S+\s+\S+\s+\S)/i;

function isClauseSubject(text: string, clause: Span, d: Span): boolean {
  return /^[\s“"‘']*$/.test(text.slice(clause.start, Math.max(clause.start, d.start))) && SUBJECT_VERB.test(text.slice(d.end, d.end + 20));
}

// "It was 3:05 a.m. Anthony Rodriguez ... heard an officer yell": a time told as a scene of its
// own ("It was 3:05 a.m.", "It was a Sunday") sets the stage for the clause after it.
const SCENE = /^\s*[“"]?It\s+(?:was|is)\s+$/;
// "It was the day when a rescue team found the dog", "It was that night that the levee broke": a
// cleft on a time; what happened is the clause after it.
const TIME_CLEFT = /^It\s+(?:was|is|had\s+been)\s+(?:the|that|a|this)\s+(?:\w+\s+)?(?:day|night|morning|afternoon|evening|week|weekend|month|year|moment|time|hour)\s+(?:when|that)\s+(?=\S+\s+\S+\s+\S)/i;
// ("It was only in 2012 that the line turned a profit": a cleft on a date the label drops leaves
// "It was that ..."; what happened is the clause after it)
const DATE_CLEFT = /^It\s+(?:is|was)\s+(?:only\s+|just\s+)?that\s+(?=\p{Ll}\S*\s+\S+\s+\S)/iu;
const DATE_CLEFT_TEXT = /\bit\s+(?:is|was)\s+(?:only\s+|just\s+)?(?:(?:in|on|at|during|until|by)\s+)?[^,;.]{2,40}?\s+that\s/i;
/** A cleft's frame taken off, leaving the clause it sets apart (twice: once more after an opening phrase). */
const unclefted = (s: string) => s.replace(TIME_CLEFT, '').replace(SUBJECT_CLEFT, '$1 ').replace(NAME_CLEFT, '$1 ');

// "It was the influx of boat people which persuaded Clinton ...", "It is this deforestation that
// increased the damage": a cleft sets its subject apart for emphasis; what happened is that
// subject doing what follows "that"/"which"/"who", as a plain sentence tells it. (Only before a
// verb: "It was the plan that its board approved" sets an object apart.)
const SUBJECT_CLEFT = /^[Ii]t\s+(?:is|was)\s+(?:(?:only|also|partly|largely|precisely|exactly)\s+)?((?:the|this|these|that|those)\s+[^,;]{2,80}?)\s+(?:that|which|who)\s+(?!(?:its|his|this|thus|hers|ours|theirs|yours|us)\b)(?=(?:[a-z]{2,}ed|[a-z]{2,}[^s'’u]s|was|were|is|are|has|had|have|will|would|could|can|made|led|took|gave|brought|began|kept|set|put|drove|sent|won|lost|hit|cut|broke|forced)\s)/;
// ("It was Ana Ruiz who got the ball rolling", "It was Acme that broke the deal": the set-apart
// subject a name)
const NAME_CLEFT = /^[Ii]t\s+(?:is|was)\s+(?:(?:only|also)\s+)?((?:\p{Lu}[\p{L}’'.&-]*\s+){0,3}\p{Lu}[\p{L}’'.&-]*)\s+(?:that|who)\s+(?=(?:(?:first|then|later|also|finally|[a-z]{3,}ly)\s+)?(?:[a-z]{2,}ed|[a-z]{2,}[^s'’u]s|was|were|is|are|has|had|have|will|would|could|can|made|led|took|gave|got|went|came|brought|began|kept|set|put|drove|sent|won|lost|beat|hit|cut|broke|forced|ran|threw|struck|wrote|told|found|left|met|paid|shot|sold|bought|stole|fought|became)\s)/u;

// "This is why Acme closed the plant", "That's how the deal fell apart": an opening that points
// back at the sentence before and gives what follows as its consequence; the news is what follows
// (the same as a "which is why" clause, relativeOnNoun.ts).
const POINTED_CONSEQUENCE = /^(?:This|That)(?:\s+is|\s+was|['’]s)\s+(?:why|how)\s+(?=(?:\p{Lu}|the\s|a\s|an\s|\p{Ll}+s\s))/u;

// "At one point on Thursday the militia fired mortars, sending people running for cover": an
// opening phrase written without its comma runs on into the main clause; a participle after
// the comma that ends the sentence comments on a clause before it, so what stood before the
// comma was the main clause, not an opening. (A participle that opens a clause of its own runs
// to a comma: "On Monday, speaking to reporters, he said ...".)
const COMMENT_AFTER_CLAUSE = /^[a-z]{2,}ing\b(?:[^,;:]|,(?=\d))*$/;

/** `s` without the subordinate clauses, scene-setting phrases and conjunctions it opens on. */
function withoutOpenings(s: string): string {
  let afterPhrase = false;
  for (let i = 0; i < 3; i++) {
    // ("Tapping on it will let riders call, minus ...": a doing that is the subject of a verb
    // before the comma is no scene)
    const scene = SCENE_PARTICIPLE.exec(s);
    const sub = SUBORDINATE.exec(s) ?? CONDITION.exec(s) ?? FRONTED_PHRASE.exec(s) ?? PURPOSE.exec(s) ?? (scene && !FINITE.test(scene[0]) ? scene : null);
    const phraseGone = afterPhrase;
    afterPhrase = false;
    // (what follows must be a main clause: not the saying after a quote, "even though ..., said
    // the attorney general", nor a "that" that stands for what went before)
    if (sub && s.length - sub[0].length > 12 && !COMMENT_AFTER_CLAUSE.test(s.slice(sub[0].length)) && !/^(?:said|says|told)\b|^that\s+(?:is|was|does|did|has|had|will|would|can|could|may|might)\b/i.test(s.slice(sub[0].length))) [s, afterPhrase] = [s.slice(sub[0].length), true];
    else if (phraseGone && PARTICIPLE_OPENING.test(s)) s = s.replace(PARTICIPLE_OPENING, '');
    else if (CONJUNCTION.test(s) && !DEMONSTRATIVE_THAT.test(s)) s = s.replace(CONJUNCTION, '');
    // "As in the late 19th century, the mainstream regards ..." without its date: "As, the ..."
    else if (/^(?:as|like|unlike|since|until|from|by|in|on|at|during)\s*,\s+/i.test(s)) s = s.replace(/^\w+\s*,\s+/, '');
    else if (LEADING_SUBORDINATOR.test(s)) s = s.replace(LEADING_SUBORDINATOR, '');
    else break;
  }
  return s;
}

// "Unfortunately, the ferry ...", "Traditionally, the club ...", "For instance, Libya ...": a
// writer's comment on the sentence, set off by its comma, is no part of the news. (A name in -ly
// ("So far, ..." and "Thus far, ..." say only that the news holds up to now: the date the story
// gives it is the news's own)
// opens a sentence too, "Kelly, the host, said ...": the article writes a name capitalised after
// a lower-case word somewhere. A hedge, "Possibly, ...", is part of the claim and stays.)
const SENTENCE_ADVERB = /^((?!(?:Possibly|Probably|Presumably|Hopefully|Potentially|Arguably|Conceivably|Likely|Only|Early|Daily|Weekly|Monthly|Yearly)\b)\p{Lu}\p{Ll}{4,}ly|For (?:instance|example)|Of course|In fact|As such|So far|Thus far|In turn|By contrast|In contrast|Overall|Indeed|Plus|Thus|Therefore|Similarly|Likewise|Nonetheless|Nevertheless|Again|Otherwise|Anyway),\s+(?=\S+\s+\S+\s+\S)/u;
const namedInText = (word: string, text: string) => /ly$/.test(word) && new RegExp(`[\\p{Ll},]\\s+${word}\\b`, 'u').test(text);

// "Ferries collide: Two hydrofoils ... collided Friday night", "Update: On December 10, Twitter
// reinstated ...": a page's rubric or run-in headline before a colon, then the sentence that
// tells the news with its own subject. The label is that sentence. (Not a speaker's name, "Morton:
// When I saw him ...", whose words the rest are; not a saying, "He added: ..."; not a lead-in that
// holds the date itself, "The weather today is turning worse: ...".)
const RUBRIC = /^\s*((?:[\p{L}\d’'&-]+\s+){0,7}[\p{L}\d’'&-]+):\s+(?=[“"]?\p{Lu}\S*\s+\S+\s+\S+\s+\S)/u;
// (a saying ends on its verb: "Mr Read replied:", "she warned:", "felt bound to add:"; a run-in
// headline's participle is no saying: "Singer's page hacked: ...")
const SAYING = '(?:said|says|say|add|adds|adding|added|wrote|writes|told|tells|asked|asks|explained|explains|noted|notes|stated|states|declared|declares|announced|announces|replied|replies|responded|answered|warned|warns|insisted|insists|argued|argues|reported|tweeted|posted|continued|concluded|recalled|admitted|conceded|remarked|observed|cautioned|stressed|acknowledged|commented|confirmed|claimed|suggested|urged|reads?|follows?|following|including|are|is|was|were|put it)';
const SPEAKER_OR_SAYING = new RegExp(`^(?:(?:Mr|Mrs|Ms|Dr)\\.?\\s+)?(?:\\p{Lu}[\\p{L}’'-]*\\s*){1,3}$|\\b${SAYING}$`, 'u');
const RUBRIC_WORD = /^(?:update|updated|editor['’]s note|breaking|breaking news|watch|analysis|opinion|exclusive|correction|clarification|developing|live|latest)$/i;

// "Ana Ruiz said on Monday: “We will reopen the bridge in May.”", "Rubio continued: “I echo
// ...”": a saying that announces its quote with a colon, as news quotes a statement whole. What
// was said in the first person is the speaker's own act, told in the third person ("Ana Ruiz
// will reopen the bridge", firstPerson.ts); any other quote is a claim of the speaker's, reported
// as news reports it ("Ana Ruiz said the bridge is safe").
// (the speaker is a name, he or she, or one described in a few words, with an aside between
// commas; between the saying and its colon only where or to whom it was said: "told reporters",
// "said in a statement"; what follows opens a sentence of its own, with a capital)
const COLON_SPEAKER = "(?!(?:Our|My|Their|Its|His|Her)\\s)(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Dame|Prof)\\.?\\s+)?(?:\\p{Lu}[\\p{L}’'.-]*\\s+){0,3}\\p{Lu}[\\p{L}’'.-]*|(?:The|A|An)\\s+(?:[\\p{L}’'-]+\\s+){0,3}[\\p{L}’'-]+";
const COLON_VERB = '(?:said|says|added|adds|continued|continues|told\\s+[\\p{L}’\'.-]+|wrote|writes|explained|explains|replied|replies|insisted|insists|warned|warns|stated|states|declared|declares|tweeted|posted|stressed|concluded|recalled|remarked|answered|responded)';
const COLON_CHANNEL = "\\s+(?:to|in|on|at|from|during|after|before|via|outside|through)\\s+(?:(?:a|an|the|his|her|their|its)\\s+)?[\\p{L}’'-]+(?:\\s+[\\p{Ll}’'-]+)?";
const COLON_SAYING = new RegExp(`^(${COLON_SPEAKER})(,\\s+[^,;:“”"]{2,100},)?\\s+(${COLON_VERB})(?:${COLON_CHANNEL}){0,2}:\\s+(?=[‘']?\\p{Lu}\\S*\\s+\\S+\\s+\\S)`, 'u');
const FIRST_PERSON_OPENING = /^(?:I|We)(?:\s|['’](?:m|ve|d|ll|re)\b)/;
// ("said: The team ..." -> "said the team ...": a word that only opens the quote's sentence goes
// to lower case; a name keeps its capital)
const OPENING_WORD = /^(?:The|A|An|All|This|That|These|Those|There|It|Its|Our|Their|His|Her|He|She|They|No|Some|Every|Any|Many|Most|More|Nobody|Everyone|Everybody|Nothing|Everything|None|Each|Both|If|When|What|How|Whoever|Whatever)\b/;
// ("replied", "continued", "tweeted" report a clause with its "that")
const REPORTS_BARE = /^(?:said|says|added|adds|wrote|writes|warned|warns|stated|states|declared|declares|stressed|insisted|insists|explained|explains|told\s+\S+)$/;
function colonSaying(s: string, text: string, at: number): string {
  const m = COLON_SAYING.exec(s);
  if (!m) return s;
  const rest = s.slice(m[0].length);
  if (FIRST_PERSON_OPENING.test(rest)) return spokenInThirdPerson(text, at, m[1], rest) ?? s;
  // (any other word the article writes in lower case too: "Living on the station means ...")
  const word = /^[\p{L}’'-]+/u.exec(rest)?.[0] ?? '';
  const common = word.length > 1 && new RegExp(`(?<![\\p{L}])${word.toLowerCase()}(?![\\p{L}])`, 'u').test(text);
  const first = OPENING_WORD.test(rest) || common ? rest.charAt(0).toLowerCase() + rest.slice(1) : rest;
  return `${m[1]}${m[2] ?? ''} ${m[3]} ${REPORTS_BARE.test(m[3]) ? '' : 'that '}${first}`;
}

/** `keepSpeaker`: the label of a saying on its day ("Ford said its sales rose"), whose speaker
 *  is the news's subject and stays. `whole`: the label before it is cut to a glance. */
export function makeLabel(text: string, clause: Span, drop: Span[], keepSpeaker = false, whole = false): string {
  const rubric = RUBRIC.exec(text.slice(clause.start, clause.end));
  if (rubric && (RUBRIC_WORD.test(rubric[1]) || !SPEAKER_OR_SAYING.test(rubric[1])) && !drop.some((d) => d.start >= clause.start && d.start < clause.start + rubric[0].length)) clause = { start: clause.start + rubric[0].length, end: clause.end };
  const scene = drop.find((d) => d.start > clause.start && d.end < clause.end && SCENE.test(text.slice(clause.start, d.start)));
  // ("It was July 2003 and Corporal Ann Lee was just back from Basra": the scene joined by "and")
  const next = scene ? /^[.,;:—–]?\s+(?:and\s+)?(?=[“"]?\p{Lu})/u.exec(text.slice(scene.end, clause.end)) : null;
  if (scene && next) clause = { start: scene.end + next[0].length, end: clause.end };
  const carrier = drop.find((d) => d.end < clause.end && isClauseSubject(text, clause, d));
  const happening = carrier && (DATE_SAW.exec(text.slice(carrier.end, clause.end)) ?? DATE_MARKED_WHEN.exec(text.slice(carrier.end, clause.end)));
  if (carrier && happening) clause = { start: carrier.end + happening[0].length, end: clause.end };
  drop = drop.filter((d) => !isClauseSubject(text, clause, d));
  let s = withoutSpans(text, clause, drop).replace(/\s+/g, ' ').trim().replace(LEADING_WIRE_HEADER, '').replace(DATELINE, '');
  s = withoutLeadingFurniture(s);
  s = s.replace(/[.!?…]+$/, '').replace(AS_AUXILIARY, '').replace(TRAILING_ATTRIBUTION, '');
  // Parenthetical asides ("(NIS)", "(R-Ariz.)") cost label room and add no gist.
  s = tidy(s.replace(ACCORDING, '').replace(ACCORDING_ANYWHERE, '').replace(HEDGES, '').replace(/\s\([^()]{1,80}\)/g, '').replace(APPOSITIVE, '$1 ').replace(DASH_ASIDE, '$1 ').replace(RELATIVE_ASIDE, '$1 ').replace(SUBJECT_RELATIVE, '$1 ').replace(PARTICIPLE_ASIDE, '$1 '));
  // (an appositive after an opening phrase: "At a forum in Oslo, Ann Roe, head of the Leeds
  // Trust, said ...")
  // ("In 2015, it was Ana Ruiz who first signed ...": a cleft after an opening phrase)
  s = unclefted(withoutOpenings(unclefted(s).replace(POINTED_CONSEQUENCE, ''))).replace(APPOSITIVE, '$1 ').replace(ORG_KIND, '');
  // (only where a dropped date stood between the copula and "that": "It is that simple" stays)
  const dateCleft = DATE_CLEFT_TEXT.exec(text.slice(clause.start, clause.end));
  if (dateCleft && drop.some((d) => d.start >= clause.start + dateCleft.index && d.end <= clause.start + dateCleft.index + dateCleft[0].length)) s = s.replace(DATE_CLEFT, '');
  const adverb = SENTENCE_ADVERB.exec(s);
  if (adverb && s.length - adverb[0].length > 12 && !namedInText(adverb[1], text)) s = withoutOpenings(s.slice(adverb[0].length));
  // ("World Have Your Say was presented from ...": a capitalised "Say" ends a title, no saying)
  // ("Both networks have not said how they will ...": a saying denied is the news, no attribution)
  const speech = /\bSays?\s+$|(?:\bnot|n[’']t)\s+(?:\w+ly\s+)?(?:said|say|says|told|announced|confirmed|disclosed|revealed)\b/.test(LEADING_SPEECH.exec(s)?.[0] ?? '') ? null : LEADING_SPEECH.exec(s);
  // what was said may open on its own clause: "Macklem noted that while global events ... have
  // fed into prices, demand is outpacing supply"; a bare "say where ..." is a question, kept)
  if (speech && !keepSpeaker && !PRONOUN_START.test(s.slice(speech[0].length))) s = /\bthat\s+$/i.test(speech[0]) ? withoutOpenings(s.slice(speech[0].length)) : s.slice(speech[0].length);
  s = colonSaying(s, text, clause.start);
  // (a comma before the full stop goes with it: "Inaugural speech, May, 1994." leaves
  // "Inaugural speech,." once its date is out)
  s = tidy(s).replace(/[\s,;:]*[.!?…]+$/, '');
  for (let i = 0; i < 3 && DANGLING.test(s); i++) s = tidy(s.replace(DANGLING, ''));
  // ("The deadline to apply is | April 15": a date that was the copula's complement leaves its
  // subject, which names the happening: "The deadline to apply")
  // (not a copula inside a clause of its own: "four times what it was", "most of which are")
  if (drop.length && COPULA_END.test(s) && s.replace(COPULA_END, '').split(' ').length >= 2 && !INNER_CLAUSE_END.test(s.replace(COPULA_END, ''))) s = tidy(s.replace(COPULA_END, ''));
  if (!/[A-Za-z\u00c0-\uffff]{2}/.test(s) || s.split(' ').length < 2 || BARE_ATTRIBUTION.test(s) || PAGE_METADATA.test(s)) return '';
  // ("(The antipathy was mutual, Trump told me in March.)": a sentence set in brackets loses them)
  if (s.startsWith('(') && s.indexOf(')') === s.length - 1) s = s.slice(1, -1).replace(/[.!?…]+$/, '');
  s = shortenedSubject(s, { text, clause });
  // (`whole`: not yet cut, for a caller that puts a subject in front and cuts it then)
  return whole ? sentenceCase(s) : shorten(sentenceCase(s), MAX_LABEL, taggedVerbs(s, { text, clause }));
}
