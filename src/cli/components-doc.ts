/**
 * Rewrites the list of content components in CONTRIBUTING.md from their prop schemas
 * (src/domain/mdx-components.ts). `--check` exits 1 when the file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { withComponentDocs } from '../domain/mdx-components.ts';

const file = 'CONTRIBUTING.md';
const text = readFileSync(file, 'utf8');
const next = withComponentDocs(text);
if (process.argv.includes('--check')) {
  if (next !== text) {
    console.error(`${file}: the component list is out of date: run npm run docs:components`);
    process.exit(1);
  }
} else if (next !== text) {
  writeFileSync(file, next);
  console.log(`${file}: component list rewritten`);
} else console.log(`${file}: component list up to date`);
