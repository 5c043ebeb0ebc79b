import type { EntityManager } from 'typeorm';
import { conflict, notFound } from '../../../../lib/errors';
import { isUniqueViolation } from '../../../../lib/idempotency';
import { newId } from '../../../../lib/ids';
import { e164Phone, email, nonEmptyText, parseInput, uuid, z } from '../../../../lib/validation';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { CustomerEntity } from '../entities/customer.entity';
import { CustomerIdentifierEntity, type IdentifierKindValue } from '../entities/customer-identifier.entity';

const locale = z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a locale such as de-DE');
const country = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as DE');

const createCustomerInput = z.object({
  displayName: nonEmptyText(200).nullish(),
  email: email.nullish(),
  phone: e164Phone.nullish(),
  locale: locale.nullish(),
  country: country.nullish(),
  externalIds: z
    .array(z.object({ system: nonEmptyText(50), externalId: nonEmptyText(200) }))
    .max(20)
    .nullish(),
});

const updateCustomerInput = z.object({
  id: uuid,
  displayName: nonEmptyText(200).nullish(),
  locale: locale.nullish(),
  country: country.nullish(),
});

interface IdentifierDraft {
  kind: IdentifierKindValue;
  system: string;
  value: string;
  field: Array<string | number>;
}

async function insertIdentifiers(
  manager: EntityManager,
  customerId: string,
  drafts: IdentifierDraft[],
  at: Date,
) {
  for (const draft of drafts) {
    try {
      // A savepoint per identifier: the unique violation names the identifier that clashed.
      await manager.transaction((inner) =>
        inner.insert(CustomerIdentifierEntity, {
          id: newId(),
          customerId,
          kind: draft.kind,
          system: draft.system,
          value: draft.value,
          createdAt: at,
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error))
        throw conflict(`${draft.kind} ${draft.value} already identifies another customer`, draft.field);
      throw error;
    }
  }
}

export const Mutation: MutationResolvers = {
  async createCustomer(_parent, args, { dataSource }) {
    const input = parseInput(createCustomerInput, args.input, ['input']);
    const now = new Date();
    const drafts: IdentifierDraft[] = [];
    if (input.email)
      drafts.push({ kind: 'EMAIL', system: '', value: input.email, field: ['input', 'email'] });
    if (input.phone)
      drafts.push({ kind: 'PHONE', system: '', value: input.phone, field: ['input', 'phone'] });
    (input.externalIds ?? []).forEach((external, index) => {
      drafts.push({
        kind: 'EXTERNAL',
        system: external.system,
        value: external.externalId,
        field: ['input', 'externalIds', index],
      });
    });
    return dataSource.transaction(async (manager) => {
      const customer = manager.create(CustomerEntity, {
        id: newId(),
        displayName: input.displayName ?? null,
        email: input.email ?? null,
        phone: input.phone ?? null,
        locale: input.locale ?? null,
        country: input.country ?? null,
        createdAt: now,
        updatedAt: now,
      });
      await manager.insert(CustomerEntity, customer);
      await insertIdentifiers(manager, customer.id, drafts, now);
      return customer;
    });
  },

  async updateCustomer(_parent, args, { dataSource, loaders }) {
    const input = parseInput(updateCustomerInput, args.input, ['input']);
    const customer = await dataSource.transaction(async (manager) => {
      const found = await manager.findOne(CustomerEntity, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!found) throw notFound('Customer', input.id, ['input', 'id']);
      if (input.displayName !== undefined) found.displayName = input.displayName;
      if (input.locale !== undefined) found.locale = input.locale;
      if (input.country !== undefined) found.country = input.country;
      found.updatedAt = new Date();
      return manager.save(found);
    });
    loaders.customerById.clear(customer.id).prime(customer.id, customer);
    return customer;
  },
};
