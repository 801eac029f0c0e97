// What a benchmark ran on, for the report: CPU, cores, memory, Node, PostgreSQL and its memory
// settings, and the load average (the machine is shared: a busy one gives noisy numbers).
import { cpus, loadavg, totalmem } from 'node:os'
import postgres from 'postgres'

export interface Machine {
  cpu: string
  cores: number
  ram_gb: number
  node: string
  postgres: string
  shared_buffers: string
  work_mem: string
  load_average: [number, number, number]
}

export async function describeMachine(databaseUrl: string): Promise<Machine> {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} })
  try {
    const [v] = await sql<{ v: string; sb: string; wm: string }[]>`
      SELECT current_setting('server_version') AS v, current_setting('shared_buffers') AS sb,
        current_setting('work_mem') AS wm`
    const [one, five, fifteen] = loadavg().map((x) => Math.round(x * 100) / 100) as [number, number, number]
    return {
      cpu: cpus()[0]?.model.trim() ?? 'unknown',
      cores: cpus().length,
      ram_gb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      postgres: v!.v,
      shared_buffers: v!.sb,
      work_mem: v!.wm,
      load_average: [one, five, fifteen],
    }
  } finally {
    await sql.end()
  }
}

export const describeLine = (m: Machine) =>
  `${m.cores} × ${m.cpu}, ${m.ram_gb} GB RAM, Node ${m.node}, PostgreSQL ${m.postgres} ` +
  `(shared_buffers ${m.shared_buffers}, work_mem ${m.work_mem})`
