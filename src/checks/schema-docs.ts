/**
 * The documentation of every collection's fields, generated from the schemas themselves.
 *
 * One source of truth: each field is explained once, by the JSDoc comment above it in
 * `src/schemas/*.ts` (where editors show it on hover). This module reads those comments with
 * the TypeScript compiler: it asks the type checker for the properties of each collection's
 * output type (`z.output` of the schema), and the checker follows the comments through spreads
 * (`...commonFields`), factored sub-schemas (a license `clause`, a model's openness
 * `component`) and zod's inferred types back to the line that declared each field. The
 * structure (type, required, allowed values) comes from the zod schema at run time
 * (`schema-fields.ts`). Nothing is listed by hand, so the /contribute/ page and
 * `npm run new` can never drift from the schemas. (Moving the words into `.describe()`
 * would have meant either losing editor hovers or writing each explanation twice.)
 *
 * Used at build time by /contribute/ and by `npm run new`; the compiler costs about a second.
 */
import { resolve } from 'node:path';
import ts from 'typescript';
import { COLLECTIONS, type CollectionName } from '../schemas/index.ts';
import { collectionFields, type FieldInfo } from './schema-fields.ts';

export interface DocumentedField extends FieldInfo {
  /** The JSDoc of the field, as plain text ('' when the schema has none). */
  doc: string;
  children?: DocumentedField[];
}

export interface CollectionDoc {
  collection: CollectionName;
  /** The comment at the top of the collection's schema file: what it holds and who reads it. */
  description: string;
  /** The schema file, relative to the repository root, e.g. `src/schemas/model.ts`. */
  schemaFile: string;
  fields: DocumentedField[];
}

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ESNext,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowImportingTsExtensions: true,
  noEmit: true,
  strict: true,
  skipLibCheck: true,
  types: [],
};

/** The text of the first `/** ... *\/` comment of a file. */
function headerComment(source: ts.SourceFile): string {
  const text = source.getFullText();
  const range = ts.getLeadingCommentRanges(text, 0)?.find((r) => text.startsWith('/**', r.pos));
  if (!range) return '';
  return text
    .slice(range.pos + 3, range.end - 2)
    .split('\n')
    .map((l) => l.replace(/^\s*\* ?/, '').trim())
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first identifier in `node` that names a declaration in another file (the schema factory). */
function importedDeclarationFile(
  checker: ts.TypeChecker,
  node: ts.Node,
  here: ts.SourceFile,
): ts.SourceFile | undefined {
  let found: ts.SourceFile | undefined;
  const visit = (n: ts.Node) => {
    if (found) return;
    if (ts.isIdentifier(n)) {
      let symbol = checker.getSymbolAtLocation(n);
      if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
      const file = symbol?.declarations?.[0]?.getSourceFile();
      if (file && file !== here && !file.isDeclarationFile) found = file;
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return found;
}

function docOf(checker: ts.TypeChecker, symbol: ts.Symbol): string {
  return ts.displayPartsToString(symbol.getDocumentationComment(checker)).replace(/\s+/g, ' ').trim();
}

/** Attaches the JSDoc of each property of `type` to the runtime field of the same name, recursively. */
function attachDocs(checker: ts.TypeChecker, type: ts.Type, fields: readonly FieldInfo[]): DocumentedField[] {
  return fields.map((field) => {
    const symbol = checker.getPropertyOfType(type, field.name);
    const doc = symbol ? docOf(checker, symbol) : '';
    const out: DocumentedField = { ...field, doc, children: undefined };
    if (field.children && symbol) {
      let inner = checker.getNonNullableType(checker.getTypeOfSymbol(symbol));
      if (checker.isArrayType(inner)) inner = checker.getTypeArguments(inner as ts.TypeReference)[0] ?? inner;
      out.children = attachDocs(checker, inner, field.children);
    } else if (field.children) {
      out.children = field.children.map((c) => ({ ...c, doc: '', children: undefined }));
    }
    if (!out.children) delete out.children;
    return out;
  });
}

const cache = new Map<string, Map<CollectionName, CollectionDoc>>();

/**
 * Every collection's documentation. `root` is the repository root (the working directory of
 * `astro build`, `npm run new` and the tests).
 */
export function schemaDocs(root: string = process.cwd()): Map<CollectionName, CollectionDoc> {
  const hit = cache.get(resolve(root));
  if (hit) return hit;
  const indexFile = resolve(root, 'src/schemas/index.ts');
  const program = ts.createProgram([indexFile], OPTIONS);
  const checker = program.getTypeChecker();
  const index = program.getSourceFile(indexFile);
  if (!index) throw new Error(`schema-docs: cannot read ${indexFile}`);

  // COLLECTION_SPECS = { models: { dir, ext, schema: modelSchema }, ... }: the registry every other part reads.
  let specs: ts.ObjectLiteralExpression | undefined;
  index.forEachChild(function find(n) {
    if (
      ts.isVariableDeclaration(n) &&
      n.name.getText(index) === 'COLLECTION_SPECS' &&
      n.initializer &&
      ts.isObjectLiteralExpression(n.initializer)
    )
      specs = n.initializer;
    else n.forEachChild(find);
  });
  if (!specs) throw new Error('schema-docs: COLLECTION_SPECS not found in src/schemas/index.ts');

  const docs = new Map<CollectionName, CollectionDoc>();
  for (const prop of specs.properties) {
    if (!ts.isPropertyAssignment(prop) || !ts.isObjectLiteralExpression(prop.initializer)) continue;
    const collection = prop.name.getText(index) as CollectionName;
    if (!COLLECTIONS.includes(collection)) continue;
    const schemaProp = prop.initializer.properties.find(
      (p): p is ts.PropertyAssignment => ts.isPropertyAssignment(p) && p.name.getText(index) === 'schema',
    );
    if (!schemaProp) throw new Error(`schema-docs: COLLECTION_SPECS.${collection} has no schema`);
    const factory = checker.getTypeAtLocation(schemaProp.initializer);
    const schemaType = factory.getCallSignatures()[0]?.getReturnType();
    // zod's output type: the inferred object whose properties keep their declarations' JSDoc.
    const outputSymbol = schemaType && checker.getPropertyOfType(schemaType, '_output');
    const output = outputSymbol && checker.getTypeOfSymbol(outputSymbol);
    if (!output) throw new Error(`schema-docs: cannot read the output type of ${collection}`);
    const file = importedDeclarationFile(checker, schemaProp.initializer, index);
    docs.set(collection, {
      collection,
      description: file ? headerComment(file) : '',
      schemaFile: file ? file.fileName.slice(resolve(root).length + 1) : 'src/schemas/index.ts',
      fields: attachDocs(checker, output, collectionFields(collection)),
    });
  }
  cache.set(resolve(root), docs);
  return docs;
}

/** Fields (at any depth) that have no JSDoc: the schemas promise one on every field. */
export function undocumentedFields(docs = schemaDocs()): string[] {
  const missing: string[] = [];
  const walk = (c: CollectionName, fields: readonly DocumentedField[]) => {
    for (const f of fields) {
      if (!f.doc) missing.push(`${c}.${f.path}`);
      walk(c, f.children ?? []);
    }
  };
  for (const [c, d] of docs) walk(c, d.fields);
  return missing;
}
