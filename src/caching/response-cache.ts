// An in-process cache of whole responses, keyed by request (route, URL, representation) and valid for
// one data version: an entry made at version v is served only while v is current, and every entry
// goes when a newer version is seen. Bounded in bytes, least recently used out first.
import { gzipSync } from 'node:zlib'

export interface CachedResponse {
  version: string
  /** the bytes as sent (kept as a Buffer: a string would be encoded again for every answer) */
  body: Buffer
  /** the ETag, computed once */
  etag: string
  /** content-type, and link when there is one */
  headers: Record<string, string>
  /** the body gzipped, made at the first hit that accepts gzip (`ResponseCache.gzipped`) */
  gzip?: Buffer
}

export interface ResponseCache {
  get(key: string, version: string): CachedResponse | undefined
  set(key: string, entry: CachedResponse): void
  /** the entry's body gzipped, made once and counted in the cache's bytes */
  gzipped(key: string, entry: CachedResponse): Buffer
  /** forgets every entry of another version than `version` */
  onVersion(version: string): void
  readonly bytes: number
  readonly size: number
}

const overhead = 200 // a rough per-entry cost of the key, the object and the map slot

export function createResponseCache(maxBytes: number): ResponseCache {
  const entries = new Map<string, CachedResponse & { bytes: number }>()
  let bytes = 0
  let current: string | null = null

  const drop = (key: string) => {
    const e = entries.get(key)
    if (!e) return
    bytes -= e.bytes
    entries.delete(key)
  }

  return {
    get(key, version) {
      const e = entries.get(key)
      if (!e) return undefined
      if (e.version !== version) {
        drop(key)
        return undefined
      }
      // most recently used last
      entries.delete(key)
      entries.set(key, e)
      return e
    },
    set(key, entry) {
      if (current !== null && entry.version !== current) return
      const size = key.length * 2 + entry.body.length + overhead
      if (size > maxBytes / 4) return // one huge answer would push out everything else
      drop(key)
      entries.set(key, { ...entry, bytes: size })
      bytes += size
      for (const [oldest] of entries) {
        if (bytes <= maxBytes) break
        drop(oldest)
      }
    },
    gzipped(key, entry) {
      if (entry.gzip) return entry.gzip
      entry.gzip = gzipSync(entry.body)
      const e = entries.get(key)
      if (e === entry) {
        e.bytes += entry.gzip.length
        bytes += entry.gzip.length
      }
      return entry.gzip
    },
    onVersion(version) {
      if (version === current) return
      current = version
      for (const [key, e] of entries) if (e.version !== version) drop(key)
    },
    get bytes() {
      return bytes
    },
    get size() {
      return entries.size
    },
  }
}
