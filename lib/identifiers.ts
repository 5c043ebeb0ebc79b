import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js';
import { badUserInput, type FieldPath } from './errors';
import { email, nonEmptyText, parseInput, z } from './validation';

/**
 * How a customer is recognised: one normalization for the customers subgraph, which stores identifiers,
 * and for the departments, which look customers up by them; so both always compare the same values.
 */
export type IdentifierKindValue = 'EMAIL' | 'PHONE' | 'EXTERNAL';

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

/** An `ExternalIdInput`. */
export const externalIdInput = z.object({ system: nonEmptyText(50), externalId: nonEmptyText(200) });

/** An `IdentifierInput`, before the exactly-one rule and normalization (`parseIdentifier`). */
export const identifierInput = z.object({
  email: z.string().nullish(),
  phone: z.string().nullish(),
  phoneCountry: country.nullish(),
  external: externalIdInput.nullish(),
});

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
    phoneCountry && isSupportedCountry(phoneCountry) ? { defaultCountry: phoneCountry } : {},
  );
  if (!parsed?.isPossible()) {
    const hint = trimmed.startsWith('+') ? '' : ' (a national number needs phoneCountry)';
    throw badUserInput(`${field.join('.')} must be a phone number such as +4930123456${hint}`, field);
  }
  return parsed.number;
}

/** An external id at `field` (the `ExternalIdInput` itself). */
export const externalDraft = (
  value: z.output<typeof externalIdInput>,
  field: FieldPath,
): IdentifierDraft => ({
  kind: 'EXTERNAL',
  system: value.system,
  value: value.externalId,
  field,
});

/** The email of an input at `root` (`<root>.email`). */
export const emailDraft = (raw: string, root: FieldPath): IdentifierDraft => ({
  kind: 'EMAIL',
  system: '',
  value: normalizeEmail(raw, [...root, 'email']),
  field: [...root, 'email'],
});

/** The phone of an input at `root` (`<root>.phone`), read in `phoneCountry` when national. */
export const phoneDraft = (
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
