import { badUserInput, notFound } from '../../../../lib/errors';
import { country } from '../../../../lib/identifiers';
import { nonEmptyText, parseInput, uuid, z } from '../../../../lib/validation';
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { CustomerEntity } from '../entities/customer.entity';
import { locale, parseProfile } from '../identifiers';
import { createCustomer, IdentifierTakenError, identify } from '../identity';
import { mergeCustomers, unmergeCustomer } from '../merge';
import { refuseSuppressed } from '../privacy/suppression';
import { erasureMutations } from './erasure';

const updateCustomerInput = z.object({
  id: uuid,
  displayName: nonEmptyText(200).nullish(),
  locale: locale.nullish(),
  country: country.nullish(),
});

const mergeInput = z.object({
  survivorId: uuid,
  mergedId: uuid,
  dryRun: z.boolean().nullish().transform(Boolean),
});

const unmergeInput = z.object({ mergedId: uuid });

export const Mutation: MutationResolvers = {
  ...erasureMutations,
  async createCustomer(_parent, args, { dataSource }) {
    const { drafts, profile } = parseProfile(args.input, ['input'], { identifierRequired: false });
    await refuseSuppressed(dataSource.manager, drafts);
    try {
      return await dataSource.transaction(
        async (manager) => (await createCustomer(manager, drafts, profile, new Date())).customer,
      );
    } catch (error) {
      throw error instanceof IdentifierTakenError ? error.toConflict() : error;
    }
  },

  async updateCustomer(_parent, args, { dataSource, loaders }) {
    const input = parseInput(updateCustomerInput, args.input, ['input']);
    const customer = await dataSource.transaction(async (manager) => {
      const found = await manager.findOne(CustomerEntity, {
        where: { id: input.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!found) throw notFound('Customer', input.id, ['input', 'id']);
      if (found.mergedInto)
        throw badUserInput(
          `input.id ${input.id} is merged into customer ${found.canonicalId}; update that one`,
          ['input', 'id'],
        );
      if (input.displayName !== undefined) found.displayName = input.displayName;
      if (input.locale !== undefined) found.locale = input.locale;
      if (input.country !== undefined) found.country = input.country;
      found.updatedAt = new Date();
      return manager.save(found);
    });
    loaders.customerById.clear(customer.id).prime(customer.id, customer);
    return customer;
  },

  async identify(_parent, args, { dataSource, loaders }) {
    const { drafts, profile } = parseProfile(args.input, ['input'], { identifierRequired: true });
    await refuseSuppressed(dataSource.manager, drafts);
    const outcome = await identify(dataSource, drafts, profile);
    loaders.customerById.clear(outcome.customer.id).prime(outcome.customer.id, outcome.customer);
    return { ...outcome, outcome: outcome.created ? 'CREATED' : 'MATCHED' };
  },

  async mergeCustomers(_parent, args, { dataSource, loaders }) {
    const input = parseInput(mergeInput, args.input, ['input']);
    const outcome = await mergeCustomers(dataSource, input);
    loaders.customerById.clearAll();
    loaders.identifiersOf.clearAll();
    return outcome;
  },

  async unmergeCustomer(_parent, args, { dataSource, loaders }) {
    const input = parseInput(unmergeInput, args.input, ['input']);
    const outcome = await unmergeCustomer(dataSource, input.mergedId);
    loaders.customerById.clearAll();
    loaders.identifiersOf.clearAll();
    return outcome;
  },
};
