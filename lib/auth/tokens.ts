import { createRemoteJWKSet, decodeProtectedHeader, type JWTPayload, jwtVerify, SignJWT } from 'jose';

/** The clock skew tolerated on `exp` and `nbf`. */
export const CLOCK_TOLERANCE_SECONDS = 60;
/** The only algorithm accepted with the shared secret. */
const SECRET_ALGORITHM = 'HS256';
/** The only algorithms accepted with keys from the JWKS URL: asymmetric, so never confused with HS256. */
const JWKS_ALGORITHMS = ['RS256', 'PS256', 'ES256', 'EdDSA'];

/** How tokens are checked: a shared HS256 secret (local use), keys from a JWKS URL (production), or both. */
export interface TokenSettings {
  issuer: string;
  audience: string;
  /** HS256 secret, at least 32 bytes. */
  secret?: string;
  jwksUrl?: string;
}

/** A caller whose token was verified. */
export interface Caller {
  subject: string;
  scopes: readonly string[];
  /** The token itself, forwarded by the gateway so each subgraph verifies it again. */
  token: string;
}

/** Any reason a token is not accepted; the message is safe to show (no token content). */
export class AuthenticationError extends Error {}

export type TokenVerifier = (token: string) => Promise<Caller>;

const scopesOf = (payload: JWTPayload): string[] =>
  typeof payload.scope === 'string' ? payload.scope.split(' ').filter(Boolean) : [];

export function createTokenVerifier(settings: TokenSettings): TokenVerifier {
  if (!settings.secret && !settings.jwksUrl) throw new Error('A token secret or a JWKS URL is required');
  const secret = settings.secret ? new TextEncoder().encode(settings.secret) : null;
  const jwks = settings.jwksUrl ? createRemoteJWKSet(new URL(settings.jwksUrl)) : null;
  const claims = {
    issuer: settings.issuer,
    audience: settings.audience,
    clockTolerance: CLOCK_TOLERANCE_SECONDS,
    requiredClaims: ['exp', 'sub'],
  };
  return async (token) => {
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw new AuthenticationError('The bearer token is malformed');
    }
    try {
      // The key follows from the algorithm we expect, never the other way round: an HS256 token signed with
      // a public key, or `alg: none`, finds no key here.
      const { payload } =
        alg === SECRET_ALGORITHM && secret
          ? await jwtVerify(token, secret, { ...claims, algorithms: [SECRET_ALGORITHM] })
          : alg && JWKS_ALGORITHMS.includes(alg) && jwks
            ? await jwtVerify(token, jwks, { ...claims, algorithms: JWKS_ALGORITHMS })
            : rejectAlgorithm(alg);
      return { subject: String(payload.sub), scopes: scopesOf(payload), token };
    } catch (error) {
      if (error instanceof AuthenticationError) throw error;
      const code = (error as { code?: string }).code ?? 'ERR_JWT_INVALID';
      throw new AuthenticationError(`The bearer token is not valid (${code})`);
    }
  };
}

function rejectAlgorithm(alg: string | undefined): never {
  throw new AuthenticationError(`The bearer token's algorithm ${alg ?? '(none)'} is not accepted`);
}

/** Signs an HS256 token with the shared secret: `npm run token`, the development token, service tokens. */
export function signToken(
  settings: TokenSettings,
  claims: { subject: string; scopes: readonly string[]; expiresIn?: string },
): Promise<string> {
  if (!settings.secret) throw new Error('Signing a token needs AUTH_JWT_SECRET');
  return new SignJWT({ scope: claims.scopes.join(' ') })
    .setProtectedHeader({ alg: SECRET_ALGORITHM, typ: 'JWT' })
    .setSubject(claims.subject)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? '12h')
    .sign(new TextEncoder().encode(settings.secret));
}

/** The token of an `Authorization: Bearer …` header, or null. */
export function bearerToken(header: string | null | undefined): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1] ?? null;
}
