import type { KpiConfig } from './config';
import { hasActiveSubscription } from './customer-facts';
import type { KpiInputs, SalesInputs } from './inputs';
import { roundTo } from './numbers';
import { type KpiFactor, type KpiResult, missingSentence, resultBase } from './result';
import { countOf } from './text';
import { DAY_MS } from './time';

export type SilenceResult = KpiResult<number>;

const MAX_SCORE = 100;

/**
 * Months of active subscription inside the window, a started month counting as one
 * (the whole window when the start is unknown).
 */
export function subscriptionMonthsInWindow(sales: SalesInputs, now: Date, config: KpiConfig): number {
  if (!hasActiveSubscription(sales)) return 0;
  const { windowDays, subscriptionMonthDays } = config.silence;
  const windowMonths = Math.ceil(windowDays / subscriptionMonthDays);
  if (sales.activeSubscriptionSince === null) return windowMonths;
  const coveredMs = Math.min(windowDays * DAY_MS, now.getTime() - sales.activeSubscriptionSince.getTime());
  return Math.max(0, Math.ceil(coveredMs / (subscriptionMonthDays * DAY_MS)));
}

/** How little the customer needs to reach out unprompted: 100 = never. */
export function computeSilence(inputs: KpiInputs, config: KpiConfig): SilenceResult {
  const { now, sales, support } = inputs;
  const c = config.silence;
  const base = resultBase('silence', inputs, config, ['sales', 'support']);
  if (support === null) {
    return {
      ...base,
      value: MAX_SCORE,
      explanation: `No contact load is known: support was unavailable, so the score defaults to ${MAX_SCORE} with confidence 0.`,
      factors: [],
    };
  }

  const paidOrders = sales?.paidOrderCount90d ?? 0;
  const subscriptionMonths = sales === null ? 0 : subscriptionMonthsInWindow(sales, now, config);
  const exposure = Math.max(1, paidOrders + subscriptionMonths);
  // Points a load takes off the score; one division keeps hand-computed halves exact.
  const penalty = (load: number) => (load * MAX_SCORE) / (exposure * c.saturation);
  // A reopened ticket is already one of support's repeat contacts, so reopens are not counted again.
  const parts = [
    { name: 'contacts', count: support.contactCount90d, weight: c.weights.contact, label: 'contact' },
    {
      name: 'repeatContacts',
      count: support.repeatContactCount90d,
      weight: c.weights.repeatContact,
      label: 'repeat contact',
    },
    { name: 'transfers', count: support.transferCount90d, weight: c.weights.transfer, label: 'transfer' },
    {
      name: 'botToHumanHandoffs',
      count: support.botToHumanHandoffCount90d,
      weight: c.weights.botToHumanHandoff,
      label: 'bot-to-human handoff',
    },
  ].filter((part) => part.count > 0);
  const load = parts.reduce((sum, part) => sum + part.count * part.weight, 0);
  const value = roundTo(Math.max(0, MAX_SCORE - penalty(load)), 0);

  const exposureNote =
    sales === null
      ? 'Sales was unavailable, so exposure counts as the minimum of 1.'
      : `${countOf(paidOrders, 'paid order')} and ${countOf(subscriptionMonths, 'subscribed month')} in ${c.windowDays} days (at least 1).`;
  const factors: KpiFactor[] = [
    ...parts.map(
      (part): KpiFactor => ({
        name: part.name,
        input: String(part.count),
        contribution: roundTo(-penalty(part.count * part.weight), 2),
        note: `${countOf(part.count, part.label)} in ${c.windowDays} days × weight ${part.weight}.`,
      }),
    ),
    { name: 'exposure', input: String(exposure), contribution: 0, note: exposureNote },
  ];
  const loadText =
    parts.length === 0
      ? 'no unprompted contact'
      : parts.map((part) => `${countOf(part.count, part.label)} × ${part.weight}`).join(' + ');
  return {
    ...base,
    value,
    explanation:
      `Silence ${value}/100: load ${load} (${loadText}) over ${c.windowDays} days per exposure ${exposure}, ` +
      `saturating at ${c.saturation} per unit of exposure.` +
      missingSentence(base.missing, 'so exposure counts as 1'),
    factors,
  };
}
