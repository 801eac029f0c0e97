// What the benchmark requests: Parley's endpoints with parameters taken from the data (a busy
// actor, a mid-tail actor, a real dyad …) so that every request returns rows, each with the closest
// equivalent query on Platformatic DB where one exists.
import postgres from 'postgres'

export interface Endpoint {
  /** short name, used by --only */
  name: string
  /** what it asks, for the report */
  label: string
  parley: string
  /** the closest equivalent on Platformatic DB, null where it has none */
  platformatic: string | null
  /** how far the Platformatic query is from Parley's (empty when equivalent) */
  note?: string
}

export interface Picks {
  busyActor: string
  midActor: string
  dyad: [string, string]
  root: string
  country: string
  from: string
  to: string
  q: string
  eventId: string
  busySpeaker: string
  midSpeaker: string
  recentSince: string
}

/** Parameters that hit data: the busiest and a mid-tail (rank ~200) actor, a frequent dyad, a busy month … */
export async function pickParameters(url: string): Promise<Picks> {
  const sql = postgres(url, { max: 1, onnotice: () => {} })
  try {
    const actors = await sql<{ id: string }[]>`
      SELECT source_actor_id AS id FROM events GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 200`
    const [dyad] = await sql<{ s: string; t: string }[]>`
      SELECT source_actor_id AS s, target_actor_id AS t FROM events WHERE target_actor_id IS NOT NULL
        AND source_actor_id IN (SELECT source_actor_id FROM events GROUP BY 1 ORDER BY count(*) DESC LIMIT 50)
      GROUP BY 1, 2 ORDER BY count(*) DESC, 1, 2 OFFSET 10 LIMIT 1`
    const [country] = await sql<{ c: string }[]>`
      SELECT a.country AS c FROM actors a WHERE a.id = ${actors[1]!.id}`
    const [month] = await sql<{ m: string }[]>`
      SELECT to_char(date, 'YYYY-MM') AS m FROM events WHERE date_precision = 'day'
      ORDER BY date OFFSET (SELECT count(*) * 7 / 10 FROM events) LIMIT 1`
    const [event] = await sql<{ id: string }[]>`
      SELECT event_id AS id FROM event_mentions GROUP BY 1 HAVING count(*) > 1 ORDER BY 1 LIMIT 1`
    const speakers = await sql<{ id: string }[]>`
      SELECT s.speaker_id AS id FROM statements s JOIN actors a ON a.id = s.speaker_id WHERE a.kind = 'person'
      GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 200`
    const [since] = await sql<{ t: Date }[]>`SELECT max(updated_at) - interval '1 day' AS t FROM events`
    const [y, m] = month!.m.split('-').map(Number) as [number, number]
    return {
      busyActor: actors[0]!.id,
      midActor: actors.at(-1)!.id,
      dyad: [dyad!.s, dyad!.t],
      root: '19',
      country: country!.c ?? 'USA',
      from: `${month!.m}-01`,
      to: new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10),
      q: 'missile defense',
      eventId: event!.id,
      busySpeaker: speakers[0]!.id,
      midSpeaker: speakers.at(-1)!.id,
      recentSince: since!.t.toISOString(),
    }
  } finally {
    await sql.end()
  }
}

// Platformatic returns every column unless told: name them, leaving out the tsvector `search` columns
const EVENT_FIELDS =
  'fields=id,date,dateEnd,datePrecision,dateText,sourceActorId,targetActorId,eventType,cameoCode,cameoRoot,' +
  'quadClass,goldstein,summary,confidence,coderVersion,createdAt,updatedAt'
const STATEMENT_FIELDS =
  'fields=id,speakerId,text,direct,date,dateEnd,datePrecision,dateText,articleId,sentenceIndex,charStart,' +
  'charEnd,evidence,coderVersion,createdAt,updatedAt'
/** Events and statements are measured at their default page (RecordLimit in src/schemas/common.ts): */
/** Platformatic is asked for as many rows. */
export const PAGE = 20
const ORDER = `orderby.date=asc&orderby.id=asc&limit=${PAGE}`
const PLT_ORDER = `${ORDER}&${EVENT_FIELDS}`
const PLT_STATEMENTS = `${ORDER}&${STATEMENT_FIELDS}`
const enc = encodeURIComponent
/** Platformatic's OR filter: the actor as source or as target */
const either = (actor: string) => enc(`(sourceActorId.eq=${actor}|targetActorId.eq=${actor})`)

/** The measured endpoints, in measuring order; `deepCursorPath` is page 201's URL (found by walking links.next). */
export function endpoints(p: Picks, deepCursorPath: string): Endpoint[] {
  const [a, b] = p.dyad
  return [
    {
      name: 'events',
      label: 'events, first page',
      parley: '/v1/events',
      platformatic: `/events?${PLT_ORDER}`,
    },
    {
      name: 'range',
      label: `events in ${p.from.slice(0, 7)}`,
      parley: `/v1/events?from=${p.from}&to=${p.to}`,
      platformatic: `/events?where.dateEnd.gte=${p.from}&where.date.lte=${p.to}&${PLT_ORDER}`,
    },
    {
      name: 'actor',
      label: `events of ${p.busyActor} (busiest)`,
      parley: `/v1/events?actor=${p.busyActor}`,
      platformatic: `/events?where.or=${either(p.busyActor)}&${PLT_ORDER}`,
    },
    {
      name: 'actor-mid',
      label: `events of ${p.midActor} (rank 200)`,
      parley: `/v1/events?actor=${p.midActor}`,
      platformatic: `/events?where.or=${either(p.midActor)}&${PLT_ORDER}`,
    },
    {
      name: 'dyad',
      label: `dyad ${a}–${b}`,
      parley: `/v1/events?dyad=${a},${b}`,
      platformatic: `/events?where.sourceActorId.eq=${a}&where.targetActorId.eq=${b}&${PLT_ORDER}`,
      note: 'one direction only',
    },
    {
      name: 'root-country',
      label: `root ${p.root} + country ${p.country}`,
      parley: `/v1/events?root=${p.root}&country=${p.country}`,
      platformatic: `/events?where.cameoRoot.eq=${p.root}&${PLT_ORDER}`,
      note: 'root only (no join to actors)',
    },
    { name: 'q', label: `full text "${p.q}"`, parley: `/v1/events?q=${enc(p.q)}`, platformatic: null },
    {
      name: 'event',
      label: 'one event by id',
      parley: `/v1/events/${p.eventId}`,
      platformatic: `/events/${p.eventId}?${EVENT_FIELDS}`,
      note: 'no actors or mentions',
    },
    {
      name: 'deep',
      label: 'page 201 (200 × links.next)',
      parley: deepCursorPath,
      platformatic: `/events?${PLT_ORDER}&offset=${200 * PAGE}`,
      note: 'offset paging',
    },
    {
      name: 'actor-statements',
      label: `statements of ${p.busySpeaker} (busiest speaker)`,
      parley: `/v1/actors/${p.busySpeaker}/statements`,
      platformatic: `/statements?where.speakerId.eq=${p.busySpeaker}&${PLT_STATEMENTS}`,
      note: 'no speaker role or article',
    },
    {
      name: 'speaker',
      label: `statements?speaker=${p.midSpeaker} (rank 200)`,
      parley: `/v1/statements?speaker=${p.midSpeaker}`,
      platformatic: `/statements?where.speakerId.eq=${p.midSpeaker}&${PLT_STATEMENTS}`,
      note: 'no speaker role or article',
    },
    {
      name: 'timeline',
      label: 'timeline, month × root, whole range',
      parley: '/v1/stats/timeline?interval=month&group_by=root&top=20',
      platformatic: null,
    },
    { name: 'dyads', label: 'top dyads', parley: '/v1/stats/dyads?limit=50', platformatic: null },
    { name: 'top-actors', label: 'top actors', parley: '/v1/stats/actors?limit=50', platformatic: null },
    {
      name: 'changes',
      label: 'change feed, last day',
      parley: `/v1/changes?since=${enc(p.recentSince)}&limit=50`,
      platformatic: null,
    },
    {
      name: 'changes-full',
      label: 'change feed, full sync (first page)',
      parley: `/v1/changes?since=${enc('1970-01-01T00:00:00Z')}&limit=50`,
      platformatic: null,
    },
  ]
}
