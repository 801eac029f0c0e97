// What the data layer reports when a request names something that does not exist, in the domain's
// words (no HTTP status, no wording for clients): the services map these to the error catalogue
// (src/errors.ts).

export class DomainError extends Error {}

export type EntityName = 'actor' | 'article' | 'event' | 'statement' | 'job'

/** No record with this id. `parameter` is the query parameter that named it, if one did. */
export class NotFoundError extends DomainError {
  constructor(
    readonly entity: EntityName,
    readonly id: string,
    readonly parameter?: string,
  ) {
    super(`no ${entity} with id '${id}'`)
    this.name = 'NotFoundError'
  }
}

/** A filter parameter names an actor id that does not exist. */
export class UnknownActorError extends DomainError {
  constructor(
    readonly parameter: string,
    readonly id: string,
  ) {
    super(`no actor with id '${id}'`)
    this.name = 'UnknownActorError'
  }
}
