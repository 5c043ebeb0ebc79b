import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createTokenVerifier, signToken, type TokenSettings, type TokenVerifier } from './tokens';
import { rememberVerifiedTokens } from './verified-tokens';

const DEFAULT_ISSUER = 'customer-360';
const DEFAULT_AUDIENCE = 'customer-360-graph';
/** Where development secrets are kept so `npm start` and `npm run token` agree (in DATA_DIR, git-ignored). */
const DEV_SECRETS_FILE = 'auth-secrets.json';
const MIN_SECRET_LENGTH = 32;

/** Everything a service needs to authenticate callers and to be trusted by other services. */
export interface AuthSettings {
  tokens: TokenSettings;
  /** The HMAC secret the gateway (and services calling each other) sign subgraph requests with. */
  gatewaySecret: string;
  /** A token this service sends to others; minted with the secret when not given. */
  serviceToken?: string;
}

interface DevSecrets {
  jwtSecret: string;
  gatewaySecret: string;
}

/** Development secrets: created once in DATA_DIR, then read by every process. */
function devSecrets(dataDir: string): DevSecrets {
  const file = path.join(dataDir, DEV_SECRETS_FILE);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as DevSecrets;
  } catch {
    const secrets = {
      jwtSecret: randomBytes(32).toString('base64url'),
      gatewaySecret: randomBytes(32).toString('base64url'),
    };
    mkdirSync(dataDir, { recursive: true });
    try {
      // `wx`: a process starting at the same moment may have written it first; then its secrets win.
      writeFileSync(file, JSON.stringify(secrets), { mode: 0o600, flag: 'wx' });
      return secrets;
    } catch {
      return JSON.parse(readFileSync(file, 'utf8')) as DevSecrets;
    }
  }
}

function checkedSecret(name: string, value: string): string {
  if (value.length < MIN_SECRET_LENGTH)
    throw new Error(`${name} must be at least ${MIN_SECRET_LENGTH} characters`);
  return value;
}

/**
 * Reads AUTH_JWT_SECRET, AUTH_JWKS_URL, AUTH_ISSUER, AUTH_AUDIENCE, GATEWAY_HMAC_SECRET and
 * AUTH_SERVICE_TOKEN. In development a missing secret is generated once and kept in DATA_DIR; in
 * production a missing one is an error with a clear message.
 */
export function loadAuthSettings(env: NodeJS.ProcessEnv = process.env): AuthSettings {
  const production = env.NODE_ENV === 'production';
  const dataDir = env.DATA_DIR || '.data';
  const jwksUrl = env.AUTH_JWKS_URL || undefined;
  if (production) {
    const jwksComplete = Boolean(jwksUrl && env.AUTH_ISSUER && env.AUTH_AUDIENCE);
    if (!env.AUTH_JWT_SECRET && !jwksComplete)
      throw new Error(
        'In production set AUTH_JWT_SECRET, or AUTH_JWKS_URL with AUTH_ISSUER and AUTH_AUDIENCE: tokens cannot be verified otherwise',
      );
    if (!env.GATEWAY_HMAC_SECRET)
      throw new Error('In production set GATEWAY_HMAC_SECRET: subgraphs trust only requests signed with it');
    if (!env.AUTH_JWT_SECRET && !env.AUTH_SERVICE_TOKEN)
      throw new Error(
        'With AUTH_JWKS_URL alone, set AUTH_SERVICE_TOKEN: the token services call each other with',
      );
  }
  if (jwksUrl) new URL(jwksUrl);
  const dev = !env.AUTH_JWT_SECRET || !env.GATEWAY_HMAC_SECRET ? devSecrets(dataDir) : null;
  const secret = env.AUTH_JWT_SECRET ?? (jwksUrl ? undefined : dev?.jwtSecret);
  return {
    tokens: {
      issuer: env.AUTH_ISSUER || DEFAULT_ISSUER,
      audience: env.AUTH_AUDIENCE || DEFAULT_AUDIENCE,
      secret: secret && checkedSecret('AUTH_JWT_SECRET', secret),
      jwksUrl,
    },
    gatewaySecret: checkedSecret(
      'GATEWAY_HMAC_SECRET',
      env.GATEWAY_HMAC_SECRET ?? (dev as DevSecrets).gatewaySecret,
    ),
    serviceToken: env.AUTH_SERVICE_TOKEN || undefined,
  };
}

const verifiers = new WeakMap<TokenSettings, TokenVerifier>();

/** One verifier per settings object (its JWKS cache is shared by every request). */
export function verifierFor(settings: AuthSettings): TokenVerifier {
  let verifier = verifiers.get(settings.tokens);
  if (!verifier) {
    verifier = rememberVerifiedTokens(createTokenVerifier(settings.tokens));
    verifiers.set(settings.tokens, verifier);
  }
  return verifier;
}

/** Service tokens are short-lived and minted again before they expire. */
const SERVICE_TOKEN_LIFETIME_S = 3_600;

/**
 * The bearer token a service sends when it calls another service (a department asking the customers
 * directory, the KPI snapshot job): AUTH_SERVICE_TOKEN, or one minted with the shared secret.
 */
export function serviceTokenSource(
  settings: AuthSettings,
  subject: string,
  scopes: readonly string[],
): () => Promise<string> {
  if (settings.serviceToken) {
    const token = settings.serviceToken;
    return async () => token;
  }
  let current: { token: Promise<string>; renewAt: number } | null = null;
  return () => {
    if (!current || Date.now() >= current.renewAt) {
      current = {
        token: signToken(settings.tokens, { subject, scopes, expiresIn: `${SERVICE_TOKEN_LIFETIME_S}s` }),
        renewAt: Date.now() + (SERVICE_TOKEN_LIFETIME_S / 2) * 1000,
      };
    }
    return current.token;
  };
}
