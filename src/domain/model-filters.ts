/**
 * The filters of the models table, in the order of the form: one list read by the table's
 * script and its tests. No imports, so the client script stays small.
 */
export const MODEL_FILTERS = ['q', 'lab', 'country', 'tier', 'license', 'size', 'arch', 'year', 'osaid'] as const;

/** Filters that take several values (checkboxes). */
export const MODEL_MULTI_FILTERS = ['open'] as const;
