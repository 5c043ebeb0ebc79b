import type { KpiConfig } from './config';
import {
  hasActiveSubscription,
  hasEverBought,
  hasPurchaseLapsed,
  purchaseLapseLimitDays,
} from './customer-facts';
import type { KpiInputs } from './inputs';
import { roundTo } from './numbers';
import { type KpiFactor, type KpiResult, missingSentence, resultBase } from './result';
import { capitalize, countOf } from './text';
import { describeAge, isAtLeastDaysAgo, isoOrNull, isWithinDays } from './time';
import { allOf, anyOf, knownWith, type Truth } from './truth';

export type LifecycleStage = 'PROSPECT' | 'LEAD' | 'NEW' | 'ACTIVE' | 'LOYAL' | 'AT_RISK' | 'CHURNED';

export type LifecycleStageResult = KpiResult<LifecycleStage> & {
  /** The rule that matched, e.g. 'AT_RISK.cancelIntent'. */
  rule: string;
};

export interface LifecycleEvaluation {
  stage: LifecycleStage;
  rule: string;
  /** The conditions that made the rule match. */
  clauses: LifecycleClause[];
  /** No unavailable department could have changed the stage: every earlier rule was known not to match. */
  determinable: boolean;
}

/** A condition that held, as a short clause for the explanation and as a factor. */
export interface LifecycleClause {
  name: string;
  input: string | null;
  text: string;
}

interface Condition {
  truth: Truth;
  /** Set on the conditions that name the rule when they hold. */
  rule?: string;
  clause: LifecycleClause | null;
}

/** A stage's rule: every group must hold, and a group holds when one of its conditions does. */
interface StageRule {
  stage: LifecycleStage;
  groups: Condition[][];
}

function condition<T>(
  department: T | null,
  test: (department: T) => boolean,
  describe: (department: T) => LifecycleClause,
  rule?: string,
): Condition {
  const truth = knownWith(department, test);
  const clause = department === null ? null : describe(department);
  return rule === undefined ? { truth, clause } : { truth, clause, rule };
}

function ageClause(now: Date, at: Date | null, happened: string, never: string): string {
  return at === null ? never : `${happened} ${describeAge(now, at)}`;
}

function stageRules(inputs: KpiInputs, config: KpiConfig): StageRule[] {
  const { now, marketing, sales, support } = inputs;
  const c = config.lifecycleStage;
  const lastOrder = (sales: { lastOrderAt: Date | null }) => isoOrNull(sales.lastOrderAt);
  const lastOrderClause = (sales: { lastOrderAt: Date | null }, window: string) =>
    ageClause(now, sales.lastOrderAt, 'last paid order', 'no paid order') + window;
  const engagementClause = (marketing: { lastEngagedAt: Date | null }, window: string) =>
    ageClause(now, marketing.lastEngagedAt, 'last engagement', 'never engaged') + window;

  const activeSubscription = (rule?: string) =>
    condition(
      sales,
      hasActiveSubscription,
      (s) => ({
        name: 'activeSubscriptionCount',
        input: String(s.activeSubscriptionCount),
        text: 'an active subscription',
      }),
      rule,
    );
  const orderWithin = (days: number, rule?: string) =>
    condition(
      sales,
      (s) => isWithinDays(now, s.lastOrderAt, days),
      (s) => ({
        name: 'lastOrderAt',
        input: lastOrder(s),
        text: lastOrderClause(s, ` (within ${days} days)`),
      }),
      rule,
    );
  const engagedWithin = (days: number, rule?: string) =>
    condition(
      marketing,
      (m) => isWithinDays(now, m.lastEngagedAt, days),
      (m) => ({
        name: 'lastEngagedAt',
        input: isoOrNull(m.lastEngagedAt),
        text: engagementClause(m, ` (within ${days} days)`),
      }),
      rule,
    );

  return [
    {
      stage: 'CHURNED',
      groups: [
        [
          condition(
            sales,
            hasEverBought,
            (s) => ({
              name: 'paidOrderCount',
              input: String(s.paidOrderCount),
              text: `a past customer (${countOf(s.paidOrderCount, 'paid order')} or a subscription)`,
            }),
            'CHURNED.inactive',
          ),
        ],
        [
          condition(
            sales,
            (s) => !hasActiveSubscription(s),
            (s) => ({
              name: 'activeSubscriptionCount',
              input: String(s.activeSubscriptionCount),
              text: 'no active subscription',
            }),
          ),
        ],
        [
          condition(
            sales,
            (s) => !isWithinDays(now, s.lastOrderAt, c.churnedNoOrderDays),
            (s) => ({
              name: 'lastOrderAt',
              input: lastOrder(s),
              text: lastOrderClause(s, ` (none within ${c.churnedNoOrderDays} days)`),
            }),
          ),
        ],
        [
          condition(
            marketing,
            (m) => !isWithinDays(now, m.lastEngagedAt, c.churnedNoEngagementDays),
            (m) => ({
              name: 'lastEngagedAt',
              input: isoOrNull(m.lastEngagedAt),
              text: engagementClause(m, ` (none within ${c.churnedNoEngagementDays} days)`),
            }),
          ),
        ],
      ],
    },
    {
      stage: 'AT_RISK',
      groups: [
        [
          condition(
            marketing,
            (m) => isWithinDays(now, m.lastCancelIntentAt, c.atRiskSignalDays),
            (m) => ({
              name: 'lastCancelIntentAt',
              input: isoOrNull(m.lastCancelIntentAt),
              text: `${ageClause(now, m.lastCancelIntentAt, 'cancel intent', 'no cancel intent')} (within ${c.atRiskSignalDays} days)`,
            }),
            'AT_RISK.cancelIntent',
          ),
          condition(
            marketing,
            (m) => isWithinDays(now, m.lastCompetitorComparisonAt, c.atRiskSignalDays),
            (m) => ({
              name: 'lastCompetitorComparisonAt',
              input: isoOrNull(m.lastCompetitorComparisonAt),
              text: `${ageClause(now, m.lastCompetitorComparisonAt, 'competitor comparison', 'no competitor comparison')} (within ${c.atRiskSignalDays} days)`,
            }),
            'AT_RISK.competitorComparison',
          ),
          condition(
            support,
            (p) => p.ticketsOpenLongerThan7Days >= c.atRiskStaleTicketCount,
            (p) => ({
              name: 'ticketsOpenLongerThan7Days',
              input: String(p.ticketsOpenLongerThan7Days),
              text: `${countOf(p.ticketsOpenLongerThan7Days, 'ticket')} open longer than 7 days (at least ${c.atRiskStaleTicketCount})`,
            }),
            'AT_RISK.staleTickets',
          ),
          condition(
            support,
            (p) =>
              p.contactCount90d >= c.atRiskMinContacts &&
              p.repeatContactCount90d / p.contactCount90d >= c.atRiskRepeatContactRate,
            (p) => ({
              name: 'repeatContactCount90d',
              input: `${p.repeatContactCount90d}/${p.contactCount90d}`,
              text: `${p.repeatContactCount90d} of ${p.contactCount90d} contacts in 90 days ${p.repeatContactCount90d === 1 ? 'was a repeat contact' : 'were repeat contacts'} (rate ${repeatRate(p)}, at least ${c.atRiskRepeatContactRate})`,
            }),
            'AT_RISK.repeatContacts',
          ),
          condition(
            sales,
            (s) => hasPurchaseLapsed(s, now, config),
            (s) => ({
              name: 'lastOrderAt',
              input: lastOrder(s),
              text: `${lastOrderClause(s, '')}, more than ${purchaseLapseLimitDays(s, config)} days (${config.purchaseLapse.multiplier} × the usual interval of ${s.averageDaysBetweenOrders} days)`,
            }),
            'AT_RISK.purchaseLapse',
          ),
        ],
      ],
    },
    {
      stage: 'NEW',
      groups: [
        [
          condition(
            sales,
            (s) => isWithinDays(now, s.firstOrderAt, c.newFirstOrderDays),
            (s) => ({
              name: 'firstOrderAt',
              input: isoOrNull(s.firstOrderAt),
              text: `${ageClause(now, s.firstOrderAt, 'first paid order', 'no paid order')} (within ${c.newFirstOrderDays} days)`,
            }),
            'NEW.firstOrder',
          ),
        ],
      ],
    },
    {
      stage: 'LOYAL',
      groups: [
        [
          condition(
            sales,
            (s) => s.paidOrderCount >= c.loyalMinPaidOrders,
            (s) => ({
              name: 'paidOrderCount',
              input: String(s.paidOrderCount),
              text: `${countOf(s.paidOrderCount, 'paid order')} (at least ${c.loyalMinPaidOrders})`,
            }),
            'LOYAL.paidOrders',
          ),
          condition(
            sales,
            (s) =>
              hasActiveSubscription(s) &&
              s.activeSubscriptionSince !== null &&
              isAtLeastDaysAgo(now, s.activeSubscriptionSince, c.loyalMinSubscriptionDays),
            (s) => ({
              name: 'activeSubscriptionSince',
              input: isoOrNull(s.activeSubscriptionSince),
              text: `${ageClause(now, s.activeSubscriptionSince, 'subscribed since', 'no active subscription')} (at least ${c.loyalMinSubscriptionDays} days)`,
            }),
            'LOYAL.subscription',
          ),
        ],
        [orderWithin(c.loyalActivityDays), activeSubscription(), engagedWithin(c.loyalActivityDays)],
      ],
    },
    {
      stage: 'ACTIVE',
      groups: [
        [orderWithin(c.activeOrderDays, 'ACTIVE.recentOrder'), activeSubscription('ACTIVE.subscription')],
      ],
    },
    {
      stage: 'LEAD',
      groups: [
        [
          condition(
            sales,
            (s) => !hasEverBought(s),
            (s) => ({ name: 'paidOrderCount', input: String(s.paidOrderCount), text: 'never bought' }),
          ),
        ],
        [
          engagedWithin(c.leadEngagementDays, 'LEAD.engaged'),
          condition(
            sales,
            (s) => s.openOpportunityCount > 0,
            (s) => ({
              name: 'openOpportunityCount',
              input: String(s.openOpportunityCount),
              text: countOf(s.openOpportunityCount, 'open opportunity', 'open opportunities'),
            }),
            'LEAD.openOpportunity',
          ),
        ],
      ],
    },
  ];
}

function repeatRate(support: { repeatContactCount90d: number; contactCount90d: number }): number {
  return roundTo(support.repeatContactCount90d / support.contactCount90d, 2);
}

function ruleTruth(rule: StageRule): Truth {
  return allOf(...rule.groups.map((group) => anyOf(...group.map((condition) => condition.truth))));
}

/** Lifecycle stage, first rule that matches (see DESIGN §4); a rule whose answer is unknown is skipped. */
export function evaluateLifecycleStage(inputs: KpiInputs, config: KpiConfig): LifecycleEvaluation {
  let determinable = true;
  for (const rule of stageRules(inputs, config)) {
    const truth = ruleTruth(rule);
    if (truth === null) determinable = false;
    if (truth !== true) continue;
    const holding = rule.groups.flat().filter((condition) => condition.truth === true);
    return {
      stage: rule.stage,
      rule: holding.find((condition) => condition.rule !== undefined)?.rule ?? rule.stage,
      clauses: holding.flatMap((condition) => (condition.clause === null ? [] : [condition.clause])),
      determinable,
    };
  }
  return { stage: 'PROSPECT', rule: 'PROSPECT.fallback', clauses: [], determinable };
}

export function computeLifecycleStage(
  inputs: KpiInputs,
  config: KpiConfig,
  evaluation: LifecycleEvaluation = evaluateLifecycleStage(inputs, config),
): LifecycleStageResult {
  const base = resultBase('lifecycleStage', inputs, config, ['marketing', 'sales', 'support']);
  const reason =
    evaluation.clauses.length > 0
      ? evaluation.clauses.map((clause) => clause.text).join('; ')
      : 'no rule for an earlier stage in the order CHURNED, AT_RISK, NEW, LOYAL, ACTIVE, LEAD matched';
  const consequence = evaluation.determinable
    ? 'but that data could not have changed this stage'
    : 'so rules that need that data could not match';
  return {
    ...base,
    value: evaluation.stage,
    rule: evaluation.rule,
    explanation: `${evaluation.stage}: ${reason}.${missingSentence(base.missing, consequence)}`,
    factors: evaluation.clauses.map(
      (clause): KpiFactor => ({
        name: clause.name,
        input: clause.input,
        contribution: 0,
        note: `${capitalize(clause.text)}.`,
      }),
    ),
  };
}
