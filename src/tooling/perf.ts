/**
 * Measuring helpers shared by `npm run bench`, `npm run budget` and `npm run lighthouse`:
 * run a command while sampling the memory of its whole process tree, sizes of folders,
 * gzip sizes, and a Markdown table printer (the README pastes its output as is).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** A Markdown table: numbers right-aligned, columns padded so it also reads in a terminal. */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  align?: readonly ('l' | 'r')[],
): string {
  const cells = rows.map((r) => r.map(String));
  const right = headers.map((_, i) =>
    align ? align[i] === 'r' : cells.every((r) => /^[-+\d.,×x% ]+[a-zA-Z%]{0,3}$/.test(r[i] ?? '')),
  );
  const width = headers.map((h, i) => Math.max(h.length, 3, ...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]) =>
    `| ${r.map((c, i) => (right[i] ? c.padStart(width[i]!) : c.padEnd(width[i]!))).join(' | ')} |`;
  const rule = `| ${width.map((w, i) => (right[i] ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(headers), rule, ...cells.map(line)].join('\n');
}

/** "indexed 231 pages in 310 ms" (the Pagefind integration's log line) → figures. */
export function parsePagefindLog(output: string): { pages: number; ms: number } | undefined {
  const m = /indexed (\d+) pages in (\d+) ms/.exec(output);
  return m ? { pages: Number(m[1]), ms: Number(m[2]) } : undefined;
}

/** "content ok: 2000 entries checked in 1234 ms" (`npm run validate`'s last line) → milliseconds. */
export function parseValidateLog(output: string): number | undefined {
  const m = /entries checked in (\d+) ms|entries \((\d+) ms\)/.exec(output);
  return m ? Number(m[1] ?? m[2]) : undefined;
}

/** Every file under `dir`, recursively (absolute paths). */
export function walkFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walkFiles(full) : [full];
  });
}

/** Total bytes of the files under `dir`. */
export function dirBytes(dir: string): number {
  return walkFiles(dir).reduce((sum, f) => sum + statSync(f).size, 0);
}

/** Bytes after gzip at level 9 (what a static host with compression sends). */
export function gzipBytes(data: string | Buffer): number {
  return gzipSync(data, { level: 9 }).length;
}

export const kb = (bytes: number, digits = 1) => `${(bytes / 1024).toFixed(digits)} KB`;
export const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** VmRSS and VmHWM (bytes) from the text of /proc/<pid>/status. */
export function parseStatus(text: string): { rss: number; hwm: number } {
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? 0) * 1024;
  return { rss: field('VmRSS'), hwm: field('VmHWM') };
}

/** Parent of each process, from /proc/<pid>/stat (Linux). */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name (field 2) may contain spaces and parentheses: read after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      map.set(Number(name), ppid);
    } catch {
      // the process ended while we looked
    }
  }
  return map;
}

/** `root` and all its descendants. */
function processTree(root: number): number[] {
  const ppid = parents();
  const tree = [root];
  for (let i = 0; i < tree.length; i++)
    for (const [pid, parent] of ppid) if (parent === tree[i] && !tree.includes(pid)) tree.push(pid);
  return tree;
}

export interface RunResult {
  code: number | null;
  seconds: number;
  /** Peak memory of the process tree: the largest sum of resident sets seen in one sample, or
   * the high-water mark of any single process if that is larger (a peak between samples). */
  peakBytes: number;
  /** User + system CPU seconds of the process and its children (from /usr/bin/time when installed). */
  cpuSeconds?: number;
  output: string;
}

const TIME = '/usr/bin/time';
const TIME_MARK = '__owe_time__';

/** The line GNU time prints with `-f "<mark> %e %U %S %M"` → CPU seconds and max RSS (bytes). */
export function parseTimeLine(output: string): { cpuSeconds: number; maxRss: number } | undefined {
  const m = new RegExp(`${TIME_MARK} ([\\d.]+) ([\\d.]+) ([\\d.]+) (\\d+)`).exec(output);
  return m ? { cpuSeconds: Number(m[2]) + Number(m[3]), maxRss: Number(m[4]) * 1024 } : undefined;
}

/**
 * Runs a command, sampling the resident memory of its whole process tree (Node, and the
 * Pagefind binary it starts) from /proc every `intervalMs`.
 */
export function runMeasured(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; intervalMs?: number; echo?: boolean },
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    // GNU time, when installed, adds the CPU time of the whole tree (waited-for children included).
    const timed = existsSync(TIME);
    const child = timed
      ? spawn(TIME, ['-f', `${TIME_MARK} %e %U %S %M`, command, ...args], {
          cwd: options.cwd,
          env: options.env ?? process.env,
          stdio: ['ignore', 'pipe', 'pipe'],
        })
      : spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (options.echo) process.stderr.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    let peak = 0;
    const hwm = new Map<number, number>();
    const sample = () => {
      if (!child.pid) return;
      let sum = 0;
      for (const pid of processTree(child.pid)) {
        try {
          const s = parseStatus(readFileSync(`/proc/${pid}/status`, 'utf8'));
          sum += s.rss;
          hwm.set(pid, Math.max(hwm.get(pid) ?? 0, s.hwm));
        } catch {
          // ended between listing and reading
        }
      }
      peak = Math.max(peak, sum);
    };
    const timer = setInterval(sample, options.intervalMs ?? 100);
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      const time = parseTimeLine(output);
      resolve({
        code,
        seconds: (performance.now() - started) / 1000,
        peakBytes: Math.max(peak, time?.maxRss ?? 0, ...hwm.values()),
        cpuSeconds: time?.cpuSeconds,
        output,
      });
    });
  });
}
