import { DataSource, type EntityManager, type EntitySubscriberInterface, type QueryRunner } from 'typeorm';
import type { Caller } from '../auth/tokens';
import {
  type ActorKind,
  type AuditAction,
  type AuditDetailValue,
  AuditEventEntity,
} from '../db/audit-event.entity';
import { isUuid, newId } from '../ids';
import { redactSecrets } from '../log-redaction';
import { logger } from '../logger';

/** Service tokens carry `service:<name>` as their subject (lib/auth/settings.ts `serviceTokenSource`). */
export const SERVICE_SUBJECT_PREFIX = 'service:';

/** A service calling another (the customer directory, the KPI snapshot job) or a person (anyone else). */
export function actorKindOf(subject: string): ActorKind {
  return subject.startsWith(SERVICE_SUBJECT_PREFIX) ? 'SERVICE' : 'HUMAN';
}

/** Who acted: the verified caller (its token is never recorded). */
export type AuditActor = Pick<Caller, 'subject' | 'scopes'>;

export interface AuditEvent {
  /** The request's caller, `context[CALLER]`. */
  actor: AuditActor | null | undefined;
  action: AuditAction;
  /** The customers concerned, by id; never an email, a phone or a name. */
  customerIds: readonly string[];
  /** For a personal-data read, the `Type.field` names read. */
  fields?: readonly string[];
  /** Non-personal details (a consent's channel and purpose, counts). Strings are redacted all the same. */
  detail?: Readonly<Record<string, AuditDetailValue>>;
  /** The request's `x-request-id`. */
  requestId?: string | null;
}

const log = logger.child({ component: 'audit' });

/** A detail string cannot smuggle an email, a phone or a token into the log (lib/log-redaction.ts). */
const redacted = (detail: Readonly<Record<string, AuditDetailValue>>): Record<string, AuditDetailValue> =>
  Object.fromEntries(
    Object.entries(detail).map(([key, value]) => [
      key,
      typeof value === 'string' ? redactSecrets(value) : value,
    ]),
  );

/** The pino line of an event: everything the row holds. */
function writeLine(event: AuditEventEntity): void {
  log.info(
    {
      audit: {
        id: event.id,
        occurredAt: event.occurredAt.toISOString(),
        actor: event.actor,
        actorKind: event.actorKind,
        scopes: event.scopes,
        action: event.action,
        customerIds: event.customerIds,
        fields: event.fields,
        detail: event.detail,
        requestId: event.requestId,
      },
    },
    `audit ${event.action}`,
  );
}

/** Lines of events inserted in a transaction that has not ended yet, by its query runner. */
const pendingLines = new WeakMap<QueryRunner, AuditEventEntity[]>();

/**
 * Writes the lines of a transaction once it commits, and drops them when it rolls back: the log never
 * tells of an event the table does not hold. (A savepoint rolled back inside a transaction that then
 * commits is not told apart; nothing here nests transactions.)
 */
const afterTransaction: EntitySubscriberInterface = {
  afterTransactionCommit({ queryRunner }) {
    if (queryRunner.isTransactionActive) return;
    for (const event of pendingLines.get(queryRunner) ?? []) writeLine(event);
    pendingLines.delete(queryRunner);
  },
  afterTransactionRollback({ queryRunner }) {
    if (!queryRunner.isTransactionActive) pendingLines.delete(queryRunner);
  },
};

function logAfterCommit(manager: EntityManager, event: AuditEventEntity): void {
  const runner = manager.queryRunner;
  if (!runner?.isTransactionActive) {
    writeLine(event);
    return;
  }
  // Data sources are built by each service's bootstrap; the subscriber joins the first time it is needed.
  const { subscribers } = manager.dataSource;
  if (!subscribers.includes(afterTransaction)) subscribers.push(afterTransaction);
  pendingLines.set(runner, [...(pendingLines.get(runner) ?? []), event]);
}

/**
 * Records one audit event: a row in the subgraph's `audit_events` table and one log line `{ audit: … }`.
 * Given a transaction's manager, the row is part of that transaction (a write that rolls back leaves no
 * audit row, and no line: the line is written once it commits). For example, an erasure:
 *
 *   await recordAudit(manager, { actor: context[CALLER], action: 'ERASURE_REQUESTED',
 *     customerIds: [id, ...mergedIds], detail: { erasureId }, requestId: context.requestId });
 */
export async function recordAudit(
  target: EntityManager | DataSource,
  event: AuditEvent,
): Promise<AuditEventEntity> {
  if (!event.actor) throw new Error(`An audit event (${event.action}) needs the caller who acted`);
  const manager = target instanceof DataSource ? target.manager : target;
  const row = manager.create(AuditEventEntity, {
    id: newId(),
    occurredAt: new Date(),
    actor: event.actor.subject,
    actorKind: actorKindOf(event.actor.subject),
    scopes: [...event.actor.scopes],
    action: event.action,
    customerIds: [...new Set(event.customerIds.map((id) => id.toLowerCase()))].filter(isUuid),
    fields: [...new Set(event.fields ?? [])],
    detail: redacted(event.detail ?? {}),
    requestId: event.requestId ?? null,
  });
  await manager.insert(AuditEventEntity, row);
  logAfterCommit(manager, row);
  return row;
}
