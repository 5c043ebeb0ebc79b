import { z } from 'zod';
import { badUserInput, type FieldPath } from './errors';
import { isUuid } from './ids';
import { isIsoCurrency } from './money';

/** How far ahead of our clock a client's "now" may be (clock skew between machines). */
const MAX_FUTURE_MS = 5 * 60 * 1000;
/** Nothing this graph records happened before this; an earlier time is a client's bug (e.g. year 1). */
const EARLIEST_TIME = Date.UTC(2000, 0, 1);

/** A UUID, lower-cased as PostgreSQL prints it, so replays compare equal whatever the client's case. */
export const uuid = z
  .string()
  .refine(isUuid, 'must be a UUID')
  .transform((id) => id.toLowerCase());

/** Trimmed and lower-cased, so the same person's address always compares equal. */
export const email = z.string().trim().toLowerCase().pipe(z.email('must be an email address').max(320));

export const e164Phone = z
  .string()
  .trim()
  .regex(/^\+[1-9]\d{6,14}$/, 'must be an E.164 phone number such as +14155550123');

export const currency = z.string().refine(isIsoCurrency, 'must be an ISO 4217 currency code such as EUR');

export const nonNegativeInt = z.number().int('must be a whole number').nonnegative('must not be negative');
export const positiveInt = z.number().int('must be a whole number').positive('must be greater than zero');

/** An ISO 8601 time that is not in the far future; returned as a Date. */
export const pastTime = z
  .string()
  .pipe(z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' }))
  .transform((value) => new Date(value))
  .refine((date) => date.getTime() <= Date.now() + MAX_FUTURE_MS, 'must not be in the future')
  .refine((date) => date.getTime() >= EARLIEST_TIME, 'must not be before 2000-01-01');

/** An ISO 8601 time a client plans ahead (a close date): at most ten years out. */
export const plannedTime = z
  .string()
  .pipe(z.iso.datetime({ offset: true, message: 'must be an ISO 8601 date-time' }))
  .transform((value) => new Date(value))
  .refine((date) => date.getTime() <= Date.now() + 10 * 365 * 24 * 3600 * 1000, 'is too far in the future');

export const nonEmptyText = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);

/**
 * What something is about, as a slug (`billing-double-charge`, `pro-plan`): topics are shown on timelines
 * and grouped in reports, so free text (and the personal data it invites) has no place in them.
 */
export const topicSlug = z
  .string()
  .trim()
  .toLowerCase()
  .max(100)
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    'must be a slug of letters, digits and dashes, such as billing-double-charge',
  );

/** PostgreSQL text cannot hold U+0000; find the first string that has one, anywhere in an input. */
function pathOfNulCharacter(value: unknown, path: Array<string | number>): Array<string | number> | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = pathOfNulCharacter(value[i], [...path, i]);
      if (found) return found;
    }
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = pathOfNulCharacter(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Validates a mutation argument; the first problem becomes a BAD_USER_INPUT error whose `field` is
 * the argument path (`input.lines.0.quantity`).
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, root: FieldPath): z.output<S> {
  const nul = pathOfNulCharacter(value, []);
  if (nul)
    throw badUserInput(`${[...root, ...nul].join('.')} must not contain NUL characters`, [...root, ...nul]);
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = [...root, ...issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part))];
  throw badUserInput(`${path.join('.')} ${issue.message}`, path);
}

export { z };
