/** How precisely a record's date is known. The database enum `DatePrecision` has the same values. */
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const

export type DatePrecision = (typeof DATE_PRECISIONS)[number]
