import type { Prisma } from '../generated/prisma/client.ts'
import type { Tx } from '../db/prisma.ts'

export interface ArticleFilter {
  from?: string
  to?: string
  outlet?: string
}

export interface ArticleKeyset {
  date: string
  id: string
}

const summarySelect = {
  id: true,
  fileName: true,
  title: true,
  outlet: true,
  url: true,
  publishedDate: true,
  language: true,
  contentHash: true,
  ingestedAt: true,
  updatedAt: true,
} satisfies Prisma.ArticleSelect

export type ArticleSummaryRow = Prisma.ArticleGetPayload<{ select: typeof summarySelect }>

export function createArticlesRepository(db: Tx) {
  return {
    async list(filter: ArticleFilter, order: 'asc' | 'desc', take: number, after?: ArticleKeyset, tx: Tx = db) {
      const where: Prisma.ArticleWhereInput = {
        publishedDate: {
          ...(filter.from ? { gte: new Date(filter.from) } : {}),
          ...(filter.to ? { lte: new Date(filter.to) } : {}),
        },
        ...(filter.outlet ? { outlet: filter.outlet } : {}),
      }
      const cmp = order === 'asc' ? 'gt' : 'lt'
      const keyset: Prisma.ArticleWhereInput | undefined = after && {
        OR: [
          { publishedDate: { [cmp]: new Date(after.date) } },
          { publishedDate: new Date(after.date), id: { [cmp]: after.id } },
        ],
      }
      return tx.article.findMany({
        where: keyset ? { AND: [where, keyset] } : where,
        orderBy: [{ publishedDate: order }, { id: order }],
        take,
        select: summarySelect,
      })
    },

    async get(id: string, tx: Tx = db) {
      return tx.article.findUnique({
        where: { id },
        include: { _count: { select: { statements: true } } },
      })
    },

    async countEvents(id: string, tx: Tx = db) {
      const rows = await tx.eventMention.findMany({ where: { articleId: id }, distinct: ['eventId'], select: { eventId: true } })
      return rows.length
    },
  }
}

export type ArticlesRepository = ReturnType<typeof createArticlesRepository>
