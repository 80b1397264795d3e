/**
 * The components handed to MDX content (`<Content components={MDX_COMPONENT_MAP} />` in every
 * entry route). The names, props and checks are declared in src/domain/mdx-components.ts: the
 * guard lets nothing else through, and this map must hold exactly those names.
 */
import type { ComponentName } from '../../domain/mdx-components.ts';
import Fact from './Fact.astro';
import LicenseClauses from './LicenseClauses.astro';
import ModelsTable from './ModelsTable.astro';
import SideBySide from './SideBySide.astro';
import TimelineExcerpt from './TimelineExcerpt.astro';
import Chart from './Chart.astro';

export const MDX_COMPONENT_MAP = {
  Fact,
  LicenseClauses,
  ModelsTable,
  SideBySide,
  TimelineExcerpt,
  Chart,
} satisfies Record<ComponentName, unknown>;
