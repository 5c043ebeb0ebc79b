import {
  computeChurnRisk,
  computeLifetimeValue,
  KPI_CONFIG,
  type KpiInputs,
  type LifetimeValueResult,
  mainCurrency,
  type SalesInputs,
} from '../../../lib/kpi';
import { baseInputs, daysAgo, emptySales, eur, type InputOverrides, NOW } from './fixtures';

function lifetimeValueOf(inputs: KpiInputs): LifetimeValueResult {
  return computeLifetimeValue(inputs, KPI_CONFIG, computeChurnRisk(inputs, KPI_CONFIG));
}

/** Churn risk 0.05 (the baseline only): engaged recently, no lapse. */
const buyer: Partial<SalesInputs> = {
  orderCount: 3,
  paidOrderCount: 3,
  paidOrderCount365d: 2,
  netRevenue: [eur(30_000)],
  averageOrderValue: [eur(10_000)],
  firstOrderAt: daysAgo(500),
  lastOrderAt: daysAgo(100),
};

function buyerWith(overrides: InputOverrides = {}): KpiInputs {
  return baseInputs({
    marketing: { lastEngagedAt: daysAgo(5) },
    ...overrides,
    sales: overrides.sales === null ? null : { ...buyer, ...overrides.sales },
  });
}

describe('customer lifetime value', () => {
  it('should add historical and predicted value and subtract the cost to serve when the customer buys orders', () => {
    // annual 10000 × 2 = 20000; predicted 20000 × 0.3 × 3 × (1 − 0.05) = 17100;
    // cost 2 contacts so far × 600 = 1200; total 30000 + 17100 − 1200 = 45900.
    const result = lifetimeValueOf(buyerWith({ support: { ticketCount: 2, contactCount90d: 2 } }));
    expect(result).toEqual({
      value: {
        currency: 'EUR',
        historicalMinor: 30_000,
        predictedMinor: 17_100,
        costToServeMinor: 1_200,
        totalMinor: 45_900,
      },
      formulaVersion: 'lifetime-value/v1',
      computedAt: NOW,
      explanation:
        'EUR minor units: historical 30000 + predicted 17100 − cost to serve 1200 = 45900. Predicted = 20000 a year (average order value × 2 paid orders in 365 days) × margin 0.3 × 3 years × (1 − churn risk 0.05).',
      factors: [
        { name: 'historical', input: '30000', contribution: 30_000, note: 'Net revenue so far in EUR.' },
        {
          name: 'predicted',
          input: '20000',
          contribution: 17_100,
          note: 'Predicted: 20000 a year (average order value × 2 paid orders in 365 days) × margin 0.3 × 3 years × (1 − churn risk 0.05).',
        },
        {
          name: 'costToServe',
          input: '2',
          contribution: -1_200,
          note: '2 support contacts so far × 600 per contact.',
        },
      ],
      missing: [],
      confidence: 1,
    });
  });

  it('should use MRR × 12 when an active subscription gives more than orders', () => {
    // churn 0.05 − 0.1 → 0; annual max(20000, 2500 × 12 = 30000); predicted 30000 × 0.9 = 27000.
    const result = lifetimeValueOf(
      buyerWith({
        sales: { activeSubscriptionCount: 1, activeSubscriptionSince: daysAgo(100), mrr: [eur(2_500)] },
      }),
    );
    expect(result.value).toEqual({
      currency: 'EUR',
      historicalMinor: 30_000,
      predictedMinor: 27_000,
      costToServeMinor: 0,
      totalMinor: 57_000,
    });
    expect(result.factors[1]?.note).toBe(
      'Predicted: 30000 a year (MRR × 12) × margin 0.3 × 3 years × (1 − churn risk 0).',
    );
  });

  it('should keep the order value when it gives more than the subscription', () => {
    // annual max(20000, 1000 × 12 = 12000) = 20000; churn 0; predicted 18000.
    const result = lifetimeValueOf(
      buyerWith({
        sales: { activeSubscriptionCount: 1, activeSubscriptionSince: daysAgo(100), mrr: [eur(1_000)] },
      }),
    );
    expect(result.value?.predictedMinor).toBe(18_000);
  });

  it('should value in the MRR currency and round to whole minor units when a subscriber never ordered', () => {
    // USD; annual 1999 × 12 = 23988; churn 0; predicted 23988 × 0.9 = 21589.2 → 21589.
    const result = lifetimeValueOf(
      baseInputs({
        marketing: { lastEngagedAt: daysAgo(5) },
        sales: {
          activeSubscriptionCount: 1,
          activeSubscriptionSince: daysAgo(30),
          mrr: [{ currency: 'USD', amountMinor: 1_999 }],
        },
      }),
    );
    expect(result.value).toEqual({
      currency: 'USD',
      historicalMinor: 0,
      predictedMinor: 21_589,
      costToServeMinor: 0,
      totalMinor: 21_589,
    });
  });

  it('should round up when the prediction ends in more than half a minor unit', () => {
    // annual 1001 × 1 = 1001; predicted 1001 × 0.3 × 3 × 0.95 = 855.855 → 856.
    const result = lifetimeValueOf(
      buyerWith({
        sales: { paidOrderCount365d: 1, averageOrderValue: [eur(1_001)], netRevenue: [eur(1_001)] },
      }),
    );
    expect(result.value?.predictedMinor).toBe(856);
  });

  it('should use the first net revenue currency and never mix currencies when there are several', () => {
    const sales: Partial<SalesInputs> = {
      netRevenue: [
        { currency: 'USD', amountMinor: 50_000 },
        { currency: 'EUR', amountMinor: 20_000 },
      ],
      averageOrderValue: [eur(10_000), { currency: 'USD', amountMinor: 25_000 }],
      paidOrderCount365d: 1,
      activeSubscriptionCount: 1,
      activeSubscriptionSince: daysAgo(100),
      mrr: [eur(9_000)],
    };
    // USD: annual 25000 × 1 (the EUR MRR does not count); churn 0; predicted 25000 × 0.9 = 22500.
    const result = lifetimeValueOf(buyerWith({ sales }));
    expect(result.value).toEqual({
      currency: 'USD',
      historicalMinor: 50_000,
      predictedMinor: 22_500,
      costToServeMinor: 0,
      totalMinor: 72_500,
    });
  });

  it('should predict nothing when the churn risk is 1', () => {
    const inputs = buyerWith({ support: { ticketCount: 1 } });
    const result = computeLifetimeValue(inputs, KPI_CONFIG, {
      ...computeChurnRisk(inputs, KPI_CONFIG),
      value: 1,
    });
    // cost 1 × 600 = 600; total 30000 + 0 − 600 = 29400.
    expect(result.value).toEqual({
      currency: 'EUR',
      historicalMinor: 30_000,
      predictedMinor: 0,
      costToServeMinor: 600,
      totalMinor: 29_400,
    });
  });

  it('should go negative when the cost to serve exceeds the value', () => {
    // annual 0 (no paid order in 365 days); cost 60 × 600 = 36000; total 30000 + 0 − 36000.
    const result = lifetimeValueOf(
      buyerWith({ sales: { paidOrderCount365d: 0 }, support: { ticketCount: 60 } }),
    );
    expect(result.value?.totalMinor).toBe(-6_000);
  });

  it('should use the per-currency cost per contact when the currency has one', () => {
    const sales: Partial<SalesInputs> = {
      netRevenue: [{ currency: 'JPY', amountMinor: 100_000 }],
      averageOrderValue: [{ currency: 'JPY', amountMinor: 10_000 }],
      paidOrderCount365d: 0,
    };
    // 3 contacts × 1000 JPY (not × the default 600).
    const result = lifetimeValueOf(buyerWith({ sales, support: { ticketCount: 3 } }));
    expect(result.value?.costToServeMinor).toBe(3_000);
  });

  it('should count every support contact so far, not only those of 90 days, when computing the cost to serve', () => {
    // 5 tickets ever, 1 of them in 90 days: cost 5 × 600 = 3000; total 30000 + 17100 − 3000 = 44100.
    const result = lifetimeValueOf(buyerWith({ support: { ticketCount: 5, contactCount90d: 1 } }));
    expect(result.value).toEqual({
      currency: 'EUR',
      historicalMinor: 30_000,
      predictedMinor: 17_100,
      costToServeMinor: 3_000,
      totalMinor: 44_100,
    });
    expect(result.factors[2]).toEqual({
      name: 'costToServe',
      input: '5',
      contribution: -3_000,
      note: '5 support contacts so far × 600 per contact.',
    });
  });

  it('should count no cost to serve when support knows of no contact', () => {
    const result = lifetimeValueOf(buyerWith());
    expect(result.value?.costToServeMinor).toBe(0);
    expect(result.factors[2]).toEqual({
      name: 'costToServe',
      input: '0',
      contribution: 0,
      note: '0 support contacts so far × 600 per contact.',
    });
    expect(result.missing).toEqual([]);
  });

  it('should be null with full confidence when sales knows the customer never bought', () => {
    const result = lifetimeValueOf(baseInputs());
    expect(result).toMatchObject({
      value: null,
      explanation: 'No lifetime value: the customer never bought and has no active subscription.',
      factors: [],
      missing: [],
      confidence: 1,
    });
  });

  it('should be null with confidence 0 when sales is unavailable', () => {
    const result = lifetimeValueOf(baseInputs({ sales: null }));
    expect(result).toMatchObject({
      value: null,
      explanation: 'No lifetime value: sales was unavailable.',
      missing: ['sales'],
      confidence: 0,
    });
  });

  it('should count no cost to serve and lower confidence when support is unavailable', () => {
    const result = lifetimeValueOf(buyerWith({ support: null }));
    expect(result.value).toEqual({
      currency: 'EUR',
      historicalMinor: 30_000,
      predictedMinor: 17_100,
      costToServeMinor: 0,
      totalMinor: 47_100,
    });
    expect(result.factors[2]).toEqual({
      name: 'costToServe',
      input: null,
      contribution: 0,
      note: 'Support was unavailable, so the cost to serve is unknown and counted as 0.',
    });
    expect(result.missing).toEqual(['support']);
    expect(result.confidence).toBe(0.85);
    expect(result.explanation).toBe(
      'EUR minor units: historical 30000 + predicted 17100 − cost to serve 0 = 47100. Predicted = 20000 a year (average order value × 2 paid orders in 365 days) × margin 0.3 × 3 years × (1 − churn risk 0.05). Support was unavailable, so the parts that need that data are estimates.',
    );
  });

  it('should lower confidence when marketing is unavailable, since the churn risk rests on it', () => {
    const result = lifetimeValueOf(buyerWith({ marketing: null }));
    expect(result.missing).toEqual(['marketing']);
    expect(result.confidence).toBe(0.85);
  });

  it('should know no main currency when there is neither revenue nor an active subscription', () => {
    expect(mainCurrency({ ...emptySales(), mrr: [eur(100)] })).toBeNull();
  });
});
