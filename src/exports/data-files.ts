/** The list of data files /data/ offers, shared by the page and the machine-readable manifest. */
import { COLLECTIONS, type CollectionName } from '../schemas/shared.ts';

export interface DataFile {
  /** What the file holds. */
  name: string;
  collection?: CollectionName;
  json: string;
  csv: string;
  schema?: string;
  inputSchema?: string;
}

export const DATA_FILES: DataFile[] = [
  ...COLLECTIONS.map((c) => ({
    name: c,
    collection: c,
    json: `/data/${c}.json`,
    csv: `/data/${c}.csv`,
    schema: `/data/schema/${c}.json`,
    inputSchema: `/data/schema/${c}.input.json`,
  })),
  { name: 'model verdicts (derived)', json: '/data/model-verdicts.json', csv: '/data/model-verdicts.csv' },
  { name: 'assessments: our record, OSAI and MOT', json: '/data/assessments.json', csv: '/data/assessments.csv' },
];
