import {
  computeLifecycleStage,
  evaluateLifecycleStage,
  KPI_CONFIG,
  type LifecycleStageResult,
  type SalesInputs,
} from '../../../lib/kpi';
import { baseInputs, daysAgo, type InputOverrides, iso, NOW } from './fixtures';

function stageOf(overrides: InputOverrides = {}): LifecycleStageResult {
  return computeLifecycleStage(baseInputs(overrides), KPI_CONFIG);
}

/** A one-time buyer 100 days ago: ACTIVE unless a rule before ACTIVE matches. */
const activeBuyer: Partial<SalesInputs> = {
  orderCount: 1,
  paidOrderCount: 1,
  paidOrderCount365d: 1,
  firstOrderAt: daysAgo(100),
  lastOrderAt: daysAgo(100),
};

describe('lifecycle stage: PROSPECT', () => {
  it('should be PROSPECT with full confidence when every department knows nothing', () => {
    const result = stageOf();
    expect(result).toEqual({
      value: 'PROSPECT',
      rule: 'PROSPECT.fallback',
      formulaVersion: 'lifecycle-stage/v1',
      computedAt: NOW,
      explanation:
        'PROSPECT: no rule for an earlier stage in the order CHURNED, AT_RISK, NEW, LOYAL, ACTIVE, LEAD matched.',
      factors: [],
      missing: [],
      confidence: 1,
    });
  });

  it('should not call a customer CHURNED when they never bought nor engaged', () => {
    expect(stageOf({ marketing: { lastEngagedAt: null } }).value).toBe('PROSPECT');
  });

  it('should be PROSPECT when a past buyer no longer buys but engaged within 180 days', () => {
    const result = stageOf({
      sales: { paidOrderCount: 1, firstOrderAt: daysAgo(400), lastOrderAt: daysAgo(400) },
      marketing: { lastEngagedAt: daysAgo(120) },
    });
    expect(result.value).toBe('PROSPECT');
  });
});

describe('lifecycle stage: CHURNED', () => {
  const churnedSales: Partial<SalesInputs> = {
    paidOrderCount: 3,
    firstOrderAt: daysAgo(900),
    lastOrderAt: daysAgo(365, 1),
  };

  it('should be CHURNED with every condition as a factor when a past customer lapsed on all counts', () => {
    const result = stageOf({ sales: churnedSales, marketing: { lastEngagedAt: daysAgo(180, 1) } });
    expect(result.value).toBe('CHURNED');
    expect(result.rule).toBe('CHURNED.inactive');
    expect(result.factors).toEqual([
      {
        name: 'paidOrderCount',
        input: '3',
        contribution: 0,
        note: 'A past customer (3 paid orders or a subscription).',
      },
      { name: 'activeSubscriptionCount', input: '0', contribution: 0, note: 'No active subscription.' },
      {
        name: 'lastOrderAt',
        input: iso(daysAgo(365, 1)),
        contribution: 0,
        note: 'Last paid order 365 days ago (none within 365 days).',
      },
      {
        name: 'lastEngagedAt',
        input: iso(daysAgo(180, 1)),
        contribution: 0,
        note: 'Last engagement 180 days ago (none within 180 days).',
      },
    ]);
    expect(result.explanation).toBe(
      'CHURNED: a past customer (3 paid orders or a subscription); no active subscription; last paid order 365 days ago (none within 365 days); last engagement 180 days ago (none within 180 days).',
    );
  });

  it('should be ACTIVE, not CHURNED, when the last paid order was exactly 365 days ago', () => {
    const result = stageOf({ sales: { ...churnedSales, lastOrderAt: daysAgo(365) } });
    expect(result.value).toBe('ACTIVE');
    expect(result.rule).toBe('ACTIVE.recentOrder');
  });

  it('should not be CHURNED when the last engagement was exactly 180 days ago', () => {
    const result = stageOf({ sales: churnedSales, marketing: { lastEngagedAt: daysAgo(180) } });
    expect(result.value).toBe('PROSPECT');
  });

  it('should be CHURNED when a subscriber cancelled and never placed an order', () => {
    const result = stageOf({ sales: { lastSubscriptionCancelledAt: daysAgo(400) } });
    expect(result.value).toBe('CHURNED');
    expect(result.factors[0]).toEqual({
      name: 'paidOrderCount',
      input: '0',
      contribution: 0,
      note: 'A past customer (0 paid orders or a subscription).',
    });
  });

  it('should be ACTIVE, not CHURNED, when a subscription is active', () => {
    const result = stageOf({
      sales: { ...churnedSales, activeSubscriptionCount: 1, activeSubscriptionSince: daysAgo(100) },
    });
    expect(result.value).toBe('ACTIVE');
    expect(result.rule).toBe('ACTIVE.subscription');
  });

  it('should fall through instead of concluding CHURNED when sales is unavailable', () => {
    const result = stageOf({ sales: null, marketing: { lastEngagedAt: daysAgo(200) } });
    expect(result.value).toBe('PROSPECT');
    expect(result.missing).toEqual(['sales']);
    expect(result.confidence).toBe(0.5);
    expect(result.explanation).toBe(
      'PROSPECT: no rule for an earlier stage in the order CHURNED, AT_RISK, NEW, LOYAL, ACTIVE, LEAD matched. Sales was unavailable, so rules that need that data could not match.',
    );
  });

  it('should fall through instead of concluding CHURNED when marketing is unavailable', () => {
    const result = stageOf({ sales: churnedSales, marketing: null });
    expect(result.value).toBe('PROSPECT');
    expect(result.missing).toEqual(['marketing']);
    expect(result.confidence).toBe(0.7);
  });
});

describe('lifecycle stage: AT_RISK', () => {
  it('should be AT_RISK when a cancel intent was exactly 30 days ago', () => {
    const result = stageOf({
      sales: activeBuyer,
      marketing: { lastCancelIntentAt: daysAgo(30), lastEngagedAt: daysAgo(30) },
    });
    expect(result.value).toBe('AT_RISK');
    expect(result.rule).toBe('AT_RISK.cancelIntent');
    expect(result.factors).toEqual([
      {
        name: 'lastCancelIntentAt',
        input: iso(daysAgo(30)),
        contribution: 0,
        note: 'Cancel intent 30 days ago (within 30 days).',
      },
    ]);
    expect(result.explanation).toBe('AT_RISK: cancel intent 30 days ago (within 30 days).');
  });

  it('should not be AT_RISK when the cancel intent was 30 days and 1 ms ago', () => {
    const result = stageOf({ sales: activeBuyer, marketing: { lastCancelIntentAt: daysAgo(30, 1) } });
    expect(result.value).toBe('ACTIVE');
  });

  it('should be AT_RISK when a competitor comparison was exactly 30 days ago', () => {
    const result = stageOf({ sales: activeBuyer, marketing: { lastCompetitorComparisonAt: daysAgo(30) } });
    expect(result.value).toBe('AT_RISK');
    expect(result.rule).toBe('AT_RISK.competitorComparison');
  });

  it('should not be AT_RISK when the competitor comparison was 30 days and 1 ms ago', () => {
    const result = stageOf({ sales: activeBuyer, marketing: { lastCompetitorComparisonAt: daysAgo(30, 1) } });
    expect(result.value).toBe('ACTIVE');
  });

  it('should be AT_RISK when 2 tickets are open longer than 7 days', () => {
    const result = stageOf({ sales: activeBuyer, support: { ticketsOpenLongerThan7Days: 2 } });
    expect(result.value).toBe('AT_RISK');
    expect(result.rule).toBe('AT_RISK.staleTickets');
    expect(result.factors).toEqual([
      {
        name: 'ticketsOpenLongerThan7Days',
        input: '2',
        contribution: 0,
        note: '2 tickets open longer than 7 days (at least 2).',
      },
    ]);
  });

  it('should not be AT_RISK when only 1 ticket is open longer than 7 days', () => {
    expect(stageOf({ sales: activeBuyer, support: { ticketsOpenLongerThan7Days: 1 } }).value).toBe('ACTIVE');
  });

  it('should be AT_RISK when the repeat-contact rate is exactly 0.5 over 2 contacts', () => {
    const result = stageOf({ sales: activeBuyer, support: { contactCount90d: 2, repeatContactCount90d: 1 } });
    expect(result.value).toBe('AT_RISK');
    expect(result.rule).toBe('AT_RISK.repeatContacts');
    expect(result.factors).toEqual([
      {
        name: 'repeatContactCount90d',
        input: '1/2',
        contribution: 0,
        note: '1 of 2 contacts in 90 days was a repeat contact (rate 0.5, at least 0.5).',
      },
    ]);
  });

  it('should not be AT_RISK when the repeat-contact rate is below 0.5', () => {
    const result = stageOf({ sales: activeBuyer, support: { contactCount90d: 3, repeatContactCount90d: 1 } });
    expect(result.value).toBe('ACTIVE');
  });

  it('should not be AT_RISK when a repeat-contact rate of 1 rests on a single contact', () => {
    const result = stageOf({ sales: activeBuyer, support: { contactCount90d: 1, repeatContactCount90d: 1 } });
    expect(result.value).toBe('ACTIVE');
  });

  const lapsing: Partial<SalesInputs> = {
    ...activeBuyer,
    paidOrderCount: 2,
    firstOrderAt: daysAgo(200),
    averageDaysBetweenOrders: 30,
  };

  it('should be AT_RISK when no paid order came for 2 × the usual interval and 1 ms', () => {
    const result = stageOf({ sales: { ...lapsing, lastOrderAt: daysAgo(60, 1) } });
    expect(result.value).toBe('AT_RISK');
    expect(result.rule).toBe('AT_RISK.purchaseLapse');
    expect(result.factors).toEqual([
      {
        name: 'lastOrderAt',
        input: iso(daysAgo(60, 1)),
        contribution: 0,
        note: 'Last paid order 60 days ago, more than 60 days (2 × the usual interval of 30 days).',
      },
    ]);
  });

  it('should not be AT_RISK when the last paid order was exactly 2 × the usual interval ago', () => {
    expect(stageOf({ sales: { ...lapsing, lastOrderAt: daysAgo(60) } }).value).toBe('ACTIVE');
  });

  it('should not judge a purchase lapse when a subscription is active', () => {
    const result = stageOf({
      sales: {
        ...lapsing,
        lastOrderAt: daysAgo(100),
        activeSubscriptionCount: 1,
        activeSubscriptionSince: daysAgo(50),
      },
    });
    expect(result.value).toBe('ACTIVE');
  });

  it('should not judge a purchase lapse when there is a single paid order', () => {
    const result = stageOf({ sales: { ...lapsing, paidOrderCount: 1, lastOrderAt: daysAgo(100) } });
    expect(result.value).toBe('ACTIVE');
  });

  it('should name the first matching condition as the rule and list every matching one when several hold', () => {
    const result = stageOf({
      sales: activeBuyer,
      marketing: { lastCancelIntentAt: daysAgo(2) },
      support: { ticketsOpenLongerThan7Days: 3 },
    });
    expect(result.rule).toBe('AT_RISK.cancelIntent');
    expect(result.factors.map((factor) => factor.name)).toEqual([
      'lastCancelIntentAt',
      'ticketsOpenLongerThan7Days',
    ]);
    expect(result.explanation).toBe(
      'AT_RISK: cancel intent 2 days ago (within 30 days); 3 tickets open longer than 7 days (at least 2).',
    );
  });

  it('should be AT_RISK, not NEW or LOYAL, when a recent cancel intent overrides history', () => {
    const result = stageOf({
      sales: { ...activeBuyer, paidOrderCount: 5, firstOrderAt: daysAgo(10), lastOrderAt: daysAgo(1) },
      marketing: { lastCancelIntentAt: daysAgo(1) },
    });
    expect(result.value).toBe('AT_RISK');
  });

  it('should still be AT_RISK, with lowered confidence, when support is unavailable but could not change the stage', () => {
    const result = stageOf({
      sales: activeBuyer,
      marketing: { lastCancelIntentAt: daysAgo(2), lastEngagedAt: daysAgo(2) },
      support: null,
    });
    expect(result.value).toBe('AT_RISK');
    expect(result.missing).toEqual(['support']);
    expect(result.confidence).toBe(0.8);
    expect(result.explanation).toBe(
      'AT_RISK: cancel intent 2 days ago (within 30 days). Support was unavailable, but that data could not have changed this stage.',
    );
  });

  it('should be AT_RISK through support when marketing is unavailable', () => {
    const result = stageOf({
      sales: activeBuyer,
      marketing: null,
      support: { ticketsOpenLongerThan7Days: 2 },
    });
    expect(result.value).toBe('AT_RISK');
    expect(result.missing).toEqual(['marketing']);
    expect(result.confidence).toBe(0.7);
  });

  it('should skip AT_RISK and fall through to ACTIVE when marketing is unavailable and nothing else is at risk', () => {
    const result = stageOf({ sales: activeBuyer, marketing: null });
    expect(result.value).toBe('ACTIVE');
    expect(result.explanation).toBe(
      'ACTIVE: last paid order 100 days ago (within 365 days). Marketing was unavailable, so rules that need that data could not match.',
    );
  });
});

describe('lifecycle stage: NEW', () => {
  it('should be NEW when the first paid order was exactly 90 days ago', () => {
    const result = stageOf({
      sales: { ...activeBuyer, firstOrderAt: daysAgo(90), lastOrderAt: daysAgo(90) },
    });
    expect(result.value).toBe('NEW');
    expect(result.rule).toBe('NEW.firstOrder');
    expect(result.factors).toEqual([
      {
        name: 'firstOrderAt',
        input: iso(daysAgo(90)),
        contribution: 0,
        note: 'First paid order 90 days ago (within 90 days).',
      },
    ]);
  });

  it('should be ACTIVE, not NEW, when the first paid order was 90 days and 1 ms ago', () => {
    const at = daysAgo(90, 1);
    expect(stageOf({ sales: { ...activeBuyer, firstOrderAt: at, lastOrderAt: at } }).value).toBe('ACTIVE');
  });
});

describe('lifecycle stage: LOYAL', () => {
  const repeatBuyer: Partial<SalesInputs> = {
    paidOrderCount: 4,
    paidOrderCount365d: 2,
    firstOrderAt: daysAgo(700),
    lastOrderAt: daysAgo(180),
  };

  it('should be LOYAL when there are 4 paid orders and the last was exactly 180 days ago', () => {
    const result = stageOf({ sales: repeatBuyer });
    expect(result.value).toBe('LOYAL');
    expect(result.rule).toBe('LOYAL.paidOrders');
    expect(result.factors).toEqual([
      { name: 'paidOrderCount', input: '4', contribution: 0, note: '4 paid orders (at least 4).' },
      {
        name: 'lastOrderAt',
        input: iso(daysAgo(180)),
        contribution: 0,
        note: 'Last paid order 180 days ago (within 180 days).',
      },
    ]);
  });

  it('should be ACTIVE, not LOYAL, when the last paid order was 180 days and 1 ms ago and nothing else is recent', () => {
    const result = stageOf({ sales: { ...repeatBuyer, lastOrderAt: daysAgo(180, 1) } });
    expect(result.value).toBe('ACTIVE');
  });

  it('should be LOYAL when the customer engaged exactly 180 days ago', () => {
    const result = stageOf({
      sales: { ...repeatBuyer, lastOrderAt: daysAgo(300) },
      marketing: { lastEngagedAt: daysAgo(180) },
    });
    expect(result.value).toBe('LOYAL');
    expect(result.factors.map((factor) => factor.name)).toEqual(['paidOrderCount', 'lastEngagedAt']);
  });

  it('should be ACTIVE, not LOYAL, when the customer engaged 180 days and 1 ms ago', () => {
    const result = stageOf({
      sales: { ...repeatBuyer, lastOrderAt: daysAgo(300) },
      marketing: { lastEngagedAt: daysAgo(180, 1) },
    });
    expect(result.value).toBe('ACTIVE');
  });

  it('should be ACTIVE, not LOYAL, when there are only 3 paid orders', () => {
    expect(stageOf({ sales: { ...repeatBuyer, paidOrderCount: 3 } }).value).toBe('ACTIVE');
  });

  it('should be LOYAL when subscribed for exactly 365 days', () => {
    const result = stageOf({ sales: { activeSubscriptionCount: 1, activeSubscriptionSince: daysAgo(365) } });
    expect(result.value).toBe('LOYAL');
    expect(result.rule).toBe('LOYAL.subscription');
    expect(result.factors).toEqual([
      {
        name: 'activeSubscriptionSince',
        input: iso(daysAgo(365)),
        contribution: 0,
        note: 'Subscribed since 365 days ago (at least 365 days).',
      },
      { name: 'activeSubscriptionCount', input: '1', contribution: 0, note: 'An active subscription.' },
    ]);
  });

  it('should be ACTIVE, not LOYAL, when subscribed for 1 ms less than 365 days', () => {
    const result = stageOf({
      sales: { activeSubscriptionCount: 1, activeSubscriptionSince: daysAgo(365, -1) },
    });
    expect(result.value).toBe('ACTIVE');
    expect(result.rule).toBe('ACTIVE.subscription');
  });

  it('should skip LOYAL when marketing is unavailable and only an engagement could show activity', () => {
    const result = stageOf({ sales: { ...repeatBuyer, lastOrderAt: daysAgo(300) }, marketing: null });
    expect(result.value).toBe('ACTIVE');
  });

  it('should still be LOYAL when marketing is unavailable and a recent order shows activity', () => {
    const evaluation = evaluateLifecycleStage(
      baseInputs({ sales: repeatBuyer, marketing: null }),
      KPI_CONFIG,
    );
    expect(evaluation).toMatchObject({ stage: 'LOYAL', rule: 'LOYAL.paidOrders', determinable: false });
  });
});

describe('lifecycle stage: ACTIVE', () => {
  it('should be ACTIVE when the last paid order was exactly 365 days ago', () => {
    const at = daysAgo(365);
    const result = stageOf({ sales: { ...activeBuyer, firstOrderAt: at, lastOrderAt: at } });
    expect(result.value).toBe('ACTIVE');
    expect(result.factors).toEqual([
      {
        name: 'lastOrderAt',
        input: iso(at),
        contribution: 0,
        note: 'Last paid order 365 days ago (within 365 days).',
      },
    ]);
  });

  it('should be CHURNED, not ACTIVE, when the last paid order was 365 days and 1 ms ago', () => {
    const at = daysAgo(365, 1);
    expect(stageOf({ sales: { ...activeBuyer, firstOrderAt: at, lastOrderAt: at } }).value).toBe('CHURNED');
  });

  it('should be ACTIVE when a subscription is active without any order', () => {
    const result = stageOf({ sales: { activeSubscriptionCount: 2, activeSubscriptionSince: daysAgo(100) } });
    expect(result.value).toBe('ACTIVE');
    expect(result.rule).toBe('ACTIVE.subscription');
    expect(result.explanation).toBe('ACTIVE: an active subscription.');
  });
});

describe('lifecycle stage: LEAD', () => {
  it('should be LEAD when a customer who never bought engaged exactly 90 days ago', () => {
    const result = stageOf({ marketing: { lastEngagedAt: daysAgo(90) } });
    expect(result.value).toBe('LEAD');
    expect(result.rule).toBe('LEAD.engaged');
    expect(result.factors).toEqual([
      { name: 'paidOrderCount', input: '0', contribution: 0, note: 'Never bought.' },
      {
        name: 'lastEngagedAt',
        input: iso(daysAgo(90)),
        contribution: 0,
        note: 'Last engagement 90 days ago (within 90 days).',
      },
    ]);
  });

  it('should be PROSPECT when the engagement was 90 days and 1 ms ago', () => {
    expect(stageOf({ marketing: { lastEngagedAt: daysAgo(90, 1) } }).value).toBe('PROSPECT');
  });

  it('should be LEAD when an opportunity is open', () => {
    const result = stageOf({ sales: { openOpportunityCount: 2 } });
    expect(result.value).toBe('LEAD');
    expect(result.rule).toBe('LEAD.openOpportunity');
    expect(result.explanation).toBe('LEAD: never bought; 2 open opportunities.');
  });

  it('should not be LEAD when sales is unavailable, since "never bought" is unknown', () => {
    const result = stageOf({ sales: null, marketing: { lastEngagedAt: daysAgo(3) } });
    expect(result.value).toBe('PROSPECT');
  });
});

describe('lifecycle stage: missing departments', () => {
  it('should be PROSPECT with confidence 0 and every department missing when all are unavailable', () => {
    const result = stageOf({ marketing: null, sales: null, support: null });
    expect(result.value).toBe('PROSPECT');
    expect(result.missing).toEqual(['marketing', 'sales', 'support']);
    expect(result.confidence).toBe(0);
    expect(result.explanation).toBe(
      'PROSPECT: no rule for an earlier stage in the order CHURNED, AT_RISK, NEW, LOYAL, ACTIVE, LEAD matched. Marketing, sales and support were unavailable, so rules that need that data could not match.',
    );
  });

  it('should lower confidence by the combined weight when marketing and support are unavailable', () => {
    expect(stageOf({ sales: activeBuyer, marketing: null, support: null }).confidence).toBe(0.5);
  });

  it('should report the stage as determinable when every earlier rule was known not to match', () => {
    const evaluation = evaluateLifecycleStage(
      baseInputs({ sales: activeBuyer, marketing: { lastCancelIntentAt: daysAgo(1) }, support: null }),
      KPI_CONFIG,
    );
    expect(evaluation.determinable).toBe(true);
  });

  it('should report the stage as not determinable when an earlier rule was unknown', () => {
    const evaluation = evaluateLifecycleStage(baseInputs({ sales: activeBuyer, support: null }), KPI_CONFIG);
    expect(evaluation).toMatchObject({ stage: 'ACTIVE', determinable: false });
  });
});
