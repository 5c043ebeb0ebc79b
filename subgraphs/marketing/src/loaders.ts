import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  createByIdLoader,
  createCustomerLoader,
  createCustomerQueryLoader,
  customerKeysFrom,
  rowsForCustomers,
  valuesForKeys,
} from '../../../lib/db/by-id-loader';
import {
  type ActivityRow,
  type ActivitySource,
  createActivityLoaders,
} from '../../../lib/db/customer-activity';
import { createCustomerPageLoader } from '../../../lib/db/customer-page-loader';
import { hydrate } from '../../../lib/db/hydrate';
import type { Page, PageRequest } from '../../../lib/graphql/connection';
import type {
  CampaignStats,
  KeySignal,
  MarketingSummary,
  PreferredChannel,
} from './__generated__/resolvers-types';
import { CampaignEntity } from './entities/campaign.entity';
import {
  CONSENT_PURPOSES,
  CONTACT_CHANNELS,
  ConsentEntity,
  type ContactChannelValue,
} from './entities/consent.entity';
import { ConsentEventEntity } from './entities/consent-event.entity';
import { LeadScoreEntity, type LeadStatusValue } from './entities/lead-score.entity';
import { type SignalChannelValue, SignalEntity, type SignalKindValue } from './entities/signal.entity';
import { TouchEntity } from './entities/touch.entity';

/** The signal kinds the lifecycle KPIs and next best actions look at, with their summary column. */
const KEY_KINDS = {
  PRICING_VIEW: 'last_pricing_view_at',
  PRODUCT_RESEARCH: 'last_product_research_at',
  COMPETITOR_COMPARISON: 'last_competitor_comparison_at',
  CART_ABANDONED: 'last_cart_abandoned_at',
  CHECKOUT_ERROR: 'last_checkout_error_at',
  CANCEL_SUBSCRIPTION_INTENT: 'last_cancel_intent_at',
  UNSUBSCRIBE: 'last_unsubscribe_signal_at',
} as const satisfies Partial<Record<SignalKindValue, string>>;

const KEY_KIND_LIST = Object.keys(KEY_KINDS)
  .map((kind) => `'${kind}'`)
  .join(', ');
const CHANNEL_ORDER = `ARRAY[${CONTACT_CHANNELS.map((channel) => `'${channel}'`).join(', ')}]`;
const ENGAGED = 'opened_at IS NOT NULL OR clicked_at IS NOT NULL';

/**
 * The consents in force for customer `k` (a subquery over `k.ids`, its id group): per channel and
 * purpose, the latest decision of any id in the group; on a tie a withdrawal wins. For a customer with
 * nothing merged these are exactly its stored consents.
 */
const CURRENT_CONSENTS_SQL = `
  SELECT DISTINCT ON (c.channel, c.purpose) c.* FROM consents c
  WHERE c.customer_id = ANY(k.ids)
  ORDER BY c.channel, c.purpose, c.recorded_at DESC, c.granted, c.customer_id`;

/**
 * The preferred channel of customer `k` (a LATERAL subquery over `k.ids`, its id group): the latest
 * explicit choice, else, among the channels the customer can be reached on (a granted MARKETING or
 * SERVICE consent in force), the one with the most engagement in 180 days — opened or clicked messages
 * by their channel, email signals as EMAIL, app signals as PUSH — ties going to the most recent.
 */
const PREFERRED_CHANNEL_SQL = `
  SELECT pc.channel, pc.source, pc.updated_at FROM (
    (SELECT p.channel, 'EXPLICIT' AS source, p.updated_at, 0 AS rank
     FROM preferred_channels p WHERE p.customer_id = ANY(k.ids)
     ORDER BY p.updated_at DESC, p.customer_id LIMIT 1)
    UNION ALL
    (SELECT e.channel, 'INFERRED', max(e.at), 1
     FROM (
       SELECT t.channel, greatest(t.opened_at, t.clicked_at) AS at FROM touches t
       WHERE t.customer_id = ANY(k.ids) AND greatest(t.opened_at, t.clicked_at) > now() - interval '180 days'
       UNION ALL
       SELECT CASE s.channel WHEN 'APP' THEN 'PUSH' ELSE 'EMAIL' END, s.occurred_at FROM signals s
       WHERE s.customer_id = ANY(k.ids) AND s.channel IN ('EMAIL', 'APP') AND s.kind <> 'UNSUBSCRIBE'
         AND s.occurred_at > now() - interval '180 days'
     ) e
     WHERE e.channel IN (
       SELECT cc.channel FROM (${CURRENT_CONSENTS_SQL}) cc
       WHERE cc.granted AND cc.purpose IN ('MARKETING', 'SERVICE')
     )
     GROUP BY e.channel
     ORDER BY count(*) DESC, max(e.at) DESC, e.channel
     LIMIT 1)
  ) pc
  ORDER BY pc.rank
  LIMIT 1`;

/** The lead score of customer `k` (a LATERAL subquery): of its id group's scores, the latest set. */
const LEAD_SCORE_SQL = `
  SELECT * FROM lead_scores WHERE customer_id = ANY(k.ids) ORDER BY updated_at DESC, customer_id LIMIT 1`;

/**
 * Every per-customer marketing figure for a batch of customers, in one statement: a LATERAL per customer
 * key over the rows of its id group (the customer and those merged into it).
 */
const SUMMARY_SQL = `
  SELECT k.key,
         s.*, ks.key_signals, t.*, c.consented_channels, c.marketing_channels, c.service_channels,
         pc.channel AS preferred_channel, l.score AS lead_score, l.status AS lead_status
  FROM ${customerKeysFrom('$1')}
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS signal_count,
           count(*) FILTER (WHERE occurred_at > now() - interval '90 days')::int AS signal_count_90d,
           max(occurred_at) AS last_signal_at,
           max(occurred_at) FILTER (WHERE kind <> 'UNSUBSCRIBE') AS last_engaged_signal_at,
           ${Object.entries(KEY_KINDS)
             .map(([kind, column]) => `max(occurred_at) FILTER (WHERE kind = '${kind}') AS ${column}`)
             .join(',\n           ')}
    FROM signals WHERE customer_id = ANY(k.ids)
  ) s
  CROSS JOIN LATERAL (
    SELECT coalesce(json_agg(json_build_object('signalId', x.id, 'kind', x.kind, 'channel', x.channel,
             'topic', x.topic, 'occurredAt', x.occurred_at) ORDER BY x.occurred_at DESC, x.id DESC), '[]') AS key_signals
    FROM (
      SELECT DISTINCT ON (kind) id, kind, channel, topic, occurred_at FROM signals
      WHERE customer_id = ANY(k.ids) AND kind IN (${KEY_KIND_LIST})
      ORDER BY kind, occurred_at DESC, id DESC
    ) x
  ) ks
  CROSS JOIN LATERAL (
    SELECT count(*) FILTER (WHERE recent)::int AS touches_sent_90d,
           count(*) FILTER (WHERE recent AND (${ENGAGED}))::int AS touches_opened_90d,
           count(*) FILTER (WHERE recent AND clicked_at IS NOT NULL)::int AS touches_clicked_90d,
           count(*) FILTER (WHERE recent AND bounced_at IS NOT NULL)::int AS touches_bounced_90d,
           count(*) FILTER (WHERE recent AND unsubscribed_at IS NOT NULL)::int AS touches_unsubscribed_90d,
           greatest(max(opened_at), max(clicked_at)) AS last_touch_engaged_at,
           max(unsubscribed_at) AS last_touch_unsubscribed_at,
           max(sent_at) AS last_touch_sent_at
    FROM (SELECT *, sent_at > now() - interval '90 days' AS recent FROM touches WHERE customer_id = ANY(k.ids)) tt
  ) t
  CROSS JOIN LATERAL (
    SELECT coalesce(array_agg(channel ORDER BY array_position(${CHANNEL_ORDER}, channel)), '{}') AS consented_channels,
           coalesce(array_agg(channel ORDER BY array_position(${CHANNEL_ORDER}, channel)) FILTER (WHERE marketing), '{}')
             AS marketing_channels,
           coalesce(array_agg(channel ORDER BY array_position(${CHANNEL_ORDER}, channel)) FILTER (WHERE service), '{}')
             AS service_channels
    FROM (
      SELECT channel, bool_or(purpose = 'MARKETING') AS marketing, bool_or(purpose = 'SERVICE') AS service
      FROM (${CURRENT_CONSENTS_SQL}) current
      WHERE granted AND purpose IN ('MARKETING', 'SERVICE')
      GROUP BY channel
    ) cc
  ) c
  LEFT JOIN LATERAL (${PREFERRED_CHANNEL_SQL}) pc ON true
  LEFT JOIN LATERAL (${LEAD_SCORE_SQL}) l ON true
  ORDER BY k.ord`;

const PREFERRED_SQL = `
  SELECT k.key, pc.channel, pc.source, pc.updated_at
  FROM ${customerKeysFrom('$1')}
  CROSS JOIN LATERAL (${PREFERRED_CHANNEL_SQL}) pc
  ORDER BY k.ord`;

const CONSENTS_SQL = `
  SELECT k.key AS "__key", c.*
  FROM ${customerKeysFrom('$1')}
  CROSS JOIN LATERAL (${CURRENT_CONSENTS_SQL}) c
  ORDER BY k.ord`;

const LEAD_SCORES_SQL = `
  SELECT k.key AS "__key", l.*
  FROM ${customerKeysFrom('$1')}
  CROSS JOIN LATERAL (${LEAD_SCORE_SQL}) l
  ORDER BY k.ord`;

const CAMPAIGN_STATS_SQL = `
  SELECT k.campaign_id, s.*
  FROM unnest($1::uuid[]) WITH ORDINALITY AS k(campaign_id, ord)
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS sent,
           count(*) FILTER (WHERE ${ENGAGED})::int AS opened,
           count(*) FILTER (WHERE clicked_at IS NOT NULL)::int AS clicked,
           count(*) FILTER (WHERE bounced_at IS NOT NULL)::int AS bounced,
           count(*) FILTER (WHERE unsubscribed_at IS NOT NULL)::int AS unsubscribed
    FROM touches WHERE campaign_id = k.campaign_id
  ) s
  ORDER BY k.ord`;

const CAMPAIGN_PAGE_SQL = `
  SELECT * FROM campaigns
  WHERE $1::timestamptz IS NULL OR (started_at, id) < ($1::timestamptz, $2::uuid)
  ORDER BY started_at DESC, id DESC
  LIMIT $3`;

type KeyKindColumn = (typeof KEY_KINDS)[keyof typeof KEY_KINDS];

type SummaryRow = { key: string } & Record<KeyKindColumn, Date | null> & {
    signal_count: number;
    signal_count_90d: number;
    last_signal_at: Date | null;
    last_engaged_signal_at: Date | null;
    key_signals: Array<{
      signalId: string;
      kind: SignalKindValue;
      channel: SignalChannelValue;
      topic: string | null;
      occurredAt: string;
    }>;
    touches_sent_90d: number;
    touches_opened_90d: number;
    touches_clicked_90d: number;
    touches_bounced_90d: number;
    touches_unsubscribed_90d: number;
    last_touch_engaged_at: Date | null;
    last_touch_unsubscribed_at: Date | null;
    last_touch_sent_at: Date | null;
    consented_channels: ContactChannelValue[];
    marketing_channels: ContactChannelValue[];
    service_channels: ContactChannelValue[];
    preferred_channel: ContactChannelValue | null;
    lead_score: number | null;
    lead_status: LeadStatusValue | null;
  };

interface PreferredRow {
  key: string;
  channel: ContactChannelValue;
  source: 'EXPLICIT' | 'INFERRED';
  updated_at: Date;
}

interface CampaignStatsRow {
  campaign_id: string;
  sent: number;
  opened: number;
  clicked: number;
  bounced: number;
  unsubscribed: number;
}

const latest = (...times: Array<Date | null>): Date | null =>
  times.reduce<Date | null>((max, time) => (time && (!max || time > max) ? time : max), null);

const ratio = (part: number, whole: number): number | null =>
  whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000;

function toSummary(row: SummaryRow): MarketingSummary {
  const keySignals: KeySignal[] = row.key_signals.map((signal) => ({
    ...signal,
    occurredAt: new Date(signal.occurredAt),
  }));
  return {
    signalCount: row.signal_count,
    signalCount90d: row.signal_count_90d,
    lastSignalAt: row.last_signal_at,
    lastEngagedAt: latest(row.last_engaged_signal_at, row.last_touch_engaged_at),
    lastPricingViewAt: row.last_pricing_view_at,
    lastProductResearchAt: row.last_product_research_at,
    lastCompetitorComparisonAt: row.last_competitor_comparison_at,
    lastCartAbandonedAt: row.last_cart_abandoned_at,
    lastCheckoutErrorAt: row.last_checkout_error_at,
    lastCancelIntentAt: row.last_cancel_intent_at,
    lastUnsubscribeAt: latest(row.last_unsubscribe_signal_at, row.last_touch_unsubscribed_at),
    keySignals,
    touchesSent90d: row.touches_sent_90d,
    touchesOpened90d: row.touches_opened_90d,
    touchesClicked90d: row.touches_clicked_90d,
    touchesBounced90d: row.touches_bounced_90d,
    touchesUnsubscribed90d: row.touches_unsubscribed_90d,
    engagementRate90d: ratio(row.touches_opened_90d, row.touches_sent_90d),
    lastTouchSentAt: row.last_touch_sent_at,
    consentedChannels: row.consented_channels,
    marketingChannels: row.marketing_channels,
    serviceChannels: row.service_channels,
    preferredChannel: row.preferred_channel,
    leadScore: row.lead_score,
    leadStatus: row.lead_status,
  };
}

/** What marketing says about an id it has no rows for (or that is not a UUID at all). */
export const EMPTY_SUMMARY: MarketingSummary = {
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

function toStats(row: CampaignStatsRow): CampaignStats {
  return {
    sent: row.sent,
    opened: row.opened,
    clicked: row.clicked,
    bounced: row.bounced,
    unsubscribed: row.unsubscribed,
    engagementRate: ratio(row.opened, row.sent),
    unsubscribeRate: ratio(row.unsubscribed, row.sent),
  };
}

const channelRank = (channel: ContactChannelValue) => CONTACT_CHANNELS.indexOf(channel);
const purposeRank = (consent: ConsentEntity) => CONSENT_PURPOSES.indexOf(consent.purpose);

/**
 * Marketing's timeline events, per source: a signal, a campaign message sent (with how far it got), a
 * consent decision. Urls stay out.
 */
const ACTIVITY_SOURCES: ActivitySource[] = [
  {
    kind: 'SIGNAL',
    select: (where) => `
      SELECT 'SIGNAL:' || s.id AS event_id, 'SIGNAL' AS kind, s.channel, s.occurred_at AS at, s.id::text AS source_id,
             json_build_object('signal', s.kind, 'topic', s.topic) AS details
      FROM signals s WHERE ${where}`,
    ofCustomer: 's.customer_id = ANY(k.ids)',
    bySourceId: 's.id = ANY($1::uuid[])',
  },
  {
    kind: 'TOUCH',
    select: (where) => `
      SELECT 'TOUCH:' || t.id AS event_id, 'TOUCH' AS kind, t.channel, t.sent_at AS at, t.id::text AS source_id,
             json_build_object('campaign', c.name, 'status',
               CASE WHEN t.unsubscribed_at IS NOT NULL THEN 'UNSUBSCRIBED' WHEN t.bounced_at IS NOT NULL THEN 'BOUNCED'
                    WHEN t.clicked_at IS NOT NULL THEN 'CLICKED' WHEN t.opened_at IS NOT NULL THEN 'OPENED'
                    ELSE 'SENT' END) AS details
      FROM touches t JOIN campaigns c ON c.id = t.campaign_id WHERE ${where}`,
    ofCustomer: 't.customer_id = ANY(k.ids)',
    bySourceId: 't.id = ANY($1::uuid[])',
  },
  {
    kind: 'CONSENT_CHANGE',
    select: (where) => `
      SELECT 'CONSENT_CHANGE:' || e.id AS event_id, 'CONSENT_CHANGE' AS kind, e.channel, e.recorded_at AS at,
             e.id::text AS source_id,
             json_build_object('granted', e.granted, 'purpose', e.purpose, 'source', e.source) AS details
      FROM consent_events e WHERE ${where}`,
    ofCustomer: 'e.customer_id = ANY(k.ids)',
    bySourceId: 'e.id = ANY($1::uuid[])',
  },
];

/** One line per marketing event, from kinds, topics, campaign names, statuses and purposes. */
function activitySummary(row: ActivityRow): string {
  const d = row.details;
  switch (row.kind) {
    case 'SIGNAL':
      return `Signal: ${d.signal}${d.topic ? ` (${d.topic})` : ''}`;
    case 'TOUCH':
      return `Campaign message: ${d.campaign} (${d.status})`;
    default:
      return `Consent ${d.granted ? 'granted' : 'withdrawn'}: ${row.channel} for ${d.purpose} (${d.source})`;
  }
}

/** All campaigns, most recently started first, keyset-paged: one statement for the page, one for the count. */
export async function loadCampaignPage(
  dataSource: DataSource,
  request: PageRequest,
): Promise<Page<CampaignEntity>> {
  const after = request.after;
  const [raw, [{ total }]]: [Array<Record<string, unknown>>, [{ total: number }]] = await Promise.all([
    dataSource.query(CAMPAIGN_PAGE_SQL, [after?.sort ?? null, after?.id ?? null, request.limit + 1]),
    dataSource.query('SELECT count(*)::int AS total FROM campaigns'),
  ]);
  const rows = raw.map((row) => hydrate(dataSource, CampaignEntity, row));
  return {
    rows: rows.slice(0, request.limit),
    totalCount: total,
    hasNextPage: rows.length > request.limit,
    hasPreviousPage: after !== null,
  };
}

export function createMarketingLoaders(dataSource: DataSource) {
  const loaders = {
    signalById: createByIdLoader(dataSource, SignalEntity),
    campaignById: createByIdLoader(dataSource, CampaignEntity),
    touchById: createByIdLoader(dataSource, TouchEntity),
    signalsByCustomer: createCustomerPageLoader(dataSource, SignalEntity, {
      table: 'signals',
      ownerColumn: 'customer_id',
      sortColumn: 'occurred_at',
      filterSql: '($5::text[] IS NULL OR t.kind = ANY($5::text[]))',
    }),
    touchesByCustomer: createCustomerPageLoader(dataSource, TouchEntity, {
      table: 'touches',
      ownerColumn: 'customer_id',
      sortColumn: 'sent_at',
    }),
    // The page loader pages any owner's list; here the owner is a campaign.
    touchesByCampaign: createCustomerPageLoader(dataSource, TouchEntity, {
      table: 'touches',
      ownerColumn: 'campaign_id',
      sortColumn: 'sent_at',
    }),
    consentEventsByCustomer: createCustomerPageLoader(dataSource, ConsentEventEntity, {
      table: 'consent_events',
      ownerColumn: 'customer_id',
      sortColumn: 'recorded_at',
    }),
    consentsByCustomer: createCustomerLoader(async (customers) => {
      const groups = await rowsForCustomers(
        customers,
        (keys): Promise<Array<Record<string, unknown>>> => dataSource.query(CONSENTS_SQL, [keys]),
        (row) => row.__key as string,
      );
      return groups.map((rows) =>
        rows
          .map((row) => hydrate(dataSource, ConsentEntity, row))
          .sort((a, b) => channelRank(a.channel) - channelRank(b.channel) || purposeRank(a) - purposeRank(b)),
      );
    }),
    leadScoreByCustomer: createCustomerQueryLoader(
      dataSource,
      LEAD_SCORES_SQL,
      (row: Record<string, unknown>): LeadScoreEntity | null => hydrate(dataSource, LeadScoreEntity, row),
      null,
      '__key',
    ),
    preferredChannelByCustomer: createCustomerQueryLoader(
      dataSource,
      PREFERRED_SQL,
      (row: PreferredRow): PreferredChannel | null => ({
        channel: row.channel,
        source: row.source,
        updatedAt: row.updated_at,
      }),
      null,
    ),
    summaryByCustomer: createCustomerQueryLoader(dataSource, SUMMARY_SQL, toSummary, EMPTY_SUMMARY),
    ...createActivityLoaders(dataSource, 'MARKETING', ACTIVITY_SOURCES, activitySummary),
    campaignStatsById: new DataLoader<string, CampaignStats>(async (campaignIds) =>
      valuesForKeys(
        campaignIds,
        (ids): Promise<CampaignStatsRow[]> => dataSource.query(CAMPAIGN_STATS_SQL, [ids]),
        (row) => row.campaign_id,
        toStats,
        toStats({ campaign_id: '', sent: 0, opened: 0, clicked: 0, bounced: 0, unsubscribed: 0 }),
      ),
    ),
  };
  return {
    ...loaders,
    /**
     * After a write for this customer: everything derived from its rows must be read again in this
     * request. Values are cached per id group, and any group may hold this id, so all are forgotten.
     */
    forgetCustomer(_customerId: string) {
      loaders.summaryByCustomer.clearAll();
      loaders.activityByCustomer.clearAll();
      loaders.activityEventById.clearAll();
      loaders.consentsByCustomer.clearAll();
      loaders.preferredChannelByCustomer.clearAll();
      loaders.leadScoreByCustomer.clearAll();
      loaders.signalsByCustomer.clearAll();
      loaders.touchesByCustomer.clearAll();
      loaders.touchesByCampaign.clearAll();
      loaders.consentEventsByCustomer.clearAll();
      loaders.campaignStatsById.clearAll();
    },
  };
}

export type MarketingLoaders = ReturnType<typeof createMarketingLoaders>;
