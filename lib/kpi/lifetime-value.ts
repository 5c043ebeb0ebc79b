import type { Money } from '../money';
import type { ChurnRiskResult } from './churn-risk';
import { amountForCurrency, type KpiConfig } from './config';
import { hasActiveSubscription } from './customer-facts';
import type { KpiInputs, SalesInputs } from './inputs';
import { roundTo } from './numbers';
import { type KpiFactor, type KpiResult, missingSentence, resultBase } from './result';
import { countOf } from './text';

/** Money in minor units of the customer's main currency; total = historical + predicted − cost to serve. */
export interface LifetimeValue {
  currency: string;
  historicalMinor: number;
  predictedMinor: number;
  costToServeMinor: number;
  totalMinor: number;
}

export type LifetimeValueResult = KpiResult<LifetimeValue | null>;

const MONTHS_PER_YEAR = 12;

/** The first net revenue currency (the largest), else the MRR currency of an active subscription. */
export function mainCurrency(sales: SalesInputs): string | null {
  const revenue = sales.netRevenue[0];
  if (revenue !== undefined) return revenue.currency;
  return hasActiveSubscription(sales) ? (sales.mrr[0]?.currency ?? null) : null;
}

function amountIn(amounts: readonly Money[], currency: string): number {
  return amounts.find((amount) => amount.currency === currency)?.amountMinor ?? 0;
}

interface AnnualValue {
  perYearMinor: number;
  basis: string;
}

/** Orders per year at the average order value, or MRR × 12 when an active subscription gives more. */
function annualValue(sales: SalesInputs, currency: string): AnnualValue {
  const fromOrders = amountIn(sales.averageOrderValue, currency) * sales.paidOrderCount365d;
  const fromSubscription = hasActiveSubscription(sales) ? amountIn(sales.mrr, currency) * MONTHS_PER_YEAR : 0;
  if (fromSubscription > fromOrders) return { perYearMinor: fromSubscription, basis: 'MRR × 12' };
  return {
    perYearMinor: fromOrders,
    basis: `average order value × ${countOf(sales.paidOrderCount365d, 'paid order')} in 365 days`,
  };
}

export function computeLifetimeValue(
  inputs: KpiInputs,
  config: KpiConfig,
  churnRisk: ChurnRiskResult,
): LifetimeValueResult {
  const { sales, support } = inputs;
  const c = config.lifetimeValue;
  const base = resultBase('lifetimeValue', inputs, config, ['marketing', 'sales', 'support']);
  if (sales === null) {
    return {
      ...base,
      value: null,
      explanation: 'No lifetime value: sales was unavailable.',
      factors: [],
    };
  }
  const currency = mainCurrency(sales);
  if (currency === null) {
    return {
      ...base,
      value: null,
      explanation: 'No lifetime value: the customer never bought and has no active subscription.',
      factors: [],
    };
  }

  const historicalMinor = amountIn(sales.netRevenue, currency);
  const annual = annualValue(sales, currency);
  const predictedMinor = roundTo(
    annual.perYearMinor * c.grossMargin * c.horizonYears * (1 - churnRisk.value),
    0,
  );
  const costPerContact = amountForCurrency(c.costPerContactMinor, currency);
  // Every contact so far, like the historical net revenue it is set against (each ticket is one contact).
  const contacts = support?.ticketCount ?? 0;
  const costToServeMinor = roundTo(contacts * costPerContact, 0);
  const totalMinor = historicalMinor + predictedMinor - costToServeMinor;

  const predictedNote = `${annual.perYearMinor} a year (${annual.basis}) × margin ${c.grossMargin} × ${c.horizonYears} years × (1 − churn risk ${churnRisk.value})`;
  const costNote =
    support === null
      ? 'Support was unavailable, so the cost to serve is unknown and counted as 0.'
      : `${countOf(contacts, 'support contact')} so far × ${costPerContact} per contact.`;
  const factors: KpiFactor[] = [
    {
      name: 'historical',
      input: String(historicalMinor),
      contribution: historicalMinor,
      note: `Net revenue so far in ${currency}.`,
    },
    {
      name: 'predicted',
      input: String(annual.perYearMinor),
      contribution: predictedMinor,
      note: `Predicted: ${predictedNote}.`,
    },
    {
      name: 'costToServe',
      input: support === null ? null : String(contacts),
      contribution: costToServeMinor === 0 ? 0 : -costToServeMinor,
      note: costNote,
    },
  ];
  return {
    ...base,
    value: { currency, historicalMinor, predictedMinor, costToServeMinor, totalMinor },
    explanation:
      `${currency} minor units: historical ${historicalMinor} + predicted ${predictedMinor} − cost to serve ` +
      `${costToServeMinor} = ${totalMinor}. Predicted = ${predictedNote}.` +
      missingSentence(base.missing, 'so the parts that need that data are estimates'),
    factors,
  };
}
