import { REPORTING_RATES, reportingMinor } from '../../lib/kpi/reporting-currency';
import { minorUnitDigits } from '../../lib/money';

describe('CLV in the reporting currency', () => {
  it.each([
    ['EUR', 2],
    ['JPY', 0],
    ['KWD', 3],
  ])('should know that %s has %i minor-unit digits', (currency, digits) => {
    expect(minorUnitDigits(currency)).toBe(digits);
  });

  it.each([
    [10_000, 'EUR', 10_000],
    [10_000, 'GBP', 11_700],
    [10_000, 'USD', 9_200],
    // ¥10,000 × 0.0061 = €61.00: yen have no minor unit, euros have cents.
    [10_000, 'JPY', 6_100],
    [-2_500, 'GBP', -2_925],
  ])('should convert %i minor units of %s to %i euro cents', (amount, currency, expected) => {
    expect(reportingMinor(amount, currency)).toBe(expected);
  });

  it('should answer null for a currency without a rate, so BI leaves it out instead of guessing', () => {
    expect(REPORTING_RATES.BRL).toBeUndefined();
    expect(reportingMinor(10_000, 'BRL')).toBeNull();
  });
});
