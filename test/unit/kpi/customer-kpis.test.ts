import { computeCustomerKpis, KPI_CONFIG, type KpiConfig, type KpiInputs } from '../../../lib/kpi';
import { baseInputs, consents, daysAgo, eur, keySignal, keyTicket, NOW } from './fixtures';

/** A loyal, high-value customer with one resolved contact. */
function loyalCustomer(): KpiInputs {
  return baseInputs({
    marketing: {
      lastSignalAt: daysAgo(10),
      lastEngagedAt: daysAgo(10),
      ...consents(['EMAIL'], ['EMAIL']),
      preferredChannel: 'EMAIL',
      keySignals: [keySignal('sig-old-pricing', 'PRICING_VIEW', daysAgo(60))],
      lastPricingViewAt: daysAgo(60),
    },
    sales: {
      orderCount: 6,
      paidOrderCount: 6,
      paidOrderCount90d: 1,
      paidOrderCount365d: 4,
      netRevenue: [eur(60_000)],
      averageOrderValue: [eur(10_000)],
      firstOrderAt: daysAgo(1_000),
      lastOrderAt: daysAgo(20),
      averageDaysBetweenOrders: 90,
    },
    support: {
      ticketCount: 1,
      lastTicketOpenedAt: daysAgo(40),
      lastContactAt: daysAgo(40),
      contactCount90d: 1,
      resolvedCount90d: 1,
      firstContactResolutionCount90d: 1,
      firstContactResolutionRate90d: 1,
      medianResolutionHours90d: 4,
      lastCsat: 5,
      lastCsatAt: daysAgo(39),
      csatCount90d: 1,
      averageCsat90d: 5,
      averageAgentAssessment90d: 5,
      csatAndAssessmentPairs90d: 1,
      averageAssessmentMinusCsat90d: 0,
      keyTickets: [keyTicket('t-1', { openedAt: daysAgo(40), resolvedAt: daysAgo(40) })],
    },
  });
}

describe('computeCustomerKpis', () => {
  it('should compute every KPI from hand-computed values when the customer is loyal and valuable', () => {
    const kpis = computeCustomerKpis(loyalCustomer());
    expect(kpis.lifecycleStage.value).toBe('LOYAL');
    expect(kpis.lifecycleStage.rule).toBe('LOYAL.paidOrders');
    expect(kpis.churnRisk.value).toBe(0.05);
    // predicted 10000 × 4 × 0.3 × 3 × 0.95 = 34200; cost 1 contact so far × 600 = 600;
    // total 60000 + 34200 − 600 = 93600.
    expect(kpis.lifetimeValue.value).toEqual({
      currency: 'EUR',
      historicalMinor: 60_000,
      predictedMinor: 34_200,
      costToServeMinor: 600,
      totalMinor: 93_600,
    });
    // load 1 on exposure 1 order: 100 × (1 − 1/4) = 75.
    expect(kpis.silence.value).toBe(75);
    expect(kpis.resolution.value).toEqual({ medianResolutionHours: 4, firstContactResolutionRate: 1 });
    expect(kpis.perceptionGap.value).toBe(0);
    expect(kpis.actionability.value).toBe(1);
    expect(kpis.actionability.actionable).toBe(true);
    expect(kpis.nextBestAction).toMatchObject({
      value: 'RECOGNITION',
      department: 'MARKETING',
      channel: 'EMAIL',
      humanRequired: false,
    });
  });

  it('should not recognise the same customer when the config raises the threshold above their value', () => {
    const config: KpiConfig = {
      ...KPI_CONFIG,
      nextBestAction: {
        ...KPI_CONFIG.nextBestAction,
        recognitionMinLifetimeValueMinor: { default: 93_601, byCurrency: {} },
      },
    };
    expect(computeCustomerKpis(loyalCustomer(), config).nextBestAction.value).toBe('NO_ACTION');
  });

  it('should give the same output when given the same inputs twice', () => {
    expect(computeCustomerKpis(loyalCustomer())).toEqual(computeCustomerKpis(loyalCustomer()));
  });

  it('should leave the inputs unchanged when computing', () => {
    const inputs = loyalCustomer();
    const before = structuredClone(inputs);
    computeCustomerKpis(inputs);
    expect(inputs).toEqual(before);
  });

  it('should stamp every KPI with now and its formula version when computing', () => {
    const kpis = computeCustomerKpis(loyalCustomer());
    expect(Object.values(kpis).map((kpi) => [kpi.formulaVersion, kpi.computedAt])).toEqual([
      ['lifecycle-stage/v1', NOW],
      ['churn-risk/v1', NOW],
      ['lifetime-value/v1', NOW],
      ['silence/v1', NOW],
      ['resolution/v1', NOW],
      ['perception-gap/v1', NOW],
      ['actionability/v1', NOW],
      ['next-best-action/v1', NOW],
    ]);
  });

  it('should keep computedAt when the caller later changes the now it passed in', () => {
    const inputs = loyalCustomer();
    const kpis = computeCustomerKpis(inputs);
    inputs.now.setTime(0);
    expect(kpis.churnRisk.computedAt).toEqual(NOW);
  });

  it('should have full confidence in every KPI when no department is missing', () => {
    const kpis = computeCustomerKpis(loyalCustomer());
    expect(Object.values(kpis).map((kpi) => [kpi.missing, kpi.confidence])).toEqual(
      Object.values(kpis).map(() => [[], 1]),
    );
  });

  it('should lower confidence per KPI by the weight of support when support is unavailable', () => {
    const kpis = computeCustomerKpis({ ...loyalCustomer(), support: null });
    expect(Object.fromEntries(Object.entries(kpis).map(([name, kpi]) => [name, kpi.confidence]))).toEqual({
      lifecycleStage: 0.8,
      churnRisk: 0.65,
      lifetimeValue: 0.85,
      silence: 0,
      resolution: 0,
      perceptionGap: 0,
      actionability: 0.7,
      nextBestAction: 0.65,
    });
  });

  it('should lower confidence per KPI by the weight of sales when sales is unavailable', () => {
    const kpis = computeCustomerKpis({ ...loyalCustomer(), sales: null });
    expect(Object.fromEntries(Object.entries(kpis).map(([name, kpi]) => [name, kpi.confidence]))).toEqual({
      lifecycleStage: 0.5,
      churnRisk: 0.75,
      lifetimeValue: 0,
      silence: 0.8,
      resolution: 1,
      perceptionGap: 1,
      actionability: 0.75,
      nextBestAction: 0.75,
    });
  });

  it('should lower confidence per KPI by the weight of marketing when marketing is unavailable', () => {
    const kpis = computeCustomerKpis({ ...loyalCustomer(), marketing: null });
    expect(Object.fromEntries(Object.entries(kpis).map(([name, kpi]) => [name, kpi.confidence]))).toEqual({
      lifecycleStage: 0.7,
      churnRisk: 0.6,
      lifetimeValue: 0.85,
      silence: 1,
      resolution: 1,
      perceptionGap: 1,
      actionability: 0.55,
      nextBestAction: 0.6,
    });
  });

  it('should still answer every KPI when every department is unavailable', () => {
    const kpis = computeCustomerKpis(baseInputs({ marketing: null, sales: null, support: null }));
    expect({
      lifecycleStage: kpis.lifecycleStage.value,
      churnRisk: kpis.churnRisk.value,
      lifetimeValue: kpis.lifetimeValue.value,
      silence: kpis.silence.value,
      resolution: kpis.resolution.value,
      perceptionGap: kpis.perceptionGap.value,
      actionability: kpis.actionability.value,
      nextBestAction: kpis.nextBestAction.value,
    }).toEqual({
      lifecycleStage: 'PROSPECT',
      churnRisk: 0.05,
      lifetimeValue: null,
      silence: 100,
      resolution: { medianResolutionHours: null, firstContactResolutionRate: null },
      perceptionGap: null,
      actionability: 0,
      nextBestAction: 'NO_ACTION',
    });
    expect(Object.values(kpis).every((kpi) => kpi.confidence === 0)).toBe(true);
  });

  it('should lower the predicted lifetime value when the churn risk rises', () => {
    const inputs = loyalCustomer();
    const atRisk: KpiInputs = {
      ...inputs,
      marketing: inputs.marketing && { ...inputs.marketing, lastCancelIntentAt: daysAgo(40) },
      support: inputs.support && { ...inputs.support, ticketsOpenLongerThan7Days: 1 },
    };
    const kpis = computeCustomerKpis(atRisk);
    // churn 0.05 + 0.1 = 0.15; predicted 40000 × 0.9 × 0.85 = 30600.
    expect(kpis.churnRisk.value).toBe(0.15);
    expect(kpis.lifetimeValue.value?.predictedMinor).toBe(30_600);
  });
});
