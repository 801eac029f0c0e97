import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '../generated/prisma/client.ts'
import { createPgPool, type DbSettings } from './connection.ts'

/** A Prisma client on a pool of ours (timeouts and error handling from connection.ts); end the pool after. */
export function createPrisma(url: string, settings: DbSettings) {
  const pool = createPgPool(url, settings)
  return { prisma: new PrismaClient({ adapter: new PrismaPg(pool) }), pool }
}

export type Db = ReturnType<typeof createPrisma>['prisma']
/** A Prisma client or an interactive transaction: what repositories accept. */
export type Tx = Omit<Db, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>
