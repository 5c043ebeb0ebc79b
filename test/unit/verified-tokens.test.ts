import { SignJWT } from 'jose';
import { type Caller, CLOCK_TOLERANCE_SECONDS } from '../../lib/auth/tokens';
import { rememberVerifiedTokens } from '../../lib/auth/verified-tokens';

const SECRET = new TextEncoder().encode('x'.repeat(32));

async function tokenExpiringAt(expSeconds: number, subject = 'alice'): Promise<string> {
  return new SignJWT({ scope: 'pii:read' })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(subject)
    .setExpirationTime(expSeconds)
    .sign(SECRET);
}

describe('rememberVerifiedTokens', () => {
  const caller = (token: string): Caller => ({ subject: 'alice', scopes: ['pii:read'], token });

  it('should verify a token once when it is sent again before it expires', async () => {
    const verify = jest.fn(async (token: string) => caller(token));
    const remembered = rememberVerifiedTokens(verify, () => 1_000_000);
    const token = await tokenExpiringAt(2_000);

    await remembered(token);
    const second = await remembered(token);

    expect(second).toEqual(caller(token));
    expect(verify).toHaveBeenCalledTimes(1);
  });

  it('should verify a token again once it has expired beyond the clock skew', async () => {
    let now = 1_000_000;
    const verify = jest.fn(async (token: string) => caller(token));
    const remembered = rememberVerifiedTokens(verify, () => now);
    const token = await tokenExpiringAt(2_000);

    await remembered(token);
    now = (2_000 + CLOCK_TOLERANCE_SECONDS) * 1000;
    await remembered(token);

    expect(verify).toHaveBeenCalledTimes(2);
  });

  it('should check a refused token every time it is sent', async () => {
    const verify = jest.fn(async () => {
      throw new Error('bad signature');
    });
    const remembered = rememberVerifiedTokens(verify, () => 1_000_000);
    const token = await tokenExpiringAt(2_000);

    await expect(remembered(token)).rejects.toThrow('bad signature');
    await expect(remembered(token)).rejects.toThrow('bad signature');

    expect(verify).toHaveBeenCalledTimes(2);
  });
});
