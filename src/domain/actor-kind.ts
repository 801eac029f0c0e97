/** The kinds of actor, in the order the API documents them. The database enum `ActorKind` has the same values. */
export const ACTOR_KINDS = ['person', 'state', 'organization'] as const

export type ActorKind = (typeof ACTOR_KINDS)[number]
