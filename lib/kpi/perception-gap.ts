import type { KpiConfig } from './config';
import type { KpiInputs } from './inputs';
import { roundTo } from './numbers';
import { type KpiResult, resultBase } from './result';
import { countOf } from './text';

export type PerceptionGapResult = KpiResult<number | null>;

/** Agent assessment minus customer CSAT over the last 90 days' pairs, −4 to 4, 2 decimals. */
export function computePerceptionGap(inputs: KpiInputs, config: KpiConfig): PerceptionGapResult {
  const { support } = inputs;
  const base = resultBase('perceptionGap', inputs, config, ['support']);
  if (support === null) {
    return { ...base, value: null, explanation: 'Unknown: support was unavailable.', factors: [] };
  }
  const pairs = support.csatAndAssessmentPairs90d;
  const gap = support.averageAssessmentMinusCsat90d;
  const pairsFactor = {
    name: 'csatAndAssessmentPairs90d',
    input: String(pairs),
    contribution: 0,
    note: 'Tickets with both a CSAT score and an agent assessment in the last 90 days.',
  };
  if (pairs === 0 || gap === null) {
    return {
      ...base,
      value: null,
      explanation: 'No ticket of the last 90 days has both a CSAT score and an agent assessment.',
      factors: [pairsFactor],
    };
  }
  const value = roundTo(gap, 2);
  return {
    ...base,
    value,
    explanation:
      `Agent assessment minus CSAT averages ${value} over ${countOf(pairs, 'ticket')} in 90 days. ` +
      `Positive means the business thinks it did better than the customer felt${reading(value)}.`,
    factors: [
      pairsFactor,
      {
        name: 'averageAgentAssessment90d',
        input: support.averageAgentAssessment90d === null ? null : String(support.averageAgentAssessment90d),
        contribution: 0,
        note: 'Average agent assessment (1–5) in the last 90 days.',
      },
      {
        name: 'averageCsat90d',
        input: support.averageCsat90d === null ? null : String(support.averageCsat90d),
        contribution: 0,
        note: 'Average customer CSAT (1–5) in the last 90 days.',
      },
    ],
  };
}

function reading(gap: number): string {
  if (gap > 0) return '';
  return gap < 0 ? '; here the customer felt better served than the business thinks' : '; here they agree';
}
