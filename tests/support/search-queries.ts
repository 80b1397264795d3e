/**
 * What readers type, and the page that must come first. Read by the ranking test
 * (tests/browser/search-ranking.test.ts) and by the search measurement (src/cli/search-measure.ts).
 * Every query comes from the real content: an entry's name, one of its aliases, an
 * abbreviation, a figure, or a phrase from a body. `first` is the path of the expected first
 * result, or a pattern when several pages are equally right (the Llama licenses all carry the
 * 700 million user clause).
 */
export interface SearchCase {
  query: string;
  first: string | RegExp;
  /** What kind of match it tests. */
  kind: 'name' | 'alias' | 'abbreviation' | 'figure' | 'phrase';
}

export const SEARCH_CASES: SearchCase[] = [
  // Names
  { query: 'Mixtral', first: /^\/models\/mixtral-8x(7|22)b\/$/, kind: 'name' },
  { query: 'Llama 2', first: '/models/llama-2/', kind: 'name' },
  { query: 'Llama 3.1', first: '/models/llama-3-1/', kind: 'name' },
  { query: 'DeepSeek-V3', first: '/models/deepseek-v3/', kind: 'name' },
  { query: 'Apache License 2.0', first: '/licenses/apache-2-0/', kind: 'name' },
  { query: 'Meta', first: '/labs/meta/', kind: 'name' },
  { query: 'mixture of experts', first: '/glossary/mixture-of-experts/', kind: 'name' },
  { query: 'staged release', first: '/glossary/staged-release/', kind: 'name' },
  { query: 'Qwen2.5-Coder', first: '/models/qwen2-5-coder-32b/', kind: 'name' },
  { query: 'Kimi K2', first: '/models/kimi-k2/', kind: 'name' },
  // The glossary's OpenRAIL term names the family with this alias, and the license uses it as its short name.
  { query: 'OpenRAIL-M', first: /^\/(licenses\/openrail-m|glossary\/openrail)\/$/, kind: 'name' },
  { query: 'safetensors', first: '/glossary/safetensors/', kind: 'name' },
  { query: 'AI Act', first: '/glossary/eu-ai-act/', kind: 'alias' },
  // Aliases and other names
  { query: 'open-weight', first: '/glossary/open-weights/', kind: 'alias' },
  { query: 'DeepSeek R1', first: '/models/deepseek-r1/', kind: 'alias' },
  { query: 'R1', first: '/models/deepseek-r1/', kind: 'alias' },
  { query: 'Allen Institute for AI', first: '/labs/ai2/', kind: 'alias' },
  { query: 'Google DeepMind', first: '/labs/google/', kind: 'alias' },
  { query: 'Stanford CRFM', first: '/labs/stanford-crfm/', kind: 'alias' },
  { query: 'quantised', first: '/glossary/quantization/', kind: 'alias' },
  { query: 'Llama 2 CL', first: '/licenses/llama-2-community/', kind: 'alias' },
  { query: 'Apache-2.0', first: '/licenses/apache-2-0/', kind: 'alias' },
  // Abbreviations
  { query: 'MoE', first: '/glossary/mixture-of-experts/', kind: 'abbreviation' },
  { query: 'GQA', first: '/glossary/grouped-query-attention/', kind: 'abbreviation' },
  { query: 'RLHF', first: '/glossary/rlhf/', kind: 'abbreviation' },
  { query: 'OSAID', first: '/glossary/osaid/', kind: 'abbreviation' },
  { query: 'MAU cap', first: '/glossary/mau-threshold/', kind: 'abbreviation' },
  // Figures
  // The Llama community licenses and the Databricks Open Model License share the 700 million user threshold.
  {
    query: '700 million',
    first: /^\/licenses\/(llama-[\w-]*community|databricks-open-model-license)\/$/,
    kind: 'figure',
  },
  // A figure a release event retells finds the model or that event first.
  {
    query: '46.7 billion',
    first: /^\/(models\/mixtral-8x7b|events\/2023-12-11-mixtral-8x7b-release)\/$/,
    kind: 'figure',
  },
  { query: '288 billion', first: '/models/llama-4-behemoth/', kind: 'figure' },
  {
    query: '119 billion',
    first: /^\/(models\/mistral-small-4|events\/2026-03-16-mistral-small-4-release)\/$/,
    kind: 'figure',
  },
  // Phrases from bodies
  { query: 'Superintelligence Labs', first: /^\/(labs\/meta|models\/muse-spark)\/$/, kind: 'phrase' },
  { query: 'single-sentence statement', first: '/events/2023-05-cais-statement/', kind: 'phrase' },
  { query: 'Mesh Transformer JAX', first: '/models/gpt-j-6b/', kind: 'phrase' },
  { query: 'January 2004', first: '/licenses/apache-2-0/', kind: 'phrase' },
  { query: 'proofs of concept', first: '/licenses/mistral-research/', kind: 'phrase' },
  { query: '2.664 million', first: '/models/deepseek-v3/', kind: 'phrase' },
  { query: 'shawwn/llama-dl', first: '/events/2023-llama-weights-leak/', kind: 'phrase' },
  { query: 'Bletchley Declaration', first: '/events/2023-11-01-bletchley-declaration/', kind: 'name' },
];
