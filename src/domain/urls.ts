/**
 * The one place an entry's URL is written: `/<collection>/<id>/`, except sources, which share
 * the bibliography page and are anchors on it. Every link to an entry goes through `href()`.
 */
import type { CollectionName } from '../schemas/shared.ts';

/** The site path of an entry, with an optional `#fragment`. */
export function href(collection: CollectionName, id: string, fragment?: string): string {
  if (collection === 'sources') return `/sources/#${id}`;
  return `/${collection}/${id}/${fragment ? `#${fragment}` : ''}`;
}
