import { badUserInput, type FieldPath } from '../../../lib/errors';
import {
  country,
  emailDraft,
  externalDraft,
  externalIdInput,
  type IdentifierDraft,
  phoneDraft,
} from '../../../lib/identifiers';
import { nonEmptyText, parseInput, z } from '../../../lib/validation';
import { identifierKey } from './identity';

// Identifier normalization (`parseIdentifier`, `normalizeEmail`, `normalizePhone`) is in lib/identifiers.ts,
// shared with the departments that look customers up by identifier; what is here is the profile's.

export const locale = z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a locale such as de-DE');

const identifyInput = z.object({
  email: z.string().nullish(),
  phone: z.string().nullish(),
  phoneCountry: country.nullish(),
  externalIds: z.array(externalIdInput).max(20).nullish(),
  displayName: nonEmptyText(200).nullish(),
  locale: locale.nullish(),
  country: country.nullish(),
});

export type IdentifyProfile = Pick<z.output<typeof identifyInput>, 'displayName' | 'locale' | 'country'>;

/**
 * The identifiers and the profile of an `IdentifyInput` or `CreateCustomerInput` (the same fields);
 * identify needs at least one identifier, a plain create none.
 */
export function parseProfile(
  raw: unknown,
  root: FieldPath,
  options: { identifierRequired: boolean },
): { drafts: IdentifierDraft[]; profile: IdentifyProfile } {
  const input = parseInput(identifyInput, raw, root);
  const drafts: IdentifierDraft[] = [];
  if (input.email != null) drafts.push(emailDraft(input.email, root));
  if (input.phone != null) drafts.push(phoneDraft(input.phone, input.phoneCountry, root));
  (input.externalIds ?? []).forEach((id, index) => {
    drafts.push(externalDraft(id, [...root, 'externalIds', index]));
  });
  if (options.identifierRequired && drafts.length === 0)
    throw badUserInput(`${root.join('.')} needs at least one of email, phone or externalIds`, root);
  // The same id given twice (e.g. by two systems syncing) is one identifier, not a clash with itself.
  const seen = new Set<string>();
  const unique = drafts.filter((draft) => {
    const key = identifierKey(draft);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    drafts: unique,
    profile: { displayName: input.displayName, locale: input.locale, country: input.country },
  };
}
