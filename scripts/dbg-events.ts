// Debug: prints the events extracted from one article (or stdin text): source target code date entry | sentence.
// Run: npx tsx scripts/dbg-events.ts <article.txt> <published YYYY-MM-DD>   (or: echo text | npx tsx scripts/dbg-events.ts - 2020-01-01)
import { readFileSync } from 'node:fs'
import { extract } from '../src/pipeline/extract.ts'
import { formatDate } from '../src/pipeline/dates.ts'

const [file, published] = process.argv.slice(2)
const raw = readFileSync(file === '-' ? 0 : file!, 'utf8')
const x = extract({ id: 'dbg', raw, published: published ?? '2020-01-01' })
for (const e of x.events) console.log(`${e.sourceId} -> ${e.targetId} ${e.cameoCode} ${formatDate(e.date)} [${e.summary}] | ${e.evidence.text.slice(0, 140).replace(/\n/g, ' ')}`)
if (process.argv.includes('--st')) for (const s of x.statements) console.log(`ST ${s.speakerId}: ${s.text.slice(0, 120)}`)
