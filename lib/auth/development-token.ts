import { READ_SCOPES } from './roles';
import type { AuthSettings } from './settings';
import { signToken } from './tokens';

/** Who the development token names: a person at this machine, not a service. */
export const DEVELOPMENT_TOKEN_SUBJECT = 'local:developer';

/**
 * The development token: every read scope, 12 h, signed with the local secret. `npm start` prints it and
 * hands it to the gateway, whose explorer opens with it in the headers (never in production).
 */
export function signDevelopmentToken(settings: AuthSettings): Promise<string> {
  return signToken(settings.tokens, { subject: DEVELOPMENT_TOKEN_SUBJECT, scopes: READ_SCOPES });
}
