import type { ValueTransformer } from 'typeorm';

/** Money is an integer number of minor units (cents) with an ISO 4217 currency. */
export interface Money {
  amountMinor: number;
  currency: string;
}

const ISO_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export function isIsoCurrency(code: string): boolean {
  return ISO_CURRENCIES.has(code);
}

/** Digits after the decimal point of a currency's minor unit: 2 for EUR (cents), 0 for JPY, 3 for KWD. */
export function minorUnitDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2
  );
}

export function money(amountMinor: number, currency: string): Money {
  return { amountMinor, currency };
}

/** Sums amounts per currency, largest first, so no two currencies are ever added together. */
export function sumByCurrency(items: ReadonlyArray<Money>): Money[] {
  const totals = new Map<string, number>();
  for (const item of items) totals.set(item.currency, (totals.get(item.currency) ?? 0) + item.amountMinor);
  return [...totals]
    .map(([currency, amountMinor]) => ({ amountMinor, currency }))
    .sort((a, b) => b.amountMinor - a.amountMinor || a.currency.localeCompare(b.currency));
}

/** PostgreSQL returns `bigint` as a string; amounts stay far below 2^53, so a number is exact. */
export const bigintAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
