// Closed word lists used by the mention and clause stages: nationality adjectives, capitals used as
// metonyms, title vocabulary, description heads, first-name gender hints, speech verbs.
// Everything here is lower-case and compared against normalized tokens.

export interface Nationality {
  iso: string
  /** gazetteer id of the state (used only when the gazetteer has it) */
  state: string
}

const NAT: [string[], string, string][] = [
  [['russian', 'russians'], 'RUS', 'russia'],
  [['american', 'americans', 'us', 'usa', 'united states'], 'USA', 'united-states'],
  [['polish', 'pole', 'poles'], 'POL', 'poland'],
  [['romanian', 'romanians'], 'ROU', 'romania'],
  [['czech', 'czechs'], 'CZE', 'czech-republic'],
  [['chinese'], 'CHN', 'china'],
  [['iranian', 'iranians'], 'IRN', 'iran'],
  [['north korean', 'north koreans'], 'PRK', 'north-korea'],
  [['south korean', 'south koreans'], 'KOR', 'south-korea'],
  [['ukrainian', 'ukrainians'], 'UKR', 'ukraine'],
  [['german', 'germans'], 'DEU', 'germany'],
  [['french'], 'FRA', 'france'],
  [['british', 'uk'], 'GBR', 'united-kingdom'],
  [['japanese'], 'JPN', 'japan'],
  [['turkish'], 'TUR', 'turkey'],
  [['georgian'], 'GEO', 'georgia'],
  [['belarusian', 'belarussian'], 'BLR', 'belarus'],
  [['lithuanian'], 'LTU', 'lithuania'],
  [['latvian'], 'LVA', 'latvia'],
  [['estonian'], 'EST', 'estonia'],
  [['bulgarian'], 'BGR', 'bulgaria'],
  [['hungarian'], 'HUN', 'hungary'],
  [['slovak'], 'SVK', 'slovakia'],
  [['spanish'], 'ESP', 'spain'],
  [['italian'], 'ITA', 'italy'],
  [['dutch'], 'NLD', 'netherlands'],
  [['norwegian'], 'NOR', 'norway'],
  [['swedish'], 'SWE', 'sweden'],
  [['finnish'], 'FIN', 'finland'],
  [['danish'], 'DNK', 'denmark'],
  [['canadian'], 'CAN', 'canada'],
  [['indian'], 'IND', 'india'],
  [['pakistani'], 'PAK', 'pakistan'],
  [['israeli'], 'ISR', 'israel'],
  [['syrian'], 'SYR', 'syria'],
  [['kazakh'], 'KAZ', 'kazakhstan'],
  [['armenian'], 'ARM', 'armenia'],
  [['azerbaijani'], 'AZE', 'azerbaijan'],
  [['serbian'], 'SRB', 'serbia'],
  [['greek'], 'GRC', 'greece'],
  [['soviet'], 'RUS', 'russia'],
]

/** "russian" → {iso: RUS, state: russia}; multi-word keys are space-joined normalized tokens. */
export const NATIONALITIES = new Map<string, Nationality>()
for (const [keys, iso, state] of NAT) for (const k of keys) NATIONALITIES.set(k, { iso, state })

/** Capitals and seats of government used as metonyms for their state. */
export const METONYMS: Record<string, string> = {
  moscow: 'russia', kremlin: 'russia', washington: 'united-states', 'white house': 'united-states',
  america: 'united-states', beijing: 'china', kiev: 'ukraine', kyiv: 'ukraine', warsaw: 'poland',
  bucharest: 'romania', prague: 'czech-republic', tehran: 'iran', pyongyang: 'north-korea',
  berlin: 'germany', paris: 'france', london: 'united-kingdom', tokyo: 'japan', ankara: 'turkey',
  minsk: 'belarus', tbilisi: 'georgia', seoul: 'south-korea',
}

/** Words that make up titles ("Deputy Assistant Secretary of Defense for … Policy"). */
export const TITLE_WORDS = new Set(
  ('president vice prime minister secretary general deputy assistant under undersecretary foreign defense defence ' +
    'affairs state of for and nuclear missile policy arms control verification compliance international security ' +
    'national adviser advisor ambassador envoy special representative permanent spokesman spokeswoman spokesperson ' +
    'press chief head director commander admiral colonel lieutenant major gen adm col lt chairman chairwoman chair ' +
    'senator sen congressman congresswoman rep chancellor premier top senior official diplomat negotiator leader staff ' +
    'joint chiefs first council department counselor strategic forces military intelligence economic energy justice ' +
    'interior finance trade relations committee parliament duma speaker member house senate armed services cooperation ' +
    'political global principal acting former ministry office affairs operations ballistic deterrence nonproliferation ' +
    'disarmament european atlantic eurasian nato un us').split(' '),
)

/** Title words that name an office (a title phrase must contain one). */
export const TITLE_HEADS = new Set(
  ('president minister secretary ambassador envoy spokesman spokeswoman spokesperson director chief chairman ' +
    'chairwoman commander admiral general official diplomat negotiator adviser advisor representative senator ' +
    'chancellor premier undersecretary head leader').split(' '),
)

export type HeadClass =
  | 'president' | 'pm' | 'leader' | 'minister' | 'secretary' | 'official' | 'diplomat' | 'spokes'
  | 'ambassador' | 'counterpart' | 'general' | 'group' | 'state'

/** Heads of descriptions ("the Russian leader", "a U.S. official", "the American side"). */
export const DESCRIPTION_HEADS = new Map<string, { cls: HeadClass; plural: boolean }>()
const heads: [string, HeadClass][] = [
  ['president', 'president'], ['leader', 'leader'], ['premier', 'pm'], ['chancellor', 'leader'], ['minister', 'minister'],
  ['secretary', 'secretary'], ['official', 'official'], ['diplomat', 'diplomat'], ['envoy', 'ambassador'],
  ['ambassador', 'ambassador'], ['spokesman', 'spokes'], ['spokeswoman', 'spokes'], ['spokesperson', 'spokes'],
  ['negotiator', 'official'], ['counterpart', 'counterpart'], ['general', 'general'], ['commander', 'general'],
]
for (const [w, cls] of heads) {
  DESCRIPTION_HEADS.set(w, { cls, plural: false })
  DESCRIPTION_HEADS.set(w === 'spokesman' ? 'spokesmen' : w === 'spokeswoman' ? 'spokeswomen' : w + 's', { cls, plural: true })
}
for (const w of ['side', 'leadership', 'government', 'administration', 'authorities', 'establishment', 'military']) {
  DESCRIPTION_HEADS.set(w, { cls: 'state', plural: false })
}

/** Determiners that may open a description. */
export const DETERMINERS = new Set(['the', 'a', 'an', 'both', 'two', 'his', 'her', 'its', 'their', 'our', 'this', 'that'])

const FEMALE = new Set(
  ('ellen elaine hillary condoleezza victoria rose rose-marie madeleine samantha susan nikki kamala wendy linda anne ann ' +
    'catherine karen jennifer angela theresa federica marine christine ursula kaja julia maria valentina ' +
    'yulia natalia natalya tatiana tatyana irina elena olga svetlana ekaterina anna nancy sarah emily jane mary ' +
    'elizabeth margaret helen laura michelle hilary dana nuland rebecca rachel kristin kathleen frances ' +
    'madam mrs ms miss lady').split(' '),
)
const MALE = new Set(
  ('vladimir dmitry dmitri sergei sergey robert george barack frank john james william michael anatoly ' +
    'nikolai nikolay igor yuri mikhail alexander aleksandr alexei aleksei viktor boris donald joseph joe mike ' +
    'jens anders javier ilya nikita kuzma foma luca andrea mr sir lord general').split(' '),
)

/** 'f', 'm' or 'u' (unknown) from a person's name (or an honorific before it). */
export function genderOf(name: string): 'f' | 'm' | 'u' {
  const parts = name.toLowerCase().replace(/[.[\]]/g, '').split(/\s+/).filter(Boolean)
  const first = parts[0] ?? ''
  const last = parts[parts.length - 1] ?? ''
  if (FEMALE.has(first)) return 'f'
  if (MALE.has(first)) return 'm'
  if (parts.length > 1 && /(?:ova|eva|ina|aya|skaya)$/.test(last)) return 'f'
  if (parts.length > 1 && /(?:ov|ev|in|sky|ski)$/.test(last)) return 'm'
  return 'u'
}

/** Speech verbs (lemmas) for attribution. */
export const SPEECH_LEMMAS = [
  'say', 'tell', 'state', 'add', 'note', 'stress', 'emphasize', 'emphasise', 'insist', 'claim', 'warn', 'confirm',
  'assure', 'respond', 'reply', 'announce', 'declare', 'explain', 'argue', 'underline', 'reiterate', 'acknowledge',
  'admit', 'complain', 'suggest', 'predict', 'promise', 'pledge', 'vow', 'deny', 'dismiss', 'blast', 'call', 'point',
  'contend', 'maintain', 'assert', 'allege', 'remark', 'comment', 'report', 'write', 'tweet', 'reaffirm', 'conclude', 'describe', 'caution',
  'concede', 'observe', 'recall', 'reveal', 'counter', 'charge', 'repeat', 'hint', 'indicate', 'inform', 'remind', 'reassure', 'affirm', 'underscore',
]

/** Adverbs and auxiliaries that may sit between a subject and its verb. */
export const VERB_GROUP = new Set(
  ('has have had having is are was were be been being will would shall should can could may might must do does did ' +
    'not never also still repeatedly earlier later again then already just now reportedly allegedly further ' +
    "once recently currently previously subsequently soon n't 've 's laconically strongly firmly openly publicly " +
    'flatly categorically reportedly clearly explicitly even only yet long since meanwhile initially finally').split(' '),
)

/** Verb-group words that negate. */
export const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor'])

/** Words introducing an intended (not yet real) action: "plans to", "agreed to", "ready to". */
export const INTENT_CONTROLS = new Set(
  ('plan plans planned planning intend intends intended intending agree agrees agreed agreeing offer offers offered ' +
    'offering want wants wanted hope hopes hoped seek seeks sought ready willing prepared going promise promises ' +
    'promised pledge pledges pledged vow vows vowed decide decides decided readiness willingness intention intent ' +
    'proposal proposals aim aims aimed expect expects expected set').split(' '),
)

/** Words refusing the infinitive that follows ("refused to", "declined to"). */
export const REFUSAL_CONTROLS = new Set(
  'refuse refuses refused refusing decline declines declined declining reluctant unwilling'.split(' '),
)

/** English words that are also surnames: a sentence-initial one is not taken as a surname-only
 *  mention unless the person was named in full before ("Work is going ahead", "Rose assured"). */
export const COMMON_SURNAME_WORDS = new Set(
  ('work rose rice bush price long hill wood bell ward king cook stone mills west black white green brown young may ' +
    'hunt love hope little rich strong power read best small gray grey more hall page park lane marsh bond banks ' +
    'chase cross field frank free gay glass golden grant hand hart hardy head hood house hunter keen knight lamb land ' +
    'law lord low mark mason miles pool rain reed rivers rock root rush sale sharp short silver snow spring steel ' +
    'still street swift wall wells wise wolf woods wright fox cotton burns').split(' '),
)
