import { PrismaPg } from '@prisma/adapter-pg'
import { PrismaClient } from '../generated/prisma/client.ts'

export function createPrisma(url: string) {
  return new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) })
}

export type Db = ReturnType<typeof createPrisma>
/** A Prisma client or an interactive transaction: what repositories accept. */
export type Tx = Omit<Db, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>
