import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { payloadHash } from '../../lib/idempotency';
import type { RunningSubgraph } from '../../lib/server/subgraph-server';
import { customerId } from '../../scripts/demo/world';
import { signalRequestHash } from '../../subgraphs/marketing/src/request-hash';
import { freshKey, itReplaysAndRefusesReusedKeys, withClientKey } from '../helpers/client-keys';
import { entities, fieldNames, schemaFile, serviceSdl } from '../helpers/contract';
import { sql } from '../helpers/db';
import { createTestCustomer, type GraphQLResponse, postGraphQL, startTestSubgraph } from '../helpers/stack';
import { testDatabaseUrls } from '../helpers/test-env';

const LENA = customerId(0);
const HUGO = customerId(4);
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
// The enum orders of schema.graphql, which `consents` and `consentedChannels` promise to keep.
const CHANNEL_ORDER = ['EMAIL', 'SMS', 'PHONE', 'PUSH', 'POST'];
const PURPOSE_ORDER = ['MARKETING', 'SERVICE', 'PROFILING'];
/** The kinds `keySignals` reports (MarketingSummary in schema.graphql). */
const KEY_KINDS = [
  'PRICING_VIEW',
  'PRODUCT_RESEARCH',
  'COMPETITOR_COMPARISON',
  'CART_ABANDONED',
  'CHECKOUT_ERROR',
  'CANCEL_SUBSCRIPTION_INTENT',
  'UNSUBSCRIBE',
];

interface SignalRow {
  id: string;
  customer_id: string;
  client_event_id: string;
  kind: string;
  channel: string;
  topic: string | null;
  url: string | null;
  occurred_at: Date;
  received_at: Date;
}

interface TouchRow {
  id: string;
  campaign_id: string;
  customer_id: string;
  channel: string;
  client_touch_id: string | null;
  sent_at: Date;
  opened_at: Date | null;
  clicked_at: Date | null;
  bounced_at: Date | null;
  unsubscribed_at: Date | null;
  updated_at: Date;
}

interface CampaignRow {
  id: string;
  name: string;
  channel: string;
  purpose: string;
  started_at: Date;
  ended_at: Date | null;
}

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: Array<{ node: { id: string; kind?: string } }>;
}

interface TouchResult {
  id: string;
  status: string;
  sentAt: string;
  openedAt: string | null;
  clickedAt: string | null;
  bouncedAt: string | null;
  unsubscribedAt: string | null;
  updatedAt: string;
}

const iso = (value: Date | null): string | null => value?.toISOString() ?? null;
/** An ISO time `ms` before now (after now when negative). */
const ago = (ms: number): string => new Date(Date.now() - ms).toISOString();
const latest = (times: Array<Date | null>): string | null =>
  iso(times.reduce<Date | null>((max, time) => (time && (!max || time > max) ? time : max), null));
/** Newest first, ties broken by the larger id: the order every marketing list promises. */
const newestFirst =
  <R extends { id: string }>(at: (row: R) => Date) =>
  (a: R, b: R): number =>
    at(b).getTime() - at(a).getTime() || (b.id > a.id ? 1 : b.id < a.id ? -1 : 0);
const ids = (connection: Connection) => connection.edges.map((edge) => edge.node.id);

const SIGNAL_FIELDS = 'id customer { id } clientEventId kind channel topic url occurredAt receivedAt';
const signalFromRow = (row: SignalRow) => ({
  id: row.id,
  customer: { id: row.customer_id },
  clientEventId: row.client_event_id,
  kind: row.kind,
  channel: row.channel,
  topic: row.topic,
  url: row.url,
  occurredAt: iso(row.occurred_at),
  receivedAt: iso(row.received_at),
});

const TOUCH_FIELDS =
  'id campaign { id } customer { id } channel clientTouchId status sentAt openedAt clickedAt bouncedAt unsubscribedAt updatedAt';
/** A touch as the API returns it, from its stored row; the status is the one the test expects. */
const touchFromRow = (row: TouchRow, status: string) => ({
  id: row.id,
  campaign: { id: row.campaign_id },
  customer: { id: row.customer_id },
  channel: row.channel,
  clientTouchId: row.client_touch_id,
  status,
  sentAt: iso(row.sent_at),
  openedAt: iso(row.opened_at),
  clickedAt: iso(row.clicked_at),
  bouncedAt: iso(row.bounced_at),
  unsubscribedAt: iso(row.unsubscribed_at),
  updatedAt: iso(row.updated_at),
});

const CAMPAIGN_FIELDS = 'id name channel purpose startedAt endedAt';
const campaignFromRow = (row: CampaignRow) => ({
  id: row.id,
  name: row.name,
  channel: row.channel,
  purpose: row.purpose,
  startedAt: iso(row.started_at),
  endedAt: iso(row.ended_at),
});

const EMPTY_SUMMARY = {
  signalCount: 0,
  signalCount90d: 0,
  lastSignalAt: null,
  lastEngagedAt: null,
  lastPricingViewAt: null,
  lastProductResearchAt: null,
  lastCompetitorComparisonAt: null,
  lastCartAbandonedAt: null,
  lastCheckoutErrorAt: null,
  lastCancelIntentAt: null,
  lastUnsubscribeAt: null,
  keySignals: [],
  touchesSent90d: 0,
  touchesOpened90d: 0,
  touchesClicked90d: 0,
  touchesBounced90d: 0,
  touchesUnsubscribed90d: 0,
  engagementRate90d: null,
  lastTouchSentAt: null,
  consentedChannels: [],
  marketingChannels: [],
  serviceChannels: [],
  preferredChannel: null,
  leadScore: null,
  leadStatus: null,
};
const SUMMARY_FIELDS = Object.keys(EMPTY_SUMMARY)
  .map((field) => (field === 'keySignals' ? 'keySignals { signalId kind channel topic occurredAt }' : field))
  .join(' ');

const RECORD_SIGNALS = `#graphql
  mutation ($input: RecordSignalsInput!) {
    recordSignals(input: $input) { accepted duplicates signals { ${SIGNAL_FIELDS} } }
  }`;
const SET_CONSENT = `#graphql
  mutation ($input: SetConsentInput!) { setConsent(input: $input) { channel purpose granted source recordedAt } }`;
const SET_PREFERRED_CHANNEL = `#graphql
  mutation ($input: SetPreferredChannelInput!) { setPreferredChannel(input: $input) { channel source updatedAt } }`;
const UPDATE_LEAD_SCORE = `#graphql
  mutation ($input: UpdateLeadScoreInput!) { updateLeadScore(input: $input) { score status updatedAt } }`;
const CREATE_CAMPAIGN = `#graphql
  mutation ($input: CreateCampaignInput!) {
    createCampaign(input: $input) {
      ${CAMPAIGN_FIELDS}
      stats { sent opened clicked bounced unsubscribed engagementRate unsubscribeRate }
      touches { totalCount edges { cursor } }
    }
  }`;
const RECORD_TOUCH = `#graphql
  mutation ($input: RecordTouchInput!) { recordTouch(input: $input) { ${TOUCH_FIELDS} } }`;
const RECORD_TOUCH_EVENT = `#graphql
  mutation ($input: RecordTouchEventInput!) { recordTouchEvent(input: $input) { ${TOUCH_FIELDS} } }`;

describe('marketing subgraph contract', () => {
  let customers: RunningSubgraph;
  let marketing: RunningSubgraph;
  /** A fresh customer the validation tests name, so "nothing was written" can be checked per table. */
  let untouched: string;
  beforeAll(async () => {
    customers = await startTestSubgraph('customers');
    marketing = await startTestSubgraph('marketing', customers.url);
    untouched = await createTestCustomer(customers.url);
  });
  afterAll(async () => {
    await marketing.stop();
    await customers.stop();
  });

  /** Runs a mutation; one whose test gives no client key gets a fresh one (`withClientKey`). */
  const mutate = <T = Record<string, unknown>>(mutation: string, input: Record<string, unknown>) =>
    postGraphQL<T>(marketing.url, mutation, { input: withClientKey(mutation, input) });
  /** `count(*)` over a FROM … WHERE clause of the marketing database. */
  const count = async (from: string, params: unknown[]) =>
    (await sql<{ n: number }>('marketing', `SELECT count(*)::int AS n FROM ${from}`, params))[0]!.n;
  const customerView = async <T = Record<string, unknown>>(id: string, selection: string) =>
    (
      await entities<T>(marketing.url, [{ __typename: 'Customer', id }], `... on Customer { ${selection} }`)
    )[0]!;

  it('should serve its schema.graphql through _service { sdl }', async () => {
    expect(fieldNames(await serviceSdl(marketing.url))).toEqual(fieldNames(schemaFile('marketing')));
  });

  it('should resolve a customer and a signal the same when their ids come in upper case', async () => {
    const selection =
      'marketingSummary { signalCount lastCancelIntentAt } consents { channel } leadScore { score } signals(first: 2) { edges { node { id } } }';
    const lower = await customerView<{ signals: { edges: Array<{ node: { id: string } }> } }>(
      LENA,
      selection,
    );
    expect(await customerView(LENA.toUpperCase(), selection)).toEqual(lower);
    const signalId = lower.signals.edges[0]!.node.id;
    const [signal] = await entities(
      marketing.url,
      [{ __typename: 'Signal', id: signalId.toUpperCase() }],
      '... on Signal { id }',
    );
    expect(signal).toEqual({ id: signalId });
  });

  describe('entities', () => {
    it('should resolve Signal, Touch and Campaign entities with their stored values', async () => {
      const [signal] = await sql<SignalRow>(
        'marketing',
        'SELECT * FROM signals WHERE customer_id = $1 ORDER BY occurred_at DESC LIMIT 1',
        [LENA],
      );
      // Lena never bounces or unsubscribes, so a clicked message of hers has the status CLICKED.
      const [touch] = await sql<TouchRow>(
        'marketing',
        'SELECT * FROM touches WHERE customer_id = $1 AND clicked_at IS NOT NULL ORDER BY sent_at DESC LIMIT 1',
        [LENA],
      );
      const [campaign] = await sql<CampaignRow>('marketing', 'SELECT * FROM campaigns WHERE id = $1', [
        touch!.campaign_id,
      ]);
      const [ended] = await sql<CampaignRow>(
        'marketing',
        "SELECT * FROM campaigns WHERE name = 'Privacy policy update'",
      );
      const campaignTouches = await sql<TouchRow>(
        'marketing',
        'SELECT * FROM touches WHERE campaign_id = $1',
        [campaign!.id],
      );
      const result = await entities(
        marketing.url,
        [
          { __typename: 'Signal', id: signal!.id },
          { __typename: 'Touch', id: touch!.id },
          { __typename: 'Campaign', id: campaign!.id },
          { __typename: 'Campaign', id: ended!.id },
        ],
        // Signal.channel and Touch.channel are different enums, so one of them needs an alias.
        `... on Signal { ${SIGNAL_FIELDS.replace(' channel ', ' signalChannel: channel ')} }
         ... on Touch { ${TOUCH_FIELDS} }
         ... on Campaign { ${CAMPAIGN_FIELDS} stats { sent opened clicked bounced unsubscribed }
                           touches(first: 5) { totalCount edges { node { id } } } }`,
      );
      const { channel: signalChannel, ...signalValues } = signalFromRow(signal!);
      expect(result).toEqual([
        { ...signalValues, signalChannel },
        touchFromRow(touch!, 'CLICKED'),
        {
          ...campaignFromRow(campaign!),
          stats: {
            sent: campaignTouches.length,
            opened: campaignTouches.filter((t) => t.opened_at || t.clicked_at).length,
            clicked: campaignTouches.filter((t) => t.clicked_at).length,
            bounced: campaignTouches.filter((t) => t.bounced_at).length,
            unsubscribed: campaignTouches.filter((t) => t.unsubscribed_at).length,
          },
          touches: {
            totalCount: campaignTouches.length,
            edges: campaignTouches
              .sort(newestFirst((t) => t.sent_at))
              .slice(0, 5)
              .map((t) => ({ node: { id: t.id } })),
          },
        },
        expect.objectContaining(campaignFromRow(ended!)),
      ]);
      expect(ended).toMatchObject({ purpose: 'SERVICE', ended_at: expect.any(Date) });
    });

    it('should answer the signal, touch and campaign root queries like the entities, and null for malformed ids', async () => {
      const [signal] = await sql<SignalRow>(
        'marketing',
        'SELECT * FROM signals WHERE customer_id = $1 LIMIT 1',
        [LENA],
      );
      const [touch] = await sql<TouchRow>(
        'marketing',
        'SELECT * FROM touches WHERE customer_id = $1 AND opened_at IS NULL LIMIT 1',
        [LENA],
      );
      const [campaign] = await sql<CampaignRow>('marketing', 'SELECT * FROM campaigns WHERE id = $1', [
        touch!.campaign_id,
      ]);
      const response = await postGraphQL(
        marketing.url,
        `query ($signal: ID!, $touch: ID!, $campaign: ID!) {
           signal(id: $signal) { ${SIGNAL_FIELDS} } touch(id: $touch) { ${TOUCH_FIELDS} }
           campaign(id: $campaign) { ${CAMPAIGN_FIELDS} }
           badSignal: signal(id: "not-a-uuid") { id } badTouch: touch(id: "not-a-uuid") { id }
           missingCampaign: campaign(id: "${UNKNOWN}") { id }
         }`,
        { signal: signal!.id, touch: touch!.id, campaign: campaign!.id },
      );
      expect(response).toEqual({
        data: {
          signal: signalFromRow(signal!),
          touch: touchFromRow(touch!, 'SENT'),
          campaign: campaignFromRow(campaign!),
          badSignal: null,
          badTouch: null,
          missingCampaign: null,
        },
      });
    });

    it('should resolve a seeded Customer with exactly its stored consents, history, lead score and channel', async () => {
      const consents = await sql<{
        channel: string;
        purpose: string;
        granted: boolean;
        source: string;
        recorded_at: Date;
      }>(
        'marketing',
        'SELECT channel, purpose, granted, source, recorded_at FROM consents WHERE customer_id = $1',
        [LENA],
      );
      const history = await sql<{ id: string; recorded_at: Date }>(
        'marketing',
        'SELECT id, recorded_at FROM consent_events WHERE customer_id = $1',
        [LENA],
      );
      const [lead] = await sql('marketing', 'SELECT * FROM lead_scores WHERE customer_id = $1', [LENA]);
      const [preferred] = await sql('marketing', 'SELECT * FROM preferred_channels WHERE customer_id = $1', [
        LENA,
      ]);
      const touchCount = await count('touches WHERE customer_id = $1', [LENA]);
      const customer = await customerView(
        LENA,
        `id consents { channel purpose granted source recordedAt }
         consentHistory(first: 100) { totalCount edges { node { id } } }
         leadScore { score status updatedAt } preferredChannel { channel source updatedAt }
         touches(first: 1) { totalCount }`,
      );
      expect(customer).toEqual({
        id: LENA,
        consents: consents
          .sort(
            (a, b) =>
              CHANNEL_ORDER.indexOf(a.channel) - CHANNEL_ORDER.indexOf(b.channel) ||
              PURPOSE_ORDER.indexOf(a.purpose) - PURPOSE_ORDER.indexOf(b.purpose),
          )
          .map(({ recorded_at, ...consent }) => ({ ...consent, recordedAt: iso(recorded_at) })),
        consentHistory: {
          totalCount: history.length,
          edges: history.sort(newestFirst((e) => e.recorded_at)).map((e) => ({ node: { id: e.id } })),
        },
        leadScore: { score: lead!.score, status: lead!.status, updatedAt: iso(lead!.updated_at as Date) },
        preferredChannel: {
          channel: preferred!.channel,
          source: 'EXPLICIT',
          updatedAt: iso(preferred!.updated_at as Date),
        },
        touches: { totalCount: touchCount },
      });
      // The persona's story: email and SMS consents, email chosen explicitly, a paying customer.
      expect(consents.map((c) => `${c.channel}:${c.purpose}`)).toEqual([
        'EMAIL:MARKETING',
        'EMAIL:SERVICE',
        'EMAIL:PROFILING',
        'SMS:MARKETING',
      ]);
      expect(customer).toMatchObject({
        preferredChannel: { channel: 'EMAIL' },
        leadScore: { status: 'CUSTOMER' },
      });
    });

    it('should resolve unknown and malformed Signal, Touch and Campaign ids to null', async () => {
      const result = await entities(
        marketing.url,
        ['Signal', 'Touch', 'Campaign'].flatMap((type) => [
          { __typename: type, id: UNKNOWN },
          { __typename: type, id: 'not-a-uuid' },
        ]),
        '... on Signal { id } ... on Touch { id } ... on Campaign { id }',
      );
      expect(result).toEqual([null, null, null, null, null, null]);
    });

    it('should give an unknown or malformed Customer id an empty summary and empty lists', async () => {
      const result = await entities(
        marketing.url,
        [
          { __typename: 'Customer', id: UNKNOWN },
          { __typename: 'Customer', id: 'not-a-uuid' },
        ],
        `... on Customer { id marketingSummary { ${SUMMARY_FIELDS} }
           signals { totalCount edges { cursor } } touches { totalCount edges { cursor } }
           consentHistory { totalCount edges { cursor } } consents { channel }
           leadScore { score } preferredChannel { channel } }`,
      );
      const empty = (id: string) => ({
        id,
        marketingSummary: EMPTY_SUMMARY,
        signals: { totalCount: 0, edges: [] },
        touches: { totalCount: 0, edges: [] },
        consentHistory: { totalCount: 0, edges: [] },
        consents: [],
        leadScore: null,
        preferredChannel: null,
      });
      expect(result).toEqual([empty(UNKNOWN), empty('not-a-uuid')]);
    });
  });

  describe('marketingSummary', () => {
    it('should add up a persona exactly as her stored signals, messages, consents and lead score say', async () => {
      const signals = await sql<SignalRow>('marketing', 'SELECT * FROM signals WHERE customer_id = $1', [
        LENA,
      ]);
      const touches = await sql<TouchRow>('marketing', 'SELECT * FROM touches WHERE customer_id = $1', [
        LENA,
      ]);
      const consented = await sql<{ channel: string; purpose: string }>(
        'marketing',
        "SELECT channel, purpose FROM consents WHERE customer_id = $1 AND granted AND purpose IN ('MARKETING', 'SERVICE')",
        [LENA],
      );
      const channelsFor = (purposes: string[]) =>
        CHANNEL_ORDER.filter((channel) =>
          consented.some((c) => c.channel === channel && purposes.includes(c.purpose)),
        );
      const [cancelIntent] = await sql<{ at: Date }>(
        'marketing',
        "SELECT max(occurred_at) AS at FROM signals WHERE customer_id = $1 AND kind = 'CANCEL_SUBSCRIPTION_INTENT'",
        [LENA],
      );
      const [lead] = await sql('marketing', 'SELECT score, status FROM lead_scores WHERE customer_id = $1', [
        LENA,
      ]);
      const [preferred] = await sql(
        'marketing',
        'SELECT channel FROM preferred_channels WHERE customer_id = $1',
        [LENA],
      );
      const since = Date.now() - 90 * DAY_MS;
      const { marketingSummary: summary } = await customerView<{
        marketingSummary: {
          lastCancelIntentAt: string;
          lastSignalAt: string;
          keySignals: Array<{ kind: string }>;
          consentedChannels: string[];
          touchesSent90d: number;
        };
      }>(LENA, `marketingSummary { ${SUMMARY_FIELDS} }`);

      const lastOf = (kind: string) =>
        latest(signals.filter((s) => s.kind === kind).map((s) => s.occurred_at));
      const keySignals = KEY_KINDS.flatMap((kind) =>
        signals
          .filter((s) => s.kind === kind)
          .sort(newestFirst((s) => s.occurred_at))
          .slice(0, 1),
      )
        .sort(newestFirst((s) => s.occurred_at))
        .map((s) => ({
          signalId: s.id,
          kind: s.kind,
          channel: s.channel,
          topic: s.topic,
          occurredAt: iso(s.occurred_at),
        }));
      const recent = touches.filter((t) => t.sent_at.getTime() > since);
      const opened = recent.filter((t) => t.opened_at || t.clicked_at).length;
      expect(summary).toEqual({
        signalCount: signals.length,
        signalCount90d: signals.filter((s) => s.occurred_at.getTime() > since).length,
        lastSignalAt: latest(signals.map((s) => s.occurred_at)),
        lastEngagedAt: latest([
          ...signals.map((s) => s.occurred_at),
          ...touches.flatMap((t) => [t.opened_at, t.clicked_at]),
        ]),
        lastPricingViewAt: lastOf('PRICING_VIEW'),
        lastProductResearchAt: lastOf('PRODUCT_RESEARCH'),
        lastCompetitorComparisonAt: lastOf('COMPETITOR_COMPARISON'),
        lastCartAbandonedAt: lastOf('CART_ABANDONED'),
        lastCheckoutErrorAt: lastOf('CHECKOUT_ERROR'),
        lastCancelIntentAt: iso(cancelIntent!.at),
        lastUnsubscribeAt: latest([
          ...signals.filter((s) => s.kind === 'UNSUBSCRIBE').map((s) => s.occurred_at),
          ...touches.map((t) => t.unsubscribed_at),
        ]),
        keySignals,
        touchesSent90d: recent.length,
        touchesOpened90d: opened,
        touchesClicked90d: recent.filter((t) => t.clicked_at).length,
        touchesBounced90d: recent.filter((t) => t.bounced_at).length,
        touchesUnsubscribed90d: recent.filter((t) => t.unsubscribed_at).length,
        engagementRate90d: expect.closeTo(opened / recent.length, 4),
        lastTouchSentAt: latest(touches.map((t) => t.sent_at)),
        consentedChannels: channelsFor(['MARKETING', 'SERVICE']),
        marketingChannels: channelsFor(['MARKETING']),
        serviceChannels: channelsFor(['SERVICE']),
        preferredChannel: preferred!.channel,
        leadScore: lead!.score,
        leadStatus: lead!.status,
      });
      // The persona's story: the cancel intent is her latest signal; she can be reached by email and SMS.
      expect(summary.lastCancelIntentAt).toBe(summary.lastSignalAt);
      expect(summary.keySignals[0]).toMatchObject({ kind: 'CANCEL_SUBSCRIPTION_INTENT' });
      expect(summary.consentedChannels).toEqual(['EMAIL', 'SMS']);
      expect(summary.touchesSent90d).toBeGreaterThan(0);
    });
  });

  describe('signals', () => {
    const page = async (args: string) =>
      (
        await customerView<{ signals: Connection }>(
          LENA,
          `signals(${args}) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id kind } } }`,
        )
      ).signals;

    it('should page through signals newest first when following endCursor', async () => {
      const stored = await sql<{ id: string }>(
        'marketing',
        'SELECT id FROM signals WHERE customer_id = $1 ORDER BY occurred_at DESC, id DESC',
        [LENA],
      );
      const first = await page('first: 25');
      const second = await page(`first: 25, after: "${first.pageInfo.endCursor}"`);
      const rest = await page(`first: 100, after: "${second.pageInfo.endCursor}"`);
      expect(stored.length).toBeGreaterThan(50);
      expect(first.totalCount).toBe(stored.length);
      expect(ids(first)).toEqual(stored.slice(0, 25).map((row) => row.id));
      expect(ids(second)).toEqual(stored.slice(25, 50).map((row) => row.id));
      expect(ids(rest)).toEqual(stored.slice(50).map((row) => row.id));
      expect([first.pageInfo, second.pageInfo, rest.pageInfo]).toEqual([
        expect.objectContaining({ hasNextPage: true, hasPreviousPage: false }),
        expect.objectContaining({ hasNextPage: true, hasPreviousPage: true }),
        expect.objectContaining({ hasNextPage: false, hasPreviousPage: true }),
      ]);
    });

    it('should return only the signals of the requested kinds when kinds is given', async () => {
      const kinds = ['PRICING_VIEW', 'CANCEL_SUBSCRIPTION_INTENT'];
      const stored = await sql<{ id: string }>(
        'marketing',
        'SELECT id FROM signals WHERE customer_id = $1 AND kind = ANY($2) ORDER BY occurred_at DESC, id DESC',
        [LENA, kinds],
      );
      const all = await count('signals WHERE customer_id = $1', [LENA]);
      const result = await page(`first: 100, kinds: [${kinds.join(', ')}]`);
      expect(result.totalCount).toBe(stored.length);
      expect(ids(result)).toEqual(stored.map((row) => row.id));
      expect(new Set(result.edges.map((edge) => edge.node.kind))).toEqual(new Set(kinds));
      expect(stored.length).toBeLessThan(all);
    });

    it.each([
      ['first: 101', 'signals.first'],
      ['first: -1', 'signals.first'],
      ['after: "not-a-cursor"', 'signals.after'],
    ])('should refuse %s with BAD_USER_INPUT on %s', async (args, field) => {
      const response = await postGraphQL(
        marketing.url,
        `query ($representations: [_Any!]!) {
           _entities(representations: $representations) { ... on Customer { signals(${args}) { totalCount } } }
         }`,
        { representations: [{ __typename: 'Customer', id: LENA }] },
      );
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    });
  });

  describe('recordSignals', () => {
    let buyer: string;
    beforeAll(async () => {
      buyer = await createTestCustomer(customers.url);
    });
    const key = (name: string) => `${buyer}-${name}`;
    const signal = (name: string, overrides: Record<string, unknown> = {}) => ({
      customerId: buyer,
      clientEventId: key(name),
      kind: 'PRICING_VIEW',
      channel: 'WEB',
      topic: 'pricing',
      url: '/pricing',
      occurredAt: ago(4 * HOUR_MS),
      ...overrides,
    });
    const stored = (names: string[]) =>
      sql<SignalRow>(
        'marketing',
        'SELECT * FROM signals WHERE client_event_id = ANY($1) ORDER BY occurred_at',
        [names.map(key)],
      );
    type Payload = {
      recordSignals: { accepted: number; duplicates: number; signals: Array<{ id: string }> };
    };

    it('should store a whole batch and return the stored signals in input order when every event is new', async () => {
      const batch = [
        signal('new-2', {
          kind: 'CANCEL_SUBSCRIPTION_INTENT',
          topic: null,
          url: null,
          occurredAt: ago(HOUR_MS),
        }),
        signal('new-0', { kind: 'PAGE_VIEW', topic: 'home', url: '/', occurredAt: ago(3 * HOUR_MS) }),
        signal('new-1', {
          kind: 'EMAIL_OPEN',
          channel: 'EMAIL',
          topic: 'newsletter',
          occurredAt: ago(2 * HOUR_MS),
        }),
      ];
      const response = await mutate<Payload>(RECORD_SIGNALS, { signals: batch });
      expect(response.errors).toBeUndefined();
      const rows = await stored(['new-0', 'new-1', 'new-2']);
      expect(rows.map((row) => [row.client_event_id, row.kind, row.channel, row.topic, row.url])).toEqual([
        [key('new-0'), 'PAGE_VIEW', 'WEB', 'home', '/'],
        [key('new-1'), 'EMAIL_OPEN', 'EMAIL', 'newsletter', '/pricing'],
        [key('new-2'), 'CANCEL_SUBSCRIPTION_INTENT', 'WEB', null, null],
      ]);
      expect(rows.map((row) => iso(row.occurred_at))).toEqual(
        [batch[1], batch[2], batch[0]].map((s) => s.occurredAt),
      );
      expect(response.data!.recordSignals).toEqual({
        accepted: 3,
        duplicates: 0,
        signals: [rows[2]!, rows[0]!, rows[1]!].map(signalFromRow),
      });
      const { marketingSummary } = await customerView(
        buyer,
        'marketingSummary { signalCount lastSignalAt lastCancelIntentAt }',
      );
      expect(marketingSummary).toEqual({
        signalCount: 3,
        lastSignalAt: batch[0]!.occurredAt,
        lastCancelIntentAt: batch[0]!.occurredAt,
      });
    });

    it('should return the stored signals and count duplicates when events are replayed or repeated', async () => {
      const batch = [signal('replay-0'), signal('replay-1', { kind: 'PRODUCT_RESEARCH', topic: 'refills' })];
      const first = await mutate<Payload>(RECORD_SIGNALS, { signals: batch });
      const replay = await mutate<Payload>(RECORD_SIGNALS, { signals: batch });
      expect(replay.data!.recordSignals).toEqual({
        accepted: 0,
        duplicates: 2,
        signals: first.data!.recordSignals.signals,
      });
      // One event given twice: the same object, so both carry the very same occurredAt.
      const twice = signal('replay-2');
      const mixed = await mutate<Payload>(RECORD_SIGNALS, { signals: [batch[1], twice, twice] });
      const [old, added, repeated] = mixed.data!.recordSignals.signals;
      expect(mixed.data!.recordSignals).toMatchObject({ accepted: 1, duplicates: 2 });
      expect(old).toEqual(first.data!.recordSignals.signals[1]);
      expect(repeated).toEqual(added);
      const rows = await stored(['replay-0', 'replay-1', 'replay-2']);
      expect(rows.map((row) => row.id).sort()).toEqual(
        [...first.data!.recordSignals.signals.map((s) => s.id), added!.id].sort(),
      );
    });

    it('should store each event once and answer every sender alike when the same batch arrives concurrently', async () => {
      const batch = [signal('race-0'), signal('race-1', { kind: 'CART_ABANDONED', topic: 'cart' })];
      const responses = await Promise.all(
        Array.from({ length: 4 }, () => mutate<Payload>(RECORD_SIGNALS, { signals: batch })),
      );
      const rows = await stored(['race-0', 'race-1']);
      expect(rows).toHaveLength(2);
      expect(responses.map((response) => response.errors)).toEqual([
        undefined,
        undefined,
        undefined,
        undefined,
      ]);
      expect(responses.map((response) => response.data!.recordSignals.signals.map((s) => s.id))).toEqual(
        Array.from({ length: 4 }, () =>
          batch.map((s) => rows.find((row) => row.client_event_id === s.clientEventId)!.id),
        ),
      );
      expect(responses.reduce((sum, response) => sum + response.data!.recordSignals.accepted, 0)).toBe(2);
    });

    it('should replay an event another request stores while the batch waits on it, and store the rest once', async () => {
      const held = signal('held-0');
      const batch = [held, signal('held-1', { kind: 'CART_ABANDONED', topic: 'cart' })];
      // Another writer has inserted the batch's first event and not committed yet: the batch's insert waits on it.
      const other = new Client({ connectionString: testDatabaseUrls().marketing });
      await other.connect();
      try {
        await other.query('BEGIN');
        const [{ id: heldId }] = (
          await other.query(
            `INSERT INTO signals (id, customer_id, client_event_id, request_hash, kind, channel, topic, url, occurred_at, received_at)
             VALUES ($1, $2, $3, $4, 'PRICING_VIEW', 'WEB', 'pricing', '/pricing', $5, now()) RETURNING id`,
            [
              randomUUID(),
              buyer,
              held.clientEventId,
              signalRequestHash({ ...held, occurredAt: new Date(held.occurredAt) }),
              held.occurredAt,
            ],
          )
        ).rows as Array<{ id: string }>;
        const response = mutate<Payload>(RECORD_SIGNALS, { signals: batch });
        const waiting = async () =>
          (
            await sql<{ n: number }>(
              'marketing',
              `SELECT count(*)::int AS n FROM pg_stat_activity
               WHERE wait_event_type = 'Lock' AND query LIKE '%INSERT INTO signals%' AND pid <> pg_backend_pid()`,
            )
          )[0]!.n;
        while ((await waiting()) === 0) await new Promise((resolve) => setTimeout(resolve, 20));
        await other.query('COMMIT');
        const answer = await response;
        expect(answer.errors).toBeUndefined();
        const rows = await stored(['held-0', 'held-1']);
        expect(rows.map((row) => row.client_event_id)).toEqual([key('held-0'), key('held-1')]);
        expect(answer.data!.recordSignals).toMatchObject({ accepted: 1, duplicates: 1 });
        expect(answer.data!.recordSignals.signals.map((s) => s.id)).toEqual([heldId, rows[1]!.id]);
      } finally {
        await other.end();
      }
    });

    it('should refuse a clientEventId reused with another payload with CONFLICT and write nothing of the batch', async () => {
      const original = signal('conflict-0');
      await mutate(RECORD_SIGNALS, { signals: [original] });
      const response = await mutate(RECORD_SIGNALS, {
        signals: [signal('conflict-1'), { ...original, topic: 'plan-pro' }],
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'input.signals.1.clientEventId',
      });
      const rows = await stored(['conflict-0', 'conflict-1']);
      expect(rows.map((row) => [row.client_event_id, row.topic])).toEqual([[key('conflict-0'), 'pricing']]);
    });

    it('should refuse one clientEventId given twice in a batch with different payloads with CONFLICT', async () => {
      const response = await mutate(RECORD_SIGNALS, {
        signals: [signal('twice-0'), signal('twice'), signal('twice', { channel: 'APP' })],
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'input.signals.2.clientEventId',
      });
      expect(await stored(['twice-0', 'twice'])).toEqual([]);
    });

    it('should reject the whole batch with BAD_USER_INPUT on the invalid item when one occurredAt is in the future', async () => {
      const names = ['invalid-0', 'invalid-1', 'invalid-2', 'invalid-3'];
      const batch = names.map((name) => signal(name));
      batch[2] = signal('invalid-2', { occurredAt: ago(-30 * DAY_MS) });
      const response = await mutate(RECORD_SIGNALS, { signals: batch });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.signals.2.occurredAt',
      });
      expect(await count('signals WHERE client_event_id = ANY($1)', [names.map(key)])).toBe(0);
    });

    it.each([
      ['a blank clientEventId', 'input.signals.0.clientEventId', { clientEventId: '  ' }],
      ['a malformed customerId', 'input.signals.0.customerId', { customerId: 'not-a-uuid' }],
      ['a topic of 101 characters', 'input.signals.0.topic', { topic: 'x'.repeat(101) }],
      [
        'a free-text topic (with a phone number in it)',
        'input.signals.0.topic',
        { topic: 'call me on +4930123456' },
      ],
      ['a url of 2001 characters', 'input.signals.0.url', { url: `/${'x'.repeat(2000)}` }],
      ['an occurredAt that is no date-time', 'input.signals.0.occurredAt', { occurredAt: 'yesterday' }],
    ])('should reject %s with BAD_USER_INPUT on %s', async (_case, field, overrides) => {
      const response = await mutate(RECORD_SIGNALS, { signals: [signal(field, overrides)] });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await count('signals WHERE client_event_id = $1', [key(field)])).toBe(0);
    });

    it('should reject an empty batch and one of more than 1000 signals with BAD_USER_INPUT on input.signals', async () => {
      const tooMany = Array.from({ length: 1001 }, (_, i) => signal(`many-${i}`));
      const empty = await mutate(RECORD_SIGNALS, { signals: [] });
      const large = await mutate(RECORD_SIGNALS, { signals: tooMany });
      expect([empty.errors?.[0]?.extensions, large.errors?.[0]?.extensions]).toEqual([
        expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.signals' }),
        expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'input.signals' }),
      ]);
      expect(
        await count('signals WHERE client_event_id = ANY($1)', [tooMany.map((s) => s.clientEventId)]),
      ).toBe(0);
    });

    it('should answer NOT_FOUND on the item when a customer is unknown and write nothing of the batch', async () => {
      const response = await mutate(RECORD_SIGNALS, {
        signals: [signal('ghost-0'), signal('ghost-1', { customerId: UNKNOWN })],
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'NOT_FOUND',
        field: 'input.signals.1.customerId',
      });
      expect(await stored(['ghost-0', 'ghost-1'])).toEqual([]);
    });
  });

  describe('setConsent', () => {
    it('should keep the later decision in force and record every decision when an older one arrives late', async () => {
      const person = await createTestCustomer(customers.url);
      const decision = { customerId: person, channel: 'SMS', purpose: 'MARKETING', source: 'web-form' };
      const grantedAt = ago(2 * HOUR_MS);
      const granted = await mutate(SET_CONSENT, { ...decision, granted: true, recordedAt: grantedAt });
      expect(granted).toEqual({
        data: {
          setConsent: {
            channel: 'SMS',
            purpose: 'MARKETING',
            granted: true,
            source: 'web-form',
            recordedAt: grantedAt,
          },
        },
      });
      const late = await mutate(SET_CONSENT, {
        ...decision,
        granted: false,
        source: 'import',
        recordedAt: ago(3 * HOUR_MS),
      });
      expect(late).toEqual(granted);
      const current = () =>
        sql(
          'marketing',
          'SELECT channel, purpose, granted, source, recorded_at FROM consents WHERE customer_id = $1',
          [person],
        );
      expect(await current()).toEqual([
        {
          channel: 'SMS',
          purpose: 'MARKETING',
          granted: true,
          source: 'web-form',
          recorded_at: new Date(grantedAt),
        },
      ]);

      const withdrawn = await mutate<{ setConsent: { recordedAt: string } }>(SET_CONSENT, {
        ...decision,
        granted: false,
        source: 'agent',
      });
      expect(withdrawn.data!.setConsent).toMatchObject({ granted: false, source: 'agent' });
      expect(await current()).toEqual([
        {
          channel: 'SMS',
          purpose: 'MARKETING',
          granted: false,
          source: 'agent',
          recorded_at: new Date(withdrawn.data!.setConsent.recordedAt),
        },
      ]);
      const history = await sql(
        'marketing',
        'SELECT granted, source FROM consent_events WHERE customer_id = $1 ORDER BY recorded_at',
        [person],
      );
      expect(history).toEqual([
        { granted: false, source: 'import' },
        { granted: true, source: 'web-form' },
        { granted: false, source: 'agent' },
      ]);
    });

    it.each([
      ['a recordedAt in the future', 'input.recordedAt', { recordedAt: ago(-30 * DAY_MS) }],
      ['a recordedAt that is no date-time', 'input.recordedAt', { recordedAt: 'last week' }],
      ['a blank source', 'input.source', { source: '  ' }],
      ['a malformed customerId', 'input.customerId', { customerId: 'not-a-uuid' }],
    ])('should reject %s with BAD_USER_INPUT on %s and write nothing', async (_case, field, overrides) => {
      const response = await mutate(SET_CONSENT, {
        customerId: untouched,
        channel: 'EMAIL',
        purpose: 'MARKETING',
        granted: true,
        source: 'web-form',
        ...overrides,
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await count('consent_events WHERE customer_id = $1', [untouched])).toBe(0);
    });
  });

  describe('preferred channel', () => {
    it('should store an explicit channel and replace it when it is set again', async () => {
      const person = await createTestCustomer(customers.url);
      const stored = () =>
        sql<{ channel: string; updated_at: Date }>(
          'marketing',
          'SELECT channel, updated_at FROM preferred_channels WHERE customer_id = $1',
          [person],
        );
      const first = await mutate(SET_PREFERRED_CHANNEL, { customerId: person, channel: 'SMS' });
      const [row] = await stored();
      expect(first).toEqual({
        data: {
          setPreferredChannel: { channel: 'SMS', source: 'EXPLICIT', updatedAt: iso(row!.updated_at) },
        },
      });
      await mutate(SET_PREFERRED_CHANNEL, { customerId: person, channel: 'POST' });
      const rows = await stored();
      expect(rows.map((r) => r.channel)).toEqual(['POST']);
      expect(await customerView(person, 'preferredChannel { channel source updatedAt }')).toEqual({
        preferredChannel: { channel: 'POST', source: 'EXPLICIT', updatedAt: iso(rows[0]!.updated_at) },
      });
    });

    it('should infer the consented channel the customer engages with most when none was chosen', async () => {
      const person = await createTestCustomer(customers.url);
      const consent = (channel: string, purpose: string, granted: boolean) =>
        mutate(SET_CONSENT, { customerId: person, channel, purpose, granted, source: 'app' });
      await consent('PUSH', 'MARKETING', true);
      await consent('EMAIL', 'SERVICE', true);
      const event = (name: string, kind: string, channel: string, hoursAgo: number) => ({
        customerId: person,
        clientEventId: `${person}-${name}`,
        kind,
        channel,
        occurredAt: ago(hoursAgo * HOUR_MS),
      });
      // App signals count for PUSH and email signals for EMAIL; web visits and unsubscribes count for neither.
      const signals = [
        event('app-1', 'PAGE_VIEW', 'APP', 1),
        event('app-2', 'PRICING_VIEW', 'APP', 5),
        event('email-1', 'EMAIL_OPEN', 'EMAIL', 3),
        event('unsubscribe-1', 'UNSUBSCRIBE', 'EMAIL', 2),
        event('unsubscribe-2', 'UNSUBSCRIBE', 'EMAIL', 4),
        ...[6, 7, 8].map((hours) => event(`web-${hours}`, 'PAGE_VIEW', 'WEB', hours)),
      ];
      await mutate(RECORD_SIGNALS, { signals });
      const selection = 'preferredChannel { channel source updatedAt } marketingSummary { preferredChannel }';
      expect(await customerView(person, selection)).toEqual({
        preferredChannel: { channel: 'PUSH', source: 'INFERRED', updatedAt: signals[0]!.occurredAt },
        marketingSummary: { preferredChannel: 'PUSH' },
      });
      // Without a PUSH consent the app engagement no longer counts.
      await consent('PUSH', 'MARKETING', false);
      expect(await customerView(person, selection)).toEqual({
        preferredChannel: { channel: 'EMAIL', source: 'INFERRED', updatedAt: signals[2]!.occurredAt },
        marketingSummary: { preferredChannel: 'EMAIL' },
      });
      await mutate(SET_PREFERRED_CHANNEL, { customerId: person, channel: 'SMS' });
      expect(await customerView(person, selection)).toMatchObject({
        preferredChannel: { channel: 'SMS', source: 'EXPLICIT' },
        marketingSummary: { preferredChannel: 'SMS' },
      });
    });

    it('should reject a malformed customer id with BAD_USER_INPUT on input.customerId', async () => {
      const response = await mutate(SET_PREFERRED_CHANNEL, { customerId: 'not-a-uuid', channel: 'SMS' });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'input.customerId',
      });
    });
  });

  describe('updateLeadScore', () => {
    it('should store the score and status and overwrite them on the next update', async () => {
      const person = await createTestCustomer(customers.url);
      const stored = () =>
        sql<{ score: number; status: string; updated_at: Date }>(
          'marketing',
          'SELECT score, status, updated_at FROM lead_scores WHERE customer_id = $1',
          [person],
        );
      const first = await mutate(UPDATE_LEAD_SCORE, { customerId: person, score: 42, status: 'MQL' });
      const [row] = await stored();
      expect(first).toEqual({
        data: { updateLeadScore: { score: 42, status: 'MQL', updatedAt: iso(row!.updated_at) } },
      });
      expect(row).toMatchObject({ score: 42, status: 'MQL' });
      await mutate(UPDATE_LEAD_SCORE, { customerId: person, score: 90, status: 'SQL' });
      expect((await stored()).map((r) => [r.score, r.status])).toEqual([[90, 'SQL']]);
      expect(
        await customerView(person, 'leadScore { score status } marketingSummary { leadScore leadStatus }'),
      ).toEqual({
        leadScore: { score: 90, status: 'SQL' },
        marketingSummary: { leadScore: 90, leadStatus: 'SQL' },
      });
    });

    it.each([
      [{ score: 101 }, 'input.score'],
      [{ score: -1 }, 'input.score'],
      [{ customerId: 'not-a-uuid' }, 'input.customerId'],
    ])('should reject %j with BAD_USER_INPUT on %s and write nothing', async (overrides, field) => {
      const response = await mutate(UPDATE_LEAD_SCORE, {
        customerId: untouched,
        score: 50,
        status: 'NEW',
        ...overrides,
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await count('lead_scores WHERE customer_id = $1', [untouched])).toBe(0);
    });
  });

  it.each([
    [
      'setConsent',
      SET_CONSENT,
      { channel: 'EMAIL', purpose: 'MARKETING', granted: true, source: 'web-form' },
    ],
    ['setPreferredChannel', SET_PREFERRED_CHANNEL, { channel: 'EMAIL' }],
    ['updateLeadScore', UPDATE_LEAD_SCORE, { score: 10, status: 'NEW' }],
  ])(
    'should answer NOT_FOUND on input.customerId when %s names an unknown customer',
    async (_name, mutation, input) => {
      const response = await mutate(mutation, { customerId: UNKNOWN, ...input });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'NOT_FOUND',
        field: 'input.customerId',
      });
      expect(
        await count(
          `(SELECT customer_id FROM consent_events UNION ALL SELECT customer_id FROM preferred_channels
          UNION ALL SELECT customer_id FROM lead_scores) x WHERE customer_id = $1`,
          [UNKNOWN],
        ),
      ).toBe(0);
    },
  );

  describe('campaigns', () => {
    it('should create a campaign with MARKETING as the default purpose and no messages yet', async () => {
      const name = `Contract campaign ${randomUUID()}`;
      const startedAt = ago(2 * DAY_MS);
      const endedAt = ago(-5 * DAY_MS);
      const response = await mutate<{ createCampaign: { id: string } }>(CREATE_CAMPAIGN, {
        name,
        channel: 'EMAIL',
        startedAt,
        endedAt,
      });
      expect(response.errors).toBeUndefined();
      const [row] = await sql<CampaignRow>('marketing', 'SELECT * FROM campaigns WHERE name = $1', [name]);
      expect(row).toMatchObject({ name, channel: 'EMAIL', purpose: 'MARKETING' });
      expect(response.data!.createCampaign).toEqual({
        ...campaignFromRow(row!),
        startedAt,
        endedAt,
        stats: {
          sent: 0,
          opened: 0,
          clicked: 0,
          bounced: 0,
          unsubscribed: 0,
          engagementRate: null,
          unsubscribeRate: null,
        },
        touches: { totalCount: 0, edges: [] },
      });
    });

    it.each([
      ['an end before the start', 'input.endedAt', { endedAt: ago(3 * DAY_MS) }],
      ['a past end and no start (now)', 'input.endedAt', { startedAt: undefined, endedAt: ago(HOUR_MS) }],
      ['a start eleven years ahead', 'input.startedAt', { startedAt: ago(-11 * 365 * DAY_MS) }],
      ['a blank name', 'input.name', { name: '  ' }],
    ])('should reject %s with BAD_USER_INPUT on %s and write nothing', async (_case, field, overrides) => {
      const name = `Invalid campaign ${randomUUID()}`;
      const response = await mutate(CREATE_CAMPAIGN, {
        name,
        channel: 'SMS',
        startedAt: ago(2 * DAY_MS),
        ...overrides,
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(await count('campaigns WHERE name = $1', [name])).toBe(0);
    });

    it('should list every campaign most recently started first when paging campaigns', async () => {
      const stored = await sql<{ id: string }>(
        'marketing',
        'SELECT id FROM campaigns ORDER BY started_at DESC, id DESC',
      );
      const query = `query ($after: String) {
        campaigns(first: 5, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id } } }
      }`;
      const seen: string[] = [];
      let after: string | null = null;
      let total = 0;
      do {
        const response: GraphQLResponse<{ campaigns: Connection }> = await postGraphQL(marketing.url, query, {
          after,
        });
        const connection = response.data!.campaigns;
        total = connection.totalCount;
        seen.push(...ids(connection));
        after = connection.pageInfo.hasNextPage ? connection.pageInfo.endCursor : null;
      } while (after);
      expect(total).toBe(stored.length);
      expect(seen).toEqual(stored.map((row) => row.id));
    });

    it('should refuse a campaign page above 100 with BAD_USER_INPUT on campaigns.first', async () => {
      const response = await postGraphQL(marketing.url, '{ campaigns(first: 101) { totalCount } }');
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'campaigns.first',
      });
    });
  });

  describe('touches', () => {
    let campaign: { id: string };
    let recipient: string;
    beforeAll(async () => {
      recipient = await createTestCustomer(customers.url);
      const response = await mutate<{ createCampaign: { id: string } }>(CREATE_CAMPAIGN, {
        name: `Contract touches ${randomUUID()}`,
        channel: 'EMAIL',
        startedAt: ago(10 * DAY_MS),
      });
      campaign = response.data!.createCampaign;
    });
    const send = async (customer: string, sentAt = ago(DAY_MS), campaignId = campaign.id) => {
      const response = await mutate<{ recordTouch: TouchResult }>(RECORD_TOUCH, {
        campaignId,
        customerId: customer,
        sentAt,
      });
      return response.data!.recordTouch;
    };
    const event = (touchId: string, name: string, at?: string) =>
      mutate<{ recordTouchEvent: TouchResult }>(RECORD_TOUCH_EVENT, { touchId, event: name, at });
    const storedTouch = async (id: string) =>
      (await sql<TouchRow>('marketing', 'SELECT * FROM touches WHERE id = $1', [id]))[0]!;

    it('should store a touch on the campaign channel, replay it for the same clientTouchId and refuse another payload', async () => {
      const clientTouchId = `${recipient}-touch`;
      const input = { campaignId: campaign.id, customerId: recipient, clientTouchId, sentAt: ago(DAY_MS) };
      const first = await mutate<{ recordTouch: TouchResult }>(RECORD_TOUCH, input);
      expect(first.errors).toBeUndefined();
      const row = await storedTouch(first.data!.recordTouch.id);
      expect(row).toMatchObject({
        campaign_id: campaign.id,
        customer_id: recipient,
        channel: 'EMAIL',
        client_touch_id: clientTouchId,
        sent_at: new Date(input.sentAt),
        opened_at: null,
        clicked_at: null,
        bounced_at: null,
        unsubscribed_at: null,
      });
      expect(first.data!.recordTouch).toEqual(touchFromRow(row, 'SENT'));
      const replay = await mutate(RECORD_TOUCH, input);
      expect(replay).toEqual(first);
      const changed = await mutate(RECORD_TOUCH, { ...input, sentAt: ago(2 * DAY_MS) });
      expect(changed.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'input.clientTouchId',
      });
      expect(await count('touches WHERE client_touch_id = $1', [clientTouchId])).toBe(1);
    });

    it('should store one touch and answer every sender alike when the same clientTouchId arrives concurrently', async () => {
      const clientTouchId = `${recipient}-race`;
      const input = { campaignId: campaign.id, customerId: recipient, clientTouchId, sentAt: ago(DAY_MS) };
      const responses = await Promise.all(
        Array.from({ length: 4 }, () => mutate<{ recordTouch: TouchResult }>(RECORD_TOUCH, input)),
      );
      const rows = await sql<{ id: string }>(
        'marketing',
        'SELECT id FROM touches WHERE client_touch_id = $1',
        [clientTouchId],
      );
      expect(rows).toHaveLength(1);
      expect(responses.map((response) => response.data?.recordTouch.id)).toEqual(
        Array.from({ length: 4 }, () => rows[0]!.id),
      );
    });

    it.each([
      ['a send before the campaign started', 'BAD_USER_INPUT', 'input.sentAt', { sentAt: ago(20 * DAY_MS) }],
      ['a send in the future', 'BAD_USER_INPUT', 'input.sentAt', { sentAt: ago(-30 * DAY_MS) }],
      ['a malformed campaignId', 'BAD_USER_INPUT', 'input.campaignId', { campaignId: 'not-a-uuid' }],
      ['an unknown campaign', 'NOT_FOUND', 'input.campaignId', { campaignId: UNKNOWN }],
      ['an unknown customer', 'NOT_FOUND', 'input.customerId', { customerId: UNKNOWN }],
    ])('should reject %s with %s on %s and write nothing', async (_case, code, field, overrides) => {
      const response = await mutate(RECORD_TOUCH, {
        campaignId: campaign.id,
        customerId: untouched,
        sentAt: ago(DAY_MS),
        ...overrides,
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code, field });
      expect(await count('touches WHERE customer_id = ANY($1)', [[untouched, UNKNOWN]])).toBe(0);
    });

    it('should keep the earliest open, derive the status and withdraw email marketing consent through an unsubscribe', async () => {
      const person = await createTestCustomer(customers.url);
      const touch = await send(person);
      const at = (hours: number) => new Date(Date.parse(touch.sentAt) + hours * HOUR_MS).toISOString();
      const clicked = await event(touch.id, 'CLICKED', at(2));
      expect(clicked.data!.recordTouchEvent).toMatchObject({
        status: 'CLICKED',
        openedAt: at(2),
        clickedAt: at(2),
      });
      const opened = await event(touch.id, 'OPENED', at(1));
      expect(opened.data!.recordTouchEvent).toMatchObject({
        status: 'CLICKED',
        openedAt: at(1),
        clickedAt: at(2),
      });
      const reopened = await event(touch.id, 'OPENED', at(5));
      expect(reopened.data!.recordTouchEvent).toMatchObject({ openedAt: at(1), clickedAt: at(2) });
      const unsubscribed = await event(touch.id, 'UNSUBSCRIBED', at(3));
      await event(touch.id, 'UNSUBSCRIBED', at(4));
      const row = await storedTouch(touch.id);
      expect(row).toMatchObject({
        opened_at: new Date(at(1)),
        clicked_at: new Date(at(2)),
        bounced_at: null,
        unsubscribed_at: new Date(at(3)),
      });
      expect(unsubscribed.data!.recordTouchEvent).toEqual({
        ...touchFromRow(row, 'UNSUBSCRIBED'),
        updatedAt: unsubscribed.data!.recordTouchEvent.updatedAt,
      });
      const consents = await sql('marketing', 'SELECT * FROM consents WHERE customer_id = $1', [person]);
      expect(consents).toEqual([
        expect.objectContaining({
          channel: 'EMAIL',
          purpose: 'MARKETING',
          granted: false,
          source: 'unsubscribe-link',
          recorded_at: new Date(at(3)),
        }),
      ]);
      expect(await count('consent_events WHERE customer_id = $1', [person])).toBe(1);
    });

    it.each([
      [
        'OPENED before the message was sent',
        'BAD_USER_INPUT',
        'input.at',
        'OPENED',
        (sentAt: number) => sentAt - HOUR_MS,
      ],
      ['OPENED in the future', 'BAD_USER_INPUT', 'input.at', 'OPENED', () => Date.now() + 30 * DAY_MS],
      [
        'BOUNCED after an open',
        'CONFLICT',
        'input.event',
        'BOUNCED',
        (sentAt: number) => sentAt + 2 * HOUR_MS,
      ],
    ])('should refuse %s with %s on %s and change nothing', async (_case, code, field, name, at) => {
      const touch = await send(recipient, ago(2 * DAY_MS));
      const sentAt = Date.parse(touch.sentAt);
      await event(touch.id, 'OPENED', new Date(sentAt + HOUR_MS).toISOString());
      const before = await storedTouch(touch.id);
      const response = await event(touch.id, name, new Date(at(sentAt)).toISOString());
      expect(response.errors?.[0]?.extensions).toMatchObject({ code, field });
      expect(await storedTouch(touch.id)).toEqual(before);
    });

    it('should refuse an open of a bounced message with CONFLICT on input.event', async () => {
      const touch = await send(recipient);
      await event(touch.id, 'BOUNCED');
      const response = await event(touch.id, 'OPENED');
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.event' });
      expect(await storedTouch(touch.id)).toMatchObject({ opened_at: null, bounced_at: expect.any(Date) });
    });

    it('should answer NOT_FOUND on input.touchId for an unknown touch', async () => {
      const response = await event(UNKNOWN, 'OPENED');
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'input.touchId' });
    });

    it('should count a campaign and a customer by how far their messages got', async () => {
      const person = await createTestCustomer(customers.url);
      const created = await mutate<{ createCampaign: { id: string } }>(CREATE_CAMPAIGN, {
        name: `Contract stats ${randomUUID()}`,
        channel: 'SMS',
        startedAt: ago(10 * DAY_MS),
      });
      const campaignId = created.data!.createCampaign.id;
      const [clicked, bounced, , unsubscribed] = await Promise.all(
        [4, 3, 2, 1].map((days) => send(person, ago(days * DAY_MS), campaignId)),
      );
      await event(clicked!.id, 'CLICKED');
      await event(bounced!.id, 'BOUNCED');
      await event(unsubscribed!.id, 'UNSUBSCRIBED');
      const touches = await sql<TouchRow>('marketing', 'SELECT * FROM touches WHERE customer_id = $1', [
        person,
      ]);
      const newest = touches.sort(newestFirst((t) => t.sent_at)).map((t) => t.id);

      const [view] = await entities(
        marketing.url,
        [{ __typename: 'Campaign', id: campaignId }],
        '... on Campaign { stats { sent opened clicked bounced unsubscribed engagementRate unsubscribeRate } touches(first: 2) { totalCount edges { node { id status } } } }',
      );
      expect(view).toEqual({
        stats: {
          sent: 4,
          opened: 1,
          clicked: 1,
          bounced: 1,
          unsubscribed: 1,
          engagementRate: 0.25,
          unsubscribeRate: 0.25,
        },
        touches: {
          totalCount: 4,
          edges: [
            { node: { id: newest[0], status: 'UNSUBSCRIBED' } },
            { node: { id: newest[1], status: 'SENT' } },
          ],
        },
      });
      const customer = await customerView(
        person,
        'touches { totalCount edges { node { id } } } marketingSummary { touchesSent90d touchesOpened90d touchesClicked90d touchesBounced90d touchesUnsubscribed90d engagementRate90d lastTouchSentAt lastUnsubscribeAt lastEngagedAt consentedChannels }',
      );
      const clickedRow = touches.find((t) => t.id === clicked!.id)!;
      const unsubscribedRow = touches.find((t) => t.id === unsubscribed!.id)!;
      expect(customer).toEqual({
        touches: { totalCount: 4, edges: newest.map((id) => ({ node: { id } })) },
        marketingSummary: {
          touchesSent90d: 4,
          touchesOpened90d: 1,
          touchesClicked90d: 1,
          touchesBounced90d: 1,
          touchesUnsubscribed90d: 1,
          engagementRate90d: 0.25,
          lastTouchSentAt: unsubscribed!.sentAt,
          lastUnsubscribeAt: iso(unsubscribedRow.unsubscribed_at),
          lastEngagedAt: iso(clickedRow.clicked_at),
          consentedChannels: [],
        },
      });
    });
  });

  describe('client keys', () => {
    let campaignId: string;
    beforeAll(async () => {
      const created = await mutate<{ createCampaign: { id: string } }>(CREATE_CAMPAIGN, {
        name: `Contract keys ${randomUUID()}`,
        channel: 'EMAIL',
        startedAt: ago(10 * DAY_MS),
      });
      campaignId = created.data!.createCampaign.id;
    });
    const person = () => createTestCustomer(customers.url);
    const rows = (query: string, params: unknown[]) => sql('marketing', query, params);
    /** Every consent decision and the consent in force of a customer. */
    const consentRows = async (customerId: unknown) => [
      await rows('SELECT * FROM consent_events WHERE customer_id = $1 ORDER BY recorded_at, id', [
        customerId,
      ]),
      await rows('SELECT * FROM consents WHERE customer_id = $1 ORDER BY channel, purpose', [customerId]),
    ];
    const at = (sentAt: string, hours: number) =>
      new Date(Date.parse(sentAt) + hours * HOUR_MS).toISOString();

    itReplaysAndRefusesReusedKeys(
      [
        {
          name: 'setConsent',
          mutation: SET_CONSENT,
          keyField: 'clientEventId',
          input: async () => ({
            customerId: await person(),
            channel: 'SMS',
            purpose: 'MARKETING',
            granted: true,
            source: 'web-form',
            recordedAt: ago(2 * HOUR_MS),
          }),
          otherPayload: (input) => ({ ...input, granted: false }),
          later: (input) => ({ ...input, granted: false, source: 'agent', recordedAt: ago(HOUR_MS) }),
          stored: (input) => consentRows(input.customerId),
        },
        {
          name: 'setPreferredChannel',
          mutation: SET_PREFERRED_CHANNEL,
          keyField: 'clientEventId',
          input: async () => ({ customerId: await person(), channel: 'SMS' }),
          otherPayload: (input) => ({ ...input, channel: 'PUSH' }),
          later: (input) => ({ ...input, channel: 'POST' }),
          stored: (input) =>
            rows('SELECT * FROM preferred_channels WHERE customer_id = $1', [input.customerId]),
        },
        {
          name: 'updateLeadScore',
          mutation: UPDATE_LEAD_SCORE,
          keyField: 'clientEventId',
          input: async () => ({ customerId: await person(), score: 42, status: 'MQL' }),
          otherPayload: (input) => ({ ...input, score: 43 }),
          later: (input) => ({ ...input, score: 90, status: 'SQL' }),
          stored: (input) => rows('SELECT * FROM lead_scores WHERE customer_id = $1', [input.customerId]),
        },
        {
          name: 'createCampaign',
          mutation: CREATE_CAMPAIGN,
          keyField: 'clientCampaignId',
          input: async () => ({
            name: `Keyed campaign ${randomUUID()}`,
            channel: 'EMAIL',
            startedAt: ago(DAY_MS),
          }),
          otherPayload: (input) => ({ ...input, channel: 'SMS' }),
          stored: (input) => rows('SELECT * FROM campaigns WHERE name = $1', [input.name]),
        },
        {
          name: 'recordTouch',
          mutation: RECORD_TOUCH,
          keyField: 'clientTouchId',
          input: async () => ({ campaignId, customerId: await person(), sentAt: ago(DAY_MS) }),
          otherPayload: (input) => ({ ...input, sentAt: ago(2 * DAY_MS) }),
          stored: (input) => rows('SELECT * FROM touches WHERE customer_id = $1', [input.customerId]),
        },
        {
          name: 'recordTouchEvent',
          mutation: RECORD_TOUCH_EVENT,
          keyField: 'clientEventId',
          input: async () => {
            const sent = await mutate<{ recordTouch: TouchResult }>(RECORD_TOUCH, {
              campaignId,
              customerId: await person(),
              sentAt: ago(DAY_MS),
            });
            const touch = sent.data!.recordTouch;
            return { touchId: touch.id, event: 'UNSUBSCRIBED', at: at(touch.sentAt, 2) };
          },
          otherPayload: (input) => ({ ...input, event: 'OPENED' }),
          // An earlier unsubscribe moves the time; the first event applied again would not change it back.
          later: (input) => ({ ...input, at: at(String(input.at), -1) }),
          stored: async (input) => {
            const [touch] = await rows('SELECT * FROM touches WHERE id = $1', [input.touchId]);
            return [touch, await consentRows(touch!.customer_id)];
          },
        },
      ],
      mutate,
    );

    it('should answer CONFLICT at input.clientEventId and write nothing when another customer reuses a setConsent key', async () => {
      const [first, second] = [await person(), await person()];
      const decision = { channel: 'EMAIL', purpose: 'SERVICE', granted: true, source: 'web-form' };
      const clientEventId = freshKey('consent');
      const stored = await mutate(SET_CONSENT, { ...decision, customerId: first, clientEventId });
      expect(stored.errors).toBeUndefined();

      const reused = await mutate(SET_CONSENT, { ...decision, customerId: second, clientEventId });

      expect(reused.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'input.clientEventId',
      });
      expect(await consentRows(second)).toEqual([[], []]);
    });

    it('should replay a signal stored before fingerprints left the customer out when it is sent again', async () => {
      const customerId = await person();
      const event = {
        clientEventId: freshKey('legacy'),
        kind: 'PRICING_VIEW',
        channel: 'WEB',
        topic: 'pricing',
        occurredAt: ago(HOUR_MS),
      };
      const id = randomUUID();
      // The fingerprint writes stored until then: the payload hashed with the customer's id.
      const legacyHash = payloadHash({ ...event, customerId, occurredAt: new Date(event.occurredAt) });
      await sql(
        'marketing',
        `INSERT INTO signals (id, customer_id, client_event_id, request_hash, kind, channel, topic, occurred_at, received_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, now())`,
        [
          id,
          customerId,
          event.clientEventId,
          legacyHash,
          event.kind,
          event.channel,
          event.topic,
          event.occurredAt,
        ],
      );

      const replay = await mutate<{
        recordSignals: { accepted: number; duplicates: number; signals: unknown[] };
      }>(RECORD_SIGNALS, { signals: [{ ...event, customerId }] });

      expect(replay.errors).toBeUndefined();
      expect(replay.data!.recordSignals).toMatchObject({ accepted: 0, duplicates: 1, signals: [{ id }] });
    });

    it('should store every signal of a batch once when the batch carries one key twice with the same payload', async () => {
      const customerId = await person();
      const signal = {
        customerId,
        clientEventId: freshKey('twice'),
        kind: 'PAGE_VIEW',
        channel: 'WEB',
        occurredAt: ago(HOUR_MS),
      };
      const response = await mutate<{ recordSignals: { accepted: number; duplicates: number } }>(
        RECORD_SIGNALS,
        { signals: [signal, { ...signal }] },
      );
      expect(response.data!.recordSignals).toMatchObject({ accepted: 1, duplicates: 1 });
      expect(await count('signals WHERE customer_id = $1', [customerId])).toBe(1);
    });
  });

  describe('merged customers (mergedIds required from the customers subgraph)', () => {
    interface ConsentRow {
      customer_id: string;
      channel: string;
      purpose: string;
      granted: boolean;
      source: string;
      recorded_at: Date;
    }
    /** Per channel and purpose, the latest decision of any of the customers; on a tie a withdrawal. */
    const inForce = (rows: ConsentRow[]) =>
      [
        ...rows
          .sort(
            (a, b) =>
              a.recorded_at.getTime() - b.recorded_at.getTime() ||
              Number(b.granted) - Number(a.granted) ||
              (b.customer_id > a.customer_id ? 1 : -1),
          )
          .reduce((map, row) => map.set(`${row.channel}:${row.purpose}`, row), new Map<string, ConsentRow>())
          .values(),
      ].sort(
        (a, b) =>
          CHANNEL_ORDER.indexOf(a.channel) - CHANNEL_ORDER.indexOf(b.channel) ||
          PURPOSE_ORDER.indexOf(a.purpose) - PURPOSE_ORDER.indexOf(b.purpose),
      );

    it("should add up both customers' signals, messages and decisions when mergedIds names the other", async () => {
      const group = [LENA, HUGO];
      const signals = await sql<SignalRow>('marketing', 'SELECT * FROM signals WHERE customer_id = ANY($1)', [
        group,
      ]);
      const touches = await sql<TouchRow>('marketing', 'SELECT * FROM touches WHERE customer_id = ANY($1)', [
        group,
      ]);
      const consents = await sql<ConsentRow>(
        'marketing',
        'SELECT * FROM consents WHERE customer_id = ANY($1)',
        [group],
      );
      const history = await count('consent_events WHERE customer_id = ANY($1)', [group]);
      const [lead] = await sql(
        'marketing',
        'SELECT score, status FROM lead_scores WHERE customer_id = ANY($1) ORDER BY updated_at DESC, customer_id LIMIT 1',
        [group],
      );
      const [preferred] = await sql(
        'marketing',
        'SELECT channel FROM preferred_channels WHERE customer_id = ANY($1) ORDER BY updated_at DESC, customer_id LIMIT 1',
        [group],
      );
      const [merged, lena, hugo] = await entities<Record<string, any>>(
        marketing.url,
        [
          { __typename: 'Customer', id: LENA, mergedIds: [HUGO] },
          { __typename: 'Customer', id: LENA },
          { __typename: 'Customer', id: HUGO },
        ],
        `... on Customer {
           marketingSummary { signalCount signalCount90d lastSignalAt touchesSent90d lastTouchSentAt
             keySignals { signalId } consentedChannels preferredChannel leadScore leadStatus }
           signals(first: 1) { totalCount } touches(first: 1) { totalCount } consentHistory(first: 1) { totalCount }
           consents { channel purpose granted source recordedAt } leadScore { score status } preferredChannel { channel } }`,
      );
      const since = Date.now() - 90 * DAY_MS;
      const current = inForce(consents);
      expect(merged).toEqual({
        marketingSummary: {
          signalCount: signals.length,
          signalCount90d: signals.filter((row) => row.occurred_at.getTime() > since).length,
          lastSignalAt: latest(signals.map((row) => row.occurred_at)),
          touchesSent90d: touches.filter((row) => row.sent_at.getTime() > since).length,
          lastTouchSentAt: latest(touches.map((row) => row.sent_at)),
          keySignals: expect.any(Array),
          consentedChannels: CHANNEL_ORDER.filter((channel) =>
            current.some(
              (c) => c.channel === channel && c.granted && ['MARKETING', 'SERVICE'].includes(c.purpose),
            ),
          ),
          preferredChannel: preferred!.channel,
          leadScore: lead!.score,
          leadStatus: lead!.status,
        },
        signals: { totalCount: signals.length },
        touches: { totalCount: touches.length },
        consentHistory: { totalCount: history },
        consents: current.map((row) => ({
          channel: row.channel,
          purpose: row.purpose,
          granted: row.granted,
          source: row.source,
          recordedAt: iso(row.recorded_at),
        })),
        leadScore: { score: lead!.score, status: lead!.status },
        preferredChannel: { channel: preferred!.channel },
      });
      expect(merged!.signals.totalCount).toBe(lena!.signals.totalCount + hugo!.signals.totalCount);
      expect(hugo!.signals.totalCount).toBeGreaterThan(0);
      // The key signals cover both: every kind either of them has, once.
      const kinds = new Set(signals.filter((row) => KEY_KINDS.includes(row.kind)).map((row) => row.kind));
      expect(merged!.marketingSummary.keySignals).toHaveLength(kinds.size);
    });

    it('should page the signals of a merged customer newest first across both, with one total', async () => {
      const stored = await sql<{ id: string }>(
        'marketing',
        'SELECT id FROM signals WHERE customer_id = ANY($1) ORDER BY occurred_at DESC, id DESC',
        [[LENA, HUGO]],
      );
      const pages: Connection[] = [];
      let after: string | null = null;
      do {
        const [customer]: Array<{ signals: Connection } | null> = await entities<{ signals: Connection }>(
          marketing.url,
          [{ __typename: 'Customer', id: LENA, mergedIds: [HUGO] }],
          `... on Customer { signals(first: 40${after ? `, after: "${after}"` : ''}) {
             totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { id } } } }`,
        );
        pages.push(customer!.signals);
        after = customer!.signals.pageInfo.hasNextPage ? customer!.signals.pageInfo.endCursor : null;
      } while (after && pages.length < 20);
      expect(pages.length).toBeGreaterThan(1);
      expect(pages.flatMap(ids)).toEqual(stored.map((row) => row.id));
      expect(new Set(pages.map((page) => page.totalCount))).toEqual(new Set([stored.length]));
    });

    it('should keep the latest decision of either customer in force, and the latest lead score and choice', async () => {
      const [first, second] = await Promise.all([
        createTestCustomer(customers.url, 'Merged first'),
        createTestCustomer(customers.url, 'Merged second'),
      ]);
      const decide = (
        customerId: string,
        channel: string,
        purpose: string,
        granted: boolean,
        hours: number,
      ) =>
        mutate(SET_CONSENT, {
          customerId,
          channel,
          purpose,
          granted,
          source: granted ? 'web-form' : 'agent',
          recordedAt: ago(hours * HOUR_MS),
        });
      for (const response of [
        await decide(first, 'EMAIL', 'MARKETING', true, 3),
        await decide(second, 'EMAIL', 'MARKETING', false, 1),
        await decide(first, 'SMS', 'SERVICE', true, 2),
        await decide(second, 'PUSH', 'MARKETING', true, 5),
        await decide(first, 'PUSH', 'MARKETING', false, 4),
        await mutate(UPDATE_LEAD_SCORE, { customerId: first, score: 30, status: 'NURTURING' }),
        await mutate(UPDATE_LEAD_SCORE, { customerId: second, score: 70, status: 'MQL' }),
        await mutate(SET_PREFERRED_CHANNEL, { customerId: second, channel: 'PUSH' }),
        await mutate(SET_PREFERRED_CHANNEL, { customerId: first, channel: 'SMS' }),
      ]) {
        expect(response.errors).toBeUndefined();
      }
      const selection = `... on Customer { consents { channel purpose granted source }
        marketingSummary { consentedChannels preferredChannel leadScore }
        leadScore { score status } preferredChannel { channel source } consentHistory { totalCount } }`;
      const expected = {
        consents: [
          { channel: 'EMAIL', purpose: 'MARKETING', granted: false, source: 'agent' },
          { channel: 'SMS', purpose: 'SERVICE', granted: true, source: 'web-form' },
          { channel: 'PUSH', purpose: 'MARKETING', granted: false, source: 'agent' },
        ],
        marketingSummary: { consentedChannels: ['SMS'], preferredChannel: 'SMS', leadScore: 70 },
        leadScore: { score: 70, status: 'MQL' },
        preferredChannel: { channel: 'SMS', source: 'EXPLICIT' },
        consentHistory: { totalCount: 5 },
      };
      const result = await entities(
        marketing.url,
        [
          { __typename: 'Customer', id: first, mergedIds: [second] },
          { __typename: 'Customer', id: second, mergedIds: [first] },
        ],
        selection,
      );
      expect(result).toEqual([expected, expected]);
      // Alone, each still has exactly its own decisions.
      const [alone] = await entities(marketing.url, [{ __typename: 'Customer', id: first }], selection);
      expect(alone).toMatchObject({
        consents: [
          { channel: 'EMAIL', purpose: 'MARKETING', granted: true },
          { channel: 'SMS', purpose: 'SERVICE', granted: true },
          { channel: 'PUSH', purpose: 'MARKETING', granted: false },
        ],
        marketingSummary: { consentedChannels: ['EMAIL', 'SMS'], leadScore: 30 },
      });
    });

    it('should read a customer alone when mergedIds is absent, null, empty or malformed', async () => {
      const selection = `... on Customer { marketingSummary { ${SUMMARY_FIELDS} } signals(first: 3) { totalCount edges { node { id } } }
        consents { channel purpose granted } leadScore { score } preferredChannel { channel } marketingActivity { id } }`;
      const result = await entities(
        marketing.url,
        [
          { __typename: 'Customer', id: LENA },
          { __typename: 'Customer', id: LENA, mergedIds: null },
          { __typename: 'Customer', id: LENA, mergedIds: [] },
          { __typename: 'Customer', id: LENA, mergedIds: ['not-a-uuid', LENA.toUpperCase()] },
        ],
        selection,
      );
      expect(result[0]).toMatchObject({
        signals: { totalCount: await count('signals WHERE customer_id = $1', [LENA]) },
      });
      expect(result.slice(1)).toEqual([result[0], result[0], result[0]]);
    });
  });

  describe('marketingActivity', () => {
    const ACTIVITY = 'marketingActivity { id department kind channel summary occurredAt sourceId }';
    let person: string;
    let signalIds: string[];
    let touchId: string;
    let campaignName: string;
    let times: Record<'pricing' | 'checkout' | 'sent' | 'withdrawn', string>;
    beforeAll(async () => {
      person = await createTestCustomer(customers.url, 'Activity person');
      times = {
        pricing: ago(4 * HOUR_MS),
        checkout: ago(3 * HOUR_MS),
        sent: ago(2 * HOUR_MS),
        withdrawn: ago(HOUR_MS),
      };
      const recorded = await mutate<{ recordSignals: { signals: Array<{ id: string }> } }>(RECORD_SIGNALS, {
        signals: [
          {
            customerId: person,
            clientEventId: `${person}-pricing`,
            kind: 'PRICING_VIEW',
            channel: 'WEB',
            topic: 'pro-plan',
            url: '/pricing?email=jane.doe@example.com',
            occurredAt: times.pricing,
          },
          {
            customerId: person,
            clientEventId: `${person}-checkout`,
            kind: 'CHECKOUT_ERROR',
            channel: 'APP',
            occurredAt: times.checkout,
          },
        ],
      });
      signalIds = recorded.data!.recordSignals.signals.map((signal) => signal.id);
      campaignName = `Activity campaign ${person}`;
      const campaign = await mutate<{ createCampaign: { id: string } }>(CREATE_CAMPAIGN, {
        name: campaignName,
        channel: 'EMAIL',
        startedAt: ago(DAY_MS),
      });
      const touch = await mutate<{ recordTouch: { id: string } }>(RECORD_TOUCH, {
        campaignId: campaign.data!.createCampaign.id,
        customerId: person,
        sentAt: times.sent,
      });
      touchId = touch.data!.recordTouch.id;
      await mutate(RECORD_TOUCH_EVENT, { touchId, event: 'OPENED', at: ago(90 * 60 * 1000) });
      await mutate(SET_CONSENT, {
        customerId: person,
        channel: 'EMAIL',
        purpose: 'MARKETING',
        granted: false,
        source: 'unsubscribe-link',
        recordedAt: times.withdrawn,
      });
    });

    it('should list signals, campaign messages and consent decisions newest first, one line each', async () => {
      const [decision] = await sql<{ id: string }>(
        'marketing',
        'SELECT id FROM consent_events WHERE customer_id = $1',
        [person],
      );
      const view = await customerView<{ marketingActivity: unknown[] }>(person, ACTIVITY);
      const event = (kind: string, id: string, channel: string, occurredAt: string, summary: string) => ({
        id: `${kind}:${id}`,
        department: 'MARKETING',
        kind,
        channel,
        summary,
        occurredAt,
        sourceId: id,
      });
      expect(view.marketingActivity).toEqual([
        event(
          'CONSENT_CHANGE',
          decision!.id,
          'EMAIL',
          times.withdrawn,
          'Consent withdrawn: EMAIL for MARKETING (unsubscribe-link)',
        ),
        event('TOUCH', touchId, 'EMAIL', times.sent, `Campaign message: ${campaignName} (OPENED)`),
        event('SIGNAL', signalIds[1]!, 'APP', times.checkout, 'Signal: CHECKOUT_ERROR'),
        event('SIGNAL', signalIds[0]!, 'WEB', times.pricing, 'Signal: PRICING_VIEW (pro-plan)'),
      ]);
    });

    it('should give the 50 newest events of a merged customer, ties broken by the larger id', async () => {
      const group = [LENA, HUGO];
      const rows = await sql<{ id: string; at: Date }>(
        'marketing',
        `SELECT 'SIGNAL:' || id AS id, occurred_at AS at FROM signals WHERE customer_id = ANY($1)
         UNION ALL SELECT 'TOUCH:' || id, sent_at FROM touches WHERE customer_id = ANY($1)
         UNION ALL SELECT 'CONSENT_CHANGE:' || id, recorded_at FROM consent_events WHERE customer_id = ANY($1)`,
        [group],
      );
      const expected = rows.sort(newestFirst((row) => row.at)).slice(0, 50);
      const [merged] = await entities<{ marketingActivity: Array<{ id: string; occurredAt: string }> }>(
        marketing.url,
        [{ __typename: 'Customer', id: LENA, mergedIds: [HUGO] }],
        '... on Customer { marketingActivity { id occurredAt } }',
      );
      expect(rows.length).toBeGreaterThan(50);
      expect(merged!.marketingActivity).toEqual(
        expected.map((row) => ({ id: row.id, occurredAt: iso(row.at) })),
      );
    });

    it('should look an event up by its id, and answer null for an unknown, malformed or other kind of id', async () => {
      const response = await postGraphQL(
        marketing.url,
        `{ a: marketingActivityEvent(id: "SIGNAL:${signalIds[0]!.toUpperCase()}") { id summary channel }
           b: marketingActivityEvent(id: "TOUCH:${touchId}") { id sourceId occurredAt }
           c: marketingActivityEvent(id: "SIGNAL:${UNKNOWN}") { id }
           d: marketingActivityEvent(id: "ORDER:${signalIds[0]}") { id }
           e: marketingActivityEvent(id: "SIGNAL") { id } }`,
      );
      expect(response).toEqual({
        data: {
          a: { id: `SIGNAL:${signalIds[0]}`, summary: 'Signal: PRICING_VIEW (pro-plan)', channel: 'WEB' },
          b: { id: `TOUCH:${touchId}`, sourceId: touchId, occurredAt: times.sent },
          c: null,
          d: null,
          e: null,
        },
      });
    });
  });
});
