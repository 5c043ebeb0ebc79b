import { computeResolution, KPI_CONFIG } from '../../../lib/kpi';
import { baseInputs, NOW } from './fixtures';

describe('time to resolution and first-contact resolution', () => {
  it('should pass both figures through from support when tickets were resolved', () => {
    const result = computeResolution(
      baseInputs({
        support: {
          resolvedCount90d: 4,
          medianResolutionHours90d: 5.5,
          firstContactResolutionCount90d: 3,
          firstContactResolutionRate90d: 0.75,
        },
      }),
      KPI_CONFIG,
    );
    expect(result).toEqual({
      value: { medianResolutionHours: 5.5, firstContactResolutionRate: 0.75 },
      formulaVersion: 'resolution/v1',
      computedAt: NOW,
      explanation:
        'Of the 4 tickets opened and resolved in the last 90 days, the median took 5.5 hours and 3 (rate 0.75) were resolved at the first contact.',
      factors: [
        {
          name: 'resolvedCount90d',
          input: '4',
          contribution: 0,
          note: 'Tickets opened in the last 90 days that are now resolved or closed.',
        },
        {
          name: 'medianResolutionHours90d',
          input: '5.5',
          contribution: 0,
          note: 'Median hours from opening to resolution.',
        },
        {
          name: 'firstContactResolutionCount90d',
          input: '3',
          contribution: 0,
          note: 'Resolved tickets never reopened, transferred or handed off.',
        },
      ],
      missing: [],
      confidence: 1,
    });
  });

  it('should be null for both when no ticket was resolved', () => {
    const result = computeResolution(baseInputs({ support: { contactCount90d: 2 } }), KPI_CONFIG);
    expect(result.value).toEqual({ medianResolutionHours: null, firstContactResolutionRate: null });
    expect(result.explanation).toBe('No ticket opened in the last 90 days has been resolved yet.');
    expect(result.confidence).toBe(1);
  });

  it('should ignore stray figures when the resolved count is 0', () => {
    const result = computeResolution(
      baseInputs({ support: { medianResolutionHours90d: 3, firstContactResolutionRate90d: 1 } }),
      KPI_CONFIG,
    );
    expect(result.value).toEqual({ medianResolutionHours: null, firstContactResolutionRate: null });
  });

  it('should be null for both with confidence 0 when support is unavailable', () => {
    const result = computeResolution(baseInputs({ support: null }), KPI_CONFIG);
    expect(result).toMatchObject({
      value: { medianResolutionHours: null, firstContactResolutionRate: null },
      explanation: 'Unknown: support was unavailable.',
      missing: ['support'],
      confidence: 0,
    });
  });

  it('should keep full confidence when marketing and sales are unavailable', () => {
    const result = computeResolution(baseInputs({ marketing: null, sales: null }), KPI_CONFIG);
    expect(result.missing).toEqual([]);
    expect(result.confidence).toBe(1);
  });
});
