// GET /v1/stats/timeline for dashboard tools: epoch-millisecond bounds (Grafana's ${__from}/${__to}) and
// the flat table with a leading time column, as JSON and CSV.
import t from 'tap'
import { build, parseCsv } from '../helper.ts'

interface Timeline {
  periods: string[]
  series: { key: string; label: string; points: { period: string; count: number; mean_goldstein: number | null }[] }[]
}

const ms = (date: string) => Date.parse(`${date}T00:00:00Z`)

t.test('from/to as epoch milliseconds are the UTC days they fall on', async (t) => {
  const app = await build(t)
  const byDate = (await app.inject('/v1/stats/timeline?interval=month&from=2012-01-01&to=2016-12-31')).json()
  const late = ms('2016-12-31') + 23 * 3600_000 // 23:00 UTC is still that day
  const byEpoch = await app.inject(`/v1/stats/timeline?interval=month&from=${ms('2012-01-01')}&to=${late}`)
  t.equal(byEpoch.statusCode, 200)
  t.same(byEpoch.json(), byDate, 'the same answer')
  for (const bad of ['from=99999999999999999', 'from=253402300800000', 'to=2016-02-30', 'from=12-01-2016']) {
    const res = await app.inject(`/v1/stats/timeline?${bad}`)
    t.equal(res.statusCode, 400, bad)
    t.match(res.json(), { code: 'VALIDATION_FAILED', errors: [{ parameter: bad.split('=')[0] }] })
  }
  const reversed = await app.inject(`/v1/stats/timeline?from=${ms('2016-01-01')}&to=2012-01-01`)
  t.match(reversed.json(), { errors: [{ parameter: 'from' }] }, 'from after to, compared as dates')
})

t.test('shape=table: one row per period, time first, one column per series', async (t) => {
  const app = await build(t)
  const query = 'interval=year&group_by=quad&from=2007-01-01&to=2016-12-31'
  const series: Timeline = (await app.inject(`/v1/stats/timeline?${query}`)).json()
  t.ok(series.series.length > 1, 'several series')
  const res = await app.inject(`/v1/stats/timeline?${query}&shape=table`)
  t.equal(res.statusCode, 200)
  const rows = res.json() as Record<string, string | number | null>[]
  t.equal(rows.length, series.periods.length)
  for (const [i, row] of rows.entries()) {
    t.same(Object.keys(row), ['time', ...series.series.map((s) => s.label)], 'time, then the series labels')
    t.equal(row.time, `${series.periods[i]}T00:00:00.000Z`)
    t.same(series.series.map((s) => row[s.label]), series.series.map((s) => s.points[i]!.count))
  }
  const goldstein = (await app.inject(`/v1/stats/timeline?${query}&shape=table&measure=mean_goldstein`)).json()
  t.same(goldstein.map((r: Record<string, unknown>) => r[series.series[0]!.label]),
    series.series[0]!.points.map((p) => p.mean_goldstein), 'measure=mean_goldstein')
})

t.test('CSV (format= or Accept): the table, with an ETag and as an attachment; Excel with a BOM', async (t) => {
  const app = await build(t)
  const query = 'interval=year&group_by=quad&from=2007-01-01&to=2016-12-31'
  const rows = (await app.inject(`/v1/stats/timeline?${query}&shape=table`)).json() as Record<string, unknown>[]
  for (const req of [{ url: `/v1/stats/timeline?${query}&format=csv` },
    { url: `/v1/stats/timeline?${query}`, headers: { accept: 'text/csv' } }]) {
    const res = await app.inject(req)
    t.equal(res.statusCode, 200)
    t.match(res.headers['content-type'], /^text\/csv/)
    t.equal(res.headers['content-disposition'], 'attachment; filename="timeline.csv"')
    t.ok(res.headers.etag, 'an ETag')
    const [header, ...body] = parseCsv(res.body)
    t.same(header, Object.keys(rows[0]!))
    t.same(body, rows.map((r) => Object.values(r).map(String)))
    const again = await app.inject({ ...req, headers: { ...req.headers, 'if-none-match': res.headers.etag as string } })
    t.equal(again.statusCode, 304)
  }
  const excel = await app.inject(`/v1/stats/timeline?${query}&format=excel`)
  t.ok(excel.body.startsWith('\ufeff') && excel.body.includes('\r\n'), 'Excel: BOM and CRLF')
  const ndjson = await app.inject({ url: '/v1/stats/timeline', headers: { accept: 'application/x-ndjson' } })
  t.equal(ndjson.statusCode, 406, 'no NDJSON here')
  t.match(ndjson.json().detail, /application\/json, text\/csv\./)
})
