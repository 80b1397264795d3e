/**
 * `npm run new -- <collection> <id>`: writes a new entry that already validates, every field
 * explained by the schema's own documentation. Refuses an unknown collection, an id that is
 * not lower-case-with-hyphens, and an id that exists.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTION_SPECS, COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { contentDir } from '../checks/content-files.ts';
import { schemaDocs } from '../checks/schema-docs.ts';
import { checkNewEntry, collectionNamed, scaffoldEntry, ScaffoldError } from '../checks/scaffold.ts';
import { href } from '../domain/urls.ts';

/** Ids of a collection's folder (any extension, drafts starting with _ included so none is overwritten). */
function idsIn(dir: string, collection: CollectionName): string[] {
  try {
    return readdirSync(join(dir, COLLECTION_SPECS[collection].dir))
      .filter((n) => !n.startsWith('.'))
      .map((n) => n.replace(/\.[^.]+$/, '').replace(/^_/, ''))
      .sort();
  } catch {
    return [];
  }
}

const [collectionArg = '', id = '', ...rest] = process.argv.slice(2);
try {
  if (!collectionArg || rest.length > 0)
    throw new ScaffoldError(`usage: npm run new -- <collection> <id>   (collections: ${COLLECTIONS.join(', ')})`);
  const dir = contentDir();
  const target = collectionNamed(collectionArg);
  const collection = checkNewEntry(collectionArg, id, new Set(target ? idsIn(dir, target) : []));
  const ids = Object.fromEntries(
    COLLECTIONS.map((c) => [
      c,
      idsIn(dir, c).filter((i) => existsSync(join(dir, COLLECTION_SPECS[c].dir, `${i}.${COLLECTION_SPECS[c].ext}`))),
    ]),
  );
  const doc = schemaDocs().get(collection)!;
  const today = new Date().toISOString().slice(0, 10);
  const { file, text } = scaffoldEntry(doc, id, { ids, today });
  const folder = join(dir, COLLECTION_SPECS[collection].dir);
  mkdirSync(folder, { recursive: true });
  const path = join(folder, file);
  writeFileSync(path, text, { flag: 'wx' });
  const shown = relative(process.cwd(), path);
  console.log(`created ${shown}
next:
  1. open it and replace every value marked TODO (and the body text);
     remove the "# " before any optional field you can source
  2. npm run validate      (lists every problem, and every TODO left)
  3. npm run dev           (see the page at http://localhost:4321${href(collection, id)})`);
} catch (error) {
  if (!(error instanceof ScaffoldError) && (error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  console.error(`npm run new: ${(error as Error).message}`);
  process.exit(1);
}
