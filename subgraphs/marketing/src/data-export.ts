import type { ExportTable } from '../../../lib/privacy/export-rows';
import { AUDIT_EVENTS_EXPORT, appliedRequestsExport } from '../../../lib/privacy/shared-export-tables';
import { ConsentEntity } from './entities/consent.entity';
import { ConsentEventEntity } from './entities/consent-event.entity';
import { LeadScoreEntity } from './entities/lead-score.entity';
import { PreferredChannelEntity } from './entities/preferred-channel.entity';
import { SignalEntity } from './entities/signal.entity';
import { TouchEntity } from './entities/touch.entity';

/** Every table in which marketing holds rows about a customer, as `CustomerDataExport.marketing` exports them. */
export const MARKETING_EXPORT_TABLES: readonly ExportTable[] = [
  {
    name: 'signals',
    entity: SignalEntity,
    sql: 'SELECT * FROM signals WHERE customer_id = ANY($1::uuid[]) ORDER BY occurred_at, id',
  },
  {
    name: 'consents',
    entity: ConsentEntity,
    sql: 'SELECT * FROM consents WHERE customer_id = ANY($1::uuid[]) ORDER BY customer_id, channel, purpose',
  },
  {
    name: 'consentEvents',
    entity: ConsentEventEntity,
    sql: 'SELECT * FROM consent_events WHERE customer_id = ANY($1::uuid[]) ORDER BY recorded_at, id',
  },
  {
    name: 'touches',
    entity: TouchEntity,
    sql: 'SELECT * FROM touches WHERE customer_id = ANY($1::uuid[]) ORDER BY sent_at, id',
  },
  {
    name: 'leadScores',
    entity: LeadScoreEntity,
    sql: 'SELECT * FROM lead_scores WHERE customer_id = ANY($1::uuid[]) ORDER BY customer_id',
  },
  {
    name: 'preferredChannels',
    entity: PreferredChannelEntity,
    sql: 'SELECT * FROM preferred_channels WHERE customer_id = ANY($1::uuid[]) ORDER BY customer_id',
  },
  appliedRequestsExport(),
  AUDIT_EVENTS_EXPORT,
];
