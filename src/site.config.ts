/**
 * Site-wide settings, set once. The edit and issue links of every page derive from `repo`;
 * an entry's frontmatter `editUrl` overrides the computed link.
 */
export const SITE = {
  name: 'Open Weights Encyclopedia',
  shortName: 'OWE',
  description:
    'A cited reference on open-weights AI: the models, their licenses, the labs behind them and the events that shaped the field.',
  /** Public URL of the deployed site (canonical URLs, sitemap, feeds). */
  url: 'https://open-weights-encyclopedia.github.io',
  /** The GitHub repository readers send pull requests to. */
  repo: 'https://github.com/open-weights-encyclopedia/open-weights-encyclopedia',
  /** The branch pull requests target. */
  branch: 'main',
  lang: 'en',
} as const;

/** The public URL of a site path, e.g. `/models/llama-2/`. */
export const absolute = (path: string): string => new URL(path, SITE.url).href;
