// Conversion-time helpers for Phoenix actor codes: the ISO alpha-3 list (i18n-iso-countries, a dev
// dependency) and English country names. Decoding and role titles: src/pipeline/resources/phoenix-roles.ts.
import countries from 'i18n-iso-countries'
import { decodeCode as decode, type DecodedCode } from '../../src/pipeline/resources/phoenix-roles.ts'

/** ISO 3166-1 alpha-3 codes, plus XKX (Kosovo's code in EU/IMF use). */
export const ISO3 = new Set([...Object.keys(countries.getAlpha3Codes()), 'XKX'])

export function decodeCode(code: string): DecodedCode {
  return decode(code, (c) => ISO3.has(c))
}

/** The English short name of an ISO alpha-3 code (i18n-iso-countries), else the code itself. */
export function isoName(iso: string): string {
  if (iso === 'XKX') return 'Kosovo'
  return countries.getName(iso, 'en', { select: 'alias' }) ?? iso
}
