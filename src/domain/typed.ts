/** `Object.entries` that keeps the key type of a record typed by a union of keys. */
export function entriesOf<K extends string, V>(record: Partial<Record<K, V>>): [K, V][] {
  return Object.entries(record) as [K, V][];
}
