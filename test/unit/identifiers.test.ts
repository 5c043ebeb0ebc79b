import { GraphQLError } from 'graphql';
import { normalizeEmail, normalizePhone, parseIdentifier } from '../../lib/identifiers';

/** What a call throws, as a client sees it: the message and the extensions. */
function thrown(call: () => unknown) {
  try {
    call();
  } catch (error) {
    if (error instanceof GraphQLError) return { message: error.message, extensions: error.extensions };
    throw error;
  }
  throw new Error('expected the call to throw');
}

describe('identifier normalization (lib/identifiers)', () => {
  it('should trim and lower-case an email when it is valid', () => {
    expect(normalizeEmail('  Lena.Lindqvist@Example.COM ', ['input', 'email'])).toBe(
      'lena.lindqvist@example.com',
    );
  });

  it.each([
    ['+49 30 1234567', null, '+49301234567'],
    ['0049 30 1234567', null, '+49301234567'],
    ['030 1234567', 'DE', '+49301234567'],
    ['0151 23456789', 'DE', '+4915123456789'],
    ['(415) 555-0123', 'US', '+14155550123'],
  ])('should normalize %s to E.164 when read in %s', (raw, country, expected) => {
    expect(normalizePhone(raw, country, ['input', 'phone'])).toBe(expected);
  });

  it('should answer BAD_USER_INPUT naming phoneCountry when a national phone comes without one', () => {
    expect(thrown(() => normalizePhone('030 1234567', null, ['input', 'phone']))).toEqual({
      message:
        'input.phone must be a phone number such as +4930123456 (a national number needs phoneCountry)',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.phone' },
    });
  });

  it.each([
    [
      { email: ' A@Example.com ' },
      { kind: 'EMAIL', system: '', value: 'a@example.com', field: ['in', 'email'] },
    ],
    [
      { phone: '030 1234567', phoneCountry: 'DE' },
      { kind: 'PHONE', system: '', value: '+49301234567', field: ['in', 'phone'] },
    ],
    [
      { external: { system: 'crm', externalId: ' C-1 ' } },
      { kind: 'EXTERNAL', system: 'crm', value: 'C-1', field: ['in', 'external'] },
    ],
  ])('should parse %j into its normalized draft when it sets exactly one identifier', (raw, draft) => {
    expect(parseIdentifier(raw, ['in'])).toEqual(draft);
  });

  it.each([
    [{}, 'in'],
    [{ email: 'a@example.com', external: { system: 'crm', externalId: 'C-1' } }, 'in'],
    [{ email: 'not-an-email' }, 'in.email'],
    [{ phone: '12', phoneCountry: 'DE' }, 'in.phone'],
    [{ phone: '030 1234567', phoneCountry: 'Germany' }, 'in.phoneCountry'],
    [{ external: { system: ' ', externalId: 'C-1' } }, 'in.external.system'],
  ])(
    'should answer BAD_USER_INPUT at the field at fault when %j is not exactly one valid identifier',
    (raw, field) => {
      expect(thrown(() => parseIdentifier(raw, ['in'])).extensions).toEqual({
        code: 'BAD_USER_INPUT',
        field,
      });
    },
  );
});
