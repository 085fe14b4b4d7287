// Word lists for the label check "has a verb or an event noun": the verbs and event nouns news
// labels are made of. A heuristic (no part-of-speech tagger in the scorer, so that it measures
// every version of the pipeline the same way); it errs towards accepting a label.
const list = (s: string) => new Set(s.trim().split(/\s+/));

/** Base forms; -s, -es and -ies forms are recognised from them, -ed and -ing by their ending. */
export const VERB_STEMS = list(`
accept accuse acquire add admit adopt advance advise affect agree aim allow announce appeal appear
apply appoint approve argue arrest arrive ask attack attend award back ban become begin believe
block boost borrow break bring build buy call cancel capture charge choose claim climb close
collapse come comment complete confirm consider continue convict cost create cut deal decide
decline defeat defend delay deliver deny describe design die discover dismiss display drop earn
ease elect end enter escape expand expect explain face fail fall file find finish fire flee fly
force forecast form freeze gain get give go grant grow halt hand head hear help hike hire hit hold
host hurt identify impose improve include increase injure introduce invest issue join jump kill
launch lead leave lift list lose make mark meet merge miss move name need negotiate offer open
order outline own pass pay plan play plead plunge post postpone praise present price produce
promise propose protest prove publish pull purchase push quit raise rally reach receive recall
record recover reduce refuse reject release remain remove replace report require resign resume
retire return reveal rise rule run sail say score seek seize sell send sentence serve set settle
shift shoot show shut sign sink slide slip slow slump soar spend split stand start stay step stop
strike struggle submit sue suffer suggest support surge suspend take talk target tell test top
trade travel tumble turn unveil urge use visit vote wait walk want warn win withdraw work write
fight reverse accelerate excavate tick account campaign appear rebrand exchange bring keep outpace
outline demand declare downgrade dip climb contract expand estimate predict foresee project signal
price recover rebound edge slip sink shrink strengthen weaken double triple halve note warn call
celebrate mourn honor honour visit tour sign marry divorce graduate score lead trail beat tie draw
ground cancel resume suspend reopen restart evacuate investigate charge indict acquit jail free
release publish broadcast air premiere debut perform unveil reveal launch ship sell buy merge
sound scare explode erupt crash collide burn flood shake evacuate
`);

// An auxiliary with its "not" run in ("didn't", "won’t"), with either apostrophe: the verb of
// a negated label ("The bank didn’t raise rates").
const NEGATED_AUXILIARIES = ['isn', 'aren', 'wasn', 'weren', 'hasn', 'haven', 'hadn', 'don', 'doesn', 'didn', 'won', 'wouldn', 'can', 'couldn', 'shouldn', 'mustn', 'mightn', 'shan', 'ain'].flatMap((w) => [`${w}'t`, `${w}’t`]);

export const IRREGULAR_VERBS = new Set([...NEGATED_AUXILIARIES, ...list(`
said met won lost rose risen fell fallen took taken made gave given went gone came saw seen told
got held left led ran set cut hit put shot sold bought paid brought built began begun broke broken
chose chosen drew drawn drove driven fought found flew flown grew grown hung kept knew known laid
meant quit read sent sat spent spoke spoken stood struck swore threw thrown understood wore wrote
written became forgot forgiven froze frozen hid lay lit overtook rang sang shook shut sank slid
spread stole stuck swept swung tore torn withdrew withdrawn wed beat sprang overcame upheld underwent
sought taught caught fled dealt fed felt heard lent rode slept sped swam bore borne oversaw
`)]);

export const EVENT_NOUNS = list(`
meeting summit election vote poll strike referendum trial hearing conference launch flight visit
talks deal merger crash attack war ceremony inauguration release announcement game match bowl race
tour festival protest rally sale auction debate session review decision hike increase rise fall
drop loss gain arrest death resignation appointment shooting shootout explosion fire earthquake
storm flood outbreak recession rollout opening closure deadline verdict ruling sentencing funeral
wedding birth premiere debut concert show opening kickoff final playoff season bankruptcy takeover
acquisition lawsuit settlement investigation inquiry raid deployment withdrawal ceasefire treaty
agreement contract order delivery recall layoffs cuts rescue trip speech address interview
departure arrival landing takeoff test phase ouster assassination invasion coup uprising indictment
conviction acquittal bombing killing massacre collapse
spill disaster pandemic epidemic victory defeat blast accident riot revolution hurricane
quake tsunami eruption crackdown siege battle clash handover
`);
