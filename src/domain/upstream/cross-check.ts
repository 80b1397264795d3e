/**
 * Facts cross-checked against the indexes: for every mapped model, our license, release date and
 * parameter count beside what the upstream file states. A mismatch is reported with both values
 * and both sources; it never fails the build, since upstream data has errors too.
 */
import type { ModelData } from '../../schemas/model.ts';
import { motUrl, osaiUrl } from './assessments.ts';
import type { UpstreamMapping } from './mapping.ts';
import type { Snapshots } from './snapshot.ts';

export interface Mismatch {
  model: string;
  field: 'license' | 'released' | 'parameters';
  index: 'osai' | 'mot';
  ours: string;
  /** Our source for the value (a source id), when the entry names one. */
  ourSource?: string;
  theirs: string;
  theirSource: string;
}

export interface LicenseNames {
  id: string;
  name: string;
  shortName: string;
  spdx?: string;
}

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Does an upstream license text name our license (its id, name, short name or SPDX id)? */
export function sameLicense(theirs: string, ours: LicenseNames): boolean {
  const t = norm(theirs);
  return [ours.id, ours.name, ours.shortName, ours.spdx].some(
    (n) => n && (t === norm(n) || t.includes(norm(n)) || norm(n).includes(t)),
  );
}

/** Do two dates agree at the coarser of their precisions? */
export function sameDate(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}

/** "70B", "1.5B", "270M" → billions. */
export function parseSize(text: string): number | undefined {
  const m = /(\d+(?:\.\d+)?)\s*([BMT])\b/i.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  return m[2]!.toUpperCase() === 'T' ? n * 1000 : m[2]!.toUpperCase() === 'M' ? n / 1000 : n;
}

export function crossCheck(
  models: ReadonlyMap<string, ModelData>,
  licenseOf: (id: string) => LicenseNames | undefined,
  snapshots: Snapshots,
  mapping: UpstreamMapping,
): Mismatch[] {
  const out: Mismatch[] = [];
  for (const [file, id] of mapping.osai) {
    const m = models.get(id);
    const o = snapshots.osai?.models.find((x) => x.file === file);
    if (!m || !o) continue;
    const lic = m.license && licenseOf(m.license.id);
    if (lic && o.endModelLicense && !sameLicense(o.endModelLicense, lic))
      out.push({
        model: id,
        field: 'license',
        index: 'osai',
        ours: lic.name,
        ourSource: m.evidence.license?.source.id,
        theirs: o.endModelLicense,
        theirSource: osaiUrl(file),
      });
    const date = o.releaseDate?.replace(/\s+/g, '-');
    if (m.released && date && /^\d{4}(-\d{2})?/.test(date) && !sameDate(m.released, date))
      out.push({
        model: id,
        field: 'released',
        index: 'osai',
        ours: m.released,
        ourSource: m.evidence.released?.source.id,
        theirs: o.releaseDate!,
        theirSource: osaiUrl(file),
      });
  }
  for (const [file, id] of mapping.mot) {
    const m = models.get(id);
    const t = snapshots.mot?.models.find((x) => x.file === file);
    if (!m || !t) continue;
    const weights = t.components.find((c) => c.name === 'Model parameters (Final)')?.license ?? t.license.distribution;
    const lic = m.license && licenseOf(m.license.id);
    const variantLicenses = m.variants
      .map((v) => v.license && licenseOf(v.license.id))
      .filter((l): l is LicenseNames => !!l);
    if (lic && weights && weights !== 'unlicensed' && ![lic, ...variantLicenses].some((l) => sameLicense(weights, l)))
      out.push({
        model: id,
        field: 'license',
        index: 'mot',
        ours: lic.name,
        ourSource: m.evidence.license?.source.id,
        theirs: weights,
        theirSource: motUrl(file),
      });
    if (m.released && t.date && !sameDate(m.released, t.date))
      out.push({
        model: id,
        field: 'released',
        index: 'mot',
        ours: m.released,
        ourSource: m.evidence.released?.source.id,
        theirs: t.date,
        theirSource: motUrl(file),
      });
    const size = parseSize(t.version ?? '') ?? parseSize(t.name);
    const ours = [
      m.parameters?.total,
      ...m.variants.map((v) => v.parameters.total),
      ...(m.parameters?.sizes ?? []),
    ].filter((n): n is number => n !== undefined);
    if (size !== undefined && ours.length > 0 && !ours.some((n) => Math.abs(n - size) / size < 0.06))
      out.push({
        model: id,
        field: 'parameters',
        index: 'mot',
        ours: ours.map((n) => `${n}B`).join(', '),
        ourSource: m.evidence.parameters?.source.id,
        theirs: t.version ?? t.name,
        theirSource: motUrl(file),
      });
  }
  return out;
}
