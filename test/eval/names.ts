// Actor names as the v2 scorer compares them (a port of ../shared/eval/score.py `norm`, `same_actor`; the
// guideline's §5.1): transliteration, diacritics and punctuation folded, "the" dropped, the alias table applied to
// the whole name and to each token, one-letter tokens dropped; two names are the same actor when equal, or when
// both have two or more tokens with the same first letter and equal or near-equal last tokens (difflib ratio ≥ 0.85).

const ALIASES: Record<string, string> = {
  // first names / transliterations (token level as well)
  sergei: 'sergey', anatoliy: 'anatoly', dmitri: 'dmitry', yuri: 'yury', aleksandr: 'alexander',
  // states and their metonyms
  us: 'united states', usa: 'united states', 'u s': 'united states', america: 'united states',
  'united states of america': 'united states', 'russian federation': 'russia',
  kremlin: 'russia', washington: 'united states', moscow: 'russia',
  'kremlin press office': 'russia', 'kremlin press service': 'russia',
  'white house': 'united states', warsaw: 'poland', beijing: 'china', kyiv: 'ukraine', kiev: 'ukraine',
  tehran: 'iran', prague: 'czech republic', bucharest: 'romania', czechia: 'czech republic',
  uk: 'united kingdom', britain: 'united kingdom', 'great britain': 'united kingdom',
  // organisations
  'north atlantic treaty organization': 'nato', 'european union': 'eu',
  pentagon: 'united states department of defense', 'us department of defense': 'united states department of defense',
  'department of defense': 'united states department of defense', dod: 'united states department of defense',
  'state department': 'united states department of state',
  'us department of state': 'united states department of state',
  'united states military': 'united states armed forces', 'us military': 'united states armed forces',
  'us armed forces': 'united states armed forces', 'american military': 'united states armed forces',
  'russian foreign ministry': 'ministry of foreign affairs russia',
  'foreign ministry russia': 'ministry of foreign affairs russia',
  'russia foreign ministry': 'ministry of foreign affairs russia',
  'russian ministry of foreign affairs': 'ministry of foreign affairs russia',
  'ministry of foreign affairs of russia': 'ministry of foreign affairs russia',
  'foreign ministry of russia': 'ministry of foreign affairs russia',
  'russian ministry of defence': 'ministry of defence of russia',
  'russian defense ministry': 'ministry of defence of russia',
  'russian defence ministry': 'ministry of defence of russia',
  'ministry of defense of russia': 'ministry of defence of russia',
  'un security council': 'united nations security council', unsc: 'united nations security council',
  'security council': 'united nations security council',
  'tripartite contact group': 'trilateral contact group on ukraine',
  'trilateral contact group': 'trilateral contact group on ukraine',
  'federation council': 'federation council russia',
  'six major powers': 'p5 1', 'p5 plus 1': 'p5 1',
  // persons whose short form differs in the first name
  'javad zarif': 'mohammad javad zarif',
}

const TRANSLIT: Record<string, string> = { ł: 'l', Ł: 'L', ø: 'o', Ø: 'O', đ: 'd', Đ: 'D', ß: 'ss', æ: 'ae', œ: 'oe' }

/** Country codes of state names (normalised), for the dyad figure when an actor list lacks a code. */
export const STATE_CODES: Record<string, string> = {
  'united states': 'USA', russia: 'RUS', poland: 'POL', romania: 'ROU', 'czech republic': 'CZE',
  china: 'CHN', iran: 'IRN', ukraine: 'UKR', nato: 'NATO', eu: 'EU', 'united kingdom': 'GBR',
  france: 'FRA', germany: 'DEU', greece: 'GRC', turkey: 'TUR', syria: 'SYR', lithuania: 'LTU',
  azerbaijan: 'AZE', israel: 'ISR', 'north korea': 'PRK', 'south korea': 'KOR', japan: 'JPN',
  india: 'IND', pakistan: 'PAK', algeria: 'DZA', belarus: 'BLR', georgia: 'GEO', serbia: 'SRB',
  bulgaria: 'BGR', hungary: 'HUN', slovakia: 'SVK', latvia: 'LVA', estonia: 'EST', italy: 'ITA',
  spain: 'ESP', canada: 'CAN', kazakhstan: 'KAZ', armenia: 'ARM', moldova: 'MDA', croatia: 'HRV',
  'united states armed forces': 'USA', 'united states department of defense': 'USA',
  'united states department of state': 'USA', 'ministry of foreign affairs russia': 'RUS',
  'ministry of defence of russia': 'RUS',
}

const alias = (s: string) => (Object.hasOwn(ALIASES, s) ? ALIASES[s]! : s)

/** score.py `norm`. */
export function norm(name: unknown): string {
  if (!name) return ''
  let s = [...String(name)].map((c) => TRANSLIT[c] ?? c).join('')
  s = s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
  s = s.replaceAll('u.s.', 'us').replaceAll('u.n.', 'un').replaceAll('u.k.', 'uk').replaceAll('&', ' and ')
    .replaceAll('+', ' plus ')
  s = s.replace(/[^a-z0-9 ]+/g, ' ')
  s = s.replace(/\b(the|of the)\b/g, ' ')
  s = s.replace(/\s+/g, ' ').trim()
  s = alias(s)
  const toks = s.split(' ').map(alias).filter((t) => t.length > 1)
  return alias(toks.join(' '))
}

/** difflib.SequenceMatcher(None, a, b).ratio() for short strings (no junk, no autojunk below 200 characters). */
export function sequenceRatio(a: string, b: string): number {
  const b2j = new Map<string, number[]>()
  ;[...b].forEach((c, j) => b2j.set(c, [...(b2j.get(c) ?? []), j]))
  const longest = (alo: number, ahi: number, blo: number, bhi: number): [number, number, number] => {
    let best: [number, number, number] = [alo, blo, 0]
    let j2len = new Map<number, number>()
    for (let i = alo; i < ahi; i++) {
      const next = new Map<number, number>()
      for (const j of b2j.get(a[i]!) ?? []) {
        if (j < blo) continue
        if (j >= bhi) break
        const k = (j2len.get(j - 1) ?? 0) + 1
        next.set(j, k)
        if (k > best[2]) best = [i - k + 1, j - k + 1, k]
      }
      j2len = next
    }
    return best
  }
  let matched = 0
  const queue: [number, number, number, number][] = [[0, a.length, 0, b.length]]
  while (queue.length) {
    const [alo, ahi, blo, bhi] = queue.pop()!
    const [i, j, k] = longest(alo, ahi, blo, bhi)
    if (!k) continue
    matched += k
    if (alo < i && blo < j) queue.push([alo, i, blo, j])
    if (i + k < ahi && j + k < bhi) queue.push([i + k, ahi, j + k, bhi])
  }
  const total = a.length + b.length
  return total ? (2 * matched) / total : 1
}

/** score.py `same_actor`. */
export function sameActor(a: unknown, b: unknown): boolean {
  const na = norm(a)
  const nb = norm(b)
  if (!na && !nb) return true
  if (!na || !nb) return false
  if (na === nb) return true
  const ta = na.split(' ')
  const tb = nb.split(' ')
  if (ta.length >= 2 && tb.length >= 2 && ta[0]![0] === tb[0]![0]) {
    const la = ta[ta.length - 1]!
    const lb = tb[tb.length - 1]!
    if (la === lb || sequenceRatio(la, lb) >= 0.85) return true
  }
  return false
}

/** score.py `tokens`: NFKD, lower case, runs of [a-z0-9]. */
export function textTokens(text: unknown): string[] {
  return String(text ?? '').normalize('NFKD').toLowerCase().match(/[a-z0-9]+/g) ?? []
}

/** score.py `overlap`: token F1 of two texts (multisets). */
export function overlap(a: unknown, b: unknown): number {
  const ta = textTokens(a)
  const tb = textTokens(b)
  if (!ta.length || !tb.length) return 0
  const count = new Map<string, number>()
  for (const t of tb) count.set(t, (count.get(t) ?? 0) + 1)
  let common = 0
  for (const t of ta) {
    const n = count.get(t) ?? 0
    if (n > 0) {
      common++
      count.set(t, n - 1)
    }
  }
  if (!common) return 0
  const p = common / ta.length
  const r = common / tb.length
  return (2 * p * r) / (p + r)
}
