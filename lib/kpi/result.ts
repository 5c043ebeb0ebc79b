import { type ConfidenceWeights, DEPARTMENT_NAMES, type Department, type KpiConfig } from './config';
import type { KpiInputs } from './inputs';
import { roundTo } from './numbers';
import { capitalize, joinWords } from './text';
import { FORMULA_VERSIONS } from './versions';

/** One input that shaped a KPI value. */
export interface KpiFactor {
  name: string;
  /** The observed input value as text (an ISO date, a count…); null when there was none. */
  input: string | null;
  /** What it added to the value; 0 when it only decided a rule. */
  contribution: number;
  /** One human sentence. */
  note: string;
}

/** A KPI value with everything needed to trust it, or not. */
export interface KpiResult<T> {
  value: T;
  /** `<kpi>/v<n>`; bumped whenever the formula or one of its constants changes. */
  formulaVersion: string;
  /** The `now` the value was computed for. */
  computedAt: Date;
  /** One or two sentences a support agent can read. */
  explanation: string;
  factors: KpiFactor[];
  /** Departments that were unavailable ('marketing', 'sales', 'support'). */
  missing: Department[];
  /** 0–1: 1 when nothing was missing, lowered by the weight of what was missing. */
  confidence: number;
}

const DEPARTMENTS = Object.keys(DEPARTMENT_NAMES) as readonly Department[];

/** The unavailable departments among those a KPI reads, in a fixed order. */
function missingDepartments(inputs: KpiInputs, reads: readonly Department[]): Department[] {
  return DEPARTMENTS.filter((department) => reads.includes(department) && inputs[department] === null);
}

function confidenceFor(missing: readonly Department[], weights: ConfidenceWeights): number {
  const lost = missing.reduce((sum, department) => sum + (weights[department] ?? 0), 0);
  return roundTo(Math.max(0, 1 - lost), 2);
}

/**
 * A sentence, with a leading space, naming the unavailable departments and what that means
 * (`consequence` starts with its connector: "so …", "but …"); '' when none was unavailable.
 */
export function missingSentence(missing: readonly Department[], consequence: string): string {
  if (missing.length === 0) return '';
  const verb = missing.length === 1 ? 'was' : 'were';
  return ` ${capitalize(joinWords(missing))} ${verb} unavailable, ${consequence}.`;
}

/**
 * The parts of a KPI result fixed by which KPI it is and which departments it reads: its formula version,
 * `computedAt`, the unavailable departments among `reads` and the confidence they leave.
 */
export function resultBase(
  kpi: keyof typeof FORMULA_VERSIONS & keyof KpiConfig['confidenceWeights'],
  inputs: KpiInputs,
  config: KpiConfig,
  reads: readonly Department[],
) {
  const missing = missingDepartments(inputs, reads);
  return {
    formulaVersion: FORMULA_VERSIONS[kpi],
    computedAt: new Date(inputs.now.getTime()),
    missing,
    confidence: confidenceFor(missing, config.confidenceWeights[kpi]),
  };
}
