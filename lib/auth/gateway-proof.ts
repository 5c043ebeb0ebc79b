import { createHmac, createSecretKey, type KeyObject, timingSafeEqual } from 'node:crypto';

/** The request extension Hive Gateway's `hmacSignature` option puts its signature in. */
export const SIGNATURE_EXTENSION = 'hmac-signature';

export interface SignedParams {
  query?: string | null;
  variables?: Record<string, unknown> | null;
  extensions?: Record<string, unknown> | null;
}

/**
 * JSON with object keys sorted and no whitespace, undefined object members left out: the
 * `json-stable-stringify` output Hive Gateway's `hmacSignature` option signs
 * (`@graphql-mesh/hmac-upstream-signature`, `defaultExecutionRequestSerializer`), byte for byte.
 */
export function stableJson(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  // Concatenated in loops, not map/join: this runs over the whole variables of every signed request (a
  // batch of a hundred signals), where the intermediate arrays showed in profiles.
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += `${i === 0 ? '' : ','}${stableJson(value[i]) ?? 'null'}`;
    return `${out}]`;
  }
  let out = '{';
  for (const key of Object.keys(value).sort()) {
    const member = stableJson((value as Record<string, unknown>)[key]);
    if (member !== undefined) out += `${out.length === 1 ? '' : ','}${JSON.stringify(key)}:${member}`;
  }
  return `${out}}`;
}

// A key object per secret: `createHmac` given the secret's string imports it anew on every call.
const keys = new Map<string, KeyObject>();
function keyOf(secret: string): KeyObject {
  let key = keys.get(secret);
  if (!key) {
    key = createSecretKey(Buffer.from(secret, 'utf8'));
    keys.set(secret, key);
  }
  return key;
}

/** HMAC-SHA256 over the query and the variables (left out when empty), serialized as the gateway does. */
export function signatureOf(secret: string, params: SignedParams): Buffer {
  const variables =
    params.variables && Object.keys(params.variables).length > 0 ? params.variables : undefined;
  const payload = stableJson({ query: params.query ?? undefined, variables }) ?? '';
  return createHmac('sha256', keyOf(secret)).update(payload).digest();
}

/** The params with the gateway's proof added: what a service sends when it calls a subgraph itself. */
export function signParams<T extends SignedParams>(secret: string, params: T): T {
  return {
    ...params,
    extensions: {
      ...params.extensions,
      [SIGNATURE_EXTENSION]: signatureOf(secret, params).toString('base64'),
    },
  };
}

/** Whether the params carry a valid proof of the gateway (or a sibling service holding its secret). */
export function hasValidProof(secret: string, params: SignedParams): boolean {
  const given = params.extensions?.[SIGNATURE_EXTENSION];
  if (typeof given !== 'string') return false;
  const expected = signatureOf(secret, params);
  const actual = Buffer.from(given, 'base64');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
