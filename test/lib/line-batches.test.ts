// lineBatches (src/lib/listing.ts): an export's lines in rounds of parallel batches, in order, each
// line once, the first batch fetched before it returns, cancelling what runs when stopped.
import t from 'tap'
import { lineBatches, type LineKeyset } from '../../src/lib/listing.ts'

type Row = [key: number, line: Buffer]

/** Lines 0 … n-1 in keyset batches; records each fetch (after, skip) and can fail at a skip/after. */
function numbers(n: number, calls: string[] = [], failAt?: string): LineKeyset<Row, [number]> {
  return {
    keyOf: ([key]) => [key],
    lineOf: ([, line]) => line,
    fetch: async (take, after, skip) => {
      const call = `${after?.[0] ?? '-'}+${skip}`
      calls.push(call)
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 5))
      if (call === failAt) throw new Error(`failed at ${call}`)
      const start = (after === undefined ? 0 : after[0] + 1) + skip
      return Array.from({ length: Math.max(0, Math.min(take, n - start)) }, (_, i): Row =>
        [start + i, Buffer.from(`line ${start + i}`)])
    },
  }
}

async function text(batches: Awaited<ReturnType<typeof lineBatches>>) {
  let all = ''
  for (let chunk = await batches.next(); chunk; chunk = await batches.next()) all += chunk.toString()
  return all
}

const expected = (n: number, eol = '\n') => Array.from({ length: n }, (_, i) => `line ${i}${eol}`).join('')

t.test('every line once, in order, for sizes around the batch and round boundaries', async (t) => {
  for (const n of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 13]) {
    for (const parallel of [1, 2, 3]) {
      const got = await text(await lineBatches(numbers(n), '\n', 2, parallel))
      t.equal(got, expected(n), `${n} rows, ${parallel} at once`)
    }
  }
  t.equal(await text(await lineBatches(numbers(5), '\r\n', 2)), expected(5, '\r\n'), 'the line end given')
})

t.test('rounds: parallel batches after the same key, at offsets of a batch', async (t) => {
  const calls: string[] = []
  await text(await lineBatches(numbers(9, calls), '\n', 2, 2))
  t.same(calls, ['-+0', '-+2', '3+0', '3+2', '7+0', '7+2'], 'rounds of two; the last one short')
})

t.test('the first batch is fetched before it returns; a later error is thrown by next()', async (t) => {
  await t.rejects(lineBatches(numbers(9, [], '-+0'), '\n', 2), /failed at -\+0/)
  const batches = await lineBatches(numbers(9, [], '3+2'), '\n', 2)
  const got: string[] = []
  await t.rejects((async () => {
    for (let chunk = await batches.next(); chunk; chunk = await batches.next()) got.push(chunk.toString())
  })(), /failed at 3\+2/)
  t.same(got.join(''), expected(6), 'the lines before the failed batch')
})

t.test('cancel stops: no more text, the queries running are cancelled', async (t) => {
  const cancelled: string[] = []
  const keyset = numbers(100)
  const slow: LineKeyset<Row, [number]> = {
    ...keyset,
    fetch: (take, after, skip) => {
      const p = keyset.fetch(take, after, skip) as Promise<Row[]> & { cancel?: () => void }
      p.cancel = () => cancelled.push(`${after?.[0] ?? '-'}+${skip}`)
      return p
    },
  }
  const batches = await lineBatches(slow, '\n', 2, 2)
  t.equal((await batches.next())?.toString(), expected(2))
  batches.cancel()
  t.equal(await batches.next(), null, 'nothing after cancel')
  t.ok(cancelled.length <= 3, `unfinished queries cancelled (${cancelled.join(', ') || 'none still running'})`)
})
