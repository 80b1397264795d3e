/**
 * The components content may use (src/domain/mdx-components.ts): the guard accepts exactly these,
 * with literal props of the right type, and the validator refuses ids that do not exist,
 * fields an entry does not have and filters that match nothing, each with its fix.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';
import { guardTree } from '../../src/markdown/mdx-guard.ts';
import { schemaDocs } from '../../src/checks/schema-docs.ts';
import { scaffoldEntry } from '../../src/checks/scaffold.ts';
import {
  checkProps,
  COMPONENT_NAMES,
  componentsMarkdown,
  contentProblems,
  MDX_COMPONENTS,
  paramsInWords,
  selectEvents,
  selectModels,
  type ContentLookup,
  type LicenseLike,
  type ModelLike,
  withComponentDocs,
} from '../../src/domain/mdx-components.ts';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);
const guard = (mdx: string) =>
  guardTree(parser.runSync(parser.parse(mdx)) as Root).map((p) => `${p.line} ${p.message}`);
const ref = (collection: string, id: string) => ({ collection, id });

const model = (id: string, data: Partial<ModelLike['data']>): ModelLike => ({
  id,
  data: { name: id, lab: ref('labs', 'lab-a'), availability: 'open-weights', undisclosed: {}, ...data },
});
const MODELS = [
  model('big', {
    family: 'Big',
    released: '2024-07-23',
    license: ref('licenses', 'community'),
    parameters: { total: 405 },
    modalities: ['text'],
  }),
  model('small', {
    released: '2023',
    lab: ref('labs', 'lab-b'),
    license: ref('licenses', 'apache'),
    parameters: { total: 7 },
    undisclosed: { trainingTokens: { source: ref('sources', 'report') } },
    modalities: ['text', 'image'],
  }),
];
const LICENSES: LicenseLike[] = [
  {
    id: 'community',
    data: {
      name: 'Community License',
      shortName: 'CL',
      tier: 'source-available',
      clauses: { userThreshold: { value: 'yes', amount: 7e8 } },
    },
  },
  { id: 'apache', data: { name: 'Apache', shortName: 'Apache', tier: 'permissive', clauses: {} } },
];
const LOOKUP: ContentLookup = {
  models: MODELS,
  licenses: new Map(LICENSES.map((l) => [l.id, l])),
  events: [
    {
      id: 'e1',
      data: { date: '2024-07-23', kind: 'release', labs: [ref('labs', 'lab-a')], models: [], licenses: [] },
    },
    {
      id: 'e2',
      data: { date: '2023-02', kind: 'license-change', labs: [ref('labs', 'lab-b')], models: [], licenses: [] },
    },
  ],
  ids: {
    models: new Set(['big', 'small']),
    licenses: new Set(['community', 'apache']),
    labs: new Set(['lab-a', 'lab-b']),
    events: new Set(['e1', 'e2']),
    articles: new Set(),
    glossary: new Set(),
    sources: new Set(['report']),
  },
};
const content = (name: (typeof COMPONENT_NAMES)[number], raw: Record<string, string>) => {
  const r = checkProps(name, raw);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return contentProblems(name, r.props, LOOKUP).map((p) => `${p.prop}: ${p.message}`);
};

describe('the allow-list', () => {
  it('accepts every component as its documentation shows it', () => {
    for (const name of COMPONENT_NAMES) expect(guard(MDX_COMPONENTS[name].example), name).toEqual([]);
  });
  it('is exactly what the entry routes hand to MDX', () => {
    const map = readFileSync('src/components/mdx/index.ts', 'utf8');
    const handed = [...map.matchAll(/^import (\w+) from '\.\/\w+\.astro';$/gm)].map((m) => m[1]);
    expect(handed.sort()).toEqual([...COMPONENT_NAMES].sort());
    for (const route of ['articles', 'glossary', 'models', 'labs', 'licenses', 'events'])
      expect(readFileSync(`src/pages/${route}/[id].astro`, 'utf8'), route).toContain(
        '<Content components={MDX_COMPONENT_MAP} />',
      );
  });
  it('CONTRIBUTING.md lists the components as their schemas say (npm run docs:components)', () => {
    const text = readFileSync('CONTRIBUTING.md', 'utf8');
    expect(withComponentDocs(text) === text, 'run npm run docs:components').toBe(true);
  });
  it('documents every prop, and generates the documentation from the schemas', () => {
    const md = componentsMarkdown();
    for (const name of COMPONENT_NAMES) {
      expect(md).toContain(`### \`<${name}>\``);
      expect(md).toContain(MDX_COMPONENTS[name].example);
      for (const [prop, spec] of Object.entries(MDX_COMPONENTS[name].props)) {
        expect(spec.doc.length, `${name} ${prop}`).toBeGreaterThan(5);
        expect(md).toContain(`| \`${prop}\``);
      }
    }
  });
});

describe('npm run new -- articles <id>', () => {
  it('shows a component in use, valid as written', () => {
    const doc = schemaDocs().get('articles')!;
    const { text } = scaffoldEntry(doc, 'brand-new', { ids: { models: ['example-base'] }, today: '2026-05-24' });
    expect(text).toMatch(/^<ModelsTable models="example-base" columns="released total license" \/>$/m);
    const body = text.slice(text.indexOf('\n---\n') + 5);
    expect(guard(body)).toEqual([]);
  }, 60_000);
});

describe('the guard refuses each misuse with its line and a fix', () => {
  it('an unknown or miscased component', () => {
    expect(guard('<ModelCard id="x" />')[0]).toMatch(
      /^1 <ModelCard> is not allowed in content: .*components available: Fact, LicenseClauses/,
    );
    expect(guard('\n\n<fact model="big" field="parameters" />')).toEqual(['3 <fact> is miscased: write <Fact>']);
    expect(guard('<MODELSTABLE />')).toEqual(['1 <MODELSTABLE> is miscased: write <ModelsTable>']);
  });
  it('an unknown prop, and a prop without a value', () => {
    expect(guard('<Fact model="big" feild="parameters" />')).toEqual([
      '1 <Fact>: unknown prop "feild" (props: model, license, field)',
    ]);
    expect(guard('<Fact model field="parameters" />')).toEqual([
      '1 <Fact> model: give the prop a value in quotes, e.g. model="…"',
    ]);
  });
  it('a wrong prop type', () => {
    expect(guard('<Fact model="Big Model" field="parameters" />')).toEqual([
      '1 <Fact> model: "Big Model" is not a model id: ids are file names in content/models/ (lower-case letters, digits and hyphens)',
    ]);
    expect(guard('<SideBySide models="a b c d e" />')).toEqual(['1 <SideBySide> models: give at most 4 model ids']);
    expect(guard('<ModelsTable columns="total size" />')[0]).toContain(
      '<ModelsTable> columns: "size" is not allowed here: use one of lab, released',
    );
    expect(guard('<TimelineExcerpt from="2025-2023" />')).toEqual([
      '1 <TimelineExcerpt> from: the first year of a range must come first',
    ]);
    expect(guard('<TimelineExcerpt limit="ten" />')).toEqual([
      '1 <TimelineExcerpt> limit: "ten" is not a whole number: write digits, e.g. "5"',
    ]);
    expect(guard('<Fact model="big" license="community" field="parameters" />')).toEqual([
      '1 <Fact> model: give either model="<model id>" or license="<license id>", one of the two',
      '1 <Fact> field: "parameters" is not a license clause: use one of commercialUse, userThreshold, acceptableUsePolicy, fieldOfUseRestrictions, outputUseRestrictions, attribution, patentGrant, revocable, derivativeObligations',
    ]);
    expect(guard('<Fact model="big" field="userThreshold" />')[0]).toContain(
      '<Fact> field: "userThreshold" is not a model field: use one of released, license',
    );
    expect(guard('<Chart />')).toEqual([
      '1 <Chart> name: required prop is missing: add name="…" (one of: parameters-over-time, releases-by-tier, releases-by-country)',
    ]);
  });
  it("an expression or a spread in a prop, on the prop's own line", () => {
    expect(guard('<Fact model={x} field="parameters" />')).toEqual([
      '1 <Fact> model: attribute values must be plain strings, not {expressions}',
    ]);
    expect(guard('<Fact\n  model="big"\n  {...props}\n/>')).toEqual([
      '3 <Fact>: spread attributes {...} are not allowed',
    ]);
  });
  it('children, and a table inside a sentence', () => {
    expect(guard('<Fact model="big" field="parameters">405</Fact>')).toEqual([
      '1 <Fact> takes no content between its tags: write it self-closing, <Fact … />',
    ]);
    expect(guard('See <ModelsTable lab="lab-a" /> here.')).toEqual([
      '1 <ModelsTable> renders a table or a figure: put it on a line of its own, with blank lines around it',
    ]);
  });
});

describe('the validator checks ids, fields and filters against the content', () => {
  it('an id that does not exist, with the nearest one', () => {
    expect(content('Fact', { model: 'bigg', field: 'parameters' })).toEqual([
      'model: unknown model id "bigg": there is no file content/models/bigg.mdx (did you mean "big"?)',
    ]);
    expect(content('LicenseClauses', { licenses: 'apache mit' })[0]).toContain('unknown license id "mit"');
  });
  it('a field the entry does not have; a withheld one is a value', () => {
    expect(content('Fact', { model: 'big', field: 'contextWindow' })).toEqual([
      'field: big (content/models/big.mdx) has no "contextWindow": add it to the entry with its evidence, or show a field it has (released, license, parameters, modalities, parameters.total)',
    ]);
    expect(content('Fact', { model: 'small', field: 'trainingTokens' })).toEqual([]);
    expect(content('Fact', { license: 'community', field: 'userThreshold' })).toEqual([]);
    expect(content('Fact', { license: 'apache', field: 'userThreshold' })[0]).toContain(
      'records no "userThreshold" clause',
    );
  });
  it('filters that match nothing', () => {
    expect(content('ModelsTable', { lab: 'lab-a', year: '2023' })).toEqual([
      ': no model matches these filters: remove or widen one',
    ]);
    expect(content('ModelsTable', { family: 'Small' })[0]).toContain('no model has the family "Small" (families: Big)');
    expect(content('TimelineExcerpt', { kind: 'policy' })).toEqual([
      ': no event matches these filters: remove or widen one',
    ]);
  });
});

describe('selection', () => {
  const tier = (id: string) => LICENSES.find((l) => l.id === id)?.data.tier;
  const ids = (f: Parameters<typeof selectModels>[1]) => selectModels(MODELS, f, tier).map((m) => m.id);
  it('models: every filter must match, a list matches any of its values', () => {
    expect(ids({})).toEqual(['big', 'small']);
    expect(ids({ lab: ['lab-b', 'lab-a'], year: { from: 2024, to: 2025 } })).toEqual(['big']);
    expect(ids({ tier: ['permissive'] })).toEqual(['small']);
    expect(ids({ modality: ['image'] })).toEqual(['small']);
    expect(ids({ family: 'big' })).toEqual(['big']);
    expect(ids({ license: ['community'], models: ['small'] })).toEqual([]);
  });
  it('events: oldest first, the latest `limit`', () => {
    expect(selectEvents(LOOKUP.events, {}).map((e) => e.id)).toEqual(['e2', 'e1']);
    expect(selectEvents(LOOKUP.events, { limit: 1 }).map((e) => e.id)).toEqual(['e1']);
    expect(selectEvents(LOOKUP.events, { from: { from: 2024, to: 2024 } }).map((e) => e.id)).toEqual(['e1']);
  });
  it('parameters in words', () => {
    expect([405, 1600, 0.125, 46.7].map(paramsInWords)).toEqual([
      '405 billion',
      '1.6 trillion',
      '125 million',
      '46.7 billion',
    ]);
  });
});
