import { Prisma } from '../generated/prisma/client.ts'
import type { Tx } from '../db/prisma.ts'
import { assertActorsExist, rolesAt } from './actor-lookup.ts'

export interface StatementFilter {
  speaker?: string
  article?: string
  /** period overlap: date_end >= from */
  from?: string
  /** period overlap: date <= to */
  to?: string
  direct?: boolean
  /** full text, websearch_to_tsquery('english', q) against statements.search */
  q?: string
}

export interface StatementKeyset {
  date: string
  id: string
}

const include = {
  speaker: { select: { id: true, name: true, kind: true, country: true } },
  article: { select: { id: true, title: true, outlet: true, url: true, publishedDate: true } },
} satisfies Prisma.StatementInclude

export type StatementRow = Prisma.StatementGetPayload<{ include: typeof include }>

export function createStatementsRepository(db: Tx) {
  /** The ids of one keyset page, in order: the filter needs SQL Prisma cannot express (tsvector). */
  async function pageIds(filter: StatementFilter, order: 'asc' | 'desc', take: number, after: StatementKeyset | undefined, tx: Tx) {
    const c: Prisma.Sql[] = []
    if (filter.speaker !== undefined) c.push(Prisma.sql`s.speaker_id = ${filter.speaker}`)
    if (filter.article !== undefined) c.push(Prisma.sql`s.article_id = ${filter.article}`)
    if (filter.from !== undefined) c.push(Prisma.sql`s.date_end >= ${filter.from}::date`)
    if (filter.to !== undefined) c.push(Prisma.sql`s.date <= ${filter.to}::date`)
    if (filter.direct !== undefined) c.push(Prisma.sql`s.direct = ${filter.direct}`)
    if (filter.q !== undefined) c.push(Prisma.sql`s.search @@ websearch_to_tsquery('english', ${filter.q})`)
    if (after) {
      const key = Prisma.sql`(${after.date}::date, ${after.id}::text)`
      c.push(order === 'asc' ? Prisma.sql`(s.date, s.id) > ${key}` : Prisma.sql`(s.date, s.id) < ${key}`)
    }
    const where = c.length ? Prisma.sql`WHERE ${Prisma.join(c, ' AND ')}` : Prisma.empty
    const dir = order === 'asc' ? Prisma.sql`ASC` : Prisma.sql`DESC`
    const rows = await tx.$queryRaw<{ id: string }[]>`
      SELECT s.id FROM statements s ${where} ORDER BY s.date ${dir}, s.id ${dir} LIMIT ${take}`
    return rows.map((r) => r.id)
  }

  return {
    async list(filter: StatementFilter, order: 'asc' | 'desc', take: number, after?: StatementKeyset, tx: Tx = db): Promise<StatementRow[]> {
      const ids = await pageIds(filter, order, take, after, tx)
      if (!ids.length) return []
      const rows = await tx.statement.findMany({ where: { id: { in: ids } }, include })
      const byId = new Map(rows.map((r) => [r.id, r]))
      // a row deleted between the two queries is simply left out
      return ids.flatMap((id) => byId.get(id) ?? [])
    },

    async get(id: string, tx: Tx = db): Promise<StatementRow | null> {
      return tx.statement.findUnique({ where: { id }, include })
    },

    /** 404 UNKNOWN_ACTOR naming the parameter when an actor filter names no actor. */
    assertActorsExist: (params: Record<string, string[] | undefined>, tx: Tx = db) => assertActorsExist(tx, params),

    async actorExists(id: string, tx: Tx = db) {
      return (await tx.actor.count({ where: { id } })) > 0
    },

    /** The role each speaker held on each date (keys `${actorId}|${YYYY-MM-DD}`). */
    rolesAt: (pairs: { actorId: string; date: string }[], tx: Tx = db) => rolesAt(tx, pairs),

    async articleExists(id: string, tx: Tx = db) {
      return (await tx.article.count({ where: { id } })) > 0
    },
  }
}

export type StatementsRepository = ReturnType<typeof createStatementsRepository>
