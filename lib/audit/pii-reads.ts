import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  defaultFieldResolver,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  getNamedType,
  isInterfaceType,
  isObjectType,
} from 'graphql';
import type { DataSource } from 'typeorm';
import { readAuthDirectives, type WithCaller } from '../auth/directives';
import type { Caller } from '../auth/tokens';
import { logger } from '../logger';
import { actorKindOf, recordAudit } from './record-audit';

/** The scope that guards personal data: a field that cannot be read without it is a personal-data field. */
export const PII_SCOPE = 'pii:read';
/** The type personal data describes: its fields are read about the customer they are on. */
const CUSTOMER_TYPE = 'Customer';

/** Where a request's personal-data reads are collected, on the context; absent for service callers. */
export const PII_READS = Symbol('piiReads');

export interface WithPiiReads extends WithCaller {
  [PII_READS]?: PiiReadLog | null;
}

/** The personal-data reads of one request by a person: which fields, about which customers. */
export class PiiReadLog {
  readonly fields = new Set<string>();
  readonly customerIds = new Set<string>();

  constructor(
    readonly actor: Caller,
    readonly requestId: string,
  ) {}

  add(field: string, customerIds: readonly string[]): void {
    this.fields.add(field);
    for (const id of customerIds) this.customerIds.add(id);
  }
}

/** A log for a person's request; null for a service's (`service:<name>`), whose reads are not audited. */
export function piiReadLogFor(caller: Caller, requestId: string): PiiReadLog | null {
  return actorKindOf(caller.subject) === 'HUMAN' ? new PiiReadLog(caller, requestId) : null;
}

/**
 * The `Type.field`s of an SDL that cannot be read without `pii:read`: some `@requiresScopes` of theirs
 * (or of their type) names it in every alternative. A field that one alternative grants without it (a
 * mutation also open to `admin`) is not one; the personal fields it returns are.
 */
export function piiFieldsOf(typeDefs: DocumentNode): Set<string> {
  const fields = new Set<string>();
  for (const [field, requirements] of readAuthDirectives(typeDefs)) {
    const needsPii = requirements.some(
      (requirement) =>
        requirement.scopes !== null &&
        requirement.scopes.length > 0 &&
        requirement.scopes.every((set) => set.includes(PII_SCOPE)),
    );
    if (needsPii) fields.add(field);
  }
  return fields;
}

const idOf = (value: unknown): string | null =>
  value !== null && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string'
    ? (value as { id: string }).id
    : null;

/** The customers a returned value is: one customer or a list of them (nulls skipped). */
const customerIdsIn = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).map(idOf).filter((id): id is string => id !== null);

const isPromise = (value: unknown): value is Promise<unknown> =>
  typeof (value as Promise<unknown> | null)?.then === 'function';

/**
 * Wraps the resolver of every personal-data field of the SDL (`piiFieldsOf`): when one resolves for a
 * person, the request's `PiiReadLog` notes the field and the customer it is about (the `Customer` it is on,
 * or the customers it returns). A field the caller may not read throws before it is noted; apply this
 * after `enforceAuthDirectives`. `piiReadAudit` writes the log as one audit event per request.
 */
export function auditPiiReads(schema: GraphQLSchema, typeDefs: DocumentNode): GraphQLSchema {
  const personal = piiFieldsOf(typeDefs);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) && !isInterfaceType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const name = `${type.name}.${field.name}`;
      if (!personal.has(name)) continue;
      const resolve: GraphQLFieldResolver<unknown, WithPiiReads> = field.resolve ?? defaultFieldResolver;
      const onCustomer = type.name === CUSTOMER_TYPE;
      const returnsCustomers = getNamedType(field.type).name === CUSTOMER_TYPE;
      field.resolve = (source, args, context, info) => {
        const reads = context?.[PII_READS];
        const result = resolve(source, args, context, info);
        if (!reads) return result;
        const note = (value: unknown) => {
          const about = onCustomer ? customerIdsIn(source) : returnsCustomers ? customerIdsIn(value) : [];
          reads.add(name, about);
          return value;
        };
        // Most personal fields are plain properties: no promise, no microtask, for a page of 100 customers.
        return isPromise(result) ? result.then(note) : note(result);
      };
    }
  }
  return schema;
}

const log = logger.child({ component: 'audit' });

/**
 * Writes a person's personal-data reads as one `PII_READ` audit event when the request ends, before the
 * answer leaves: customers and fields deduplicated. When the event cannot be written, the answer is
 * withheld (HTTP 503, `AUDIT_UNAVAILABLE`): no personal data leaves unaudited.
 */
export function piiReadAudit(dataSource: DataSource): ApolloServerPlugin<WithPiiReads> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          const reads = contextValue[PII_READS];
          if (!reads || reads.fields.size === 0) return;
          try {
            await recordAudit(dataSource, {
              actor: reads.actor,
              action: 'PII_READ',
              customerIds: [...reads.customerIds],
              fields: [...reads.fields].sort(),
              requestId: reads.requestId,
            });
          } catch (error) {
            log.error({ err: error }, 'audit event not written: answer withheld');
            response.http.status = 503;
            response.http.headers.set('retry-after', '1');
            response.body = {
              kind: 'single',
              singleResult: {
                errors: [
                  {
                    message: 'The audit log could not be written; personal data was withheld. Retry later.',
                    extensions: { code: 'AUDIT_UNAVAILABLE' },
                  },
                ],
              },
            };
          }
        },
      };
    },
  };
}
