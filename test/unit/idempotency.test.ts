import {
  isReplayOf,
  type KeyedWrite,
  keyConflict,
  keyedWrite,
  payloadHash,
  requestHash,
} from '../../lib/idempotency';

const SURVIVOR = '8f1f41f1-4ddc-57fb-a80b-f0ed50aae9d2';
const MERGED = '06f9c031-95a3-5a98-a54b-70bcab01d8d1';
const STRANGER = '42404b75-20b8-5fb4-890b-7632562e1814';

const order = (customer: KeyedWrite['customer'], quantity = 1): KeyedWrite =>
  keyedWrite({
    operation: 'placeOrder',
    input: {
      customerId: customer?.id,
      customerIdentifier: null,
      clientOrderId: 'shop-eu:1042',
      lines: [{ sku: 'SKU-A', quantity }],
    },
    key: 'clientOrderId',
    what: 'order',
    customer,
  });

describe('keyedWrite', () => {
  it('should fingerprint the same payload alike when the customer is named by another id or by identifier', () => {
    const byId = order({ id: SURVIVOR, mergedIds: [MERGED] });
    const byIdentifier = keyedWrite({
      operation: 'placeOrder',
      input: {
        customerIdentifier: { email: 'hugo.martin@example.com' },
        clientOrderId: 'shop-eu:1042',
        lines: [{ sku: 'SKU-A', quantity: 1 }],
      },
      key: 'clientOrderId',
      what: 'order',
    });

    expect(requestHash(byIdentifier)).toBe(requestHash(byId));
    expect(byId).toMatchObject({ key: 'shop-eu:1042', field: ['input', 'clientOrderId'] });
  });
});

describe('isReplayOf', () => {
  it('should replay a record of a customer since merged into the one the write names', () => {
    const write = order({ id: SURVIVOR, mergedIds: [MERGED] });

    expect(isReplayOf({ requestHash: requestHash(write), customerId: MERGED }, write)).toBe(true);
  });

  it('should not replay a record of another customer or of another payload', () => {
    const write = order({ id: SURVIVOR, mergedIds: [MERGED] });

    expect(isReplayOf({ requestHash: requestHash(write), customerId: STRANGER }, write)).toBe(false);
    expect(isReplayOf({ requestHash: requestHash(order(undefined, 2)), customerId: SURVIVOR }, write)).toBe(
      false,
    );
  });

  it('should replay a record stored before fingerprints left the customer out when the payload is the same', () => {
    const write = order({ id: SURVIVOR, mergedIds: [MERGED] });
    // What writes stored before: the payload hashed together with the canonical customer id of the time.
    const legacy = payloadHash({ ...write.payload, customerId: MERGED });

    expect(isReplayOf({ requestHash: legacy, customerId: MERGED }, write)).toBe(true);
    expect(
      isReplayOf(
        { requestHash: legacy, customerId: MERGED },
        order({ id: SURVIVOR, mergedIds: [MERGED] }, 2),
      ),
    ).toBe(false);
  });
});

describe('keyConflict', () => {
  it('should name the key and its field when a key is reused', () => {
    const error = keyConflict(order(undefined));

    expect(error.message).toBe('clientOrderId shop-eu:1042 was already used for another order');
    expect(error.extensions).toEqual({ code: 'CONFLICT', field: 'input.clientOrderId' });
  });
});
