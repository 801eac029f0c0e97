// The SQL behind the hot endpoints as the repositories send it today (parameters inlined), each with
// a rewrite that returns the same rows, for `scripts/bench/explain-hot.ts` and docs/scaling.md.
// `$x` placeholders are filled from the benchmark's picks.
import type { Picks } from './endpoints.ts'

export interface HotQuery {
  name: string
  endpoint: string
  today: string
  /** same rows, faster; null where the fix is not in SQL */
  rewrite: string | null
  /** DDL the rewrite needs (rollups, indexes), run once before it, in the lab schema */
  needs?: string[]
  /** compare rows of today/rewrite (false where the rewrite's column set differs on purpose) */
  compare?: boolean
}

const SELECT_EVENTS = `SELECT e.id, to_char(e.date, 'YYYY-MM-DD') AS date, to_char(e.date_end, 'YYYY-MM-DD') AS
  date_end,
    e.date_precision::text AS date_precision, e.date_text,
    s.id AS source_id, s.name AS source_name, s.kind::text AS source_kind, s.country::text AS source_country,
    t.id AS target_id, t.name AS target_name, t.kind::text AS target_kind, t.country::text AS target_country,
    e.event_type, e.cameo_code, e.cameo_root, e.quad_class::int AS quad_class, e.goldstein, e.summary, e.confidence,
    e.coder_version, e.created_at, e.updated_at,
    (SELECT count(*)::int FROM event_mentions cm WHERE cm.event_id = e.id) AS mention_count,
    fm.article_id AS ev_article_id, fm.sentence_index AS ev_sentence_index, fm.char_start AS ev_char_start,
    fm.char_end AS ev_char_end, fm.evidence AS ev_text
  FROM events e
  JOIN actors s ON s.id = e.source_actor_id
  LEFT JOIN actors t ON t.id = e.target_actor_id
  LEFT JOIN LATERAL (
    SELECT m.article_id, m.sentence_index, m.char_start, m.char_end, m.evidence FROM event_mentions m
    WHERE m.event_id = e.id ORDER BY m.article_id, m.char_start, m.id LIMIT 1
  ) fm ON TRUE`

/** The page's events first (ids only, by index), then the columns of those 51 rows. */
const pageThenJoin = (inner: string) => `WITH page AS MATERIALIZED (${inner})
  ${SELECT_EVENTS.replace('FROM events e', 'FROM page p JOIN events e ON e.id = p.id')} ORDER BY e.date, e.id`

const CHANGES_BRANCHES = (since: string, until: string, perBranch: string) =>
  [
    'articles:ingested_at:article',
    'actors:created_at:actor',
    'events:created_at:event',
    'statements:created_at:statement',
  ]
    .map((x) => {
      const [table, created, entity] = x.split(':')
      return `(SELECT '${entity}'::text AS entity, id, CASE WHEN ${created} > '${since}'::timestamptz THEN 'created'
        ELSE 'updated' END AS change,
      updated_at AS at FROM ${table} WHERE updated_at > '${since}'::timestamptz AND updated_at <=
        '${until}'::timestamptz ${perBranch})`
    })
    .join(' UNION ALL ') +
  ` UNION ALL (SELECT entity::text, entity_id, 'deleted', deleted_at FROM deletions
      WHERE deleted_at > '${since}'::timestamptz AND deleted_at <= '${until}'::timestamptz
        ${perBranch.replace('updated_at, id', 'deleted_at, entity_id')})`

/** (date, id) keyset positions: after row 10,050 (page 201 of 50) and after row 500,000 (mid-way through an export). */
export interface Keys { deep: [string, string]; mid: [string, string] }

export function hotQueries(p: Picks, until: string, keys: Keys): HotQuery[] {
  const [a, b] = p.dyad
  const q = `websearch_to_tsquery('english', '${p.q}')`
  return [
    {
      name: 'events-first-page',
      endpoint: '/v1/events?limit=50',
      today: `${SELECT_EVENTS} WHERE TRUE ORDER BY e.date ASC, e.id ASC LIMIT 51`,
      rewrite: null,
    },
    {
      name: 'range',
      endpoint: `/v1/events?from=${p.from}&to=${p.to}`,
      today: `${SELECT_EVENTS} WHERE e.date_end >= '${p.from}'::date AND e.date <= '${p.to}'::date ORDER BY e.date
        ASC, e.id ASC LIMIT 51`,
      // a period lasts at most a year, so date_end >= from implies date >= from - 366 days: an indexable bound
      rewrite: `${SELECT_EVENTS} WHERE e.date_end >= '${p.from}'::date AND e.date >= '${p.from}'::date - 366 AND
        e.date <= '${p.to}'::date
        ORDER BY e.date ASC, e.id ASC LIMIT 51`,
    },
    {
      name: 'actor',
      endpoint: `/v1/events?actor=${p.busyActor}`,
      today: `${SELECT_EVENTS} WHERE (e.source_actor_id = '${p.busyActor}' OR e.target_actor_id = '${p.busyActor}')
        ORDER BY e.date ASC, e.id ASC LIMIT 51`,
      rewrite:
        pageThenJoin(`SELECT id, date FROM ((SELECT id, date FROM events WHERE source_actor_id = '${p.busyActor}'
          ORDER BY date, id LIMIT 51)
        UNION ALL (SELECT id, date FROM events WHERE target_actor_id = '${p.busyActor}' AND source_actor_id <>
          '${p.busyActor}' ORDER BY date, id LIMIT 51)) u
        ORDER BY date, id LIMIT 51`),
    },
    {
      name: 'actor-mid',
      endpoint: `/v1/events?actor=${p.midActor}`,
      today: `${SELECT_EVENTS} WHERE (e.source_actor_id = '${p.midActor}' OR e.target_actor_id = '${p.midActor}')
        ORDER BY e.date ASC, e.id ASC LIMIT 51`,
      rewrite:
        pageThenJoin(`SELECT id, date FROM ((SELECT id, date FROM events WHERE source_actor_id = '${p.midActor}' ORDER
          BY date, id LIMIT 51)
        UNION ALL (SELECT id, date FROM events WHERE target_actor_id = '${p.midActor}' AND source_actor_id <>
          '${p.midActor}' ORDER BY date, id LIMIT 51)) u
        ORDER BY date, id LIMIT 51`),
    },
    {
      name: 'dyad',
      endpoint: `/v1/events?dyad=${a},${b}`,
      today: `${SELECT_EVENTS} WHERE ((e.source_actor_id = '${a}' AND e.target_actor_id = '${b}') OR
        (e.source_actor_id = '${b}' AND e.target_actor_id = '${a}'))
        ORDER BY e.date ASC, e.id ASC LIMIT 51`,
      rewrite:
        pageThenJoin(`SELECT id, date FROM ((SELECT id, date FROM events WHERE source_actor_id = '${a}' AND
          target_actor_id = '${b}' ORDER BY date, id LIMIT 51)
        UNION ALL (SELECT id, date FROM events WHERE source_actor_id = '${b}' AND target_actor_id = '${a}' ORDER BY
          date, id LIMIT 51)) u ORDER BY date, id LIMIT 51`),
    },
    {
      name: 'root-country',
      endpoint: `/v1/events?root=${p.root}&country=${p.country}`,
      today: `${SELECT_EVENTS} WHERE e.cameo_root = '${p.root}' AND EXISTS (SELECT 1 FROM actors ca WHERE ca.id IN
        (e.source_actor_id, e.target_actor_id)
        AND ca.country = '${p.country}'::char(3)) ORDER BY e.date ASC, e.id ASC LIMIT 51`,
      rewrite: null,
    },
    {
      name: 'export-batch',
      endpoint: '/v1/events?format=ndjson (one batch of 500, mid-way)',
      today: `${SELECT_EVENTS} WHERE TRUE AND (e.date, e.id) > ('${keys.mid[0]}'::date, '${keys.mid[1]}') ORDER BY
        e.date ASC, e.id ASC LIMIT 501`,
      rewrite: null,
    },
    {
      name: 'q',
      endpoint: `/v1/events?q=${p.q}`,
      today: `${SELECT_EVENTS} WHERE (e.search @@ ${q} OR EXISTS (SELECT 1 FROM event_mentions qm WHERE qm.event_id =
        e.id AND qm.search @@ ${q}))
        ORDER BY e.date ASC, e.id ASC LIMIT 51`,
      // one document per event (summary + every evidence sentence), kept by the writer: one GIN lookup or one date walk
      rewrite: pageThenJoin(`SELECT id, date FROM lab.event_search WHERE doc @@ ${q} ORDER BY date, id LIMIT 51`),
      needs: [
        `CREATE TABLE lab.event_search AS SELECT e.id, e.date,
          e.search || to_tsvector('english', coalesce(string_agg(m.evidence, ' '), '')) AS doc
          FROM events e LEFT JOIN event_mentions m ON m.event_id = e.id GROUP BY e.id`,
        'CREATE INDEX ON lab.event_search USING gin (doc)',
        'CREATE INDEX ON lab.event_search (date, id)',
        'ANALYZE lab.event_search',
      ],
    },
    {
      name: 'q-rare',
      endpoint: '/v1/events?q=prisoner exchange Kowalski',
      today: `${SELECT_EVENTS} WHERE (e.search @@ websearch_to_tsquery('english', 'prisoner exchange Kowalski') OR
        EXISTS (SELECT 1 FROM event_mentions qm
        WHERE qm.event_id = e.id AND qm.search @@ websearch_to_tsquery('english', 'prisoner exchange Kowalski')))
          ORDER BY e.date ASC, e.id ASC LIMIT 51`,
      rewrite: pageThenJoin(`SELECT id, date FROM lab.event_search
        WHERE doc @@ websearch_to_tsquery('english', 'prisoner exchange Kowalski') ORDER BY date, id LIMIT 51`),
    },
    {
      name: 'deep',
      endpoint: '/v1/events?cursor=(page 201)',
      today: `${SELECT_EVENTS} WHERE TRUE AND (e.date, e.id) > ('${keys.deep[0]}'::date, '${keys.deep[1]}')
        ORDER BY e.date ASC, e.id ASC LIMIT 51`,
      rewrite: null,
    },
    {
      name: 'speaker-page',
      endpoint: `/v1/statements?speaker=${p.midSpeaker} (page ids)`,
      today: `SELECT s.id FROM statements s WHERE s.speaker_id = '${p.midSpeaker}' ORDER BY s.date ASC, s.id ASC LIMIT
        51`,
      rewrite: null,
    },
    {
      name: 'statements-joined',
      endpoint: `/v1/actors/${p.busySpeaker}/statements (6 round trips → 1)`,
      today: `SELECT s.* FROM statements s WHERE s.id IN (SELECT id FROM statements WHERE speaker_id =
        '${p.busySpeaker}' ORDER BY date, id LIMIT 51)`,
      rewrite: `SELECT s.id, s.text, s.direct, s.date, s.date_end, s.date_precision, s.date_text, s.article_id,
        s.sentence_index, s.char_start, s.char_end,
          s.evidence, s.coder_version, s.created_at, s.updated_at, sp.name, sp.kind, sp.country, a.title, a.outlet,
            a.url, a.published_date,
          r.title AS role_title, r.affiliation, r.country AS role_country, r.valid_from, r.valid_to
        FROM (SELECT * FROM statements WHERE speaker_id = '${p.busySpeaker}' ORDER BY date, id LIMIT 51) s
        JOIN actors sp ON sp.id = s.speaker_id JOIN articles a ON a.id = s.article_id
        LEFT JOIN LATERAL (SELECT * FROM actor_roles r WHERE r.actor_id = s.speaker_id AND (r.valid_from IS NULL OR
          r.valid_from <= s.date)
          AND (r.valid_to IS NULL OR r.valid_to >= s.date) ORDER BY r.valid_from DESC NULLS LAST LIMIT 1) r ON TRUE
        ORDER BY s.date, s.id`,
      compare: false,
    },
    {
      name: 'timeline',
      endpoint: '/v1/stats/timeline?interval=month&group_by=root&top=20',
      today: `WITH m AS (SELECT date_trunc('month', (e.date)::timestamp)::date AS period, e.cameo_root::text AS key,
        e.goldstein FROM events e WHERE TRUE),
        k AS (SELECT key, count(*)::int AS total FROM m GROUP BY key ORDER BY total DESC, key LIMIT 20),
        p AS (SELECT generate_series(date_trunc('month', (SELECT min(date) FROM events)::timestamp),
          date_trunc('month', (SELECT max(date) FROM events)::timestamp), '1 month'::interval)::date AS period)
        SELECT k.key, k.total, to_char(p.period, 'YYYY-MM-DD') AS period, count(m.key)::int AS count,
          round(avg(m.goldstein)::numeric, 2)::float8 AS mean_goldstein
        FROM k CROSS JOIN p LEFT JOIN m ON m.key = k.key AND m.period = p.period GROUP BY k.key, k.total, p.period
          ORDER BY k.total DESC, k.key, p.period`,
      rewrite: `WITH m AS (SELECT month AS period, cameo_root AS key, sum(n) AS n, sum(goldstein_x10) AS g10
          FROM lab.event_month_code GROUP BY 1, 2),
        k AS (SELECT key, sum(n)::int AS total FROM m GROUP BY key ORDER BY total DESC, key LIMIT 20),
        p AS (SELECT generate_series(date_trunc('month', (SELECT min(date) FROM events)::timestamp),
          date_trunc('month', (SELECT max(date) FROM events)::timestamp), '1 month'::interval)::date AS period)
        SELECT k.key, k.total, to_char(p.period, 'YYYY-MM-DD') AS period, coalesce(sum(m.n), 0)::int AS count,
          round(sum(m.g10)::numeric / nullif(sum(m.n), 0) / 10, 2)::float8 AS mean_goldstein
        FROM k CROSS JOIN p LEFT JOIN m ON m.key = k.key AND m.period = p.period GROUP BY k.key, k.total, p.period
          ORDER BY k.total DESC, k.key, p.period`,
      needs: [
        `CREATE TABLE lab.event_month_code AS SELECT date_trunc('month', date)::date AS month, cameo_code,
          cameo_root::text AS cameo_root,
          count(*)::int AS n, sum(round(goldstein * 10))::bigint AS goldstein_x10 FROM events GROUP BY 1, 2, 3`,
        'ALTER TABLE lab.event_month_code ADD PRIMARY KEY (month, cameo_code)',
        'ANALYZE lab.event_month_code',
      ],
    },
    {
      name: 'dyads',
      endpoint: '/v1/stats/dyads?limit=50',
      today: `SELECT s.id AS source_id, s.name AS source_name, s.kind::text AS source_kind, s.country::text AS
        source_country,
          t.id AS target_id, t.name AS target_name, t.kind::text AS target_kind, t.country::text AS target_country,
          count(*)::int AS count, round(avg(e.goldstein)::numeric, 2)::float8 AS mean_goldstein,
          to_char(min(e.date), 'YYYY-MM-DD') AS first_date, to_char(max(e.date), 'YYYY-MM-DD') AS last_date
        FROM events e JOIN actors s ON s.id = e.source_actor_id JOIN actors t ON t.id = e.target_actor_id
        WHERE TRUE GROUP BY s.id, t.id ORDER BY count DESC, s.id, t.id LIMIT 50`,
      rewrite: `SELECT s.id AS source_id, s.name AS source_name, s.kind::text AS source_kind, s.country::text AS
        source_country,
          t.id AS target_id, t.name AS target_name, t.kind::text AS target_kind, t.country::text AS target_country,
          d.n AS count, round(d.goldstein_x10::numeric / d.n / 10, 2)::float8 AS mean_goldstein,
          to_char(d.first_date, 'YYYY-MM-DD') AS first_date, to_char(d.last_date, 'YYYY-MM-DD') AS last_date
        FROM (SELECT * FROM lab.dyad_counts ORDER BY n DESC, source_actor_id, target_actor_id LIMIT 50) d
        JOIN actors s ON s.id = d.source_actor_id JOIN actors t ON t.id = d.target_actor_id ORDER BY count DESC, s.id,
          t.id`,
      needs: [
        `CREATE TABLE lab.dyad_counts AS SELECT source_actor_id, target_actor_id, count(*)::int AS n,
          sum(round(goldstein * 10))::bigint AS goldstein_x10,
          min(date) AS first_date, max(date) AS last_date FROM events WHERE target_actor_id IS NOT NULL GROUP BY 1, 2`,
        'ALTER TABLE lab.dyad_counts ADD PRIMARY KEY (source_actor_id, target_actor_id)',
        'CREATE INDEX ON lab.dyad_counts (n DESC, source_actor_id, target_actor_id)',
        'ANALYZE lab.dyad_counts',
      ],
    },
    {
      name: 'top-actors',
      endpoint: '/v1/stats/actors?limit=50',
      today: `WITH roles AS (SELECT e.source_actor_id AS actor_id, 1 AS src, 0 AS tgt FROM events e WHERE TRUE
          UNION ALL SELECT e.target_actor_id, 0, 1 FROM events e WHERE e.target_actor_id IS NOT NULL AND TRUE),
        ev AS (SELECT actor_id, sum(src)::int AS as_source, sum(tgt)::int AS as_target FROM roles GROUP BY actor_id),
        st AS (SELECT s.speaker_id AS actor_id, count(*)::int AS statements FROM statements s WHERE TRUE GROUP BY
          s.speaker_id),
        activity AS (SELECT a.id, a.name, a.kind::text AS kind, a.country::text AS country, coalesce(ev.as_source, 0)
          AS as_source,
            coalesce(ev.as_target, 0) AS as_target, coalesce(st.statements, 0) AS statements
          FROM actors a LEFT JOIN ev ON ev.actor_id = a.id LEFT JOIN st ON st.actor_id = a.id WHERE (ev.actor_id IS
            NOT NULL OR st.actor_id IS NOT NULL))
        SELECT *, (as_source + as_target + statements) AS total FROM activity ORDER BY total DESC, id LIMIT 50`,
      rewrite: `SELECT a.id, a.name, a.kind::text AS kind, a.country::text AS country, x.as_source, x.as_target,
        x.statements,
          (x.as_source + x.as_target + x.statements) AS total
        FROM (SELECT * FROM lab.actor_activity ORDER BY (as_source + as_target + statements) DESC, actor_id LIMIT 50) x
        JOIN actors a ON a.id = x.actor_id ORDER BY total DESC, a.id`,
      needs: [
        `CREATE TABLE lab.actor_activity AS SELECT actor_id, sum(src)::int AS as_source, sum(tgt)::int AS as_target,
          sum(st)::int AS statements FROM (
          SELECT source_actor_id AS actor_id, 1 AS src, 0 AS tgt, 0 AS st FROM events UNION ALL
          SELECT target_actor_id, 0, 1, 0 FROM events WHERE target_actor_id IS NOT NULL UNION ALL
          SELECT speaker_id, 0, 0, 1 FROM statements) x GROUP BY actor_id`,
        'ALTER TABLE lab.actor_activity ADD PRIMARY KEY (actor_id)',
        'CREATE INDEX ON lab.actor_activity ((as_source + as_target + statements) DESC, actor_id)',
        'ANALYZE lab.actor_activity',
      ],
    },
    {
      name: 'changes-recent',
      endpoint: `/v1/changes?since=${p.recentSince}`,
      today: `SELECT c.entity, c.id, c.change, c.at FROM (${CHANGES_BRANCHES(p.recentSince, until, '')}) c
        ORDER BY c.at, c.entity COLLATE "C", c.id COLLATE "C", c.change COLLATE "C" LIMIT 51`,
      rewrite: `SELECT c.entity, c.id, c.change, c.at FROM
        (${CHANGES_BRANCHES(p.recentSince, until, 'ORDER BY updated_at, id COLLATE "C" LIMIT 51')}) c
        ORDER BY c.at, c.entity COLLATE "C", c.id COLLATE "C", c.change COLLATE "C" LIMIT 51`,
    },
    {
      name: 'changes-full',
      endpoint: '/v1/changes?since=1970-01-01T00:00:00Z',
      today: `SELECT c.entity, c.id, c.change, c.at FROM (${CHANGES_BRANCHES('1970-01-01T00:00:00Z', until, '')}) c
        ORDER BY c.at, c.entity COLLATE "C", c.id COLLATE "C", c.change COLLATE "C" LIMIT 51`,
      rewrite: `SELECT c.entity, c.id, c.change, c.at FROM
        (${CHANGES_BRANCHES('1970-01-01T00:00:00Z', until, 'ORDER BY updated_at, id COLLATE "C" LIMIT 51')}) c
        ORDER BY c.at, c.entity COLLATE "C", c.id COLLATE "C", c.change COLLATE "C" LIMIT 51`,
      needs: [
        'CREATE INDEX IF NOT EXISTS lab_articles_updated_id ON articles (updated_at, id COLLATE "C")',
        'CREATE INDEX IF NOT EXISTS lab_actors_updated_id ON actors (updated_at, id COLLATE "C")',
        'CREATE INDEX IF NOT EXISTS lab_events_updated_id ON events (updated_at, id COLLATE "C")',
        'CREATE INDEX IF NOT EXISTS lab_statements_updated_id ON statements (updated_at, id COLLATE "C")',
        'CREATE INDEX IF NOT EXISTS lab_deletions_deleted_id ON deletions (deleted_at, entity_id COLLATE "C")',
      ],
    },
  ]
}
