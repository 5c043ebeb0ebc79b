import { minorUnitDigits } from '../money';

/**
 * The one currency BI rollups add CLV up in. Customer-level CLV stays in the customer's own currency;
 * only graph-level averages and percentiles need one unit. The rates are fixed on purpose: a trend line
 * must not move because an exchange rate did. Change them (and note it) when they drift too far.
 */
export const REPORTING_CURRENCY = 'EUR';

/** Units of REPORTING_CURRENCY per unit of each currency (2026-11 reference rates, rounded). */
export const REPORTING_RATES: Readonly<Record<string, number>> = {
  EUR: 1,
  GBP: 1.17,
  USD: 0.92,
  CHF: 1.06,
  SEK: 0.087,
  DKK: 0.134,
  NOK: 0.085,
  PLN: 0.23,
  JPY: 0.0061,
};

/**
 * An amount in minor units of `currency`, in minor units of REPORTING_CURRENCY (minor units differ: a yen
 * has none, a euro 100 cents); null for a currency without a rate, which BI then leaves out.
 */
export function reportingMinor(amountMinor: number, currency: string): number | null {
  const rate = REPORTING_RATES[currency];
  if (rate === undefined) return null;
  const major = amountMinor / 10 ** minorUnitDigits(currency);
  return Math.round(major * rate * 10 ** minorUnitDigits(REPORTING_CURRENCY));
}
