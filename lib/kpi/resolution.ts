import type { KpiConfig } from './config';
import type { KpiInputs } from './inputs';
import { type KpiFactor, type KpiResult, resultBase } from './result';
import { countOf } from './text';

export interface Resolution {
  /** Median hours from opening to resolution of the tickets opened and resolved in the last 90 days. */
  medianResolutionHours: number | null;
  /** Share (0–1) of those resolved tickets never reopened, transferred or handed off. */
  firstContactResolutionRate: number | null;
}

export type ResolutionResult = KpiResult<Resolution>;

/** Time to resolution and first-contact resolution, passed through from support's 90-day summary. */
export function computeResolution(inputs: KpiInputs, config: KpiConfig): ResolutionResult {
  const { support } = inputs;
  const base = resultBase('resolution', inputs, config, ['support']);
  const none: Resolution = { medianResolutionHours: null, firstContactResolutionRate: null };
  if (support === null) {
    return { ...base, value: none, explanation: 'Unknown: support was unavailable.', factors: [] };
  }
  if (support.resolvedCount90d === 0) {
    return {
      ...base,
      value: none,
      explanation: 'No ticket opened in the last 90 days has been resolved yet.',
      factors: [resolvedFactor(0)],
    };
  }
  const value: Resolution = {
    medianResolutionHours: support.medianResolutionHours90d,
    firstContactResolutionRate: support.firstContactResolutionRate90d,
  };
  return {
    ...base,
    value,
    explanation:
      `Of the ${countOf(support.resolvedCount90d, 'ticket')} opened and resolved in the last 90 days, the median took ` +
      `${value.medianResolutionHours ?? 'an unknown number of'} hours and ` +
      `${support.firstContactResolutionCount90d} (rate ${value.firstContactResolutionRate ?? 'unknown'}) ` +
      `${support.firstContactResolutionCount90d === 1 ? 'was' : 'were'} ` +
      'resolved at the first contact.',
    factors: [
      resolvedFactor(support.resolvedCount90d),
      {
        name: 'medianResolutionHours90d',
        input: value.medianResolutionHours === null ? null : String(value.medianResolutionHours),
        contribution: 0,
        note: 'Median hours from opening to resolution.',
      },
      {
        name: 'firstContactResolutionCount90d',
        input: String(support.firstContactResolutionCount90d),
        contribution: 0,
        note: 'Resolved tickets never reopened, transferred or handed off.',
      },
    ],
  };
}

function resolvedFactor(count: number): KpiFactor {
  return {
    name: 'resolvedCount90d',
    input: String(count),
    contribution: 0,
    note: 'Tickets opened in the last 90 days that are now resolved or closed.',
  };
}
