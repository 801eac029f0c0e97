// An item whose every try fails with a server error ends `failed`, even when marking it failed fails
// too at first: the message goes to the gave-up (dead letter) queue, whose worker retries the marking.
// Real PostgreSQL; the faults are triggers: every article insert raises, and the first two attempts to
// mark an item failed raise (a sequence counts them: nextval is not rolled back with the attempt).
import t from 'tap'
import postgres from 'postgres'
import { build, eventually, freshDatabase } from '../helper.ts'
import { API_KEYS, article, auth } from '../fixtures/ingest-fixture.ts'

t.test('an item that fails every try ends failed, its failed-marking retried until it lands', async (t) => {
  const url = await freshDatabase(t)
  const app = await build(t, { DATABASE_URL: url, API_KEYS, WORKER: true })
  const sql = postgres(url, { max: 1, onnotice: () => {} })
  t.teardown(() => sql.end())
  await sql.unsafe(`
    CREATE FUNCTION test_no_articles() RETURNS trigger LANGUAGE plpgsql AS
      $$ BEGIN RAISE EXCEPTION 'storage unavailable'; END $$;
    CREATE TRIGGER test_no_articles BEFORE INSERT ON articles FOR EACH ROW EXECUTE FUNCTION test_no_articles();
    CREATE SEQUENCE test_mark_attempts;
    CREATE FUNCTION test_flaky_mark() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
      IF NEW.status = 'failed' AND nextval('test_mark_attempts') <= 2 THEN RAISE EXCEPTION 'flaky'; END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER test_flaky_mark BEFORE UPDATE ON job_items FOR EACH ROW EXECUTE FUNCTION test_flaky_mark();`)

  const res = await app.inject({
    method: 'POST', url: '/v1/articles/batch', payload: JSON.stringify(article({ url: 'https://example.org/f1' })),
    headers: { ...auth(), 'content-type': 'application/x-ndjson' },
  })
  t.equal(res.statusCode, 202, res.body)
  const id = res.json().id
  const job = () => app.inject(`/v1/jobs/${id}`).then((r) => r.json())
  t.ok(await eventually(async () => (await job()).status === 'completed', 90_000), 'the job completes')
  const done = await job()
  t.match(done.counts, { pending: 0, failed: 1, created: 0 })
  t.match(done.errors[0], { line: 1, detail: /gave up after 6 tries/ })
  t.notMatch(JSON.stringify(done), /storage unavailable|flaky/, 'internal errors stay inside')
  const [{ attempts }] = await sql<[{ attempts: number }]>`SELECT last_value::int AS attempts FROM test_mark_attempts`
  t.ok(attempts >= 3, `the marking was tried again after it failed (${attempts} attempts)`)
  const [{ n }] = await sql<[{ n: number }]>`SELECT count(*)::int AS n FROM articles`
  t.equal(n, 0, 'nothing half-written')
})
