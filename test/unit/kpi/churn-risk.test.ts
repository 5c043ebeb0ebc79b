import { type ChurnRiskResult, computeChurnRisk, KPI_CONFIG } from '../../../lib/kpi';
import { baseInputs, daysAgo, type InputOverrides, iso, NOW } from './fixtures';

function riskOf(overrides: InputOverrides = {}): ChurnRiskResult {
  return computeChurnRisk(baseInputs(overrides), KPI_CONFIG);
}

const BASELINE = {
  name: 'baseline',
  input: null,
  contribution: 0.05,
  note: 'Every customer starts at 0.05.',
};

describe('churn risk', () => {
  it('should be the baseline 0.05 when nothing is known against the customer', () => {
    expect(riskOf()).toEqual({
      value: 0.05,
      formulaVersion: 'churn-risk/v1',
      computedAt: NOW,
      explanation: 'Churn risk 0.05: baseline +0.05.',
      factors: [BASELINE],
      missing: [],
      confidence: 1,
    });
  });

  it('should add 0.45 when a cancel intent was exactly 30 days ago', () => {
    const result = riskOf({ marketing: { lastCancelIntentAt: daysAgo(30), lastEngagedAt: daysAgo(30) } });
    expect(result.value).toBe(0.5);
    expect(result.factors).toEqual([
      BASELINE,
      {
        name: 'cancelIntent',
        input: iso(daysAgo(30)),
        contribution: 0.45,
        note: 'Cancel intent 30 days ago, within 30 days.',
      },
    ]);
    expect(result.explanation).toBe('Churn risk 0.5: baseline +0.05, cancel intent +0.45.');
  });

  it('should add nothing when the cancel intent was 30 days and 1 ms ago', () => {
    expect(riskOf({ marketing: { lastCancelIntentAt: daysAgo(30, 1) } }).value).toBe(0.05);
  });

  it('should add 0.2 when a competitor comparison was exactly 30 days ago', () => {
    const result = riskOf({ marketing: { lastCompetitorComparisonAt: daysAgo(30) } });
    expect(result.value).toBe(0.25);
    expect(result.factors[1]).toEqual({
      name: 'competitorComparison',
      input: iso(daysAgo(30)),
      contribution: 0.2,
      note: 'Competitor comparison 30 days ago, within 30 days.',
    });
  });

  it('should add nothing when the competitor comparison was 30 days and 1 ms ago', () => {
    expect(riskOf({ marketing: { lastCompetitorComparisonAt: daysAgo(30, 1) } }).value).toBe(0.05);
  });

  it('should round to exactly 0.7 when cancel intent and competitor comparison add up', () => {
    const result = riskOf({
      marketing: { lastCancelIntentAt: daysAgo(1), lastCompetitorComparisonAt: daysAgo(2) },
    });
    expect(result.value).toBe(0.7);
  });

  it.each([
    [1, 0.1, 0.15, '1 unresolved ticket'],
    [2, 0.2, 0.25, '2 unresolved tickets'],
    [5, 0.2, 0.25, '5 unresolved tickets'],
  ])(
    'should add 0.1 per stale ticket up to 0.2 when %i tickets are open longer than 7 days',
    (count, added, value, tickets) => {
      const result = riskOf({ support: { ticketsOpenLongerThan7Days: count } });
      expect(result.value).toBe(value);
      expect(result.factors[1]).toEqual({
        name: 'staleTickets',
        input: String(count),
        contribution: added,
        note: `${tickets} open longer than 7 days (+0.1 each, at most +0.2).`,
      });
    },
  );

  it.each([
    [1, 0.05, 0.1],
    [3, 0.15, 0.2],
    [4, 0.15, 0.2],
  ])(
    'should add 0.05 per repeat contact up to 0.15 when there are %i repeat contacts',
    (count, added, value) => {
      const result = riskOf({ support: { contactCount90d: 10, repeatContactCount90d: count } });
      expect(result.value).toBe(value);
      expect(result.factors[1]).toMatchObject({
        name: 'repeatContacts',
        input: String(count),
        contribution: added,
      });
    },
  );

  it('should add 0.15 when a CSAT of 2 was given exactly 90 days ago', () => {
    const result = riskOf({ support: { lastCsat: 2, lastCsatAt: daysAgo(90) } });
    expect(result.value).toBe(0.2);
    expect(result.factors[1]).toEqual({
      name: 'lowCsat',
      input: '2',
      contribution: 0.15,
      note: 'Last CSAT 2 (at most 2) given within 90 days.',
    });
  });

  it('should add nothing when the low CSAT was given 90 days and 1 ms ago', () => {
    expect(riskOf({ support: { lastCsat: 1, lastCsatAt: daysAgo(90, 1) } }).value).toBe(0.05);
  });

  it('should add nothing when the last CSAT is 3', () => {
    expect(riskOf({ support: { lastCsat: 3, lastCsatAt: daysAgo(1) } }).value).toBe(0.05);
  });

  const lapsing = {
    paidOrderCount: 2,
    averageDaysBetweenOrders: 30,
    firstOrderAt: daysAgo(200),
  };

  it('should add 0.15 for a purchase lapse when the last order is 2 × the usual interval and 1 ms ago', () => {
    const result = riskOf({
      sales: { ...lapsing, lastOrderAt: daysAgo(60, 1) },
      marketing: { lastEngagedAt: daysAgo(10) },
    });
    expect(result.value).toBe(0.2);
    expect(result.factors[1]).toEqual({
      name: 'recencyLapse',
      input: iso(daysAgo(60, 1)),
      contribution: 0.15,
      note: 'Last paid order 60 days ago, more than 60 days (2 × the usual interval).',
    });
  });

  it('should not count a purchase lapse when the last order is exactly 2 × the usual interval ago', () => {
    const result = riskOf({
      sales: { ...lapsing, lastOrderAt: daysAgo(60) },
      marketing: { lastEngagedAt: daysAgo(10) },
    });
    expect(result.value).toBe(0.05);
  });

  it('should add 0.15 when a past buyer last engaged 90 days and 1 ms ago', () => {
    const result = riskOf({
      sales: { paidOrderCount: 1, lastOrderAt: daysAgo(200) },
      marketing: { lastEngagedAt: daysAgo(90, 1) },
    });
    expect(result.value).toBe(0.2);
    expect(result.factors[1]).toEqual({
      name: 'recencyLapse',
      input: iso(daysAgo(90, 1)),
      contribution: 0.15,
      note: 'A past buyer last engaged 90 days ago, not within 90 days.',
    });
  });

  it('should not count a recency lapse when a past buyer engaged exactly 90 days ago', () => {
    const result = riskOf({
      sales: { paidOrderCount: 1, lastOrderAt: daysAgo(200) },
      marketing: { lastEngagedAt: daysAgo(90) },
    });
    expect(result.value).toBe(0.05);
  });

  it('should add 0.15 when a past buyer never engaged', () => {
    const result = riskOf({ sales: { paidOrderCount: 1, lastOrderAt: daysAgo(20) } });
    expect(result.factors[1]).toEqual({
      name: 'recencyLapse',
      input: null,
      contribution: 0.15,
      note: 'A past buyer who never engaged, not within 90 days.',
    });
  });

  it('should not count a recency lapse when the customer never bought', () => {
    expect(riskOf({ marketing: { lastEngagedAt: null } }).value).toBe(0.05);
  });

  it('should count the recency lapse once when both the purchase and the engagement lapsed', () => {
    const result = riskOf({ sales: { ...lapsing, lastOrderAt: daysAgo(100) } });
    expect(result.value).toBe(0.2);
    expect(result.factors.filter((factor) => factor.name === 'recencyLapse')).toHaveLength(1);
    expect(result.factors[1]?.input).toBe(iso(daysAgo(100)));
  });

  it('should subtract 0.1 and clamp the sum at 0 when a subscription is active', () => {
    const result = riskOf({
      sales: { activeSubscriptionCount: 1, activeSubscriptionSince: daysAgo(40) },
      marketing: { lastEngagedAt: daysAgo(1) },
    });
    expect(result.value).toBe(0);
    expect(result.factors).toEqual([
      BASELINE,
      {
        name: 'activeSubscription',
        input: '1',
        contribution: -0.1,
        note: 'An active subscription lowers the risk (-0.1).',
      },
    ]);
    expect(result.explanation).toBe(
      'Churn risk 0 (sum -0.05 clamped to 0): baseline +0.05, active subscription -0.1.',
    );
  });

  it('should add up every factor and subtract the subscription when several apply', () => {
    const result = riskOf({
      sales: { activeSubscriptionCount: 1, activeSubscriptionSince: daysAgo(40) },
      marketing: { lastCancelIntentAt: daysAgo(3), lastEngagedAt: daysAgo(3) },
      support: { contactCount90d: 2, repeatContactCount90d: 1 },
    });
    expect(result.value).toBe(0.45);
  });

  it('should clamp the sum at 1 when every factor applies', () => {
    const result = riskOf({
      sales: { ...lapsing, lastOrderAt: daysAgo(100) },
      marketing: {
        lastCancelIntentAt: daysAgo(1),
        lastCompetitorComparisonAt: daysAgo(1),
        lastEngagedAt: daysAgo(1),
      },
      support: {
        ticketsOpenLongerThan7Days: 2,
        contactCount90d: 3,
        repeatContactCount90d: 3,
        lastCsat: 1,
        lastCsatAt: daysAgo(1),
      },
    });
    expect(result.value).toBe(1);
    expect(result.factors.map((factor) => factor.contribution)).toEqual([
      0.05, 0.45, 0.2, 0.2, 0.15, 0.15, 0.15,
    ]);
    expect(result.explanation).toBe(
      'Churn risk 1 (sum 1.35 clamped to 1): baseline +0.05, cancel intent +0.45, competitor comparison +0.2, tickets open over 7 days +0.2, repeat contacts +0.15, low last CSAT +0.15, recency lapse +0.15.',
    );
  });

  it('should ignore marketing factors and lower confidence to 0.6 when marketing is unavailable', () => {
    const result = riskOf({ marketing: null, sales: { paidOrderCount: 1, lastOrderAt: daysAgo(20) } });
    expect(result.value).toBe(0.05);
    expect(result.missing).toEqual(['marketing']);
    expect(result.confidence).toBe(0.6);
    expect(result.explanation).toBe(
      'Churn risk 0.05: baseline +0.05. Marketing was unavailable, so factors from that data could not count.',
    );
  });

  it('should ignore sales factors and lower confidence to 0.75 when sales is unavailable', () => {
    const result = riskOf({ sales: null, marketing: { lastEngagedAt: null } });
    expect(result.value).toBe(0.05);
    expect(result.missing).toEqual(['sales']);
    expect(result.confidence).toBe(0.75);
  });

  it('should ignore support factors and lower confidence to 0.65 when support is unavailable', () => {
    const result = riskOf({ support: null });
    expect(result.missing).toEqual(['support']);
    expect(result.confidence).toBe(0.65);
  });

  it('should have confidence 0 when every department is unavailable', () => {
    const result = riskOf({ marketing: null, sales: null, support: null });
    expect(result.value).toBe(0.05);
    expect(result.confidence).toBe(0);
  });
});
