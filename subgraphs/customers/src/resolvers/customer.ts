import type { CustomerIdentifierResolvers, CustomerResolvers } from '../__generated__/resolvers-types';
import { customerKpis } from '../kpis';
import type { DepartmentInputs } from '../models';
import { timelineConnection } from '../timeline';

const DEPARTMENT_INPUTS = [
  'marketingSummary',
  'salesSummary',
  'supportSummary',
  'marketingActivity',
  'salesActivity',
  'supportActivity',
] as const satisfies ReadonlyArray<keyof DepartmentInputs>;

/** The department data the gateway sent with a representation; never its `id`, which may be an alias. */
function departmentInputsOf(reference: object): DepartmentInputs {
  const source = reference as DepartmentInputs;
  const inputs: DepartmentInputs = {};
  for (const key of DEPARTMENT_INPUTS)
    if (key in source) Object.assign(inputs, { [key]: source[key] ?? null });
  return inputs;
}

export const Customer: CustomerResolvers = {
  // Any id the customer ever had resolves, an alias to its survivor.
  async __resolveReference(reference, { loaders }) {
    const customer = await loaders.customerById.load(reference.id);
    return (
      customer && { ...customer, ...departmentInputsOf(reference), referencedAs: reference.id.toLowerCase() }
    );
  },
  identifiers: (customer, _args, { loaders }) => loaders.identifiersOf.load(customer),
  // Departments read [the id the gateway has, ...mergedIds]: together, always the whole merged group.
  mergedIds: (customer) =>
    [customer.id, ...customer.aliasIds].filter((id) => id !== (customer.referencedAs ?? customer.id)),
  kpis: (customer) => customerKpis(customer),
  timeline: (customer, args) => timelineConnection(customer, args),
};

export const CustomerIdentifier: CustomerIdentifierResolvers = {
  system: (identifier) => identifier.system || null,
};
