import { KPI_CONFIG, type KpiConfig } from './config';
import type { CustomerKpis } from './customer-kpis';
import { FORMULA_VERSIONS } from './versions';

/** The reference entry of one KPI: what it means, how it is computed, from what, and who owns it. */
export interface KpiDefinition {
  name: keyof CustomerKpis;
  description: string;
  formulaVersion: string;
  /** Summary fields read, as `<summary>.<field>`. */
  inputs: string[];
  /** The team that owns the definition. */
  owner: string;
  unit: string;
}

/** The journey owner that no department is: it owns every shared lifecycle KPI. */
const OWNER = 'customer-lifecycle';

const marketing = (...fields: string[]) => fields.map((field) => `marketingSummary.${field}`);
const sales = (...fields: string[]) => fields.map((field) => `salesSummary.${field}`);
const support = (...fields: string[]) => fields.map((field) => `supportSummary.${field}`);

function missingRule(weights: Readonly<Partial<Record<string, number>>>): string {
  const parts = Object.entries(weights).map(([department, weight]) => `${department} ${weight}`);
  return `Confidence is 1 minus the weights of the unavailable departments (${parts.join(', ')}), never below 0.`;
}

/** The definitions, with every window, weight and threshold read from `config` so docs cannot drift. */
export function kpiDefinitions(config: KpiConfig = KPI_CONFIG): KpiDefinition[] {
  const l = config.lifecycleStage;
  const r = config.churnRisk;
  const v = config.lifetimeValue;
  const s = config.silence;
  const a = config.actionability;
  const n = config.nextBestAction;
  const lapse = `no paid order for more than ${config.purchaseLapse.multiplier} × the average days between paid orders (only with at least ${config.purchaseLapse.minPaidOrders} paid orders and no active subscription)`;
  const within =
    '"Within N days" means now − time ≤ N days (exactly N days is within, N days and 1 ms is not).';
  const purposes = (['MARKETING', 'SERVICE'] as const)
    .map((purpose) => {
      const actions = Object.entries(n.purposes).flatMap(([action, p]) => (p === purpose ? [action] : []));
      return `${actions.join(', ')}: ${purpose}`;
    })
    .join('; ');
  const channel = `The channel is reachable (EMAIL needs an email address, SMS and PHONE a phone number, PUSH and POST count as reachable) and has a granted consent for the action's purpose (${purposes}): the preferred channel when it qualifies, else the first that does in the order ${config.channelOrder.join(', ')}; null when none does.`;
  const weights = Object.entries(a.weights)
    .map(([input, weight]) => `${input} ${weight}`)
    .join(', ');
  const silenceWeights = [
    `contacts × ${s.weights.contact}`,
    `repeat contacts × ${s.weights.repeatContact}`,
    `transfers × ${s.weights.transfer}`,
    `bot-to-human handoffs × ${s.weights.botToHumanHandoff}`,
  ].join(' + ');
  const costPerContact = Object.entries(v.costPerContactMinor.byCurrency)
    .map(([currency, amount]) => `${amount} in ${currency}`)
    .join(', ');
  const recognitionThreshold = Object.entries(n.recognitionMinLifetimeValueMinor.byCurrency)
    .map(([currency, amount]) => `${amount} in ${currency}`)
    .join(', ');

  return [
    {
      name: 'lifecycleStage',
      description:
        'Where the customer stands; the first rule that matches wins, so the most recent signal overrides history. ' +
        `CHURNED: a past customer (a paid order or a subscription, active or cancelled) with no active subscription, no paid order within ${l.churnedNoOrderDays} days and no marketing engagement within ${l.churnedNoEngagementDays} days. ` +
        `AT_RISK: a cancel intent or competitor comparison within ${l.atRiskSignalDays} days; or at least ${l.atRiskStaleTicketCount} tickets open longer than 7 days; or repeat contacts / contacts in 90 days ≥ ${l.atRiskRepeatContactRate} over at least ${l.atRiskMinContacts} contacts; or ${lapse}. ` +
        `NEW: first paid order within ${l.newFirstOrderDays} days. ` +
        `LOYAL: at least ${l.loyalMinPaidOrders} paid orders or an active subscription for at least ${l.loyalMinSubscriptionDays} days, and active (a paid order or an engagement within ${l.loyalActivityDays} days, or an active subscription). ` +
        `ACTIVE: a paid order within ${l.activeOrderDays} days or an active subscription. ` +
        `LEAD: never bought, and engaged within ${l.leadEngagementDays} days or an open opportunity. PROSPECT: otherwise. ` +
        `${within} A rule that needs an unavailable department cannot match through it and is skipped (so CHURNED is never concluded without sales and marketing). ` +
        missingRule(config.confidenceWeights.lifecycleStage),
      formulaVersion: FORMULA_VERSIONS.lifecycleStage,
      inputs: [
        ...marketing('lastEngagedAt', 'lastCancelIntentAt', 'lastCompetitorComparisonAt'),
        ...sales(
          'paidOrderCount',
          'firstOrderAt',
          'lastOrderAt',
          'averageDaysBetweenOrders',
          'activeSubscriptionCount',
          'activeSubscriptionSince',
          'lastSubscriptionCancelledAt',
          'openOpportunityCount',
        ),
        ...support('ticketsOpenLongerThan7Days', 'contactCount90d', 'repeatContactCount90d'),
      ],
      owner: OWNER,
      unit: 'stage (PROSPECT, LEAD, NEW, ACTIVE, LOYAL, AT_RISK, CHURNED)',
    },
    {
      name: 'churnRisk',
      description:
        `Likelihood the customer leaves, 0–1: baseline ${r.baseline}; + ${r.cancelIntentWeight} for a cancel intent and + ${r.competitorComparisonWeight} for a competitor comparison within ${r.signalDays} days; ` +
        `+ ${r.staleTicketWeight} per ticket open longer than 7 days (at most ${r.staleTicketMax}); + ${r.repeatContactWeight} per repeat contact in 90 days (at most ${r.repeatContactMax}); ` +
        `+ ${r.lowCsatWeight} when the last CSAT is at most ${config.lowCsatMaxScore} and was given within ${r.lowCsatDays} days; ` +
        `+ ${r.recencyLapseWeight} once for a recency lapse (${lapse}, or a past buyer not engaged within ${r.lapseEngagementDays} days); ` +
        `${r.activeSubscriptionWeight} while a subscription is active. The sum is clamped to 0–1 and rounded to 2 decimals; every factor that applied is listed with its contribution. ` +
        `Factors of an unavailable department do not count. ${missingRule(config.confidenceWeights.churnRisk)}`,
      formulaVersion: FORMULA_VERSIONS.churnRisk,
      inputs: [
        ...marketing('lastCancelIntentAt', 'lastCompetitorComparisonAt', 'lastEngagedAt'),
        ...sales(
          'paidOrderCount',
          'lastOrderAt',
          'averageDaysBetweenOrders',
          'activeSubscriptionCount',
          'lastSubscriptionCancelledAt',
        ),
        ...support('ticketsOpenLongerThan7Days', 'repeatContactCount90d', 'lastCsat', 'lastCsatAt'),
      ],
      owner: OWNER,
      unit: 'probability 0–1',
    },
    {
      name: 'lifetimeValue',
      description:
        "Customer lifetime value in minor units of the customer's main currency (the first net revenue currency, else the MRR currency); other currencies are never mixed in. " +
        'Historical = net revenue in that currency. ' +
        `Predicted = (average order value × paid orders in 365 days, or MRR × 12 when an active subscription gives more) × gross margin ${v.grossMargin} × ${v.horizonYears} years × (1 − churn risk). ` +
        `Cost to serve = every support contact so far (tickets) × cost per contact (${v.costPerContactMinor.default} minor units${costPerContact === '' ? '' : `; ${costPerContact}`}), like the historical revenue it is set against; 0 when support is unavailable. ` +
        'Total = historical + predicted − cost to serve; each part rounded to whole minor units. Null when the customer never bought and has no active subscription, or sales is unavailable. ' +
        missingRule(config.confidenceWeights.lifetimeValue),
      formulaVersion: FORMULA_VERSIONS.lifetimeValue,
      inputs: [
        ...sales('netRevenue', 'averageOrderValue', 'paidOrderCount365d', 'mrr', 'activeSubscriptionCount'),
        ...support('ticketCount'),
        'churnRisk',
      ],
      owner: OWNER,
      unit: 'minor units of the main currency',
    },
    {
      name: 'silence',
      description:
        'How little the customer needs to reach out unprompted, 0–100 (100: never). ' +
        `Load over ${s.windowDays} days = ${silenceWeights} (contacts are tickets opened; a repeat contact is a ticket within 7 days of the previous one, or a reopened ticket, so a reopen counts once, as a repeat contact). ` +
        `Exposure = max(1, paid orders in ${s.windowDays} days + months of active subscription in the window, a started ${s.subscriptionMonthDays}-day month counting as one). ` +
        `Score = round(100 × max(0, 1 − load / exposure / ${s.saturation})). Support unavailable: 100 with confidence 0; sales unavailable: exposure 1. ` +
        missingRule(config.confidenceWeights.silence),
      formulaVersion: FORMULA_VERSIONS.silence,
      inputs: [
        ...support(
          'contactCount90d',
          'repeatContactCount90d',
          'transferCount90d',
          'botToHumanHandoffCount90d',
        ),
        ...sales('paidOrderCount90d', 'activeSubscriptionCount', 'activeSubscriptionSince'),
      ],
      owner: OWNER,
      unit: 'score 0–100',
    },
    {
      name: 'resolution',
      description:
        'Median hours from opening to resolution, and the first-contact resolution rate (resolved tickets never reopened, transferred or handed off / resolved tickets, 0–1), over the tickets opened in the last 90 days; both null when none is resolved or support is unavailable. ' +
        missingRule(config.confidenceWeights.resolution),
      formulaVersion: FORMULA_VERSIONS.resolution,
      inputs: support(
        'resolvedCount90d',
        'medianResolutionHours90d',
        'firstContactResolutionCount90d',
        'firstContactResolutionRate90d',
      ),
      owner: OWNER,
      unit: 'hours; rate 0–1',
    },
    {
      name: 'perceptionGap',
      description:
        'Average of (agent assessment − customer CSAT) over the tickets of the last 90 days that have both, −4 to 4, 2 decimals; positive means the business thinks it did better than the customer felt. Null when there is no pair or support is unavailable. ' +
        missingRule(config.confidenceWeights.perceptionGap),
      formulaVersion: FORMULA_VERSIONS.perceptionGap,
      inputs: support(
        'csatAndAssessmentPairs90d',
        'averageAssessmentMinusCsat90d',
        'averageAgentAssessment90d',
        'averageCsat90d',
      ),
      owner: OWNER,
      unit: 'score points −4 to 4',
    },
    {
      name: 'actionability',
      description:
        `Weighted share (${weights}) of what a person needs to act now: CONSENTED_CONTACT_POINT, a channel with a granted MARKETING or SERVICE consent the customer can be reached on (EMAIL needs an email address, SMS and PHONE a phone number, PUSH and POST count as reachable); ` +
        'PREFERRED_CHANNEL, a known preferred channel; ' +
        `CURRENT_INTENT, an engagement (any signal but an unsubscribe, or an open or click of a campaign message), an update of an open opportunity, or an open ticket opened (or a contact while a ticket is open) within ${a.intentDays} days; ` +
        `FRICTION_STATE, support available and fresh: a contact within ${a.frictionContactDays} days, or no open ticket; ` +
        'LIFECYCLE_STAGE, no unavailable department could have changed the stage. ' +
        `Actionable when the score is at least ${a.threshold}. Inputs of an unavailable department count as absent. ` +
        missingRule(config.confidenceWeights.actionability),
      formulaVersion: FORMULA_VERSIONS.actionability,
      inputs: [
        'customer.email',
        'customer.phone',
        ...marketing('consentedChannels', 'preferredChannel', 'lastEngagedAt'),
        ...sales('openOpportunityCount', 'lastOpportunityActivityAt'),
        ...support('openTicketCount', 'lastContactAt', 'keyTickets'),
        'lifecycleStage',
      ],
      owner: OWNER,
      unit: 'score 0–1',
    },
    {
      name: 'nextBestAction',
      description:
        'The first rule that matches: ' +
        `1. a cancel intent within ${n.cancelIntentDays} days → RETENTION_OUTREACH by SALES, a person (evidence: the signal); ` +
        `2. a checkout error or abandoned cart within ${n.frictionSignalDays} days with no support contact since (one at the same instant counts) → PROACTIVE_SUPPORT by SUPPORT, a person for a checkout error, a message for an abandoned cart (evidence: the signals); ` +
        `3. at least ${n.escalationRepeatContacts} repeat contacts in 90 days, a bot-to-human handoff on a ticket opened within ${n.escalationDays} days, or a last CSAT of at most ${config.lowCsatMaxScore} within ${n.escalationDays} days → ESCALATE_TO_HUMAN by SUPPORT, a person (evidence: the recent and open tickets); ` +
        `4. a pricing view, product research or competitor comparison within ${n.researchDays} days → SALES_HANDOFF by SALES, a person (evidence: the signals and open opportunities); ` +
        `5. LOYAL with a lifetime value total of at least ${n.recognitionMinLifetimeValueMinor.default} minor units${recognitionThreshold === '' ? '' : ` (${recognitionThreshold})`} → RECOGNITION by MARKETING, a message; ` +
        '6. otherwise NO_ACTION: silence is success. ' +
        `${channel} A rule that needs an unavailable department is skipped (1 and 4 need marketing, 2 marketing and support, 3 support, 5 sales). ${within} ` +
        missingRule(config.confidenceWeights.nextBestAction),
      formulaVersion: FORMULA_VERSIONS.nextBestAction,
      inputs: [
        'customer.email',
        'customer.phone',
        ...marketing(
          'lastCancelIntentAt',
          'lastCheckoutErrorAt',
          'lastCartAbandonedAt',
          'lastPricingViewAt',
          'lastProductResearchAt',
          'lastCompetitorComparisonAt',
          'keySignals',
          'marketingChannels',
          'serviceChannels',
          'preferredChannel',
        ),
        ...sales('openOpportunityIds'),
        ...support('lastContactAt', 'repeatContactCount90d', 'keyTickets', 'lastCsat', 'lastCsatAt'),
        'lifecycleStage',
        'lifetimeValue',
      ],
      owner: OWNER,
      unit: 'action',
    },
  ];
}

/** The reference of every shared lifecycle KPI with the default config. */
export const KPI_DEFINITIONS: KpiDefinition[] = kpiDefinitions(KPI_CONFIG);
