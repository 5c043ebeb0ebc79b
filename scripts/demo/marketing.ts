import type { DataSource } from 'typeorm';
import { stableId } from '../../lib/ids';
import { CampaignEntity } from '../../subgraphs/marketing/src/entities/campaign.entity';
import {
  ConsentEntity,
  type ConsentPurposeValue,
  type ContactChannelValue,
} from '../../subgraphs/marketing/src/entities/consent.entity';
import { ConsentEventEntity } from '../../subgraphs/marketing/src/entities/consent-event.entity';
import {
  LeadScoreEntity,
  type LeadStatusValue,
} from '../../subgraphs/marketing/src/entities/lead-score.entity';
import { PreferredChannelEntity } from '../../subgraphs/marketing/src/entities/preferred-channel.entity';
import {
  type SignalChannelValue,
  SignalEntity,
  type SignalKindValue,
} from '../../subgraphs/marketing/src/entities/signal.entity';
import { TouchEntity } from '../../subgraphs/marketing/src/entities/touch.entity';
import { signalRequestHash, touchRequestHash } from '../../subgraphs/marketing/src/request-hash';
import { insertIgnoringExisting } from './insert';
import type { Random } from './random';
import { DAY_MS, type DemoCustomer, type PersonaKey, randomFor } from './world';

const MINUTE_MS = 60 * 1000;
const HOUR_MS = 60 * MINUTE_MS;

interface DemoCampaign {
  key: string;
  name: string;
  channel: ContactChannelValue;
  purpose: ConsentPurposeValue;
  startDaysAgo: number;
  /** null: still running. */
  durationDays: number | null;
}

/** The monthly newsletter runs for the whole history; every subscribed customer gets one issue a month. */
const NEWSLETTER: DemoCampaign = {
  key: 'monthly-newsletter',
  name: 'Monthly newsletter',
  channel: 'EMAIL',
  purpose: 'MARKETING',
  startDaysAgo: 725,
  durationDays: null,
};

/** One-off campaigns, oldest first; the same for every chunk of customers. */
const ONE_OFF_CAMPAIGNS: readonly DemoCampaign[] = [
  {
    key: 'spring-launch',
    name: 'Spring collection launch',
    channel: 'EMAIL',
    purpose: 'MARKETING',
    startDaysAgo: 700,
    durationDays: 21,
  },
  {
    key: 'summer-sale',
    name: 'Summer sale',
    channel: 'EMAIL',
    purpose: 'MARKETING',
    startDaysAgo: 640,
    durationDays: 14,
  },
  {
    key: 'loyalty-points-sms',
    name: 'Loyalty points reminder',
    channel: 'SMS',
    purpose: 'MARKETING',
    startDaysAgo: 580,
    durationDays: 7,
  },
  {
    key: 'back-to-school',
    name: 'Back-to-school offers',
    channel: 'EMAIL',
    purpose: 'MARKETING',
    startDaysAgo: 520,
    durationDays: 14,
  },
  {
    key: 'black-friday',
    name: 'Black Friday week',
    channel: 'EMAIL',
    purpose: 'MARKETING',
    startDaysAgo: 455,
    durationDays: 7,
  },
  {
    key: 'privacy-update',
    name: 'Privacy policy update',
    channel: 'EMAIL',
    purpose: 'SERVICE',
    startDaysAgo: 400,
    durationDays: 3,
  },
  {
    key: 'refill-reminder',
    name: 'Refill reminder',
    channel: 'EMAIL',
    purpose: 'MARKETING',
    startDaysAgo: 340,
    durationDays: 21,
  },
  {
    key: 'flash-sale-sms',
    name: 'Flash sale',
    channel: 'SMS',
    purpose: 'MARKETING',
    startDaysAgo: 280,
    durationDays: 2,
  },
  {
    key: 'pro-tool-webinar',
    name: 'Pro tool webinar invitation',
    channel: 'EMAIL',
    purpose: 'MARKETING',
    startDaysAgo: 210,
    durationDays: 14,
  },
  {
    key: 'app-launch-push',
    name: 'New app features',
    channel: 'PUSH',
    purpose: 'MARKETING',
    startDaysAgo: 150,
    durationDays: 7,
  },
  {
    key: 'winter-offers',
    name: 'Winter offers',
    channel: 'EMAIL',
    purpose: 'MARKETING',
    startDaysAgo: 75,
    durationDays: 21,
  },
];

const campaignId = (campaign: DemoCampaign) => stableId('demo-campaign', campaign.key);

function campaignRows(now: Date): CampaignEntity[] {
  return [NEWSLETTER, ...ONE_OFF_CAMPAIGNS].map((campaign) => {
    const startedAt = new Date(now.getTime() - campaign.startDaysAgo * DAY_MS);
    return Object.assign(new CampaignEntity(), {
      id: campaignId(campaign),
      name: campaign.name,
      channel: campaign.channel,
      purpose: campaign.purpose,
      startedAt,
      endedAt:
        campaign.durationDays === null
          ? null
          : new Date(startedAt.getTime() + campaign.durationDays * DAY_MS),
      createdAt: new Date(startedAt.getTime() - 7 * DAY_MS),
    });
  });
}

/** Topic and path of a signal, per kind. */
const TOPICS: Record<SignalKindValue, ReadonlyArray<readonly [string, string | null]>> = {
  PAGE_VIEW: [
    ['home', '/'],
    ['blog', '/blog'],
    ['help', '/help'],
    ['account', '/account'],
    ['new-arrivals', '/new'],
  ],
  PRICING_VIEW: [
    ['pricing', '/pricing'],
    ['plan-pro', '/pricing/pro'],
    ['plan-basic', '/pricing/basic'],
  ],
  PRODUCT_RESEARCH: [
    ['product-pro-tool', '/products/pro-tool'],
    ['refills', '/products/refills'],
    ['care-plan', '/products/care-plan'],
  ],
  COMPETITOR_COMPARISON: [['compare', '/compare/acme']],
  CART_ABANDONED: [['cart', '/cart']],
  CHECKOUT_ERROR: [['checkout', '/checkout/payment']],
  CANCEL_SUBSCRIPTION_INTENT: [['subscription', '/account/subscription/cancel']],
  UNSUBSCRIBE: [['newsletter', '/email/unsubscribe']],
  EMAIL_OPEN: [['newsletter', null]],
  EMAIL_CLICK: [['newsletter', '/promo']],
  FORM_SUBMIT: [
    ['contact-form', '/contact'],
    ['newsletter-signup', '/newsletter'],
  ],
};

type Weights = ReadonlyArray<readonly [SignalKindValue, number]>;

/** Ordinary customers: mostly browsing, now and then friction (about 3% each of the alarming kinds). */
const ORDINARY_KINDS: Weights = [
  ['PAGE_VIEW', 40],
  ['PRODUCT_RESEARCH', 12],
  ['PRICING_VIEW', 9],
  ['EMAIL_OPEN', 12],
  ['EMAIL_CLICK', 5],
  ['FORM_SUBMIT', 5],
  ['CART_ABANDONED', 5],
  ['COMPETITOR_COMPARISON', 3],
  ['CHECKOUT_ERROR', 3],
  ['CANCEL_SUBSCRIPTION_INTENT', 3],
];

/** Personas' background: no negative signal at all, so only their story stands out. */
const PERSONA_KINDS: Weights = [
  ['PAGE_VIEW', 45],
  ['PRODUCT_RESEARCH', 15],
  ['PRICING_VIEW', 5],
  ['EMAIL_OPEN', 20],
  ['EMAIL_CLICK', 10],
  ['FORM_SUBMIT', 5],
];

/** Kinds an ordinary customer never shows in the last two days, so the personas' fresh friction stands out. */
const PERSONA_ONLY_RECENTLY = new Set<SignalKindValue>(['CANCEL_SUBSCRIPTION_INTENT', 'CHECKOUT_ERROR']);

/**
 * Kinds that make a customer AT_RISK for 30 days: rarer within that window (kept 30% of the time), so
 * about 4% of ordinary customers show each one, not the 15% that recency-skewed history would give.
 */
const AT_RISK_KINDS = new Set<SignalKindValue>(['CANCEL_SUBSCRIPTION_INTENT', 'COMPETITOR_COMPARISON']);
const AT_RISK_KEEP_RECENTLY = 0.3;

function pickWeighted(random: Random, weights: Weights): SignalKindValue {
  const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = random.next() * total;
  for (const [kind, weight] of weights) {
    roll -= weight;
    if (roll < 0) return kind;
  }
  return weights[0]![0];
}

interface EngagementRates {
  open: number;
  /** Share of opened messages that are clicked. */
  clickGivenOpen: number;
  bounce: number;
  unsubscribe: number;
}

const ORDINARY_RATES: EngagementRates = { open: 0.3, clickGivenOpen: 0.27, bounce: 0.02, unsubscribe: 0.005 };

interface PersonaPlan {
  backgroundSignals: number;
  rates: EngagementRates;
  lead: { status: LeadStatusValue; score: number };
  sms: boolean;
  explicitChannel: ContactChannelValue | null;
}

const PERSONA_PLANS: Record<PersonaKey, PersonaPlan> = {
  'loyal-cancel-intent': {
    backgroundSignals: 60,
    rates: { open: 0.6, clickGivenOpen: 0.35, bounce: 0, unsubscribe: 0 },
    lead: { status: 'CUSTOMER', score: 72 },
    sms: true,
    explicitChannel: 'EMAIL',
  },
  'pricing-researcher': {
    backgroundSignals: 14,
    rates: { open: 0.5, clickGivenOpen: 0.3, bounce: 0, unsubscribe: 0 },
    lead: { status: 'MQL', score: 80 },
    sms: false,
    explicitChannel: null,
  },
  'checkout-error': {
    backgroundSignals: 18,
    rates: { open: 0.35, clickGivenOpen: 0.3, bounce: 0, unsubscribe: 0 },
    lead: { status: 'CUSTOMER', score: 64 },
    sms: false,
    explicitChannel: null,
  },
  'repeat-contact': {
    backgroundSignals: 16,
    rates: { ...ORDINARY_RATES, bounce: 0, unsubscribe: 0 },
    lead: { status: 'CUSTOMER', score: 55 },
    sms: false,
    explicitChannel: null,
  },
  'happy-silent': {
    backgroundSignals: 30,
    rates: { open: 0.85, clickGivenOpen: 0.5, bounce: 0, unsubscribe: 0 },
    lead: { status: 'CUSTOMER', score: 88 },
    sms: false,
    explicitChannel: null,
  },
};

interface MarketingRows {
  signals: SignalEntity[];
  consents: Map<string, ConsentEntity>;
  consentEvents: ConsentEventEntity[];
  touches: TouchEntity[];
  preferred: PreferredChannelEntity[];
  leads: LeadScoreEntity[];
}

/** Everything marketing knows about one customer, written from their own random stream. */
class CustomerHistory {
  private signalNo = 0;
  /** The latest signal so far, which the lead score was last updated after. */
  private lastSignalAt: Date | null = null;
  private readonly consentEventNo = new Map<string, number>();
  /** Channels whose marketing consent is currently granted. */
  readonly marketingConsent = new Set<ContactChannelValue>();
  readonly serviceConsent = new Set<ContactChannelValue>();

  constructor(
    private readonly rows: MarketingRows,
    readonly customer: DemoCustomer,
    readonly random: Random,
    readonly now: Date,
  ) {}

  daysAgo(days: number): Date {
    return new Date(this.now.getTime() - days * DAY_MS);
  }

  consent(
    channel: ContactChannelValue,
    purpose: ConsentPurposeValue,
    granted: boolean,
    at: Date,
    source: string,
  ) {
    const key = `${channel}:${purpose}`;
    const n = this.consentEventNo.get(key) ?? 0;
    this.consentEventNo.set(key, n + 1);
    const decision = { customerId: this.customer.id, channel, purpose, granted, source, recordedAt: at };
    this.rows.consentEvents.push(
      Object.assign(new ConsentEventEntity(), {
        id: stableId('demo-consent-event', this.customer.id, key, n),
        ...decision,
        receivedAt: at,
      }),
    );
    this.rows.consents.set(
      `${this.customer.id}:${key}`,
      Object.assign(new ConsentEntity(), { ...decision, updatedAt: at }),
    );
    const consented =
      purpose === 'MARKETING' ? this.marketingConsent : purpose === 'SERVICE' ? this.serviceConsent : null;
    if (granted) consented?.add(channel);
    else consented?.delete(channel);
  }

  signal(kind: SignalKindValue, at: Date, channel?: SignalChannelValue, topicIndex?: number) {
    const n = this.signalNo++;
    if (!this.lastSignalAt || at > this.lastSignalAt) this.lastSignalAt = at;
    const options = TOPICS[kind];
    const [topic, url] =
      topicIndex === undefined ? this.random.pick(options) : options[topicIndex % options.length]!;
    const signalChannel =
      channel ??
      (kind === 'EMAIL_OPEN' || kind === 'EMAIL_CLICK' || kind === 'UNSUBSCRIBE'
        ? 'EMAIL'
        : this.random.chance(0.3)
          ? 'APP'
          : 'WEB');
    const event = {
      customerId: this.customer.id,
      clientEventId: `demo-${this.customer.index}-signal-${n}`,
      kind,
      channel: signalChannel,
      topic,
      url,
      occurredAt: at,
    };
    this.rows.signals.push(
      Object.assign(new SignalEntity(), {
        id: stableId('demo-signal', this.customer.id, n),
        ...event,
        requestHash: signalRequestHash(event),
        receivedAt: new Date(Math.min(this.now.getTime(), at.getTime() + this.random.int(1, 120) * 1000)),
      }),
    );
  }

  /** `count` signals between the customer's sign-up and `until`, skewed towards recent activity. */
  backgroundSignals(count: number, weights: Weights, until: Date) {
    const from = this.customer.createdAt.getTime();
    const span = Math.max(HOUR_MS, until.getTime() - from);
    const twoDaysAgo = this.now.getTime() - 2 * DAY_MS;
    const thirtyDaysAgo = this.now.getTime() - 30 * DAY_MS;
    for (let i = 0; i < count; i++) {
      const at = new Date(until.getTime() - span * this.random.next() ** 1.4);
      let kind = pickWeighted(this.random, weights);
      if (PERSONA_ONLY_RECENTLY.has(kind) && at.getTime() > twoDaysAgo) kind = 'PAGE_VIEW';
      if (
        AT_RISK_KINDS.has(kind) &&
        at.getTime() > thirtyDaysAgo &&
        !this.random.chance(AT_RISK_KEEP_RECENTLY)
      ) {
        kind = 'PAGE_VIEW';
      }
      this.signal(kind, at);
    }
  }

  /** One campaign message and what became of it; returns the time the customer unsubscribed through it. */
  touch(campaign: DemoCampaign, issue: string, sentAt: Date, rates: EngagementRates): Date | null {
    const random = this.random;
    const cap = (time: number) => new Date(Math.min(time, this.now.getTime()));
    let openedAt: Date | null = null;
    let clickedAt: Date | null = null;
    let bouncedAt: Date | null = null;
    let unsubscribedAt: Date | null = null;
    if (random.chance(rates.bounce)) {
      bouncedAt = cap(sentAt.getTime() + random.int(1, 30) * MINUTE_MS);
    } else {
      if (random.chance(rates.open)) {
        openedAt = cap(sentAt.getTime() + random.int(5, 48 * 60) * MINUTE_MS);
        if (random.chance(rates.clickGivenOpen))
          clickedAt = cap(openedAt.getTime() + random.int(1, 20) * MINUTE_MS);
      }
      if (random.chance(rates.unsubscribe)) {
        unsubscribedAt = cap((openedAt ?? sentAt).getTime() + random.int(1, 60) * MINUTE_MS);
      }
    }
    const id = campaignId(campaign);
    const clientTouchId = `demo-${this.customer.index}-${campaign.key}-${issue}`;
    this.rows.touches.push(
      Object.assign(new TouchEntity(), {
        id: stableId('demo-touch', this.customer.id, campaign.key, issue),
        campaignId: id,
        customerId: this.customer.id,
        channel: campaign.channel,
        clientTouchId,
        requestHash: touchRequestHash({
          campaignId: id,
          customerId: this.customer.id,
          clientTouchId,
          sentAt,
        }),
        sentAt,
        openedAt,
        clickedAt,
        bouncedAt,
        unsubscribedAt,
        updatedAt: [sentAt, openedAt, clickedAt, bouncedAt, unsubscribedAt].reduce<Date>(
          (max, time) => (time && time > max ? time : max),
          sentAt,
        ),
      }),
    );
    return unsubscribedAt;
  }

  /** The newsletter every month since sign-up, then the one-off campaigns, in time order. */
  campaigns(rates: EngagementRates, targeting: number) {
    const sends: Array<{ campaign: DemoCampaign; issue: string; at: Date }> = [];
    const signup = this.customer.createdAt.getTime();
    const newsletterStart = this.now.getTime() - NEWSLETTER.startDaysAgo * DAY_MS;
    for (let month = 0; ; month++) {
      const at = newsletterStart + month * 30 * DAY_MS + 9 * HOUR_MS;
      if (at > this.now.getTime()) break;
      if (at > signup) sends.push({ campaign: NEWSLETTER, issue: `m${month}`, at: new Date(at) });
    }
    for (const campaign of ONE_OFF_CAMPAIGNS) {
      const start = this.now.getTime() - campaign.startDaysAgo * DAY_MS;
      const window = Math.min(campaign.durationDays ?? 7, 7) * DAY_MS;
      const at = start + this.random.next() * window;
      if (at > signup && at <= this.now.getTime() && this.random.chance(targeting)) {
        sends.push({ campaign, issue: 'one', at: new Date(at) });
      }
    }
    sends.sort((a, b) => a.at.getTime() - b.at.getTime());
    for (const { campaign, issue, at } of sends) {
      const allowed = campaign.purpose === 'SERVICE' ? this.serviceConsent : this.marketingConsent;
      if (!allowed.has(campaign.channel)) continue;
      const unsubscribedAt = this.touch(campaign, issue, at, rates);
      if (unsubscribedAt) {
        this.consent(campaign.channel, 'MARKETING', false, unsubscribedAt, 'unsubscribe-link');
        if (campaign.channel === 'EMAIL') this.signal('UNSUBSCRIBE', unsubscribedAt, 'EMAIL');
      }
    }
  }

  lead(status: LeadStatusValue, score: number) {
    this.rows.leads.push(
      Object.assign(new LeadScoreEntity(), {
        customerId: this.customer.id,
        score,
        status,
        updatedAt: this.lastSignalAt ?? this.customer.createdAt,
      }),
    );
  }

  preferChannel(channel: ContactChannelValue, at: Date) {
    this.rows.preferred.push(
      Object.assign(new PreferredChannelEntity(), { customerId: this.customer.id, channel, updatedAt: at }),
    );
  }
}

/** A persona's marketing history, written to tell its story (see PERSONAS). */
function personaMarketing(history: CustomerHistory, persona: PersonaKey) {
  const plan = PERSONA_PLANS[persona];
  const { customer, random } = history;
  const signup = new Date(customer.createdAt.getTime() + 10 * MINUTE_MS);
  history.consent('EMAIL', 'MARKETING', true, signup, 'web-form');
  history.consent('EMAIL', 'SERVICE', true, signup, 'web-form');
  history.consent('EMAIL', 'PROFILING', true, signup, 'web-form');
  if (plan.sms) history.consent('SMS', 'MARKETING', true, new Date(signup.getTime() + 40 * DAY_MS), 'agent');
  if (plan.explicitChannel)
    history.preferChannel(plan.explicitChannel, new Date(signup.getTime() + 30 * DAY_MS));

  // Background history ends a week ago, so the story's recent signals are the latest ones.
  history.backgroundSignals(plan.backgroundSignals, PERSONA_KINDS, history.daysAgo(8));
  switch (persona) {
    case 'loyal-cancel-intent':
      history.signal('PAGE_VIEW', new Date(history.daysAgo(1).getTime() - 4 * MINUTE_MS), 'WEB', 3);
      history.signal('CANCEL_SUBSCRIPTION_INTENT', history.daysAgo(1), 'WEB');
      break;
    case 'pricing-researcher':
      [6.6, 5.2, 3.9, 2.1, 0.4].forEach((days, i) => {
        history.signal('PRICING_VIEW', history.daysAgo(days), i === 3 ? 'APP' : 'WEB', i);
      });
      [6.5, 4.0, 1.5].forEach((days, i) => {
        history.signal('PRODUCT_RESEARCH', history.daysAgo(days), 'WEB', i);
      });
      break;
    case 'checkout-error': {
      const failedAt = history.daysAgo(1);
      history.signal('CHECKOUT_ERROR', failedAt, 'WEB');
      history.signal('CART_ABANDONED', new Date(failedAt.getTime() + 4 * MINUTE_MS), 'WEB');
      break;
    }
    case 'repeat-contact':
    case 'happy-silent':
      break;
  }
  history.campaigns(plan.rates, 1);
  history.lead(plan.lead.status, plan.lead.score + random.int(-2, 2));
}

function pickLead(random: Random, customer: DemoCustomer): { status: LeadStatusValue; score: number } {
  if (customer.knownToSales) {
    if (random.chance(0.75)) return { status: 'CUSTOMER', score: random.int(40, 90) };
    return random.chance(0.5)
      ? { status: 'MQL', score: random.int(60, 85) }
      : { status: 'SQL', score: random.int(70, 95) };
  }
  const roll = random.next();
  if (roll < 0.25) return { status: 'NEW', score: random.int(5, 30) };
  if (roll < 0.7) return { status: 'NURTURING', score: random.int(20, 55) };
  if (roll < 0.85) return { status: 'MQL', score: random.int(60, 85) };
  return { status: 'DISQUALIFIED', score: random.int(0, 15) };
}

function ordinaryMarketing(history: CustomerHistory) {
  const { customer, random, now } = history;
  const signup = new Date(customer.createdAt.getTime() + random.int(1, 120) * MINUTE_MS);
  const source = random.pick(['web-form', 'web-form', 'app', 'import']);
  history.consent('EMAIL', 'MARKETING', random.chance(0.85), signup, source);
  history.consent('EMAIL', 'SERVICE', random.chance(0.95), signup, source);
  if (random.chance(0.5)) history.consent('EMAIL', 'PROFILING', random.chance(0.7), signup, source);
  const smsRoll = random.next();
  if (smsRoll < 0.25) history.consent('SMS', 'MARKETING', true, signup, source);
  else if (smsRoll < 0.35) history.consent('SMS', 'MARKETING', false, signup, source);
  if (random.chance(0.15)) history.consent('PUSH', 'MARKETING', true, signup, 'app');
  if (random.chance(0.05)) history.consent('PHONE', 'SERVICE', true, signup, 'agent');

  history.backgroundSignals(random.int(5, 40), ORDINARY_KINDS, now);
  if (random.chance(0.7)) history.campaigns(ORDINARY_RATES, 0.75);
  const lead = pickLead(random, customer);
  history.lead(lead.status, lead.score);

  if (random.chance(0.1)) {
    const channel = history.marketingConsent.has('SMS') && random.chance(0.5) ? 'SMS' : 'EMAIL';
    history.preferChannel(channel, new Date(signup.getTime() + random.int(1, 30) * DAY_MS));
  }
}

/**
 * Marketing's demo data for a chunk of customers: every customer is known to marketing (two years of
 * signals, consents, newsletter and campaign messages, a lead score); personas get their stories.
 * Idempotent: stable ids and INSERT … ON CONFLICT DO NOTHING.
 */
export async function seedMarketing(
  dataSource: DataSource,
  customers: DemoCustomer[],
  now: Date,
): Promise<void> {
  const rows: MarketingRows = {
    signals: [],
    consents: new Map(),
    consentEvents: [],
    touches: [],
    preferred: [],
    leads: [],
  };
  for (const customer of customers) {
    const history = new CustomerHistory(rows, customer, randomFor(customer, 'marketing'), now);
    if (customer.persona) personaMarketing(history, customer.persona);
    else ordinaryMarketing(history);
  }
  await insertIgnoringExisting(dataSource, CampaignEntity, campaignRows(now));
  await insertIgnoringExisting(dataSource, TouchEntity, rows.touches);
  await insertIgnoringExisting(dataSource, SignalEntity, rows.signals);
  await insertIgnoringExisting(dataSource, ConsentEntity, [...rows.consents.values()]);
  await insertIgnoringExisting(dataSource, ConsentEventEntity, rows.consentEvents);
  await insertIgnoringExisting(dataSource, PreferredChannelEntity, rows.preferred);
  await insertIgnoringExisting(dataSource, LeadScoreEntity, rows.leads);
}
