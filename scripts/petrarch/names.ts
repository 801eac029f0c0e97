// Readable names from Phoenix phrases ("VLADIMIR_V._PUTIN" → "Vladimir V. Putin") and the title words
// that open many of its synonyms ("RUSSIAN_FOREIGN_MINISTER_SERGEY_LAVROV").

const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'von', 'van', 'de', 'da', 'di', 'du', 'der', 'den', 'del',
  'della', 'des', 'dos', 'das', 'do', 'la', 'le', 'y', 'zu', 'ter', 'ten', 'af', 'av'])
const SMALL_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', 'to', 'against', 'with', 'by', 'de', 'du',
  'des', 'la', 'le', 'et', 'a', 'an'])
const MAC_NAMES = /^MAC(DONALD|KENZIE|LEOD|GREGOR|ARTHUR|MILLAN|INTYRE|NEIL|DOUGALL|LEAN|INTOSH|AULAY|FARLANE|PHERSON|DOWELL|CALLUM|KAY|RAE|LAREN|ALLISTER|ASKILL|BRIDE|CARTHY|GUIRE|MAHON|NAMARA|PHAIL)$/
const ROMAN = /^(I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV)$/
/** Acronyms kept upper case in organisation names even when they contain vowels. */
const ACRONYMS = new Set(['NATO', 'OPEC', 'ASEAN', 'UNESCO', 'UNICEF', 'NAFTA', 'UNHCR', 'UNAIDS', 'OSCE', 'IAEA',
  'OECD', 'EU', 'UN', 'US', 'USA', 'UK', 'AU', 'ECOWAS', 'SADC', 'CARICOM', 'MERCOSUR', 'OAS', 'OIC', 'CIS', 'CSTO',
  'SCO', 'BRICS',
  'UNDP', 'UNEP', 'WHO', 'WFP', 'FAO', 'IMF', 'WTO', 'ICC', 'ICJ', 'ILO', 'IOM', 'NGO', 'OAPEC', 'APEC', 'ASEM', 'GCC',
  'IGAD', 'CEMAC', 'UNRWA', 'UNIFIL', 'MONUC', 'MONUSCO', 'UNAMID', 'UNMIK', 'AMISOM', 'ISAF', 'KFOR', 'SFOR', 'EULEX'])

function capital(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()
}

function casePart(part: string, first: boolean, org: boolean, lowerAfterHyphen: boolean, afterHyphen: boolean): string {
  if (part === '') return part
  if (/^([A-Z]\.)+$/.test(part) || /^[A-Z]\.[A-Z]$/.test(part)) return part
  if (!first && ROMAN.test(part)) return part
  if (org && (ACRONYMS.has(part) || (/^[A-Z]{2,}$/.test(part) && !/[AEIOUY]/.test(part)))) return part
  const lower = part.toLowerCase()
  if (!first && org && SMALL_WORDS.has(lower)) return lower
  if (!first && !org && PARTICLES.has(lower)) return lower
  if (afterHyphen && lowerAfterHyphen) return lower
  if (/^MC[A-Z]{2,}$/.test(part)) return 'Mc' + capital(part.slice(2))
  if (MAC_NAMES.test(part)) return 'Mac' + capital(part.slice(3))
  const apo = /^([A-Z])'([A-Z].*)$/.exec(part)
  if (apo) return `${apo[1]}'${capital(apo[2]!)}`
  return capital(part)
}

export interface CaseOptions {
  /** organisation names keep acronyms and lower-case small words ("of", "the") */
  org?: boolean
  /** Korean given names: "BAN_KI-MOON" → "Ban Ki-moon" */
  lowerAfterHyphen?: boolean
}

/** "VLADIMIR_V._PUTIN" → "Vladimir V. Putin"; "BASHAR_AL-ASSAD" → "Bashar al-Assad"; "O'NEILL" → "O'Neill". */
export function restoreCase(phrase: string, opts: CaseOptions = {}): string {
  const tokens = phrase.replace(/_+/g, ' ').replace(/\s+/g, ' ').trim().split(' ')
  return tokens
    .map((tok, ti) => {
      const parts = tok.split('-')
      return parts
        .map((p, pi) => {
          const particle = PARTICLES.has(p.toLowerCase()) && pi === 0 && parts.length > 1
          const first = ti === 0 && pi === 0
          if (particle && !first && !opts.org) return p.toLowerCase()
          return casePart(p, first || (pi > 0 && !opts.lowerAfterHyphen && ti === 0), opts.org ?? false,
            opts.lowerAfterHyphen ?? false, pi > 0)
        })
        .join('-')
    })
    .join(' ')
    .replace(/\s+,/g, ',')
}

/** Words that open a titled synonym: offices, ranks, honorifics, function words. */
export const TITLE_WORDS = new Set([
  'PRESIDENT', 'PRIME', 'MINISTER', 'FOREIGN', 'DEFENSE', 'DEFENCE', 'SECRETARY', 'SECRETARY-GENERAL', 'GENERAL', 'UN',
  'U.N.', 'UNITED', 'NATIONS', 'NATO', 'EU', 'US', 'U.S.', 'SOVIET', 'FORMER', 'LEADER', 'CHAIRMAN', 'CHIEF', 'DEPUTY',
  'VICE', 'SENATOR', 'SEN.', 'REP.', 'REPRESENTATIVE', 'GOVERNOR', 'GOV.', 'AMBASSADOR', 'KING', 'QUEEN', 'AYATOLLAH',
  'GRAND', 'SUPREME', 'MR.', 'MRS.', 'MS.', 'MR', 'MRS', 'DR.', 'DR', 'GEN.', 'COL.', 'LT.', 'MAJ.', 'ADM.', 'ADMIRAL',
  'MARSHAL', 'CAPTAIN', 'PREMIER', 'CHANCELLOR', 'PM', 'OF', 'THE', 'STATE', 'COMMUNIST', 'REFORMER', 'INTERIOR',
  'FINANCE', 'JUSTICE', 'ATTORNEY', 'SPEAKER', 'MAYOR', 'OPPOSITION', 'EMIR', 'ENVOY', 'NEGOTIATOR', 'SPOKESMAN',
  'COMMANDER', 'HEAD', 'TOP', 'SENIOR', 'ACTING', 'INTERIM', 'EX', 'EX-PRESIDENT', 'EX-PRIME', 'AND', 'SECRETARY-GEN.',
  'UNDERSECRETARY', 'UNDER', 'ASSISTANT', 'ADVISER', 'ADVISOR', 'NATIONAL', 'SECURITY', 'DIPLOMAT', 'OFFICIAL', 'TRADE',
  'ECONOMY', 'HIGH', 'COMMISSIONER', 'REPRESENTATIVE', 'EUROPEAN', 'COMMISSION', 'UNION', 'SPECIAL', 'PARTY', 'CHAIR',
  'MILITARY', 'ARMY', 'CAPT.', 'SGT.', 'PRESIDENT-ELECT', 'RULER', 'DICTATOR', 'STRONGMAN', 'HARDLINER', 'RADICAL',
  'CLERIC', 'REBEL', 'MILITANT', 'WARLORD', 'CROWN', 'PRINCE', 'SHAH', 'LT', 'GEN', 'COL', 'MAJ', 'SEN', 'REP',
])

/** Drops opening title (and nationality) words while at least two words remain; null when nothing is left. */
export function stripTitles(phrase: string, nationalities: Set<string>): string | null {
  const afterComma = phrase.includes(',') ? phrase.slice(phrase.lastIndexOf(',') + 1) : phrase
  const tokens = afterComma.replace(/_+/g, ' ').trim().split(/\s+/).filter(Boolean)
  const isTitle = (t: string): boolean => TITLE_WORDS.has(t) || nationalities.has(t) || /^EX-/.test(t)
  while (tokens.length > 2 && isTitle(tokens[0]!)) tokens.shift()
  if (tokens.length === 2 && isTitle(tokens[0]!)) tokens.shift()
  return tokens.length > 0 ? tokens.join('_') : null
}

/** Whether every word of a phrase is a title, nationality or function word ("US_SECRETARY_OF_DEFENSE"). */
export function isOfficePhrase(phrase: string, nationalities: Set<string>): boolean {
  const tokens = phrase.replace(/_+/g, ' ').trim().split(/\s+/).filter(Boolean)
  return tokens.length > 0 && tokens.every((t) => TITLE_WORDS.has(t) || nationalities.has(t))
}
