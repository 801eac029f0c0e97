// Where the data layer's domain errors become the API's catalogued errors (src/errors.ts): every
// service is wrapped in `catalogued`, so no repository needs to know about HTTP.
import { AppError, notFound } from '../errors.ts'
import { NotFoundError, UnknownActorError } from '../domain/errors.ts'

/** The catalogue's error for a domain error; any other error unchanged. */
export function toAppError(err: unknown): unknown {
  if (err instanceof UnknownActorError) {
    const detail = `${err.parameter}: no actor with id '${err.id}' (find ids with GET /v1/actors?q=…)`
    const message = `unknown actor id '${err.id}'`
    return new AppError('UNKNOWN_ACTOR', detail, [{ in: 'query', parameter: err.parameter, message }])
  }
  if (err instanceof NotFoundError) {
    if (err.parameter === undefined) return notFound(err.entity, err.id)
    return new AppError('NOT_FOUND', `${err.parameter}: no ${err.entity} with id '${err.id}'`, [
      { in: 'query', parameter: err.parameter, message: `unknown ${err.entity} id '${err.id}'` },
    ])
  }
  return err
}

type Methods = Record<string, (...args: never[]) => Promise<unknown>>

/** The service with each method's domain errors mapped to the catalogue. */
export function catalogued<S extends Methods>(service: S): S {
  const wrapped = Object.entries(service).map(([name, method]) => [
    name,
    async (...args: unknown[]) => {
      try {
        return await (method as (...a: unknown[]) => Promise<unknown>)(...args)
      } catch (err) {
        throw toAppError(err)
      }
    },
  ])
  return Object.fromEntries(wrapped) as S
}
