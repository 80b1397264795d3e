/** Lineage: the license check between a derivative and its base, the tree of descendants, and the content-check rule. */
import { describe, expect, it } from 'vitest';
import { readContentFiles, toContentFile, type ContentFile } from '../../src/checks/content-files.ts';
import { checkContent } from '../../src/checks/check-content.ts';
import { formatProblem, validateFiles } from '../../src/checks/validate.ts';
import {
  derivativeFindings,
  descendants,
  licenseFindings,
  lineageProblems,
  refId,
  worstSeverity,
  type LineageLicense,
} from '../../src/domain/lineage.ts';

const lic = (id: string, tier: string, clauses: Record<string, string>): LineageLicense => ({
  id,
  name: id.toUpperCase(),
  tier,
  clauses: Object.fromEntries(Object.entries(clauses).map(([k, value]) => [k, { value }])),
});
const APACHE = lic('apache', 'permissive', {
  commercialUse: 'yes',
  acceptableUsePolicy: 'no',
  fieldOfUseRestrictions: 'no',
  attribution: 'yes',
  derivativeObligations: 'no',
});
const MIT = lic('mit', 'permissive', {
  commercialUse: 'yes',
  acceptableUsePolicy: 'no',
  fieldOfUseRestrictions: 'no',
  attribution: 'no',
  derivativeObligations: 'no',
});
const RESEARCH = lic('research', 'research', { commercialUse: 'no', derivativeObligations: 'no', attribution: 'no' });
const COMMUNITY = lic('community', 'source-available', {
  commercialUse: 'conditional',
  acceptableUsePolicy: 'yes',
  fieldOfUseRestrictions: 'yes',
  attribution: 'yes',
  derivativeObligations: 'yes',
});
const RAIL = lic('rail', 'rail', {
  commercialUse: 'yes',
  acceptableUsePolicy: 'yes',
  derivativeObligations: 'yes',
  attribution: 'no',
});
const COMMUNITY_NO_AUP = lic('community-variant', 'source-available', {
  commercialUse: 'conditional',
  acceptableUsePolicy: 'no',
  fieldOfUseRestrictions: 'yes',
  attribution: 'yes',
});

describe('license check between base and derivative', () => {
  it('the same license never conflicts with itself', () => {
    expect(licenseFindings(COMMUNITY, COMMUNITY)).toEqual([]);
  });

  it('flags a permissive derivative of a base that passes its terms on', () => {
    const f = licenseFindings(COMMUNITY, MIT);
    expect(f.map((x) => [x.severity, x.rule])).toEqual([
      ['conflict', 'derivative-terms'],
      ['caution', 'attribution'],
    ]);
    expect(f[0]!.message).toBe(
      'COMMUNITY passes its terms on to derivatives, but MIT drops its acceptable-use policy, field-of-use restrictions.',
    );
    expect(worstSeverity(f)).toBe('conflict');
  });

  it('flags a derivative that drops a use restriction the base passes on, even when not permissive', () => {
    const f = licenseFindings(COMMUNITY, COMMUNITY_NO_AUP);
    expect(f).toEqual([
      {
        severity: 'conflict',
        rule: 'derivative-terms',
        message: 'COMMUNITY passes its terms on to derivatives, but COMMUNITY-VARIANT drops its acceptable-use policy.',
      },
    ]);
  });

  it('a derivative may add restrictions: a RAIL derivative of a permissive base is fine', () => {
    expect(licenseFindings(MIT, RAIL)).toEqual([]);
    expect(licenseFindings(RAIL, RAIL)).toEqual([]);
  });

  it('flags commercial rights a research-only base does not grant', () => {
    expect(licenseFindings(RESEARCH, APACHE)).toEqual([
      {
        severity: 'conflict',
        rule: 'commercial-use',
        message:
          'RESEARCH forbids commercial use, but APACHE allows it: a derivative cannot grant rights its base does not.',
      },
    ]);
    expect(licenseFindings(RESEARCH, RESEARCH)).toEqual([]);
  });

  it('an attribution duty the derivative does not carry is a caution, not a conflict', () => {
    const f = licenseFindings(APACHE, MIT);
    expect(f).toEqual([
      {
        severity: 'caution',
        rule: 'attribution',
        message: expect.stringContaining('APACHE requires attribution or naming; MIT records no such duty'),
      },
    ]);
    expect(worstSeverity(f)).toBe('caution');
  });

  it('says when it cannot check', () => {
    expect(licenseFindings(undefined, MIT, 'Base 7B')).toEqual([
      {
        severity: 'unchecked',
        rule: 'no-license',
        message: 'License check not possible: Base 7B has no license recorded.',
      },
    ]);
    expect(licenseFindings(MIT, undefined)[0]!.message).toContain('this model has no license recorded');
    const partly = licenseFindings(lic('sparse', 'custom', { commercialUse: 'yes' }), MIT);
    expect(partly).toEqual([
      {
        severity: 'unchecked',
        rule: 'unrecorded-clause',
        message:
          'Partly checked: SPARSE has no record of obligations passed to derivatives, attribution or naming duty.',
      },
    ]);
    expect(worstSeverity([])).toBe('ok');
  });

  it('a conditional obligation is a caution', () => {
    const cond = lic('cond', 'custom', {
      commercialUse: 'yes',
      derivativeObligations: 'conditional',
      attribution: 'no',
    });
    expect(licenseFindings(cond, MIT).map((f) => f.severity)).toEqual(['caution']);
  });
});

describe('descendants', () => {
  const m = (id: string) => ({ id });
  const tree = new Map([
    ['a', [m('b'), m('c')]],
    ['b', [m('d')]],
    ['d', [m('a')]], // a cycle in bad data must not loop
  ]);
  it('builds the tree below a model and stops on cycles', () => {
    const t = descendants('a', tree);
    expect(t.map((n) => n.item.id)).toEqual(['b', 'c']);
    expect(t[0]!.children.map((n) => n.item.id)).toEqual(['d']);
    expect(t[0]!.children[0]!.children).toEqual([]);
  });
  it('reads references in both shapes', () => {
    expect(refId('x')).toBe('x');
    expect(refId({ collection: 'models', id: 'y' })).toBe('y');
    expect(refId(undefined)).toBe(undefined);
  });
});

describe('content check rule', () => {
  const FIXTURES = 'tests/fixtures/content';
  const add = (files: ContentFile[], path: string, text: string) => {
    const [collection] = path.split('/') as [ContentFile['collection']];
    const f = toContentFile(collection, `${FIXTURES}/${path}`, text);
    return [...files.filter((x) => x.path !== f.path), f];
  };
  const PERMISSIVE = `---\nname: Example Permissive License\nshortName: Example PL\ntier: permissive\nosiApproved: true\nsummary: A permissive license used by the tests.\nclauses:\n  commercialUse:\n    value: yes\n    source: example-license-text\n---\n\nText.\n`;
  const baseLicense = (obligations: string) =>
    readContentFiles(FIXTURES)
      .find((f) => f.id === 'example-license')!
      .yaml.replace(
        '  patentGrant:',
        `  derivativeObligations:\n    value: ${obligations}\n    source: example-license-text\n  patentGrant:`,
      );

  it('passes the fixtures, where the derivative keeps its base license', () => {
    expect(lineageProblems(validateFiles(readContentFiles(FIXTURES)).entries)).toEqual([]);
    expect(checkContent(FIXTURES).problems).toBe(0);
  });

  it('reports a derivative under a permissive license when the base passes its terms on, naming file, line and fix', () => {
    let files = readContentFiles(FIXTURES);
    files = add(files, 'licenses/example-permissive.mdx', PERMISSIVE);
    files = add(
      files,
      'licenses/example-license.mdx',
      `---\n${baseLicense('yes')}\n---\n\nText of the license entry.[^example-license-text]\n`,
    );
    const distill = files.find((f) => f.id === 'example-distill')!;
    files = add(
      files,
      'models/example-distill.mdx',
      `---\n${distill.yaml.replace('license: example-license', 'license: example-permissive')}\n---\n${distill.body}`,
    );
    const { entries, problems } = validateFiles(files);
    expect(problems).toEqual([]);
    const found = lineageProblems(entries).map(formatProblem);
    expect(found).toEqual([
      "tests/fixtures/content/models/example-distill.mdx:6 license: conflicts with its base model example-base (tests/fixtures/content/models/example-base.mdx): Example CL passes its terms on to derivatives, but Example PL is a permissive license. Fix this model's license, or the clauses of the base's license if they are wrong.",
    ]);
  });

  it('does not stop the build for a caution (obligations only under conditions)', () => {
    let files = readContentFiles(FIXTURES);
    files = add(files, 'licenses/example-permissive.mdx', PERMISSIVE);
    files = add(
      files,
      'licenses/example-license.mdx',
      `---\n${baseLicense('conditional')}\n---\n\nText.[^example-license-text]\n`,
    );
    const distill = files.find((f) => f.id === 'example-distill')!;
    files = add(
      files,
      'models/example-distill.mdx',
      `---\n${distill.yaml.replace('license: example-license', 'license: example-permissive')}\n---\n${distill.body}`,
    );
    expect(lineageProblems(validateFiles(files).entries)).toEqual([]);
  });
});

describe('a derivative against its base as a whole', () => {
  it('a lab relicensing its own model sets new terms: no conflict', () => {
    const findings = derivativeFindings(
      { name: 'Base', lab: 'lab-a', licenses: [RESEARCH] },
      { lab: 'lab-a', license: MIT },
    );
    expect(findings).toEqual([]);
    // The same pair from another lab conflicts.
    expect(
      derivativeFindings({ name: 'Base', lab: 'lab-a', licenses: [RESEARCH] }, { lab: 'lab-b', license: MIT }).map(
        (f) => f.severity,
      ),
    ).toContain('conflict');
  });

  it('a base released in sizes under several licenses is read under the most favourable', () => {
    const findings = derivativeFindings(
      { name: 'Base', lab: 'lab-a', licenses: [RESEARCH, APACHE] },
      { lab: 'lab-b', license: APACHE },
    );
    expect(findings).toEqual([]);
    expect(
      derivativeFindings({ name: 'Base', lab: 'lab-a', licenses: [] }, { lab: 'lab-b', license: APACHE })[0]!.severity,
    ).toBe('unchecked');
  });
});
