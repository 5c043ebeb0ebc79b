import { CALLER } from '../../../../lib/auth/directives';
import { parseInput, uuid, z } from '../../../../lib/validation';
import type { ErasureResolvers, MutationResolvers, QueryResolvers } from '../__generated__/resolvers-types';
import type { CustomersContext } from '../context';
import {
  confirmErasure,
  type ErasureRequest,
  eraseCustomer,
  findErasure,
  pendingErasures,
} from '../privacy/erasure';

const confirmInput = z.object({
  erasureId: uuid,
  service: z.enum(['MARKETING', 'SALES', 'SUPPORT']),
  rowsErased: z.number().int().min(0),
  rowsDeidentified: z.number().int().min(0),
});

/** The verified caller (the directives ran first, so there is one) and the request id. */
function requestOf(context: CustomersContext): ErasureRequest {
  const actor = context[CALLER];
  if (!actor) throw new Error('an erasure needs a verified caller');
  return { actor, requestId: context.requestId };
}

export const erasureQueries: Pick<QueryResolvers, 'erasure' | 'pendingErasures'> = {
  erasure: (_parent, args, { dataSource }) =>
    findErasure(dataSource.manager, parseInput(uuid, args.customerId, ['customerId'])),
  pendingErasures: (_parent, args, { dataSource }) => pendingErasures(dataSource.manager, args.service),
};

export const erasureMutations: Pick<MutationResolvers, 'eraseCustomer' | 'confirmErasure'> = {
  eraseCustomer: (_parent, args, context) =>
    eraseCustomer(context.dataSource, parseInput(uuid, args.id, ['id']), requestOf(context)),
  confirmErasure: (_parent, args, context) =>
    confirmErasure(context.dataSource, parseInput(confirmInput, args.input, ['input']), requestOf(context)),
};

export const Erasure: ErasureResolvers = {
  status: (erasure) => (erasure.completedAt ? 'COMPLETED' : 'PENDING'),
};

export const PendingErasure = {
  erasureId: (erasure: { id: string }) => erasure.id,
};
