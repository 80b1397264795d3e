/**
 * The committed snapshots under data/upstream/<name>/ (snapshot.json and its LICENSE), how a
 * new one replaces the old only when whole, and what changed between the two.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentDir } from '../../checks/content-files.ts';
import { assessMot } from './mot-class.ts';
import type { MotSnapshot, OsaiSnapshot } from './types.ts';

export const UPSTREAM_NAMES = ['osai', 'mot'] as const;
export type UpstreamName = (typeof UPSTREAM_NAMES)[number];

export interface Snapshots {
  osai?: OsaiSnapshot;
  mot?: MotSnapshot;
}

/**
 * The folder of the snapshots: `data/upstream` beside the content folder (so a test's or the
 * benchmark's content folder has none unless it brings its own), or OWE_UPSTREAM_DIR.
 */
export function upstreamDir(content: string = contentDir()): string {
  return resolve(process.env.OWE_UPSTREAM_DIR ?? join(content, '..', 'data', 'upstream'));
}

export function readSnapshot<N extends UpstreamName>(name: N, dir = upstreamDir()): Snapshots[N] | undefined {
  const file = join(dir, name, 'snapshot.json');
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as Snapshots[N];
}

/** Writes a snapshot and its license next to it, replacing the old folder only once the new one is complete. */
export function writeSnapshot(name: UpstreamName, snapshot: object, license: string, dir = upstreamDir()): void {
  const target = join(dir, name);
  const next = `${target}.next`;
  rmSync(next, { recursive: true, force: true });
  mkdirSync(next, { recursive: true });
  writeFileSync(join(next, 'snapshot.json'), `${JSON.stringify(snapshot, null, 1)}\n`);
  writeFileSync(join(next, 'LICENSE.md'), license);
  const old = `${target}.old`;
  rmSync(old, { recursive: true, force: true });
  if (existsSync(target)) renameSync(target, old);
  renameSync(next, target);
  rmSync(old, { recursive: true, force: true });
}

export interface SnapshotChanges {
  added: string[];
  removed: string[];
  /** Models whose classes changed, with what changed, e.g. "trainingcode: partial → open". */
  changed: { name: string; changes: string[] }[];
}

/** Per model (by upstream file), its classes in words, for comparing two snapshots. */
function classesOf(name: UpstreamName, snapshot: OsaiSnapshot | MotSnapshot): Map<string, Record<string, string>> {
  const out = new Map<string, Record<string, string>>();
  if (name === 'osai') {
    for (const m of (snapshot as OsaiSnapshot).models)
      out.set(m.file, Object.fromEntries(Object.entries(m.criteria).map(([k, v]) => [k, v.class ?? 'n/a'])));
  } else {
    const mot = snapshot as MotSnapshot;
    for (const m of mot.models) {
      const a = assessMot(m, mot);
      out.set(m.file, {
        class: a.class === null ? 'none' : String(a.class),
        ...Object.fromEntries(a.components.map((c) => [c.component.name, c.status])),
      });
    }
  }
  return out;
}

export function compareSnapshots(
  name: UpstreamName,
  before: OsaiSnapshot | MotSnapshot | undefined,
  after: OsaiSnapshot | MotSnapshot,
): SnapshotChanges {
  const a = before ? classesOf(name, before) : new Map<string, Record<string, string>>();
  const b = classesOf(name, after);
  const changed: SnapshotChanges['changed'] = [];
  for (const [file, now] of b) {
    const then = a.get(file);
    if (!then) continue;
    const changes = Object.keys({ ...then, ...now })
      .filter((k) => then[k] !== now[k])
      .map((k) => `${k}: ${then[k] ?? '-'} → ${now[k] ?? '-'}`);
    if (changes.length > 0) changed.push({ name: file, changes });
  }
  return {
    added: [...b.keys()].filter((f) => !a.has(f)),
    removed: [...a.keys()].filter((f) => !b.has(f)),
    changed,
  };
}
