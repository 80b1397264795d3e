/**
 * The Model Openness Framework class of a MOT release, computed from its components and their
 * licenses the way MOT itself decides it: a component counts when the release lists it under a
 * license MOT treats as open (resolved from the component, else the release's license for that
 * content type, else its distribution license); Class III (Open Model) needs every required
 * class-3 component, Class II (Open Tooling) adds the class-2 ones, Class I (Open Science) the
 * class-1 ones; a research paper may stand in for the technical report.
 */
import type { MotComponent, MotModel, MotSnapshot } from './types.ts';

export type MofClass = 1 | 2 | 3;

export const MOF_CLASS_NAMES: Record<MofClass, string> = {
  3: 'Class III: Open Model',
  2: 'Class II: Open Tooling',
  1: 'Class I: Open Science',
};

const TECHNICAL_REPORT = 'Technical report';
const RESEARCH_PAPER = 'Research paper';

export interface MotComponentFinding {
  component: MotComponent;
  /** The license that applies, as MOT resolves it, or undefined when none is given. */
  license?: string;
  /** listed under an open license; listed under another license; listed with none; not listed. */
  status: 'open' | 'restricted' | 'unlicensed' | 'missing';
}

export interface MotAssessment {
  /** The highest class fully met, or null when not even Class III is. */
  class: MofClass | null;
  components: MotComponentFinding[];
}

export function assessMot(model: MotModel, snapshot: Pick<MotSnapshot, 'components' | 'openLicenses'>): MotAssessment {
  const open = new Set(snapshot.openLicenses);
  const listed = new Map(model.components.map((c) => [c.name, c]));
  const components = snapshot.components.map((component): MotComponentFinding => {
    const entry = listed.get(component.name);
    if (!entry) return { component, status: 'missing' };
    const license = entry.license ?? model.license[component.contentType] ?? model.license.distribution;
    if (!license || license === 'unlicensed') return { component, status: 'unlicensed' };
    return { component, license, status: open.has(license) ? 'open' : 'restricted' };
  });
  const ok = (name: string) => components.find((c) => c.component.name === name)?.status === 'open';
  const met = (cls: MofClass) =>
    components
      .filter((c) => c.component.required && c.component.class >= cls)
      .every((c) => {
        if (c.status === 'open') return true;
        // The framework lets a research paper stand in for the technical report.
        return c.component.name === TECHNICAL_REPORT && ok(RESEARCH_PAPER);
      });
  // Class I's own research-paper requirement is met by it alone; the report then is optional there too.
  const cls: MofClass | null = met(3) ? (met(2) ? (met(1) ? 1 : 2) : 3) : null;
  return { class: cls, components };
}
