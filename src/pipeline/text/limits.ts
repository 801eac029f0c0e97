// Size limits that keep extraction linear in the input: an article longer than MAX_ARTICLE_CHARS is refused with a
// typed error (PAYLOAD_TOO_LARGE); a "sentence" longer than MAX_SENTENCE_CHARS is not prose (a run-on list, page
// noise, text without full stops) and is set aside like a headline, with no tokens, so every per-sentence rule
// works on bounded input.
import { AppError } from '../../errors.ts'

/** The longest article text accepted, in UTF-16 code units (≈ characters): 2 MiB. */
export const MAX_ARTICLE_CHARS = 2 * 1024 * 1024

/** The longest sentence read as prose, in characters (real news sentences stay well under 1,000). */
export const MAX_SENTENCE_CHARS = 1500

/** Throws AppError PAYLOAD_TOO_LARGE when the article is longer than MAX_ARTICLE_CHARS. */
export function checkArticleSize(raw: string): void {
  if (raw.length <= MAX_ARTICLE_CHARS) return
  throw new AppError('PAYLOAD_TOO_LARGE',
    `article text is ${raw.length} characters long; the extractor accepts at most ` +
    `${MAX_ARTICLE_CHARS} (MAX_ARTICLE_CHARS)`)
}

/** A sentence too long to be prose. */
export const isRunOn = (text: string) => text.length > MAX_SENTENCE_CHARS
