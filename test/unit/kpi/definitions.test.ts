import {
  computeCustomerKpis,
  KPI_CONFIG,
  KPI_DEFINITIONS,
  type KpiConfig,
  kpiDefinitions,
} from '../../../lib/kpi';
import { baseInputs, emptyMarketing, emptySales, emptySupport } from './fixtures';

const FIELDS: Record<string, readonly string[]> = {
  marketingSummary: Object.keys(emptyMarketing()),
  salesSummary: Object.keys(emptySales()),
  supportSummary: Object.keys(emptySupport()),
  customer: ['email', 'phone'],
};

describe('KPI definitions', () => {
  it('should define every KPI, in order, when compared with what computeCustomerKpis returns', () => {
    expect(KPI_DEFINITIONS.map((definition) => definition.name)).toEqual(
      Object.keys(computeCustomerKpis(baseInputs())),
    );
  });

  it('should carry the formula version when a KPI reports one', () => {
    const kpis = computeCustomerKpis(baseInputs());
    expect(KPI_DEFINITIONS.map((definition) => definition.formulaVersion)).toEqual(
      Object.values(kpis).map((kpi) => kpi.formulaVersion),
    );
  });

  it('should name the customer-lifecycle team and a unit when listing any KPI', () => {
    for (const definition of KPI_DEFINITIONS) {
      expect(definition.owner).toBe('customer-lifecycle');
      expect(definition.unit).not.toBe('');
    }
  });

  it('should list only existing summary fields or other KPIs when naming inputs', () => {
    const kpiNames = KPI_DEFINITIONS.map((definition) => definition.name);
    for (const input of KPI_DEFINITIONS.flatMap((definition) => definition.inputs)) {
      const [summary, field] = input.split('.');
      if (field === undefined) expect(kpiNames).toContain(summary);
      else expect(FIELDS[summary ?? '']).toContain(field);
    }
  });

  it('should state the default windows when describing the lifecycle stage', () => {
    const description = KPI_DEFINITIONS[0]?.description ?? '';
    expect(description).toContain(
      'no paid order within 365 days and no marketing engagement within 180 days',
    );
    expect(description).toContain('a cancel intent or competitor comparison within 30 days');
    expect(description).toContain('NEW: first paid order within 90 days.');
  });

  it('should list the stages in rule order when describing the lifecycle stage', () => {
    const description = KPI_DEFINITIONS[0]?.description ?? '';
    const positions = ['CHURNED:', 'AT_RISK:', 'NEW:', 'LOYAL:', 'ACTIVE:', 'LEAD:', 'PROSPECT:'].map(
      (stage) => description.indexOf(stage),
    );
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('should state every churn weight when describing the churn risk', () => {
    expect(KPI_DEFINITIONS[1]?.description).toContain(
      'baseline 0.05; + 0.45 for a cancel intent and + 0.2 for a competitor comparison within 30 days; + 0.1 per ticket open longer than 7 days (at most 0.2); + 0.05 per repeat contact in 90 days (at most 0.15); + 0.15 when the last CSAT is at most 2 and was given within 90 days',
    );
  });

  it('should state the cost to serve as every contact so far × cost per contact when describing the lifetime value', () => {
    const definition = KPI_DEFINITIONS[2];
    expect(definition?.description).toContain(
      'Cost to serve = every support contact so far (tickets) × cost per contact (600 minor units; 1000 in JPY)',
    );
    expect(definition?.inputs).toContain('supportSummary.ticketCount');
    expect(definition?.inputs).not.toContain('supportSummary.contactCount90d');
  });

  it('should weigh no reopens of their own when describing the silence metric', () => {
    const definition = KPI_DEFINITIONS[3];
    expect(definition?.description).toContain(
      'Load over 90 days = contacts × 1 + repeat contacts × 2 + transfers × 1 + bot-to-human handoffs × 2 (',
    );
    expect(definition?.description).toContain('so a reopen counts once, as a repeat contact');
    expect(definition?.inputs).not.toContain('supportSummary.reopenedCount90d');
  });

  it('should read engagement, not every signal, as current intent when describing actionability', () => {
    const definition = KPI_DEFINITIONS[6];
    expect(definition?.description).toContain(
      'CURRENT_INTENT, an engagement (any signal but an unsubscribe, or an open or click of a campaign message)',
    );
    expect(definition?.inputs).toContain('marketingSummary.lastEngagedAt');
    expect(definition?.inputs).not.toContain('marketingSummary.lastSignalAt');
  });

  it('should state the consent purpose of every action when describing the next best action', () => {
    const definition = KPI_DEFINITIONS[7];
    expect(definition?.description).toContain(
      "has a granted consent for the action's purpose (RETENTION_OUTREACH, SALES_HANDOFF, RECOGNITION: MARKETING; PROACTIVE_SUPPORT, ESCALATE_TO_HUMAN: SERVICE)",
    );
    expect(definition?.inputs).toEqual(
      expect.arrayContaining(['marketingSummary.marketingChannels', 'marketingSummary.serviceChannels']),
    );
    expect(definition?.inputs).not.toContain('marketingSummary.consentedChannels');
  });

  it('should follow the config when it changes, so the docs cannot drift', () => {
    const config: KpiConfig = {
      ...KPI_CONFIG,
      lifecycleStage: { ...KPI_CONFIG.lifecycleStage, atRiskSignalDays: 45 },
      lifetimeValue: { ...KPI_CONFIG.lifetimeValue, grossMargin: 0.4 },
      actionability: { ...KPI_CONFIG.actionability, threshold: 0.9 },
      nextBestAction: {
        ...KPI_CONFIG.nextBestAction,
        purposes: { ...KPI_CONFIG.nextBestAction.purposes, RECOGNITION: 'SERVICE' },
      },
    };
    const [lifecycle, , lifetimeValue, , , , actionability, nextBestAction] = kpiDefinitions(config);
    expect(lifecycle?.description).toContain('a cancel intent or competitor comparison within 45 days');
    expect(lifetimeValue?.description).toContain('gross margin 0.4');
    expect(actionability?.description).toContain('Actionable when the score is at least 0.9.');
    expect(nextBestAction?.description).toContain(
      '(RETENTION_OUTREACH, SALES_HANDOFF: MARKETING; PROACTIVE_SUPPORT, ESCALATE_TO_HUMAN, RECOGNITION: SERVICE)',
    );
  });
});

describe('KPI_CONFIG', () => {
  it('should sum to 1 when adding the actionability weights', () => {
    const sum = Object.values(KPI_CONFIG.actionability.weights).reduce((total, weight) => total + weight, 0);
    expect(Math.round(sum * 100)).toBe(100);
  });

  it('should need a MARKETING consent to keep, sell to or thank a customer and a SERVICE consent to help them when choosing a channel', () => {
    expect(KPI_CONFIG.nextBestAction.purposes).toEqual({
      RETENTION_OUTREACH: 'MARKETING',
      PROACTIVE_SUPPORT: 'SERVICE',
      ESCALATE_TO_HUMAN: 'SERVICE',
      SALES_HANDOFF: 'MARKETING',
      RECOGNITION: 'MARKETING',
    });
  });

  it('should list every contact channel when ordering the fallback', () => {
    expect(KPI_CONFIG.channelOrder).toEqual(['EMAIL', 'SMS', 'PHONE', 'PUSH', 'POST']);
  });

  it('should keep every confidence weight between 0 and 1 when read', () => {
    const weights = Object.values(KPI_CONFIG.confidenceWeights).flatMap((perKpi) => Object.values(perKpi));
    expect(weights.every((weight) => weight !== undefined && weight >= 0 && weight <= 1)).toBe(true);
  });
});
