import { buildWorld, PERSONAS } from '../../scripts/demo/world';

describe('buildWorld', () => {
  const now = new Date('2026-11-22T12:00:00Z');
  const world = buildWorld(2000, now);

  it('should be identical for the same count', () => {
    expect(buildWorld(2000, now)).toEqual(world);
  });

  it('should put the named personas first', () => {
    expect(world.slice(0, PERSONAS.length).map((customer) => customer.email)).toEqual(
      PERSONAS.map((p) => p.email),
    );
  });

  it('should spread customers across departments: all in marketing, about 60% in sales, 35% in support', () => {
    const share = (flag: 'knownToSales' | 'knownToSupport') =>
      world.filter((c) => c[flag]).length / world.length;
    expect(share('knownToSales')).toBeGreaterThan(0.55);
    expect(share('knownToSales')).toBeLessThan(0.65);
    expect(share('knownToSupport')).toBeGreaterThan(0.3);
    expect(share('knownToSupport')).toBeLessThan(0.4);
  });

  it('should keep every customer within two years of history', () => {
    const twoYearsAgo = now.getTime() - 730 * 24 * 3600 * 1000;
    expect(world.every((customer) => customer.createdAt.getTime() >= twoYearsAgo)).toBe(true);
  });
});
