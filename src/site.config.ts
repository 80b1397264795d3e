/**
 * Site-wide settings, set once. The public address and the GitHub repository come from
 * `src/site/site-address.ts`: `SITE_URL`, `REPO_URL` and `REPO_BRANCH` in the environment, else
 * the `origin` remote when it is on GitHub. With no repository known, `repo` is undefined and
 * every link into it (edit, report, "Source on GitHub") is left out. An entry's frontmatter
 * `editUrl` overrides its computed edit link.
 */
import { originRemote, resolveSiteAddress } from './site/site-address.ts';

const address = resolveSiteAddress(process.env, originRemote());

export const SITE = {
  name: 'Open Weights Encyclopedia',
  shortName: 'OWE',
  description:
    'A cited reference on open-weights AI: the models, their licenses, the labs behind them and the events that shaped the field.',
  /** Public URL of the deployed site, without a trailing slash (canonical URLs, sitemap, feeds). */
  url: address.url,
  /** The GitHub repository readers send pull requests to; undefined when none is known. */
  repo: address.repo,
  /** The branch pull requests target. */
  branch: address.branch,
  /** Where `repo` came from: `REPO_URL`, `git remote origin` or `none`. */
  repoFrom: address.repoFrom,
  lang: 'en',
} as const;

/** The public URL of a site path, e.g. `/models/llama-2/`. */
export const absolute = (path: string): string => new URL(path, SITE.url).href;
