import type { KpiConfig } from './config';
import {
  hasActiveSubscription,
  hasEverBought,
  hasPurchaseLapsed,
  purchaseLapseLimitDays,
} from './customer-facts';
import type { KpiInputs } from './inputs';
import { clamp, roundTo } from './numbers';
import { type KpiFactor, type KpiResult, missingSentence, resultBase } from './result';
import { countOf } from './text';
import { describeAge, isoOrNull, isWithinDays } from './time';

export type ChurnRiskResult = KpiResult<number>;

/** How the explanation names each factor. */
const LABELS: Readonly<Record<string, string>> = {
  baseline: 'baseline',
  cancelIntent: 'cancel intent',
  competitorComparison: 'competitor comparison',
  staleTickets: 'tickets open over 7 days',
  repeatContacts: 'repeat contacts',
  lowCsat: 'low last CSAT',
  recencyLapse: 'recency lapse',
  activeSubscription: 'active subscription',
};

function factor(name: string, input: string | null, contribution: number, note: string): KpiFactor {
  return { name, input, contribution: roundTo(contribution, 2), note };
}

function marketingFactors(inputs: KpiInputs, config: KpiConfig): KpiFactor[] {
  const { now, marketing } = inputs;
  const c = config.churnRisk;
  if (marketing === null) return [];
  const factors: KpiFactor[] = [];
  const cancelAt = marketing.lastCancelIntentAt;
  if (cancelAt !== null && isWithinDays(now, cancelAt, c.signalDays)) {
    factors.push(
      factor(
        'cancelIntent',
        cancelAt.toISOString(),
        c.cancelIntentWeight,
        `Cancel intent ${describeAge(now, cancelAt)}, within ${c.signalDays} days.`,
      ),
    );
  }
  const comparedAt = marketing.lastCompetitorComparisonAt;
  if (comparedAt !== null && isWithinDays(now, comparedAt, c.signalDays)) {
    factors.push(
      factor(
        'competitorComparison',
        comparedAt.toISOString(),
        c.competitorComparisonWeight,
        `Competitor comparison ${describeAge(now, comparedAt)}, within ${c.signalDays} days.`,
      ),
    );
  }
  return factors;
}

function supportFactors(inputs: KpiInputs, config: KpiConfig): KpiFactor[] {
  const { now, support } = inputs;
  const c = config.churnRisk;
  if (support === null) return [];
  const factors: KpiFactor[] = [];
  const stale = support.ticketsOpenLongerThan7Days;
  if (stale > 0) {
    factors.push(
      factor(
        'staleTickets',
        String(stale),
        Math.min(c.staleTicketMax, stale * c.staleTicketWeight),
        `${countOf(stale, 'unresolved ticket')} open longer than 7 days (+${c.staleTicketWeight} each, at most +${c.staleTicketMax}).`,
      ),
    );
  }
  const repeats = support.repeatContactCount90d;
  if (repeats > 0) {
    factors.push(
      factor(
        'repeatContacts',
        String(repeats),
        Math.min(c.repeatContactMax, repeats * c.repeatContactWeight),
        `${countOf(repeats, 'repeat contact')} in 90 days (+${c.repeatContactWeight} each, at most +${c.repeatContactMax}).`,
      ),
    );
  }
  const csat = support.lastCsat;
  if (
    csat !== null &&
    csat <= config.lowCsatMaxScore &&
    isWithinDays(now, support.lastCsatAt, c.lowCsatDays)
  ) {
    factors.push(
      factor(
        'lowCsat',
        String(csat),
        c.lowCsatWeight,
        `Last CSAT ${csat} (at most ${config.lowCsatMaxScore}) given within ${c.lowCsatDays} days.`,
      ),
    );
  }
  return factors;
}

/** A purchase lapse, else a past buyer who stopped engaging; counted once. */
function recencyLapseFactor(inputs: KpiInputs, config: KpiConfig): KpiFactor | null {
  const { now, marketing, sales } = inputs;
  const c = config.churnRisk;
  if (sales === null) return null;
  if (sales.lastOrderAt !== null && hasPurchaseLapsed(sales, now, config)) {
    return factor(
      'recencyLapse',
      sales.lastOrderAt.toISOString(),
      c.recencyLapseWeight,
      `Last paid order ${describeAge(now, sales.lastOrderAt)}, more than ${purchaseLapseLimitDays(sales, config)} days (${config.purchaseLapse.multiplier} × the usual interval).`,
    );
  }
  if (
    marketing !== null &&
    hasEverBought(sales) &&
    !isWithinDays(now, marketing.lastEngagedAt, c.lapseEngagementDays)
  ) {
    const last = marketing.lastEngagedAt;
    return factor(
      'recencyLapse',
      isoOrNull(last),
      c.recencyLapseWeight,
      `A past buyer ${last === null ? 'who never engaged' : `last engaged ${describeAge(now, last)}`}, not within ${c.lapseEngagementDays} days.`,
    );
  }
  return null;
}

/** Churn risk 0–1: additive factors on a baseline, clamped, rounded to 2 decimals. */
export function computeChurnRisk(inputs: KpiInputs, config: KpiConfig): ChurnRiskResult {
  const c = config.churnRisk;
  const factors: KpiFactor[] = [
    factor('baseline', null, c.baseline, `Every customer starts at ${c.baseline}.`),
    ...marketingFactors(inputs, config),
    ...supportFactors(inputs, config),
  ];
  const lapse = recencyLapseFactor(inputs, config);
  if (lapse !== null) factors.push(lapse);
  if (inputs.sales !== null && hasActiveSubscription(inputs.sales)) {
    factors.push(
      factor(
        'activeSubscription',
        String(inputs.sales.activeSubscriptionCount),
        c.activeSubscriptionWeight,
        `An active subscription lowers the risk (${c.activeSubscriptionWeight}).`,
      ),
    );
  }
  const sum = factors.reduce((total, f) => total + f.contribution, 0);
  const value = roundTo(clamp(sum, 0, 1), 2);
  const clamped = value !== roundTo(sum, 2) ? ` (sum ${roundTo(sum, 2)} clamped to ${value})` : '';
  const parts = factors
    .map((f) => `${LABELS[f.name] ?? f.name} ${f.contribution >= 0 ? '+' : ''}${f.contribution}`)
    .join(', ');
  const base = resultBase('churnRisk', inputs, config, ['marketing', 'sales', 'support']);
  return {
    ...base,
    value,
    explanation: `Churn risk ${value}${clamped}: ${parts}.${missingSentence(base.missing, 'so factors from that data could not count')}`,
    factors,
  };
}
