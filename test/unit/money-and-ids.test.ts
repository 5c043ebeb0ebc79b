import { isUuid, stableId } from '../../lib/ids';
import { isIsoCurrency, sumByCurrency } from '../../lib/money';

describe('sumByCurrency', () => {
  it('should never add different currencies together and list the largest first', () => {
    expect(
      sumByCurrency([
        { amountMinor: 100, currency: 'EUR' },
        { amountMinor: 500, currency: 'USD' },
        { amountMinor: 250, currency: 'EUR' },
      ]),
    ).toEqual([
      { amountMinor: 500, currency: 'USD' },
      { amountMinor: 350, currency: 'EUR' },
    ]);
  });

  it('should return an empty list for no amounts', () => {
    expect(sumByCurrency([])).toEqual([]);
  });
});

describe('isIsoCurrency', () => {
  it('should know EUR and not EURO', () => {
    expect(isIsoCurrency('EUR')).toBe(true);
    expect(isIsoCurrency('EURO')).toBe(false);
  });
});

describe('stableId', () => {
  it('should give the same UUID for the same name and different ones for different names', () => {
    expect(stableId('demo-customer', 0)).toBe('06f9c031-95a3-5a98-a54b-70bcab01d8d1');
    expect(stableId('demo-customer', 1)).not.toBe(stableId('demo-customer', 0));
    expect(isUuid(stableId('x'))).toBe(true);
  });
});
