import { parsePhoneNumberFromString } from 'libphonenumber-js';
import { badUserInput, type FieldPath } from '../../../lib/errors';
import { email, nonEmptyText, parseInput, z } from '../../../lib/validation';
import type { IdentifierKindValue } from './entities/customer-identifier.entity';

/** One identifier, normalized as it is stored: what the unique index (kind, system, value) compares. */
export interface IdentifierDraft {
  kind: IdentifierKindValue;
  /** '' for EMAIL and PHONE. */
  system: string;
  value: string;
  /** The argument path a client fixes when this identifier is at fault. */
  field: FieldPath;
}

export const country = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as DE');
export const locale = z.string().regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a locale such as de-DE');

const external = z.object({ system: nonEmptyText(50), externalId: nonEmptyText(200) });

const identifierInput = z.object({
  email: z.string().nullish(),
  phone: z.string().nullish(),
  phoneCountry: country.nullish(),
  external: external.nullish(),
});

const identifyInput = z.object({
  email: z.string().nullish(),
  phone: z.string().nullish(),
  phoneCountry: country.nullish(),
  externalIds: z.array(external).max(20).nullish(),
  displayName: nonEmptyText(200).nullish(),
  locale: locale.nullish(),
  country: country.nullish(),
});

export type IdentifyProfile = Pick<z.output<typeof identifyInput>, 'displayName' | 'locale' | 'country'>;

export function normalizeEmail(raw: string, field: FieldPath): string {
  return parseInput(email, raw, field);
}

/**
 * E.164 from what people type: `+49 30 1234567`, `0049 30 1234567`, or `030 1234567` with its country.
 * libphonenumber-js knows each country's numbering plan, which a regex cannot.
 */
export function normalizePhone(
  raw: string,
  phoneCountry: string | null | undefined,
  field: FieldPath,
): string {
  const trimmed = raw.trim().replace(/^00/, '+');
  const parsed = parsePhoneNumberFromString(
    trimmed,
    phoneCountry ? { defaultCountry: phoneCountry as never } : {},
  );
  if (!parsed?.isPossible()) {
    const hint = trimmed.startsWith('+') ? '' : ' (a national number needs phoneCountry)';
    throw badUserInput(`${field.join('.')} must be a phone number such as +4930123456${hint}`, field);
  }
  return parsed.number;
}

const externalDraft = (value: z.output<typeof external>, field: FieldPath): IdentifierDraft => ({
  kind: 'EXTERNAL',
  system: value.system,
  value: value.externalId,
  field,
});

/** Exactly one identifier from an `IdentifierInput` at `root`. */
const emailDraft = (raw: string, root: FieldPath): IdentifierDraft => ({
  kind: 'EMAIL',
  system: '',
  value: normalizeEmail(raw, [...root, 'email']),
  field: [...root, 'email'],
});

const phoneDraft = (
  raw: string,
  phoneCountry: string | null | undefined,
  root: FieldPath,
): IdentifierDraft => ({
  kind: 'PHONE',
  system: '',
  value: normalizePhone(raw, phoneCountry, [...root, 'phone']),
  field: [...root, 'phone'],
});

/** Exactly one identifier from an `IdentifierInput` at `root`. */
export function parseIdentifier(raw: unknown, root: FieldPath): IdentifierDraft {
  const input = parseInput(identifierInput, raw, root);
  const given = [input.email, input.phone, input.external].filter((value) => value != null).length;
  if (given !== 1)
    throw badUserInput(`${root.join('.')} must set exactly one of email, phone or external`, root);
  if (input.email != null) return emailDraft(input.email, root);
  if (input.phone != null) return phoneDraft(input.phone, input.phoneCountry, root);
  return externalDraft(input.external!, [...root, 'external']);
}

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
  return {
    drafts,
    profile: { displayName: input.displayName, locale: input.locale, country: input.country },
  };
}
