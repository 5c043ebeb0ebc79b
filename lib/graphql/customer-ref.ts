import { isUuid } from '../ids';

/**
 * A department's view of a customer: the key, and the ids of the customers merged into it (the
 * customers subgraph's `mergedIds`, given through `@requires`). Its fields are resolved from the
 * department's own rows of all those ids; a merge rewrites no department row. `mergedIds` is absent
 * when the customer was not reached through the gateway, and null when the customers service could not
 * be asked: both read as "nothing merged".
 */
/** The most customers one survivor may absorb: merges beyond it are refused, reads never go beyond it. */
export const MAX_MERGED_IDS = 100;

export interface CustomerRef {
  id: string;
  mergedIds?: readonly string[] | null;
}

/**
 * The ids whose rows are the customer's: its own id first, then the merged ids in sorted order; each
 * lower-cased (as PostgreSQL prints uuids) and once. A malformed id cannot own rows and is dropped, so a
 * batch's uuid[] cast stays valid.
 */
export function customerIds(customer: CustomerRef): string[] {
  const own = customer.id.toLowerCase();
  const merged = (customer.mergedIds ?? [])
    .slice(0, MAX_MERGED_IDS)
    .map((id) => id.toLowerCase())
    .filter((id) => id !== own);
  return [...new Set([own, ...merged.sort()])].filter(isUuid);
}

/**
 * The customer's id group as one string, `id,merged1,merged2`: the loaders' key, and what their SQL
 * splits back into a uuid[] (`string_to_array(key, ',')::uuid[]`). Empty when no id is a UUID.
 */
export function customerKey(customer: CustomerRef): string {
  return customerIds(customer).join(',');
}
