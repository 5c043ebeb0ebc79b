import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { createByIdLoader, rowsForKeys, valuesForKeys } from '../../../lib/db/by-id-loader';
import { createCustomerPageLoader } from '../../../lib/db/customer-page-loader';
import { groupByKey, hydrate, oneByKey } from '../../../lib/db/hydrate';
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
 * The preferred channel of customer `k.customer_id` (a LATERAL subquery): the explicit choice, else,
 * among the channels the customer can be reached on (a granted MARKETING or SERVICE consent), the one
 * with the most engagement in 180 days — opened or clicked messages by their channel, email signals as
 * EMAIL, app signals as PUSH — ties going to the most recent.
 */
const PREFERRED_CHANNEL_SQL = `
  SELECT pc.channel, pc.source, pc.updated_at FROM (
    SELECT p.channel, 'EXPLICIT' AS source, p.updated_at, 0 AS rank
    FROM preferred_channels p WHERE p.customer_id = k.customer_id
    UNION ALL
    (SELECT e.channel, 'INFERRED', max(e.at), 1
     FROM (
       SELECT t.channel, greatest(t.opened_at, t.clicked_at) AS at FROM touches t
       WHERE t.customer_id = k.customer_id AND greatest(t.opened_at, t.clicked_at) > now() - interval '180 days'
       UNION ALL
       SELECT CASE s.channel WHEN 'APP' THEN 'PUSH' ELSE 'EMAIL' END, s.occurred_at FROM signals s
       WHERE s.customer_id = k.customer_id AND s.channel IN ('EMAIL', 'APP') AND s.kind <> 'UNSUBSCRIBE'
         AND s.occurred_at > now() - interval '180 days'
     ) e
     WHERE EXISTS (
       SELECT 1 FROM consents c
       WHERE c.customer_id = k.customer_id AND c.channel = e.channel AND c.granted
         AND c.purpose IN ('MARKETING', 'SERVICE')
     )
     GROUP BY e.channel
     ORDER BY count(*) DESC, max(e.at) DESC, e.channel
     LIMIT 1)
  ) pc
  ORDER BY pc.rank
  LIMIT 1`;

/** Every per-customer marketing figure for a batch of customers, in one statement. */
const SUMMARY_SQL = `
  SELECT k.customer_id,
         s.*, ks.key_signals, t.*, c.consented_channels,
         pc.channel AS preferred_channel, l.score AS lead_score, l.status AS lead_status
  FROM unnest($1::uuid[]) WITH ORDINALITY AS k(customer_id, ord)
  CROSS JOIN LATERAL (
    SELECT count(*)::int AS signal_count,
           count(*) FILTER (WHERE occurred_at > now() - interval '90 days')::int AS signal_count_90d,
           max(occurred_at) AS last_signal_at,
           max(occurred_at) FILTER (WHERE kind <> 'UNSUBSCRIBE') AS last_engaged_signal_at,
           ${Object.entries(KEY_KINDS)
             .map(([kind, column]) => `max(occurred_at) FILTER (WHERE kind = '${kind}') AS ${column}`)
             .join(',\n           ')}
    FROM signals WHERE customer_id = k.customer_id
  ) s
  CROSS JOIN LATERAL (
    SELECT coalesce(json_agg(json_build_object('signalId', x.id, 'kind', x.kind, 'channel', x.channel,
             'topic', x.topic, 'occurredAt', x.occurred_at) ORDER BY x.occurred_at DESC, x.id DESC), '[]') AS key_signals
    FROM (
      SELECT DISTINCT ON (kind) id, kind, channel, topic, occurred_at FROM signals
      WHERE customer_id = k.customer_id AND kind IN (${KEY_KIND_LIST})
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
    FROM (SELECT *, sent_at > now() - interval '90 days' AS recent FROM touches WHERE customer_id = k.customer_id) tt
  ) t
  CROSS JOIN LATERAL (
    SELECT coalesce(array_agg(channel ORDER BY array_position(${CHANNEL_ORDER}, channel)), '{}') AS consented_channels
    FROM (
      SELECT DISTINCT channel FROM consents
      WHERE customer_id = k.customer_id AND granted AND purpose IN ('MARKETING', 'SERVICE')
    ) cc
  ) c
  LEFT JOIN LATERAL (${PREFERRED_CHANNEL_SQL}) pc ON true
  LEFT JOIN lead_scores l ON l.customer_id = k.customer_id
  ORDER BY k.ord`;

const PREFERRED_SQL = `
  SELECT k.customer_id, pc.channel, pc.source, pc.updated_at
  FROM unnest($1::uuid[]) WITH ORDINALITY AS k(customer_id, ord)
  CROSS JOIN LATERAL (${PREFERRED_CHANNEL_SQL}) pc
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

type SummaryRow = { customer_id: string } & Record<KeyKindColumn, Date | null> & {
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
    preferred_channel: ContactChannelValue | null;
    lead_score: number | null;
    lead_status: LeadStatusValue | null;
  };

interface PreferredRow {
  customer_id: string;
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
    consentsByCustomer: new DataLoader<string, ConsentEntity[]>(async (customerIds) => {
      const rows = await rowsForKeys(dataSource, ConsentEntity, 'customerId', customerIds);
      rows.sort((a, b) => channelRank(a.channel) - channelRank(b.channel) || purposeRank(a) - purposeRank(b));
      return groupByKey(
        customerIds.map((id) => id.toLowerCase()),
        rows,
        (row) => row.customerId,
      );
    }),
    leadScoreByCustomer: new DataLoader<string, LeadScoreEntity | null>(async (customerIds) => {
      const rows = await rowsForKeys(dataSource, LeadScoreEntity, 'customerId', customerIds);
      return oneByKey(
        customerIds.map((id) => id.toLowerCase()),
        rows,
        (row) => row.customerId,
      );
    }),
    preferredChannelByCustomer: new DataLoader<string, PreferredChannel | null>(async (customerIds) =>
      valuesForKeys(
        customerIds,
        (ids): Promise<PreferredRow[]> => dataSource.query(PREFERRED_SQL, [ids]),
        (row) => row.customer_id,
        (row): PreferredChannel | null => ({
          channel: row.channel,
          source: row.source,
          updatedAt: row.updated_at,
        }),
        null,
      ),
    ),
    summaryByCustomer: new DataLoader<string, MarketingSummary>(async (customerIds) =>
      valuesForKeys(
        customerIds,
        (ids): Promise<SummaryRow[]> => dataSource.query(SUMMARY_SQL, [ids]),
        (row) => row.customer_id,
        toSummary,
        EMPTY_SUMMARY,
      ),
    ),
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
    /** After a write for this customer: everything derived from its rows must be read again in this request. */
    forgetCustomer(customerId: string) {
      loaders.summaryByCustomer.clear(customerId);
      loaders.consentsByCustomer.clear(customerId);
      loaders.preferredChannelByCustomer.clear(customerId);
      loaders.leadScoreByCustomer.clear(customerId);
      loaders.signalsByCustomer.clearAll();
      loaders.touchesByCustomer.clearAll();
      loaders.touchesByCampaign.clearAll();
      loaders.consentEventsByCustomer.clearAll();
      loaders.campaignStatsById.clearAll();
    },
  };
}

export type MarketingLoaders = ReturnType<typeof createMarketingLoaders>;
