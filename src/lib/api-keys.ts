// API keys from the configuration (API_KEYS): `name:role:secret` entries separated by commas. Only
// SHA-256 digests are kept in memory (a secret may also be given as `sha256:<64 hex>`, so the
// configuration need not hold it in the clear); a presented key is hashed and compared with every
// digest in constant time. Keys and digests are never logged.
import { createHash, timingSafeEqual } from 'node:crypto'

export const ROLES = ['read', 'write', 'admin'] as const
export type Role = (typeof ROLES)[number]

export interface ApiKey {
  /** shown in logs and jobs instead of the key */
  name: string
  role: Role
  digest: Buffer
}

const sha256 = (s: string) => createHash('sha256').update(s).digest()

/** A role allows what every role before it allows. */
export const allows = (have: Role, need: Role) => ROLES.indexOf(have) >= ROLES.indexOf(need)

/** Parses API_KEYS; throws an Error naming the bad entry (by position and name, never its secret). */
export function parseApiKeys(value: string): ApiKey[] {
  const keys: ApiKey[] = []
  value.split(',').map((e) => e.trim()).filter(Boolean).forEach((entry, i) => {
    const [name = '', role = '', ...rest] = entry.split(':')
    const secret = rest.join(':')
    const where = `entry ${i + 1}${/^[\w.-]{1,64}$/.test(name) ? ` (${name})` : ''}`
    if (!/^[\w.-]{1,64}$/.test(name)) throw new Error(`${where}: the name must be 1–64 letters, digits, _ . or -`)
    if (!ROLES.includes(role as Role)) throw new Error(`${where}: the role must be one of ${ROLES.join(', ')}`)
    if (keys.some((k) => k.name === name)) throw new Error(`${where}: the name is used twice`)
    let digest: Buffer
    if (secret.startsWith('sha256:')) {
      const hex = secret.slice('sha256:'.length)
      if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error(`${where}: sha256: must be followed by 64 hex digits`)
      digest = Buffer.from(hex, 'hex')
    } else {
      if (secret.length < 16 || /\s/.test(secret)) {
        const hint = 'e.g. openssl rand -hex 24'
        throw new Error(`${where}: the secret must be at least 16 characters without spaces (${hint})`)
      }
      digest = sha256(secret)
    }
    keys.push({ name, role: role as Role, digest })
  })
  return keys
}

/** The key a presented secret is, or null: every digest is compared, each in constant time. */
export function findKey(keys: readonly ApiKey[], presented: string): ApiKey | null {
  const digest = sha256(presented)
  let found: ApiKey | null = null
  for (const k of keys) if (timingSafeEqual(k.digest, digest) && !found) found = k
  return found
}

/** The bearer token of an Authorization header, or null when there is none or it is not a Bearer one. */
export function bearerToken(header: string | undefined): string | null {
  const m = /^Bearer[ ]+([\x21-\x7e]+)[ ]*$/i.exec(header ?? '')
  return m ? m[1]! : null
}
