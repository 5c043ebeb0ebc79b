import {
  computeNextBestAction,
  KPI_CONFIG,
  type KpiInputs,
  type LifetimeValue,
  type MarketingInputs,
  type NextBestActionContext,
  type NextBestActionResult,
} from '../../../lib/kpi';
import {
  baseInputs,
  consents,
  daysAgo,
  type InputOverrides,
  iso,
  keySignal,
  keyTicket,
  NOW,
} from './fixtures';

const PROSPECT: NextBestActionContext = { stage: 'PROSPECT', lifetimeValue: null };

function actionOf(inputs: KpiInputs, context: NextBestActionContext = PROSPECT): NextBestActionResult {
  return computeNextBestAction(inputs, KPI_CONFIG, context);
}

const consent: Partial<MarketingInputs> = {
  ...consents(['EMAIL', 'SMS'], ['EMAIL', 'SMS']),
  preferredChannel: 'SMS',
};

/** A customer reachable by email and SMS (consented for MARKETING and SERVICE) who prefers SMS, changed by `overrides`. */
function reachable(overrides: InputOverrides = {}): KpiInputs {
  return baseInputs({
    ...overrides,
    marketing: overrides.marketing === null ? null : { ...consent, ...overrides.marketing },
  });
}

function cancelIntent(at: Date): Partial<MarketingInputs> {
  return { lastCancelIntentAt: at, keySignals: [keySignal('sig-cancel', 'CANCEL_SUBSCRIPTION_INTENT', at)] };
}

function loyalValue(totalMinor: number): NextBestActionContext {
  const lifetimeValue: LifetimeValue = {
    currency: 'EUR',
    historicalMinor: totalMinor,
    predictedMinor: 0,
    costToServeMinor: 0,
    totalMinor,
  };
  return { stage: 'LOYAL', lifetimeValue };
}

describe('next best action: 1. retention outreach', () => {
  it('should ask sales for human retention outreach when a cancel intent was exactly 14 days ago', () => {
    expect(actionOf(reachable({ marketing: cancelIntent(daysAgo(14)) }))).toEqual({
      value: 'RETENTION_OUTREACH',
      department: 'SALES',
      channel: 'SMS',
      humanRequired: true,
      reason:
        'Cancel intent 14 days ago: a person in sales should reach out to keep the customer, via SMS (their preferred channel).',
      evidence: [{ kind: 'SIGNAL', id: 'sig-cancel' }],
      rule: 'retention.cancelIntent',
      formulaVersion: 'next-best-action/v1',
      computedAt: NOW,
      explanation:
        'Cancel intent 14 days ago: a person in sales should reach out to keep the customer, via SMS (their preferred channel).',
      factors: [
        {
          name: 'lastCancelIntentAt',
          input: iso(daysAgo(14)),
          contribution: 0,
          note: 'Cancel intent 14 days ago.',
        },
        { name: 'channel', input: 'SMS', contribution: 0, note: 'Reachable, with a MARKETING consent: SMS.' },
      ],
      missing: [],
      confidence: 1,
    });
  });

  it('should not ask for retention outreach when the cancel intent was 14 days and 1 ms ago', () => {
    expect(actionOf(reachable({ marketing: cancelIntent(daysAgo(14, 1)) })).value).toBe('NO_ACTION');
  });

  it('should take precedence when every later rule would also match', () => {
    const result = actionOf(
      reachable({
        marketing: {
          ...cancelIntent(daysAgo(1)),
          lastCheckoutErrorAt: daysAgo(1),
          lastPricingViewAt: daysAgo(1),
        },
        support: { repeatContactCount90d: 3 },
      }),
      loyalValue(100_000),
    );
    expect(result.value).toBe('RETENTION_OUTREACH');
  });

  it('should be skipped when marketing is unavailable', () => {
    const result = actionOf(baseInputs({ marketing: null }));
    expect(result.value).toBe('NO_ACTION');
    expect(result.missing).toEqual(['marketing']);
    expect(result.confidence).toBe(0.6);
  });
});

describe('next best action: 2. proactive support', () => {
  it('should ask support for a person when a checkout error was exactly 7 days ago and the customer has not written in', () => {
    const result = actionOf(
      reachable({
        marketing: {
          lastCheckoutErrorAt: daysAgo(7),
          keySignals: [keySignal('sig-checkout', 'CHECKOUT_ERROR', daysAgo(7))],
        },
      }),
    );
    expect(result).toMatchObject({
      value: 'PROACTIVE_SUPPORT',
      department: 'SUPPORT',
      channel: 'SMS',
      humanRequired: true,
      evidence: [{ kind: 'SIGNAL', id: 'sig-checkout' }],
      rule: 'proactiveSupport.checkoutError',
      reason:
        'Checkout error 7 days ago with no support contact since: support should reach out before the customer has to write in, via SMS (their preferred channel).',
    });
  });

  it('should do nothing when the checkout error was 7 days and 1 ms ago', () => {
    expect(actionOf(reachable({ marketing: { lastCheckoutErrorAt: daysAgo(7, 1) } })).value).toBe(
      'NO_ACTION',
    );
  });

  it('should send a message without a person when only a cart was abandoned exactly 7 days ago', () => {
    const result = actionOf(
      reachable({
        marketing: {
          lastCartAbandonedAt: daysAgo(7),
          keySignals: [keySignal('sig-cart', 'CART_ABANDONED', daysAgo(7))],
        },
      }),
    );
    expect(result).toMatchObject({
      value: 'PROACTIVE_SUPPORT',
      humanRequired: false,
      evidence: [{ kind: 'SIGNAL', id: 'sig-cart' }],
      rule: 'proactiveSupport.cartAbandoned',
    });
  });

  it('should do nothing when the cart was abandoned 7 days and 1 ms ago', () => {
    expect(actionOf(reachable({ marketing: { lastCartAbandonedAt: daysAgo(7, 1) } })).value).toBe(
      'NO_ACTION',
    );
  });

  it('should need a person and cite both signals when a checkout error and an abandoned cart are fresh', () => {
    const result = actionOf(
      reachable({
        marketing: {
          lastCartAbandonedAt: daysAgo(1),
          lastCheckoutErrorAt: daysAgo(2),
          keySignals: [
            keySignal('sig-cart', 'CART_ABANDONED', daysAgo(1)),
            keySignal('sig-checkout', 'CHECKOUT_ERROR', daysAgo(2)),
          ],
        },
      }),
    );
    expect(result).toMatchObject({
      humanRequired: true,
      rule: 'proactiveSupport.checkoutError',
      evidence: [
        { kind: 'SIGNAL', id: 'sig-checkout' },
        { kind: 'SIGNAL', id: 'sig-cart' },
      ],
    });
    expect(result.reason).toBe(
      'Checkout error 2 days ago and abandoned cart 1 day ago with no support contact since: support should reach out before the customer has to write in, via SMS (their preferred channel).',
    );
  });

  it('should do nothing proactive when the customer contacted support after the checkout error', () => {
    const result = actionOf(
      reachable({ marketing: { lastCheckoutErrorAt: daysAgo(3) }, support: { lastContactAt: daysAgo(2) } }),
    );
    expect(result.value).toBe('NO_ACTION');
  });

  it('should do nothing proactive when the contact was at the same instant as the checkout error', () => {
    const result = actionOf(
      reachable({ marketing: { lastCheckoutErrorAt: daysAgo(3) }, support: { lastContactAt: daysAgo(3) } }),
    );
    expect(result.value).toBe('NO_ACTION');
  });

  it('should act when the last support contact was before the checkout error', () => {
    const result = actionOf(
      reachable({
        marketing: { lastCheckoutErrorAt: daysAgo(3) },
        support: { lastContactAt: daysAgo(3, 1) },
      }),
    );
    expect(result.value).toBe('PROACTIVE_SUPPORT');
    expect(result.evidence).toEqual([]);
  });

  it('should be skipped when support is unavailable, since a contact since is unknown', () => {
    const result = actionOf(reachable({ marketing: { lastCheckoutErrorAt: daysAgo(1) }, support: null }));
    expect(result.value).toBe('NO_ACTION');
    expect(result.missing).toEqual(['support']);
    expect(result.confidence).toBe(0.65);
    expect(result.explanation).toBe(
      'No fresh signal calls for contact: silence is success. Support was unavailable, so rules that need that data were skipped.',
    );
  });
});

describe('next best action: 3. escalate to a human', () => {
  const tickets = [
    keyTicket('t-new', { openedAt: daysAgo(2) }),
    keyTicket('t-old', { openedAt: daysAgo(20) }),
  ];

  it('should escalate with every key ticket as evidence when there are 2 repeat contacts', () => {
    const result = actionOf(reachable({ support: { repeatContactCount90d: 2, keyTickets: tickets } }));
    expect(result).toMatchObject({
      value: 'ESCALATE_TO_HUMAN',
      department: 'SUPPORT',
      channel: 'SMS',
      humanRequired: true,
      rule: 'escalation.repeatContacts',
      evidence: [
        { kind: 'TICKET', id: 't-new' },
        { kind: 'TICKET', id: 't-old' },
      ],
      reason:
        '2 repeat contacts in 90 days: a human agent should take over the conversation, via SMS (their preferred channel).',
    });
  });

  it('should not escalate when there is a single repeat contact', () => {
    expect(actionOf(reachable({ support: { repeatContactCount90d: 1 } })).value).toBe('NO_ACTION');
  });

  it('should escalate when a bot handed over a ticket opened exactly 30 days ago', () => {
    const handedOff = keyTicket('t-bot', { openedAt: daysAgo(30), botToHumanHandoff: true });
    const result = actionOf(reachable({ support: { keyTickets: [handedOff] } }));
    expect(result).toMatchObject({
      value: 'ESCALATE_TO_HUMAN',
      rule: 'escalation.botHandoff',
      evidence: [{ kind: 'TICKET', id: 't-bot' }],
    });
    expect(result.factors[0]).toEqual({
      name: 'botToHumanHandoff',
      input: 't-bot',
      contribution: 0,
      note: 'A bot handed ticket t-bot to a human (opened 30 days ago).',
    });
  });

  it('should not escalate when the bot handoff ticket was opened 30 days and 1 ms ago', () => {
    const handedOff = keyTicket('t-bot', { openedAt: daysAgo(30, 1), botToHumanHandoff: true });
    expect(actionOf(reachable({ support: { keyTickets: [handedOff] } })).value).toBe('NO_ACTION');
  });

  it('should escalate when a CSAT of 2 was given exactly 30 days ago', () => {
    const result = actionOf(reachable({ support: { lastCsat: 2, lastCsatAt: daysAgo(30) } }));
    expect(result).toMatchObject({ value: 'ESCALATE_TO_HUMAN', rule: 'escalation.lowCsat', evidence: [] });
    expect(result.reason).toBe(
      'Last CSAT 2 within 30 days: a human agent should take over the conversation, via SMS (their preferred channel).',
    );
  });

  it('should not escalate when the low CSAT was given 30 days and 1 ms ago', () => {
    expect(actionOf(reachable({ support: { lastCsat: 1, lastCsatAt: daysAgo(30, 1) } })).value).toBe(
      'NO_ACTION',
    );
  });

  it('should not escalate when the last CSAT is 3', () => {
    expect(actionOf(reachable({ support: { lastCsat: 3, lastCsatAt: daysAgo(1) } })).value).toBe('NO_ACTION');
  });

  it('should name every reason and the first as the rule when several hold', () => {
    const handedOff = keyTicket('t-bot', { openedAt: daysAgo(3), botToHumanHandoff: true });
    const result = actionOf(
      reachable({
        support: { repeatContactCount90d: 2, lastCsat: 1, lastCsatAt: daysAgo(1), keyTickets: [handedOff] },
      }),
    );
    expect(result.rule).toBe('escalation.repeatContacts');
    expect(result.factors.map((factor) => factor.name)).toEqual([
      'repeatContactCount90d',
      'botToHumanHandoff',
      'lastCsat',
      'channel',
    ]);
  });

  it('should yield to proactive support when both match', () => {
    const result = actionOf(
      reachable({ marketing: { lastCartAbandonedAt: daysAgo(1) }, support: { repeatContactCount90d: 4 } }),
    );
    expect(result.value).toBe('PROACTIVE_SUPPORT');
  });

  it('should escalate without a channel and say consent is unknown when marketing is unavailable', () => {
    const result = actionOf(baseInputs({ marketing: null, support: { repeatContactCount90d: 2 } }));
    expect(result).toMatchObject({
      value: 'ESCALATE_TO_HUMAN',
      channel: null,
      missing: ['marketing'],
      reason:
        '2 repeat contacts in 90 days: a human agent should take over the conversation, but consent is unknown, so no channel can be chosen.',
    });
  });
});

describe('next best action: 4. sales handoff', () => {
  it('should hand over to sales with the signal and open opportunities when pricing was viewed exactly 14 days ago', () => {
    const result = actionOf(
      reachable({
        marketing: {
          lastPricingViewAt: daysAgo(14),
          keySignals: [keySignal('sig-pricing', 'PRICING_VIEW', daysAgo(14))],
        },
        sales: { openOpportunityCount: 2, openOpportunityIds: ['opp-2', 'opp-1'] },
      }),
    );
    expect(result).toMatchObject({
      value: 'SALES_HANDOFF',
      department: 'SALES',
      channel: 'SMS',
      humanRequired: true,
      rule: 'salesHandoff.research',
      evidence: [
        { kind: 'SIGNAL', id: 'sig-pricing' },
        { kind: 'OPPORTUNITY', id: 'opp-2' },
        { kind: 'OPPORTUNITY', id: 'opp-1' },
      ],
      reason:
        'Pricing view 14 days ago (2 open opportunities): hand the customer to sales with this research as context, via SMS (their preferred channel).',
    });
  });

  it('should do nothing when the pricing view was 14 days and 1 ms ago', () => {
    expect(actionOf(reachable({ marketing: { lastPricingViewAt: daysAgo(14, 1) } })).value).toBe('NO_ACTION');
  });

  it('should hand over when product research was exactly 14 days ago', () => {
    const result = actionOf(reachable({ marketing: { lastProductResearchAt: daysAgo(14) } }));
    expect(result.value).toBe('SALES_HANDOFF');
  });

  it('should hand over when a competitor comparison was exactly 14 days ago', () => {
    const result = actionOf(reachable({ marketing: { lastCompetitorComparisonAt: daysAgo(14) } }));
    expect(result.value).toBe('SALES_HANDOFF');
  });

  it('should do nothing when the competitor comparison was 14 days and 1 ms ago', () => {
    expect(actionOf(reachable({ marketing: { lastCompetitorComparisonAt: daysAgo(14, 1) } })).value).toBe(
      'NO_ACTION',
    );
  });

  it('should cite only the fresh research signals, most recent first, when several signals exist', () => {
    const result = actionOf(
      reachable({
        marketing: {
          lastCompetitorComparisonAt: daysAgo(1),
          lastProductResearchAt: daysAgo(3),
          lastPricingViewAt: daysAgo(20),
          keySignals: [
            keySignal('sig-compare', 'COMPETITOR_COMPARISON', daysAgo(1)),
            keySignal('sig-cart', 'CART_ABANDONED', daysAgo(2)),
            keySignal('sig-research', 'PRODUCT_RESEARCH', daysAgo(3)),
            keySignal('sig-pricing', 'PRICING_VIEW', daysAgo(20)),
          ],
          lastCartAbandonedAt: daysAgo(2),
        },
        support: { lastContactAt: daysAgo(1) },
      }),
    );
    expect(result.value).toBe('SALES_HANDOFF');
    expect(result.evidence).toEqual([
      { kind: 'SIGNAL', id: 'sig-compare' },
      { kind: 'SIGNAL', id: 'sig-research' },
    ]);
  });

  it('should still hand over, without opportunity evidence, when sales is unavailable', () => {
    const result = actionOf(reachable({ marketing: { lastPricingViewAt: daysAgo(1) }, sales: null }));
    expect(result).toMatchObject({
      value: 'SALES_HANDOFF',
      evidence: [],
      missing: ['sales'],
      confidence: 0.75,
    });
    expect(result.explanation).toBe(
      'Pricing view 1 day ago: hand the customer to sales with this research as context, via SMS (their preferred channel). Sales was unavailable, so rules that need that data were skipped.',
    );
  });
});

describe('next best action: 5. recognition', () => {
  it('should have marketing recognise the customer, without a person, when LOYAL and worth exactly the threshold', () => {
    const result = actionOf(reachable(), loyalValue(50_000));
    expect(result).toMatchObject({
      value: 'RECOGNITION',
      department: 'MARKETING',
      channel: 'SMS',
      humanRequired: false,
      evidence: [],
      rule: 'recognition.loyalHighValue',
      reason:
        'LOYAL with a lifetime value of 50000 EUR minor units (at least 50000): thank and recognise this loyal, high-value customer, via SMS (their preferred channel).',
    });
  });

  it('should do nothing when a LOYAL customer is worth 1 minor unit less than the threshold', () => {
    expect(actionOf(reachable(), loyalValue(49_999)).value).toBe('NO_ACTION');
  });

  it('should use the per-currency threshold when the currency has one', () => {
    const context: NextBestActionContext = {
      stage: 'LOYAL',
      lifetimeValue: {
        currency: 'JPY',
        historicalMinor: 60_000,
        predictedMinor: 0,
        costToServeMinor: 0,
        totalMinor: 60_000,
      },
    };
    expect(actionOf(reachable(), context).value).toBe('NO_ACTION');
  });

  it('should not recognise a valuable customer when they are not LOYAL', () => {
    expect(actionOf(reachable(), { ...loyalValue(500_000), stage: 'ACTIVE' }).value).toBe('NO_ACTION');
  });

  it('should be skipped when sales is unavailable', () => {
    expect(actionOf(reachable({ sales: null }), loyalValue(500_000)).value).toBe('NO_ACTION');
  });
});

describe('next best action: 6. no action', () => {
  it('should do nothing, with no department or channel, when no signal calls for contact', () => {
    expect(actionOf(reachable())).toEqual({
      value: 'NO_ACTION',
      department: null,
      channel: null,
      humanRequired: false,
      reason: 'No fresh signal calls for contact: silence is success.',
      evidence: [],
      rule: 'noAction.silence',
      formulaVersion: 'next-best-action/v1',
      computedAt: NOW,
      explanation: 'No fresh signal calls for contact: silence is success.',
      factors: [],
      missing: [],
      confidence: 1,
    });
  });

  it('should do nothing with confidence 0 when every department is unavailable', () => {
    const result = actionOf(baseInputs({ marketing: null, sales: null, support: null }));
    expect(result).toMatchObject({
      value: 'NO_ACTION',
      missing: ['marketing', 'sales', 'support'],
      confidence: 0,
    });
  });
});

describe('next best action: channel', () => {
  const fresh = { lastPricingViewAt: daysAgo(1) };

  it('should fall back to the first consented channel in config order when the preferred one is not consented', () => {
    const result = actionOf(reachable({ marketing: { ...fresh, preferredChannel: 'PHONE' } }));
    expect(result.channel).toBe('EMAIL');
    expect(result.reason).toBe(
      'Pricing view 1 day ago: hand the customer to sales with this research as context, via EMAIL.',
    );
  });

  it('should fall back when the preferred channel is consented but the customer has no phone for it', () => {
    const result = actionOf(reachable({ customer: { hasPhone: false }, marketing: fresh }));
    expect(result.channel).toBe('EMAIL');
  });

  it('should skip a channel in config order when it is unreachable', () => {
    const result = actionOf(
      reachable({
        customer: { hasEmail: false },
        marketing: { ...fresh, ...consents(['EMAIL', 'PHONE'], []), preferredChannel: null },
      }),
    );
    expect(result.channel).toBe('PHONE');
  });

  it('should use PUSH when it is the only consented channel and there is no email or phone', () => {
    const result = actionOf(
      reachable({
        customer: { hasEmail: false, hasPhone: false },
        marketing: { ...fresh, ...consents(['PUSH'], []), preferredChannel: 'EMAIL' },
      }),
    );
    expect(result.channel).toBe('PUSH');
  });

  it('should have no channel and say so when nothing is consented', () => {
    const result = actionOf(
      reachable({ marketing: { ...fresh, ...consents([], []), preferredChannel: 'EMAIL' } }),
    );
    expect(result.channel).toBeNull();
    expect(result.reason).toBe(
      'Pricing view 1 day ago: hand the customer to sales with this research as context, but no reachable channel with a MARKETING consent is known, so do not contact them unprompted.',
    );
    expect(result.factors.at(-1)).toEqual({
      name: 'channel',
      input: null,
      contribution: 0,
      note: 'No reachable channel with a MARKETING consent.',
    });
  });

  it('should give a channel for proactive support but none for a sales handoff when only a SERVICE consent is granted', () => {
    const serviceOnly: Partial<MarketingInputs> = { ...consents([], ['EMAIL']), preferredChannel: 'EMAIL' };
    const support = actionOf(reachable({ marketing: { ...serviceOnly, lastCartAbandonedAt: daysAgo(1) } }));
    expect(support).toMatchObject({
      value: 'PROACTIVE_SUPPORT',
      channel: 'EMAIL',
      reason:
        'Abandoned cart 1 day ago with no support contact since: support should reach out before the customer has to write in, via EMAIL (their preferred channel).',
    });
    expect(support.factors.at(-1)).toEqual({
      name: 'channel',
      input: 'EMAIL',
      contribution: 0,
      note: 'Reachable, with a SERVICE consent: EMAIL.',
    });
    const handoff = actionOf(reachable({ marketing: { ...serviceOnly, ...fresh } }));
    expect(handoff).toMatchObject({
      value: 'SALES_HANDOFF',
      channel: null,
      reason:
        'Pricing view 1 day ago: hand the customer to sales with this research as context, but no reachable channel with a MARKETING consent is known, so do not contact them unprompted.',
    });
  });

  it('should fall back in config order when the preferred channel is consented only for SERVICE and the action needs MARKETING', () => {
    const result = actionOf(
      reachable({
        marketing: { ...fresh, ...consents(['EMAIL', 'PHONE'], ['SMS']), preferredChannel: 'SMS' },
      }),
    );
    expect(result.channel).toBe('EMAIL');
    expect(result.reason).toBe(
      'Pricing view 1 day ago: hand the customer to sales with this research as context, via EMAIL.',
    );
  });

  it('should fall back in config order when the preferred channel is consented only for MARKETING and the action needs SERVICE', () => {
    const result = actionOf(
      reachable({
        marketing: { ...consents(['EMAIL'], ['SMS', 'POST']), preferredChannel: 'EMAIL' },
        support: { repeatContactCount90d: 2 },
      }),
    );
    expect(result).toMatchObject({ value: 'ESCALATE_TO_HUMAN', channel: 'SMS' });
    expect(result.factors.at(-1)?.note).toBe('Reachable, with a SERVICE consent: SMS.');
  });

  it.each<[string, InputOverrides, NextBestActionContext, string]>([
    ['RETENTION_OUTREACH', { marketing: cancelIntent(daysAgo(1)) }, PROSPECT, 'EMAIL'],
    ['PROACTIVE_SUPPORT', { marketing: { lastCartAbandonedAt: daysAgo(1) } }, PROSPECT, 'SMS'],
    ['ESCALATE_TO_HUMAN', { support: { repeatContactCount90d: 2 } }, PROSPECT, 'SMS'],
    ['SALES_HANDOFF', { marketing: fresh }, PROSPECT, 'EMAIL'],
    ['RECOGNITION', {}, loyalValue(50_000), 'EMAIL'],
  ])(
    'should choose the channel of the action purpose for %s when EMAIL has only a MARKETING and SMS only a SERVICE consent',
    (action, overrides, context, channel) => {
      const split: Partial<MarketingInputs> = { ...consents(['EMAIL'], ['SMS']), preferredChannel: null };
      const result = actionOf(
        reachable({ ...overrides, marketing: { ...split, ...overrides.marketing } }),
        context,
      );
      expect([result.value, result.channel]).toEqual([action, channel]);
    },
  );
});
