/**
 * The keys that open search, shared by the header trigger (every page) and the search page.
 * Kept apart from src/domain/search.ts so the trigger stays tiny. Pure.
 */

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  isComposing?: boolean;
  defaultPrevented?: boolean;
}

/** "/" when not typing in a field, Ctrl+K or Cmd+K anywhere. */
export function isSearchShortcut(e: KeyLike, inField: boolean): boolean {
  if (e.defaultPrevented || e.isComposing || e.altKey) return false;
  const mod = e.ctrlKey || e.metaKey;
  return (mod && !e.shiftKey && e.key.toLowerCase() === 'k') || (!mod && e.key === '/' && !inField);
}

/** Whether an event target is somewhere the reader types (a field, a select, editable text). */
export function isField(target: { tagName?: string; isContentEditable?: boolean } | null): boolean {
  return Boolean(target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName ?? '')));
}
