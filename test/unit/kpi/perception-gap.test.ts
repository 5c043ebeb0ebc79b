import { computePerceptionGap, KPI_CONFIG, type PerceptionGapResult } from '../../../lib/kpi';
import { baseInputs, type InputOverrides, NOW } from './fixtures';

function gapOf(overrides: InputOverrides = {}): PerceptionGapResult {
  return computePerceptionGap(baseInputs(overrides), KPI_CONFIG);
}

describe('perception gap', () => {
  it('should round to 2 decimals and say the business thinks it did better when the gap is positive', () => {
    const result = gapOf({
      support: {
        csatAndAssessmentPairs90d: 3,
        averageAssessmentMinusCsat90d: 2 / 3,
        averageAgentAssessment90d: 4.5,
        averageCsat90d: 3.8,
      },
    });
    expect(result).toEqual({
      value: 0.67,
      formulaVersion: 'perception-gap/v1',
      computedAt: NOW,
      explanation:
        'Agent assessment minus CSAT averages 0.67 over 3 tickets in 90 days. Positive means the business thinks it did better than the customer felt.',
      factors: [
        {
          name: 'csatAndAssessmentPairs90d',
          input: '3',
          contribution: 0,
          note: 'Tickets with both a CSAT score and an agent assessment in the last 90 days.',
        },
        {
          name: 'averageAgentAssessment90d',
          input: '4.5',
          contribution: 0,
          note: 'Average agent assessment (1–5) in the last 90 days.',
        },
        {
          name: 'averageCsat90d',
          input: '3.8',
          contribution: 0,
          note: 'Average customer CSAT (1–5) in the last 90 days.',
        },
      ],
      missing: [],
      confidence: 1,
    });
  });

  it('should round half away from zero and say the customer felt better served when the gap is negative', () => {
    const result = gapOf({
      support: { csatAndAssessmentPairs90d: 8, averageAssessmentMinusCsat90d: -1.125 },
    });
    expect(result.value).toBe(-1.13);
    expect(result.explanation).toBe(
      'Agent assessment minus CSAT averages -1.13 over 8 tickets in 90 days. Positive means the business thinks it did better than the customer felt; here the customer felt better served than the business thinks.',
    );
  });

  it('should be 0 and say both agree when there is no gap', () => {
    const result = gapOf({ support: { csatAndAssessmentPairs90d: 1, averageAssessmentMinusCsat90d: 0 } });
    expect(result.value).toBe(0);
    expect(result.explanation).toBe(
      'Agent assessment minus CSAT averages 0 over 1 ticket in 90 days. Positive means the business thinks it did better than the customer felt; here they agree.',
    );
  });

  it('should be null when no ticket has both a CSAT and an assessment', () => {
    const result = gapOf({ support: { csatCount90d: 2, averageCsat90d: 4 } });
    expect(result.value).toBeNull();
    expect(result.explanation).toBe(
      'No ticket of the last 90 days has both a CSAT score and an agent assessment.',
    );
    expect(result.confidence).toBe(1);
  });

  it('should be null with confidence 0 when support is unavailable', () => {
    expect(gapOf({ support: null })).toMatchObject({ value: null, missing: ['support'], confidence: 0 });
  });
});
