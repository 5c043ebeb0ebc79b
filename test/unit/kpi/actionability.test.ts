import {
  type ActionabilityResult,
  computeActionability,
  evaluateLifecycleStage,
  KPI_CONFIG,
  type KpiConfig,
  type KpiInputs,
  type MarketingInputs,
  type SalesInputs,
  type SupportInputs,
} from '../../../lib/kpi';
import { baseInputs, consents, daysAgo, type InputOverrides, iso, keyTicket, NOW } from './fixtures';

function actionabilityOf(inputs: KpiInputs, config: KpiConfig = KPI_CONFIG): ActionabilityResult {
  return computeActionability(inputs, config, evaluateLifecycleStage(inputs, config));
}

const marketing: Partial<MarketingInputs> = {
  ...consents(['EMAIL'], ['EMAIL']),
  preferredChannel: 'EMAIL',
  lastSignalAt: daysAgo(3),
  lastEngagedAt: daysAgo(3),
};
/** No signal and no campaign engagement at all. */
const noEngagement: Partial<MarketingInputs> = { lastSignalAt: null, lastEngagedAt: null };
const sales: Partial<SalesInputs> = {
  paidOrderCount: 1,
  paidOrderCount365d: 1,
  firstOrderAt: daysAgo(100),
  lastOrderAt: daysAgo(100),
};
const support: Partial<SupportInputs> = { contactCount90d: 1, lastContactAt: daysAgo(20) };

/** Everything a person needs: score 1. */
function ready(overrides: InputOverrides = {}): KpiInputs {
  return baseInputs({
    customer: overrides.customer,
    marketing: overrides.marketing === null ? null : { ...marketing, ...overrides.marketing },
    sales: overrides.sales === null ? null : { ...sales, ...overrides.sales },
    support: overrides.support === null ? null : { ...support, ...overrides.support },
  });
}

describe('actionability', () => {
  it('should score 1 and be actionable when every input is present and fresh', () => {
    expect(actionabilityOf(ready())).toEqual({
      value: 1,
      actionable: true,
      present: [
        'CONSENTED_CONTACT_POINT',
        'PREFERRED_CHANNEL',
        'CURRENT_INTENT',
        'FRICTION_STATE',
        'LIFECYCLE_STAGE',
      ],
      absent: [],
      unavailableDepartments: [],
      formulaVersion: 'actionability/v1',
      computedAt: NOW,
      explanation:
        'Actionability 1 (actionable, threshold 0.8); present: a consented, reachable contact point, a known preferred channel, current intent, a known friction state, a determinable lifecycle stage; absent: none.',
      factors: [
        {
          name: 'CONSENTED_CONTACT_POINT',
          input: 'EMAIL',
          contribution: 0.3,
          note: 'Consented and reachable on EMAIL.',
        },
        { name: 'PREFERRED_CHANNEL', input: 'EMAIL', contribution: 0.15, note: 'Prefers EMAIL.' },
        {
          name: 'CURRENT_INTENT',
          input: iso(daysAgo(3)),
          contribution: 0.25,
          note: 'Latest: an engagement within 14 days.',
        },
        {
          name: 'FRICTION_STATE',
          input: iso(daysAgo(20)),
          contribution: 0.15,
          note: 'Last support contact within 90 days.',
        },
        {
          name: 'LIFECYCLE_STAGE',
          input: 'ACTIVE',
          contribution: 0.15,
          note: 'No unavailable department could change the stage.',
        },
      ],
      missing: [],
      confidence: 1,
    });
  });

  it('should count a consented channel as absent when the customer cannot be reached on it', () => {
    const result = actionabilityOf(
      ready({
        customer: { hasPhone: false },
        marketing: { ...consents(['SMS', 'PHONE'], ['SMS']), preferredChannel: 'SMS' },
      }),
    );
    expect(result.value).toBe(0.7);
    expect(result.actionable).toBe(false);
    expect(result.absent).toEqual(['CONSENTED_CONTACT_POINT']);
    expect(result.factors[0]).toEqual({
      name: 'CONSENTED_CONTACT_POINT',
      input: null,
      contribution: 0,
      note: 'No consented channel the customer can be reached on.',
    });
  });

  it('should count no contact point when EMAIL is consented but there is no email address', () => {
    const result = actionabilityOf(ready({ customer: { hasEmail: false } }));
    expect(result.absent).toEqual(['CONSENTED_CONTACT_POINT']);
  });

  it('should count PUSH and POST as reachable, whatever the purpose, when there is no email address or phone', () => {
    const result = actionabilityOf(
      ready({
        customer: { hasEmail: false, hasPhone: false },
        marketing: consents(['PUSH'], ['POST']),
      }),
    );
    expect(result.present).toContain('CONSENTED_CONTACT_POINT');
    expect(result.factors[0]?.input).toBe('PUSH,POST');
  });

  it('should be absent and not actionable when no channel is consented', () => {
    const result = actionabilityOf(ready({ marketing: consents([], []) }));
    expect(result.value).toBe(0.7);
    expect(result.actionable).toBe(false);
  });

  it('should stay actionable at 0.85 when only the preferred channel is unknown', () => {
    const result = actionabilityOf(ready({ marketing: { preferredChannel: null } }));
    expect(result.value).toBe(0.85);
    expect(result.actionable).toBe(true);
    expect(result.absent).toEqual(['PREFERRED_CHANNEL']);
  });

  it('should count current intent when the latest engagement was exactly 14 days ago', () => {
    const result = actionabilityOf(
      ready({ marketing: { lastSignalAt: daysAgo(14), lastEngagedAt: daysAgo(14) } }),
    );
    expect(result.present).toContain('CURRENT_INTENT');
  });

  it('should not count current intent when the latest engagement was 14 days and 1 ms ago', () => {
    const result = actionabilityOf(
      ready({ marketing: { lastSignalAt: daysAgo(14, 1), lastEngagedAt: daysAgo(14, 1) } }),
    );
    expect(result.value).toBe(0.75);
    expect(result.actionable).toBe(false);
    expect(result.factors[2]).toEqual({
      name: 'CURRENT_INTENT',
      input: null,
      contribution: 0,
      note: 'No engagement, open opportunity update or open ticket within 14 days.',
    });
  });

  it('should not count current intent when the only recent signal is an unsubscribe 2 days ago', () => {
    const result = actionabilityOf(
      ready({
        marketing: { lastSignalAt: daysAgo(2), lastUnsubscribeAt: daysAgo(2), lastEngagedAt: daysAgo(30) },
      }),
    );
    expect(result.value).toBe(0.75);
    expect(result.absent).toEqual(['CURRENT_INTENT']);
    expect(result.factors[2]).toEqual({
      name: 'CURRENT_INTENT',
      input: null,
      contribution: 0,
      note: 'No engagement, open opportunity update or open ticket within 14 days.',
    });
  });

  it('should count a campaign open or click as current intent when there was no signal', () => {
    // lastEngagedAt also covers opens and clicks of campaign messages, which are not signals.
    const result = actionabilityOf(ready({ marketing: { lastSignalAt: null, lastEngagedAt: daysAgo(5) } }));
    expect(result.factors[2]).toEqual({
      name: 'CURRENT_INTENT',
      input: iso(daysAgo(5)),
      contribution: 0.25,
      note: 'Latest: an engagement within 14 days.',
    });
  });

  it('should count current intent when an open opportunity was updated exactly 14 days ago', () => {
    const result = actionabilityOf(
      ready({
        marketing: noEngagement,
        sales: { openOpportunityCount: 1, lastOpportunityActivityAt: daysAgo(14) },
      }),
    );
    expect(result.factors[2]).toEqual({
      name: 'CURRENT_INTENT',
      input: iso(daysAgo(14)),
      contribution: 0.25,
      note: 'Latest: an open opportunity update within 14 days.',
    });
  });

  it('should not count an opportunity update when no opportunity is open', () => {
    const result = actionabilityOf(
      ready({ marketing: noEngagement, sales: { lastOpportunityActivityAt: daysAgo(1) } }),
    );
    expect(result.absent).toEqual(['CURRENT_INTENT']);
  });

  it('should count current intent when an open ticket was opened exactly 14 days ago', () => {
    const result = actionabilityOf(
      ready({
        marketing: noEngagement,
        support: {
          openTicketCount: 1,
          lastContactAt: daysAgo(14),
          keyTickets: [keyTicket('t-1', { status: 'OPEN', openedAt: daysAgo(14), resolvedAt: null })],
        },
      }),
    );
    expect(result.factors[2]?.note).toBe('Latest: an open ticket opened within 14 days.');
  });

  it('should not count current intent when the recent ticket is resolved', () => {
    const result = actionabilityOf(
      ready({
        marketing: noEngagement,
        support: { keyTickets: [keyTicket('t-1', { status: 'RESOLVED', openedAt: daysAgo(2) })] },
      }),
    );
    expect(result.absent).toEqual(['CURRENT_INTENT']);
  });

  it('should count current intent when the customer wrote recently about an older open ticket', () => {
    const result = actionabilityOf(
      ready({
        marketing: noEngagement,
        support: {
          openTicketCount: 1,
          lastContactAt: daysAgo(2),
          keyTickets: [keyTicket('t-1', { status: 'PENDING', openedAt: daysAgo(14, 1), resolvedAt: null })],
        },
      }),
    );
    expect(result.factors[2]).toEqual({
      name: 'CURRENT_INTENT',
      input: iso(daysAgo(2)),
      contribution: 0.25,
      note: 'Latest: a contact while a ticket is open within 14 days.',
    });
  });

  it('should take the newest current intent when several exist', () => {
    const result = actionabilityOf(
      ready({
        marketing: { lastSignalAt: daysAgo(9), lastEngagedAt: daysAgo(9) },
        sales: { openOpportunityCount: 1, lastOpportunityActivityAt: daysAgo(4) },
      }),
    );
    expect(result.factors[2]?.input).toBe(iso(daysAgo(4)));
  });

  it('should know the friction state when open tickets come with a contact exactly 90 days ago', () => {
    const result = actionabilityOf(ready({ support: { openTicketCount: 2, lastContactAt: daysAgo(90) } }));
    expect(result.present).toContain('FRICTION_STATE');
  });

  it('should not know the friction state when open tickets had no contact for 90 days and 1 ms', () => {
    const result = actionabilityOf(ready({ support: { openTicketCount: 2, lastContactAt: daysAgo(90, 1) } }));
    expect(result.absent).toEqual(['FRICTION_STATE']);
    expect(result.value).toBe(0.85);
    expect(result.factors[3]).toEqual({
      name: 'FRICTION_STATE',
      input: '2',
      contribution: 0,
      note: '2 open tickets but no contact within 90 days: the state may be stale.',
    });
  });

  it('should know the friction state when nothing is open, even without a recent contact', () => {
    const result = actionabilityOf(ready({ support: { contactCount90d: 0, lastContactAt: null } }));
    expect(result.factors[3]).toEqual({
      name: 'FRICTION_STATE',
      input: '0',
      contribution: 0.15,
      note: 'No open ticket.',
    });
  });

  it('should be actionable when the score is exactly the threshold', () => {
    const config: KpiConfig = {
      ...KPI_CONFIG,
      actionability: {
        ...KPI_CONFIG.actionability,
        weights: {
          CONSENTED_CONTACT_POINT: 0.3,
          PREFERRED_CHANNEL: 0.2,
          CURRENT_INTENT: 0.3,
          FRICTION_STATE: 0.1,
          LIFECYCLE_STAGE: 0.1,
        },
      },
    };
    const result = actionabilityOf(ready({ support: null }), config);
    expect(result.absent).toEqual(['FRICTION_STATE', 'LIFECYCLE_STAGE']);
    expect(result.value).toBe(0.8);
    expect(result.actionable).toBe(true);
  });

  it('should count marketing inputs as absent and name the department when marketing is unavailable', () => {
    const result = actionabilityOf(ready({ marketing: null }));
    expect(result).toMatchObject({
      value: 0.15,
      actionable: false,
      present: ['FRICTION_STATE'],
      absent: ['CONSENTED_CONTACT_POINT', 'PREFERRED_CHANNEL', 'CURRENT_INTENT', 'LIFECYCLE_STAGE'],
      unavailableDepartments: ['MARKETING'],
      missing: ['marketing'],
      confidence: 0.55,
    });
    expect(result.factors[0]?.note).toBe('Marketing unavailable: consent unknown.');
    expect(result.explanation).toBe(
      'Actionability 0.15 (not actionable, threshold 0.8); present: a known friction state; absent: a consented, reachable contact point, a known preferred channel, current intent, a determinable lifecycle stage. Marketing was unavailable, so inputs from that data count as absent.',
    );
  });

  it('should count the friction state and the stage as absent when support is unavailable', () => {
    const result = actionabilityOf(ready({ support: null }));
    expect(result).toMatchObject({
      value: 0.7,
      absent: ['FRICTION_STATE', 'LIFECYCLE_STAGE'],
      unavailableDepartments: ['SUPPORT'],
      missing: ['support'],
      confidence: 0.7,
    });
    expect(result.factors[4]).toEqual({
      name: 'LIFECYCLE_STAGE',
      input: 'ACTIVE',
      contribution: 0,
      note: 'An unavailable department could change the stage.',
    });
  });

  it('should count the stage as present when a missing department could not change it', () => {
    const result = actionabilityOf(
      ready({ sales: null, marketing: { lastCancelIntentAt: daysAgo(2), lastEngagedAt: daysAgo(2) } }),
    );
    expect(result.present).toEqual([
      'CONSENTED_CONTACT_POINT',
      'PREFERRED_CHANNEL',
      'CURRENT_INTENT',
      'FRICTION_STATE',
      'LIFECYCLE_STAGE',
    ]);
    expect(result.unavailableDepartments).toEqual(['SALES']);
    expect(result.confidence).toBe(0.75);
  });

  it('should score 0 with confidence 0 when every department is unavailable', () => {
    const result = actionabilityOf(baseInputs({ marketing: null, sales: null, support: null }));
    expect(result).toMatchObject({
      value: 0,
      actionable: false,
      present: [],
      unavailableDepartments: ['MARKETING', 'SALES', 'SUPPORT'],
      missing: ['marketing', 'sales', 'support'],
      confidence: 0,
    });
  });
});
