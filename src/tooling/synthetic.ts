/**
 * A synthetic encyclopedia for the benchmark (`npm run bench`): N entries across every
 * collection, valid against the schemas and the integrity rules, with bodies shaped like the
 * real ones (about 600 words, `[^source-id]` citations, glossary mentions, links between
 * entries, a list and a GFM table). Deterministic: the same N and seed give the same files.
 * Pure: returns files as text; the caller writes them.
 */
import { EVIDENCED_FIELDS } from '../schemas/model.ts';
import type { CollectionName } from '../schemas/shared.ts';

export interface SyntheticFile {
  collection: CollectionName;
  id: string;
  /** Path inside the content folder, e.g. `models/synth-model-12.mdx`. */
  path: string;
  text: string;
  /** Title and Markdown body (MDX entries only), for the bare-Astro comparison build. */
  title?: string;
  body?: string;
}

/** Share of each collection in N, close to the real encyclopedia's mix. */
const SYNTHETIC_MIX: Record<CollectionName, number> = {
  sources: 0.15,
  models: 0.35,
  events: 0.2,
  glossary: 0.12,
  labs: 0.08,
  licenses: 0.03,
  articles: 0.07,
};

/** How many entries of each collection make N (at least 2 of each; the remainder goes to models). */
export function syntheticCounts(n: number): Record<CollectionName, number> {
  const counts = {} as Record<CollectionName, number>;
  let used = 0;
  for (const [c, share] of Object.entries(SYNTHETIC_MIX) as [CollectionName, number][]) {
    counts[c] = Math.max(2, Math.floor(n * share));
    used += counts[c];
  }
  counts.models += Math.max(0, n - used);
  return counts;
}

/** mulberry32: a small seeded PRNG, so runs are comparable. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (max: number) => Math.floor(next() * max);
  const pick = <T>(list: readonly T[]): T => list[int(list.length)]!;
  return { next, int, pick };
}

const WORDS = (
  'model weights release license training data open research lab team paper report version family context window ' +
  'parameters tokens benchmark evaluation inference hardware memory community developer user policy governance ' +
  'safety access download repository checkpoint architecture layer attention expert dataset corpus language code ' +
  'image audio reasoning instruction alignment feedback preference method result score task domain question answer ' +
  'system compute cluster budget month year week early later first second third new older larger smaller faster ' +
  'widely often usually rarely clearly publicly openly formally partly mainly largely broadly quickly carefully ' +
  'describes reports notes shows finds claims argues suggests compares measures improves reduces extends adapts ' +
  'releases publishes trains tunes serves hosts mirrors documents restricts permits requires allows forbids ' +
  'the a an of to in on for with by from as at under over between within across about after before during ' +
  'and or but while because although since which that this these those its their other several many most some ' +
  'is was are were has had can could may might will would should does did been being'
).split(/\s+/);

const SYLLABLES = ['ka', 'lo', 'mi', 'ru', 'te', 'zo', 'vi', 'na', 'pe', 'su', 'do', 'ga', 'xe', 'bi', 'fu', 'ho'];

/** A made-up word that no English text contains, unique for each index (base-16 syllables). */
export function pseudoWord(i: number): string {
  let word = '';
  let k = i;
  for (let d = 0; d < 4; d++) {
    word += SYLLABLES[k % 16];
    k = Math.floor(k / 16);
  }
  return `${word}${k > 0 ? SYLLABLES[k % 16] : ''}`;
}

const pad = (n: number) => String(n).padStart(2, '0');
const yamlString = (s: string) => JSON.stringify(s);
const LAB_KINDS = ['company', 'nonprofit', 'collective', 'academic', 'government'] as const;
const TIERS = ['permissive', 'source-available', 'research', 'rail', 'custom'] as const;
const EVENT_KINDS = ['release', 'license-change', 'policy', 'publication', 'organization'] as const;
const CATEGORIES = [
  'weights',
  'architecture',
  'training',
  'inference',
  'licensing',
  'governance',
  'safety',
  'ecosystem',
] as const;
const COUNTRIES = ['France', 'China', 'United States', 'Germany', 'United Arab Emirates', 'Canada', 'Japan'];

/** Every file of a synthetic encyclopedia of `n` entries (sources included). */
export function generateEncyclopedia(n: number, seed = 1): SyntheticFile[] {
  const r = rng(seed);
  const counts = syntheticCounts(n);
  const ids = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => `${prefix}-${i + 1}`);
  const sources = ids('synth-source', counts.sources);
  const labs = ids('synth-lab', counts.labs);
  const licenses = ids('synth-license', counts.licenses);
  const models = ids('synth-model', counts.models);
  const events = ids('synth-event', counts.events);
  const terms = ids('synth-term', counts.glossary);
  const articles = ids('synth-article', counts.articles);
  const termName = (i: number) => pseudoWord(i + 1);
  const modelName = (i: number) => `Synth ${i + 1}`;
  const labName = (i: number) => `Synthetic Lab ${i + 1}`;
  const date = (i: number) => `${2019 + (i % 7)}-${pad(1 + (i % 12))}-${pad(1 + (i % 28))}`;
  // A model derived from another keeps its base's license, so the lineage rule finds nothing to refuse.
  const modelLicense: string[] = [];
  const modelLab: string[] = [];
  const modelBase: (number | undefined)[] = [];
  for (let i = 0; i < models.length; i++) {
    const base = i > 4 && i % 5 === 0 ? r.int(i) : undefined;
    modelBase.push(base);
    modelLicense.push(base !== undefined ? modelLicense[base]! : licenses[i % licenses.length]!);
    modelLab.push(labs[i % labs.length]!);
  }

  const sentence = (min = 10, max = 18) => {
    const len = min + r.int(max - min + 1);
    const words = Array.from({ length: len }, () => r.pick(WORDS));
    return `${words[0]!.charAt(0).toUpperCase()}${words[0]!.slice(1)} ${words.slice(1).join(' ')}.`;
  };
  const cite = () => `[^${r.pick(sources)}]`;
  const mention = () => termName(r.int(terms.length));
  const link = (): string => {
    const k = r.int(5);
    if (k === 0) {
      const i = r.int(models.length);
      return `[${modelName(i)}](/models/${models[i]}/)`;
    }
    if (k === 1) {
      const i = r.int(labs.length);
      return `[${labName(i)}](/labs/${labs[i]}/)`;
    }
    if (k === 2) {
      const i = r.int(events.length);
      return `[event ${i + 1}](/events/${events[i]}/)`;
    }
    if (k === 3) {
      const i = r.int(licenses.length);
      return `[license ${i + 1}](/licenses/${licenses[i]}/)`;
    }
    const i = r.int(articles.length);
    return `[article ${i + 1}](/articles/${articles[i]}/)`;
  };
  /** A paragraph of about `words` words: one glossary mention, one link, one citation. */
  const paragraph = (words: number) => {
    const parts: string[] = [];
    let count = 0;
    while (count < words) {
      const s = sentence();
      parts.push(s);
      count += s.split(' ').length;
    }
    const at = (k: number) => Math.min(parts.length - 1, k);
    parts[at(1)] = parts[at(1)]!.replace(/\.$/, ` with ${mention()} in mind.`);
    parts[at(2)] = parts[at(2)]!.replace(/\.$/, `, as ${link()} shows.`);
    parts[parts.length - 1] = `${parts[parts.length - 1]}${cite()}`;
    return parts.join(' ');
  };
  /** About 600 words (or `scale` times that): sections, five citations, a table, a list. */
  const body = (title: string, scale = 1) => {
    const out: string[] = [`${title} is a synthetic entry written to measure the build. ${paragraph(60 * scale)}`];
    out.push('## Overview', paragraph(110 * scale), paragraph(90 * scale));
    const rows = Array.from(
      { length: 5 },
      () =>
        `| ${r.pick(WORDS)} ${r.pick(WORDS)} | ${1 + r.int(900)} | ${2019 + r.int(7)} | ${r.pick(WORDS)} ${r.pick(WORDS)} |`,
    );
    out.push(
      '## Figures',
      'The figures below are invented for the benchmark.',
      ['| Item | Value | Year | Note |', '| --- | ---: | ---: | --- |', ...rows].join('\n'),
    );
    out.push('## Reception', paragraph(110 * scale));
    out.push(
      [`- ${link()}: ${sentence(6, 10)}`, `- ${link()}: ${sentence(6, 10)}`, `- ${mention()}: ${sentence(6, 10)}`].join(
        '\n',
      ),
    );
    out.push('### Later work', paragraph(90 * scale));
    return `${out.join('\n\n')}\n`;
  };
  const mdx = (
    collection: CollectionName,
    id: string,
    title: string,
    frontmatter: string[],
    scale = 1,
  ): SyntheticFile => {
    const b = body(title, scale);
    return {
      collection,
      id,
      path: `${collection}/${id}.mdx`,
      text: `---\n${frontmatter.join('\n')}\n---\n\n${b}`,
      title,
      body: b,
    };
  };
  const sourcesOf = () => `sources: [${r.pick(sources)}]`;

  const files: SyntheticFile[] = [];
  sources.forEach((id, i) =>
    files.push({
      collection: 'sources',
      id,
      path: `sources/${id}.yaml`,
      text: [
        `title: ${yamlString(`Synthetic source ${i + 1}: ${sentence(4, 8).slice(0, -1)}`)}`,
        `author: Synthetic Author ${i + 1}`,
        `date: ${date(i)}`,
        `url: https://example.org/sources/${id}`,
        'accessed: 2026-11-29',
        'kind: paper',
        '',
      ].join('\n'),
    }),
  );
  labs.forEach((id, i) =>
    files.push(
      mdx('labs', id, labName(i), [
        `name: ${labName(i)}`,
        `kind: ${LAB_KINDS[i % LAB_KINDS.length]}`,
        `country: ${COUNTRIES[i % COUNTRIES.length]}`,
        'founded: 2000',
        `website: https://example.org/labs/${id}`,
        `aliases: [SL${i + 1}]`,
        `summary: ${yamlString(sentence(12, 20))}`,
        sourcesOf(),
      ]),
    ),
  );
  licenses.forEach((id, i) => {
    const src = r.pick(sources);
    const clause = (value: string) =>
      `{ value: ${value}, note: ${yamlString(sentence(5, 9))}, source: ${src}, section: "§${1 + r.int(12)}" }`;
    files.push(
      mdx('licenses', id, `Synthetic License ${i + 1}`, [
        `name: Synthetic License ${i + 1}`,
        `shortName: SL-${i + 1}`,
        `tier: ${TIERS[i % TIERS.length]}`,
        'osiApproved: false',
        `url: https://example.org/licenses/${id}`,
        `summary: ${yamlString(sentence(12, 20))}`,
        'clauses:',
        `  commercialUse: ${clause('yes')}`,
        `  acceptableUsePolicy: ${clause(i % 2 ? 'yes' : 'no')}`,
        `  attribution: ${clause('yes')}`,
        `  patentGrant: ${clause('no')}`,
        `  derivativeObligations: ${clause('no')}`,
        sourcesOf(),
      ]),
    );
  });
  models.forEach((id, i) => {
    const base = modelBase[i];
    const moe = i % 3 === 0;
    const total = 1 + r.int(400);
    const src = r.pick(sources);
    files.push(
      mdx('models', id, modelName(i), [
        `name: ${modelName(i)}`,
        `family: Synth family ${1 + (i % 40)}`,
        `lab: ${modelLab[i]}`,
        `released: ${date(i)}`,
        'availability: open-weights',
        `license: ${modelLicense[i]}`,
        moe ? 'architecture: { type: moe, experts: 64, activeExperts: 8 }' : 'architecture: { type: dense }',
        `parameters: { total: ${total}, active: ${moe ? Math.max(1, Math.floor(total / 8)) : total} }`,
        `contextWindow: ${[8192, 32768, 131072][i % 3]}`,
        `trainingTokens: ${1 + r.int(20)}`,
        'modalities: [text]',
        ...(base !== undefined ? [`baseModel: ${models[base]}`, 'derivation: fine-tune'] : []),
        `huggingface: synthetic/${id}`,
        // Every value names the document that states it, as real entries must.
        'evidence:',
        ...EVIDENCED_FIELDS.filter(
          (f) => !['trainingCompute', 'outputs'].includes(f) && (f !== 'baseModel' || base !== undefined),
        ).map((field) => `  ${field}: ${src}`),
        `summary: ${yamlString(sentence(12, 20))}`,
        `sources: [${src}]`,
        'openness:',
        `  weights: { status: open, source: ${src} }`,
        `  trainingCode: { status: closed, source: ${src} }`,
        `  trainingData: { status: not-disclosed, source: ${src} }`,
        `  paper: { status: ${i % 2 ? 'open' : 'partial'}, source: ${src} }`,
      ]),
    );
  });
  events.forEach((id, i) => {
    const m = i % models.length;
    files.push(
      mdx('events', id, `Synthetic event ${i + 1}`, [
        `title: Synthetic event ${i + 1}`,
        `date: ${date(m)}`,
        `kind: ${EVENT_KINDS[i % EVENT_KINDS.length]}`,
        `models: [${models[m]}]`,
        `labs: [${modelLab[m]}]`,
        `licenses: [${modelLicense[m]}]`,
        `summary: ${yamlString(sentence(12, 20))}`,
        sourcesOf(),
      ]),
    );
  });
  terms.forEach((id, i) =>
    files.push(
      mdx('glossary', id, termName(i), [
        `term: ${termName(i)}`,
        `aliases: [${termName(i)} method]`,
        `category: ${CATEGORIES[i % CATEGORIES.length]}`,
        `definition: ${yamlString(sentence(10, 16))}`,
        'tags: [synthetic]',
        `related: [${[...new Set([(i + 1) % terms.length, (i + 7) % terms.length])]
          .filter((k) => k !== i)
          .map((k) => terms[k])
          .join(', ')}]`,
        sourcesOf(),
      ]),
    ),
  );
  articles.forEach((id, i) =>
    files.push(
      mdx(
        'articles',
        id,
        `Synthetic article ${i + 1}`,
        [
          `title: Synthetic article ${i + 1}`,
          `description: ${yamlString(sentence(12, 24))}`,
          'lastReviewed: 2026-01-15',
          'reviewStatus: reviewed',
          'tags: [synthetic]',
          `featured: ${i === 0}`,
          sourcesOf(),
        ],
        3,
      ),
    ),
  );
  return files;
}
