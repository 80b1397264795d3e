/**
 * Bodies the content check has parsed and passed through the MDX guard in this process, so
 * the build's guard (remarkMdxGuard) does not walk them a second time. Kept on globalThis:
 * Astro loads the config (content check, plugins) and the pages in separate module graphs.
 */
const KEY = Symbol.for('owe.guardedBodies');
const holder = globalThis as { [KEY]?: Map<string, string> };
const guarded = (holder[KEY] ??= new Map());

/** Records that the body of the file at `absolutePath` passed the guard. */
export function markGuarded(absolutePath: string, body: string): void {
  guarded.set(absolutePath, body);
}

/**
 * Whether this exact body at this path already passed the guard; `text` is the whole file or
 * its body. Any other text at that path (an edit in development) is guarded again.
 */
export function alreadyGuarded(absolutePath: string, text: string): boolean {
  const body = guarded.get(absolutePath);
  return body !== undefined && (text === body || text.endsWith(`\n${body}`));
}
