/**
 * The GitHub configuration keeps its security promises: pull requests are checked on
 * `pull_request` (never `pull_request_target`) with a read-only token and no secrets; every
 * action is pinned to a full commit SHA with its version named; Pages deploys with the whole
 * history; CODEOWNERS covers everything outside content/; the issue forms agree with the schemas.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { GLOSSARY_CATEGORIES } from '../../src/schemas/glossary.ts';

const workflows = readdirSync('.github/workflows').filter((f) => f.endsWith('.yml'));
const text = (f: string) => readFileSync(`.github/workflows/${f}`, 'utf8');
const yaml = (f: string) =>
  parse(text(f)) as {
    on: Record<string, unknown>;
    permissions: Record<string, string>;
    jobs: Record<
      string,
      { permissions?: Record<string, string>; steps: { uses?: string; with?: Record<string, unknown>; run?: string }[] }
    >;
  };

describe('workflows', () => {
  it('ci.yml and deploy.yml exist', () => {
    expect(workflows).toEqual(expect.arrayContaining(['ci.yml', 'deploy.yml']));
  });

  it('pull requests run on pull_request, never pull_request_target', () => {
    expect(Object.keys(yaml('ci.yml').on)).toContain('pull_request');
    for (const f of workflows) {
      expect(Object.keys(yaml(f).on), f).not.toContain('pull_request_target');
      expect(Object.keys(yaml(f).on), f).not.toContain('workflow_run');
    }
  });

  it('the token is read-only by default, and no workflow uses secrets', () => {
    for (const f of workflows) {
      expect(yaml(f).permissions, f).toEqual({ contents: 'read' });
      expect(text(f), f).not.toMatch(/\$\{\{[^}]*secrets\./);
    }
    // Only the deploy job may write, and only to Pages.
    const ci = yaml('ci.yml');
    for (const job of Object.values(ci.jobs)) expect(job.permissions).toBeUndefined();
    expect(yaml('deploy.yml').jobs.deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });

  it('every action is pinned to a full commit SHA, with its version in a comment', () => {
    for (const f of workflows) {
      for (const line of text(f)
        .split('\n')
        .filter((l) => /^\s*(-\s*)?uses:/.test(l))) {
        expect(line, f).toMatch(/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+(\.\d+){0,2}$/);
      }
    }
  });

  it('CI validates, builds and runs every test project; checkouts do not keep credentials', () => {
    const steps = yaml('ci.yml').jobs.check!.steps;
    const runs = steps.map((s) => s.run ?? '').join('\n');
    for (const cmd of [
      'npm ci',
      'npm run validate',
      'npm run test:unit',
      'npm run build',
      '--project site',
      '--project browser',
    ])
      expect(runs).toContain(cmd);
    for (const f of workflows) {
      for (const job of Object.values(yaml(f).jobs)) {
        for (const s of job.steps.filter((s) => s.uses?.startsWith('actions/checkout@')))
          expect(s.with?.['persist-credentials'], f).toBe(false);
      }
    }
  });

  it('pull requests get annotations on the line and a job summary of problems and changed pages', () => {
    const steps = yaml('ci.yml').jobs.check!.steps;
    const validate = steps.find((s) => s.run?.includes('npm run validate'));
    expect(validate?.run).toContain('--format github');
    const summary = steps.find((s) => s.run?.includes('npm run pr-summary')) as
      { if?: string; env?: Record<string, string> } | undefined;
    expect(summary?.if).toContain('always()');
    expect(summary?.env?.BASE_SHA).toContain('github.event.pull_request.base.sha');
    const checkout = steps.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['fetch-depth'], 'CI keeps the whole history').toBe(0);
    // .ci/run deepens a shallow clone before testing.
    expect(readFileSync('.ci/run', 'utf8')).toMatch(/is-shallow-repository[\s\S]*git fetch --unshallow/);
  });

  it('Pages deploys with the full git history (last-modified dates)', () => {
    const checkout = yaml('deploy.yml').jobs.build!.steps.find((s) => s.uses?.startsWith('actions/checkout@'));
    expect(checkout?.with?.['fetch-depth']).toBe(0);
    expect(text('deploy.yml')).toMatch(/actions\/upload-pages-artifact@[0-9a-f]{40}/);
    expect(text('deploy.yml')).toMatch(/actions\/deploy-pages@[0-9a-f]{40}/);
  });
});

describe('repository files', () => {
  it('CODEOWNERS gives everything a maintainer owner, content/ its editors', () => {
    const rules = readFileSync('.github/CODEOWNERS', 'utf8')
      .split('\n')
      .filter((l) => l.trim() && !l.startsWith('#'))
      .map((l) => l.trim().split(/\s+/));
    expect(rules[0]).toEqual(['*', '@open-weights-encyclopedia/maintainers']);
    expect(rules.find((r) => r[0] === '/content/')).toContain('@open-weights-encyclopedia/editors');
    // Later rules win: nothing after /content/ may hand code to editors alone.
    for (const r of rules.filter((r) => r[0] !== '/content/'))
      expect(r).toContain('@open-weights-encyclopedia/maintainers');
    expect(rules.find((r) => r[0] === '/.github/')).toBeDefined();
  });

  it('the issue forms exist and the term form offers exactly the glossary categories', () => {
    const forms = readdirSync('.github/ISSUE_TEMPLATE');
    expect(forms).toEqual(
      expect.arrayContaining(['suggest-model.yml', 'report-error.yml', 'propose-term.yml', 'config.yml']),
    );
    const term = parse(readFileSync('.github/ISSUE_TEMPLATE/propose-term.yml', 'utf8')) as {
      body: { id?: string; attributes: { options?: string[] } }[];
    };
    expect(term.body.find((b) => b.id === 'category')?.attributes.options).toEqual([...GLOSSARY_CATEGORIES]);
    for (const f of forms.filter((f) => f !== 'config.yml')) {
      const form = parse(readFileSync(`.github/ISSUE_TEMPLATE/${f}`, 'utf8')) as {
        name: string;
        body: { id?: string; validations?: { required?: boolean } }[];
      };
      expect(form.name, f).toBeTruthy();
      expect(form.body.find((b) => b.id === 'sources')?.validations?.required, `${f} asks for a source`).toBe(true);
    }
  });

  it('dependabot updates npm packages and the pinned actions', () => {
    const config = parse(readFileSync('.github/dependabot.yml', 'utf8')) as {
      updates: { 'package-ecosystem': string }[];
    };
    expect(config.updates.map((u) => u['package-ecosystem']).sort()).toEqual(['github-actions', 'npm']);
  });

  it('there is a pull request template with the citation checklist', () => {
    expect(readFileSync('.github/pull_request_template.md', 'utf8')).toContain('[^source-id]');
  });
});
