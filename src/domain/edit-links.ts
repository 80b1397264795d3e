/** Links that let readers correct a page on GitHub. Pure: repository settings come in. */

export interface RepoConfig {
  repo: string;
  branch: string;
}

/**
 * A content file's path in the repository: from its `content/` folder on, whatever folder the
 * build read it from (`../tmp/x/content/models/a.mdx` → `content/models/a.mdx`).
 */
export function repoRelative(filePath: string): string {
  const normalized = filePath.split('\\').join('/');
  const i = normalized.lastIndexOf('content/');
  return i >= 0 ? normalized.slice(i) : normalized.replace(/^\.\//, '');
}

/** The GitHub editor for a content file, e.g. `content/models/llama-2.mdx`; a frontmatter override wins, `false` hides it. */
export function editUrl(cfg: RepoConfig, filePath: string | undefined, override?: string | false): string | undefined {
  if (override === false) return undefined;
  if (override) return override;
  if (!filePath) return undefined;
  return `${cfg.repo}/edit/${cfg.branch}/${repoRelative(filePath)}`;
}

/** The "Report an error" issue form (.github/ISSUE_TEMPLATE/report-error.yml), prefilled with the page's title and URL. */
export function reportUrl(cfg: RepoConfig, title: string, pageUrl: string): string {
  const params = new URLSearchParams({ template: 'report-error.yml', title: `Error on "${title}"`, page: pageUrl });
  return `${cfg.repo}/issues/new?${params.toString()}`;
}
