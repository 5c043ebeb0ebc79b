import {
  computeSilence,
  KPI_CONFIG,
  type SalesInputs,
  type SilenceResult,
  subscriptionMonthsInWindow,
} from '../../../lib/kpi';
import { baseInputs, daysAgo, emptySales, type InputOverrides, NOW } from './fixtures';

function silenceOf(overrides: InputOverrides = {}): SilenceResult {
  return computeSilence(baseInputs(overrides), KPI_CONFIG);
}

function monthsOf(sales: Partial<SalesInputs>): number {
  return subscriptionMonthsInWindow({ ...emptySales(), ...sales }, NOW, KPI_CONFIG);
}

describe('silence metric', () => {
  it('should be 100 when the customer never reached out', () => {
    expect(silenceOf()).toEqual({
      value: 100,
      formulaVersion: 'silence/v1',
      computedAt: NOW,
      explanation:
        'Silence 100/100: load 0 (no unprompted contact) over 90 days per exposure 1, saturating at 4 per unit of exposure.',
      factors: [
        {
          name: 'exposure',
          input: '1',
          contribution: 0,
          note: '0 paid orders and 0 subscribed months in 90 days (at least 1).',
        },
      ],
      missing: [],
      confidence: 1,
    });
  });

  it('should weigh the load per unit of exposure when there are contacts, repeat contacts and transfers', () => {
    // load 2×1 + 1×2 + 1×1 = 5; exposure 1 order + 3 months = 4; 100 × (1 − 5/4/4) = 68.75 → 69.
    const result = silenceOf({
      sales: { paidOrderCount90d: 1, activeSubscriptionCount: 1, activeSubscriptionSince: daysAgo(200) },
      support: { contactCount90d: 2, repeatContactCount90d: 1, transferCount90d: 1 },
    });
    expect(result.value).toBe(69);
    expect(result.factors).toEqual([
      { name: 'contacts', input: '2', contribution: -12.5, note: '2 contacts in 90 days × weight 1.' },
      {
        name: 'repeatContacts',
        input: '1',
        contribution: -12.5,
        note: '1 repeat contact in 90 days × weight 2.',
      },
      { name: 'transfers', input: '1', contribution: -6.25, note: '1 transfer in 90 days × weight 1.' },
      {
        name: 'exposure',
        input: '4',
        contribution: 0,
        note: '1 paid order and 3 subscribed months in 90 days (at least 1).',
      },
    ]);
    expect(result.explanation).toBe(
      'Silence 69/100: load 5 (2 contacts × 1 + 1 repeat contact × 2 + 1 transfer × 1) over 90 days per exposure 4, saturating at 4 per unit of exposure.',
    );
  });

  it('should weigh bot-to-human handoffs by 2 when they occur', () => {
    // load 3×1 + 1×2 + 2×1 + 1×2 = 9 (the reopen is already the repeat contact); exposure 5 orders;
    // 100 − 900/20 = 55.
    const result = silenceOf({
      sales: { paidOrderCount90d: 5 },
      support: {
        contactCount90d: 3,
        repeatContactCount90d: 1,
        reopenedCount90d: 1,
        transferCount90d: 2,
        botToHumanHandoffCount90d: 1,
      },
    });
    expect(result.value).toBe(55);
    expect(result.factors.map((factor) => [factor.name, factor.contribution])).toEqual([
      ['contacts', -15],
      ['repeatContacts', -10],
      ['transfers', -10],
      ['botToHumanHandoffs', -10],
      ['exposure', 0],
    ]);
  });

  it('should count a reopened ticket once, as a repeat contact, when it was reopened', () => {
    // 1 ticket, reopened: support counts it as 1 contact and 1 repeat contact; load 1×1 + 1×2 = 3
    // on exposure 1: 100 × (1 − 3/1/4) = 25.
    expect(
      silenceOf({ support: { contactCount90d: 1, repeatContactCount90d: 1, reopenedCount90d: 1 } }),
    ).toEqual({
      value: 25,
      formulaVersion: 'silence/v1',
      computedAt: NOW,
      explanation:
        'Silence 25/100: load 3 (1 contact × 1 + 1 repeat contact × 2) over 90 days per exposure 1, saturating at 4 per unit of exposure.',
      factors: [
        { name: 'contacts', input: '1', contribution: -25, note: '1 contact in 90 days × weight 1.' },
        {
          name: 'repeatContacts',
          input: '1',
          contribution: -50,
          note: '1 repeat contact in 90 days × weight 2.',
        },
        {
          name: 'exposure',
          input: '1',
          contribution: 0,
          note: '0 paid orders and 0 subscribed months in 90 days (at least 1).',
        },
      ],
      missing: [],
      confidence: 1,
    });
  });

  it('should clamp at 0 when the load exceeds the saturation', () => {
    // load 5×1 + 3×2 + 1×1 + 2×2 = 16 on exposure 1: 100 − 400 → 0.
    const result = silenceOf({
      support: {
        contactCount90d: 5,
        repeatContactCount90d: 3,
        transferCount90d: 1,
        botToHumanHandoffCount90d: 2,
      },
    });
    expect(result.value).toBe(0);
  });

  it('should be 0 when the load is exactly the saturation', () => {
    // load 4 on exposure 1: 100 × (1 − 4/1/4) = 0.
    expect(silenceOf({ support: { contactCount90d: 4 } }).value).toBe(0);
  });

  it('should round a half point up when the score ends in .5', () => {
    // load 1 on exposure 2: 100 − 100/8 = 87.5 → 88.
    expect(silenceOf({ sales: { paidOrderCount90d: 2 }, support: { contactCount90d: 1 } }).value).toBe(88);
  });

  it('should count exposure as 1 when there is no order and no subscription', () => {
    // load 1 on exposure 1: 75.
    expect(silenceOf({ support: { contactCount90d: 1 } }).value).toBe(75);
  });

  it.each([
    ['no active subscription', { activeSubscriptionSince: daysAgo(200) }, 0],
    ['10 days', { activeSubscriptionCount: 1, activeSubscriptionSince: daysAgo(10) }, 1],
    ['exactly 30 days', { activeSubscriptionCount: 1, activeSubscriptionSince: daysAgo(30) }, 1],
    ['30 days and 1 ms', { activeSubscriptionCount: 1, activeSubscriptionSince: daysAgo(30, 1) }, 2],
    ['exactly 60 days', { activeSubscriptionCount: 1, activeSubscriptionSince: daysAgo(60) }, 2],
    ['exactly 90 days', { activeSubscriptionCount: 1, activeSubscriptionSince: daysAgo(90) }, 3],
    ['200 days', { activeSubscriptionCount: 1, activeSubscriptionSince: daysAgo(200) }, 3],
    ['an unknown start', { activeSubscriptionCount: 1, activeSubscriptionSince: null }, 3],
  ])('should count subscription months in the 90-day window for %s', (_, sales, months) => {
    expect(monthsOf(sales)).toBe(months);
  });

  it('should score 100 with confidence 0 and support missing when support is unavailable', () => {
    expect(silenceOf({ support: null })).toEqual({
      value: 100,
      formulaVersion: 'silence/v1',
      computedAt: NOW,
      explanation:
        'No contact load is known: support was unavailable, so the score defaults to 100 with confidence 0.',
      factors: [],
      missing: ['support'],
      confidence: 0,
    });
  });

  it('should count exposure as 1 and lower confidence when sales is unavailable', () => {
    const result = silenceOf({ sales: null, support: { contactCount90d: 1 } });
    expect(result.value).toBe(75);
    expect(result.missing).toEqual(['sales']);
    expect(result.confidence).toBe(0.8);
    expect(result.factors.at(-1)).toEqual({
      name: 'exposure',
      input: '1',
      contribution: 0,
      note: 'Sales was unavailable, so exposure counts as the minimum of 1.',
    });
    expect(result.explanation).toBe(
      'Silence 75/100: load 1 (1 contact × 1) over 90 days per exposure 1, saturating at 4 per unit of exposure. Sales was unavailable, so exposure counts as 1.',
    );
  });

  it('should have confidence 0 when sales and support are unavailable', () => {
    const result = silenceOf({ sales: null, support: null });
    expect(result.value).toBe(100);
    expect(result.missing).toEqual(['sales', 'support']);
    expect(result.confidence).toBe(0);
  });

  it('should keep full confidence when marketing is unavailable', () => {
    expect(silenceOf({ marketing: null }).missing).toEqual([]);
  });
});
