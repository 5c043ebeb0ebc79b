import { decodeJwt } from 'jose';
import { CLOCK_TOLERANCE_SECONDS, type TokenVerifier } from './tokens';

/** Tokens remembered at once; the oldest is forgotten first. */
const MAX_TOKENS = 10_000;

/**
 * Remembers the callers of tokens already verified, until each token expires (with the clock skew the
 * verifier allows): a client, or the gateway forwarding its token to every subgraph call of a request,
 * sends the same token again and again, and checking its signature each time was a measurable part of
 * every request. Only verified tokens are kept, by their exact text; a refused token is checked every time.
 */
export function rememberVerifiedTokens(verify: TokenVerifier, now: () => number = Date.now): TokenVerifier {
  const verified = new Map<string, { caller: Awaited<ReturnType<TokenVerifier>>; until: number }>();
  return async (token) => {
    const known = verified.get(token);
    if (known && now() < known.until) return known.caller;
    if (known) verified.delete(token);
    const caller = await verify(token);
    const { exp } = decodeJwt(token);
    if (typeof exp === 'number') {
      if (verified.size >= MAX_TOKENS) verified.delete(verified.keys().next().value!);
      verified.set(token, { caller, until: (exp + CLOCK_TOLERANCE_SECONDS) * 1000 });
    }
    return caller;
  };
}
