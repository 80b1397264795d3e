/** html-validate passes on every built page. */
import { describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { distPages } from '../support/dist.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <br> and minified markup; style rules are not correctness.
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    'attribute-boolean-style': 'off',
    // Astro's scoped data-astro-cid-* attributes and minified inline SVG.
    'attribute-misuse': 'off',
    // HTML allows ids that start with a digit; event anchors are their dated ids (#2023-07-18-llama-2-release).
    'valid-id': ['error', { relaxed: true }],
    // Event headlines run to 90 characters (the schema's limit); the site name is dropped from long titles.
    'long-title': ['error', { maxlength: 90 }],
  },
});

describe('HTML validity', () => {
  it('every page passes html-validate', async () => {
    const problems: string[] = [];
    for (const p of distPages()) {
      const report = await validator.validateString(p.html, p.file);
      for (const r of report.results)
        for (const m of r.messages) problems.push(`${p.url}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems.slice(0, 50)).toEqual([]);
    // About 700 pages, on a shared 2-core machine beside the other site tests.
  }, 600_000);
});
