import type { DataSource, EntityManager } from 'typeorm';
import { hydrate } from '../../../lib/db/hydrate';
import { conflict } from '../../../lib/errors';
import { isUniqueViolation } from '../../../lib/idempotency';
import type { IdentifierDraft } from '../../../lib/identifiers';
import { newId } from '../../../lib/ids';
import { CustomerEntity } from './entities/customer.entity';
import { CustomerIdentifierEntity } from './entities/customer-identifier.entity';
import type { IdentifyProfile } from './identifiers';

/** A stored identifier and the canonical customer it resolves to. */
export interface KnownIdentifier {
  identifier: CustomerIdentifierEntity;
  canonicalId: string;
}

type Lookup = Pick<IdentifierDraft, 'kind' | 'system' | 'value'>;

/** What the unique index (kind, system, value) compares, as one string. */
export const identifierKey = (identifier: Lookup) =>
  `${identifier.kind}|${identifier.system}|${identifier.value}`;

/** Which of these identifiers are known, and whose they are: one statement for any number. */
export async function findKnownIdentifiers(
  manager: EntityManager,
  lookups: readonly Lookup[],
): Promise<Array<KnownIdentifier | null>> {
  if (lookups.length === 0) return [];
  const rows: Array<Record<string, unknown> & { __canonical: string }> = await manager.query(
    `SELECT i.*, coalesce(c.canonical_id, c.id) AS "__canonical"
     FROM customer_identifiers i JOIN customers c ON c.id = i.customer_id
     WHERE (i.kind, i.system, i.value) IN (SELECT * FROM unnest($1::text[], $2::text[], $3::text[]))`,
    [lookups.map((l) => l.kind), lookups.map((l) => l.system), lookups.map((l) => l.value)],
  );
  const known = new Map<string, KnownIdentifier>();
  for (const raw of rows) {
    const identifier = hydrate(manager.connection, CustomerIdentifierEntity, raw);
    known.set(identifierKey(identifier), { identifier, canonicalId: raw.__canonical });
  }
  return lookups.map((lookup) => known.get(identifierKey(lookup)) ?? null);
}

/** The identifiers these customer ids hold, oldest first: one statement for any number. */
export function identifiersOfIds(
  manager: EntityManager,
  customerIds: readonly string[],
): Promise<CustomerIdentifierEntity[]> {
  return manager
    .getRepository(CustomerIdentifierEntity)
    .createQueryBuilder('i')
    .where('i.customerId = ANY(:ids)', { ids: customerIds })
    .orderBy('i.createdAt')
    .addOrderBy('i.id')
    .getMany();
}

/** An identifier someone else linked first (possibly a moment ago, in a concurrent request). */
export class IdentifierTakenError extends Error {
  constructor(
    readonly draft: IdentifierDraft,
    readonly holderId: string,
    readonly customerId: string,
  ) {
    super(`${draft.kind} identifier already linked to ${holderId}`);
  }

  toConflict() {
    return identifierConflict(this.draft, this.holderId, this.customerId);
  }
}

/** Links identifiers to a customer; one that another customer holds is an IdentifierTakenError. */
export async function linkIdentifiers(
  manager: EntityManager,
  customerId: string,
  drafts: readonly IdentifierDraft[],
  at: Date,
): Promise<CustomerIdentifierEntity[]> {
  const linked: CustomerIdentifierEntity[] = [];
  for (const draft of drafts) {
    const identifier = manager.create(CustomerIdentifierEntity, {
      id: newId(),
      customerId,
      kind: draft.kind,
      system: draft.system,
      value: draft.value,
      createdAt: at,
    });
    try {
      // A savepoint per identifier: the unique violation names the identifier that clashed.
      await manager.transaction((inner) => inner.insert(CustomerIdentifierEntity, identifier));
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const [holder] = await findKnownIdentifiers(manager, [draft]);
      throw new IdentifierTakenError(draft, holder?.canonicalId ?? 'another customer', customerId);
    }
    linked.push(identifier);
  }
  return linked;
}

export function identifierConflict(draft: IdentifierDraft, holderId: string, otherId: string) {
  return conflict(
    `This ${draft.kind.toLowerCase()} already identifies customer ${holderId}, not customer ${otherId}`,
    draft.field,
    { customerIds: [holderId, otherId] },
  );
}

/**
 * A new customer with these identifiers (its primary email and phone are the first given); an identifier
 * someone else holds is an IdentifierTakenError.
 */
export async function createCustomer(
  manager: EntityManager,
  drafts: readonly IdentifierDraft[],
  profile: IdentifyProfile,
  now: Date,
): Promise<{ customer: CustomerEntity; linkedIdentifiers: CustomerIdentifierEntity[] }> {
  const customer = manager.create(CustomerEntity, {
    id: newId(),
    displayName: profile.displayName ?? null,
    email: drafts.find((draft) => draft.kind === 'EMAIL')?.value ?? null,
    phone: drafts.find((draft) => draft.kind === 'PHONE')?.value ?? null,
    locale: profile.locale ?? null,
    country: profile.country ?? null,
    createdAt: now,
    updatedAt: now,
    mergedInto: null,
    canonicalId: null,
    mergedAt: null,
    aliasIds: [],
  });
  await manager.insert(CustomerEntity, customer);
  return { customer, linkedIdentifiers: await linkIdentifiers(manager, customer.id, drafts, now) };
}

/** The customer an identifier matched was merged away while identify ran; identify starts over. */
class MergedMeanwhileError extends Error {}

export interface IdentifyOutcome {
  customer: CustomerEntity;
  created: boolean;
  matchedOn: CustomerIdentifierEntity | null;
  linkedIdentifiers: CustomerIdentifierEntity[];
}

async function identifyOnce(
  manager: EntityManager,
  drafts: readonly IdentifierDraft[],
  profile: IdentifyProfile,
): Promise<IdentifyOutcome> {
  const known = await findKnownIdentifiers(manager, drafts);
  const first = known.findIndex((entry) => entry !== null);
  const now = new Date();
  if (first < 0) {
    const { customer, linkedIdentifiers } = await createCustomer(manager, drafts, profile, now);
    return { customer, created: true, matchedOn: null, linkedIdentifiers };
  }
  const owner = known[first]!;
  known.forEach((entry, index) => {
    if (entry && entry.canonicalId !== owner.canonicalId)
      throw identifierConflict(drafts[index]!, entry.canonicalId, owner.canonicalId);
  });
  const customer = await manager.findOneOrFail(CustomerEntity, {
    where: { id: owner.canonicalId },
    lock: { mode: 'pessimistic_write' },
  });
  // Merged into another customer between the lookup and the lock: look again.
  if (customer.mergedInto) throw new MergedMeanwhileError();
  const unknown = drafts.filter((_, index) => known[index] === null);
  const linkedIdentifiers = await linkIdentifiers(manager, customer.id, unknown, now);
  // A customer without a primary email or phone gets the first one it is identified by.
  const email = unknown.find((draft) => draft.kind === 'EMAIL');
  const phone = unknown.find((draft) => draft.kind === 'PHONE');
  if ((email && !customer.email) || (phone && !customer.phone)) {
    customer.email ??= email?.value ?? null;
    customer.phone ??= phone?.value ?? null;
    customer.updatedAt = now;
    await manager.save(customer);
  }
  return { customer, created: false, matchedOn: owner.identifier, linkedIdentifiers };
}

/** How often identify starts over after losing a race to link the same identifier. */
const IDENTIFY_ATTEMPTS = 3;

/**
 * Finds or creates the canonical customer for these identifiers, in one transaction. Two concurrent calls
 * for the same new person race on the identifiers' unique index: the loser starts over and matches.
 */
export async function identify(
  dataSource: DataSource,
  drafts: readonly IdentifierDraft[],
  profile: IdentifyProfile,
): Promise<IdentifyOutcome> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await dataSource.transaction((manager) => identifyOnce(manager, drafts, profile));
    } catch (error) {
      const raced = error instanceof IdentifierTakenError || error instanceof MergedMeanwhileError;
      if (!raced || attempt >= IDENTIFY_ATTEMPTS)
        throw error instanceof IdentifierTakenError ? error.toConflict() : error;
    }
  }
}
