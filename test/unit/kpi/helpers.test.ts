import {
  type ContactChannel,
  type CustomerInputs,
  chooseContactChannel,
  isReachable,
  KPI_CONFIG,
  type MarketingInputs,
  reachableConsentedChannels,
} from '../../../lib/kpi';
import { roundTo } from '../../../lib/kpi/numbers';
import { countOf, joinWords } from '../../../lib/kpi/text';
import { describeAge, isAtLeastDaysAgo, isWithinDays } from '../../../lib/kpi/time';
import { allOf, anyOf, knownWith } from '../../../lib/kpi/truth';
import { consents, daysAgo, emptyMarketing, NOW } from './fixtures';

describe('isWithinDays', () => {
  it.each([7, 14, 30, 90, 180, 365])(
    'should be within when the time is exactly %i days before now',
    (days) => {
      expect(isWithinDays(NOW, daysAgo(days), days)).toBe(true);
    },
  );

  it.each([7, 14, 30, 90, 180, 365])(
    'should not be within when the time is %i days and 1 ms before now',
    (days) => {
      expect(isWithinDays(NOW, daysAgo(days, 1), days)).toBe(false);
    },
  );

  it('should count a time as within when it is after now', () => {
    expect(isWithinDays(NOW, daysAgo(-1), 7)).toBe(true);
  });

  it('should not count a time as within when there is none', () => {
    expect(isWithinDays(NOW, null, 365)).toBe(false);
  });
});

describe('isAtLeastDaysAgo', () => {
  it('should hold when exactly 365 days passed and not when 1 ms less did', () => {
    expect(isAtLeastDaysAgo(NOW, daysAgo(365), 365)).toBe(true);
    expect(isAtLeastDaysAgo(NOW, daysAgo(365, -1), 365)).toBe(false);
  });
});

describe('describeAge', () => {
  it.each([
    [daysAgo(0), 'today'],
    [daysAgo(1), '1 day ago'],
    [daysAgo(12, 5), '12 days ago'],
    [daysAgo(-3), 'today'],
  ])('should describe %s as "%s"', (at, text) => {
    expect(describeAge(NOW, at)).toBe(text);
  });
});

describe('roundTo', () => {
  it.each([
    [0.145, 2, 0.15],
    [0.7000000000000001, 2, 0.7],
    [-1.125, 2, -1.13],
    [87.5, 0, 88],
    [-87.5, 0, -88],
    [855.855, 0, 856],
  ])('should round %d to %i decimals as %d', (value, decimals, rounded) => {
    expect(roundTo(value, decimals)).toBe(rounded);
  });

  it('should return 0, not -0, when a small negative rounds away', () => {
    expect(Object.is(roundTo(-0.001, 2), 0)).toBe(true);
  });
});

describe('three-valued logic', () => {
  it('should be false when any is false, else unknown when any is unknown', () => {
    expect([allOf(true, true), allOf(true, null), allOf(null, false), allOf()]).toEqual([
      true,
      null,
      false,
      true,
    ]);
  });

  it('should be true when any is true, else unknown when any is unknown', () => {
    expect([anyOf(false, true), anyOf(false, null), anyOf(null, true), anyOf()]).toEqual([
      true,
      null,
      true,
      false,
    ]);
  });

  it('should be unknown when the department is unavailable', () => {
    expect(knownWith(null, () => true)).toBeNull();
    expect(knownWith({ count: 2 }, (department) => department.count > 1)).toBe(true);
  });
});

describe('contact channel', () => {
  const emailOnly: CustomerInputs = { id: 'c', hasEmail: true, hasPhone: false };

  it('should count EMAIL, SMS and PHONE as reachable only when the address or number exists', () => {
    const phoneOnly: CustomerInputs = { id: 'c', hasEmail: false, hasPhone: true };
    const channels: ContactChannel[] = ['EMAIL', 'SMS', 'PHONE', 'PUSH', 'POST'];
    expect(channels.map((channel) => isReachable(channel, phoneOnly))).toEqual([
      false,
      true,
      true,
      true,
      true,
    ]);
    expect(channels.map((channel) => isReachable(channel, emailOnly))).toEqual([
      true,
      false,
      false,
      true,
      true,
    ]);
  });

  it('should choose the preferred channel when it is consented for the purpose and reachable', () => {
    const marketing: MarketingInputs = {
      ...emptyMarketing(),
      ...consents(['EMAIL', 'POST'], []),
      preferredChannel: 'POST',
    };
    expect(chooseContactChannel('MARKETING', emailOnly, marketing, KPI_CONFIG)).toBe('POST');
  });

  it('should choose nothing when no channel consented for the purpose is reachable', () => {
    const marketing: MarketingInputs = {
      ...emptyMarketing(),
      ...consents(['SMS'], ['SMS']),
      preferredChannel: 'SMS',
    };
    expect(chooseContactChannel('SERVICE', emailOnly, marketing, KPI_CONFIG)).toBeNull();
  });

  it('should choose only among the channels of the requested purpose when the purposes differ', () => {
    const marketing: MarketingInputs = {
      ...emptyMarketing(),
      ...consents(['POST'], ['EMAIL']),
      preferredChannel: 'POST',
    };
    expect([
      chooseContactChannel('MARKETING', emailOnly, marketing, KPI_CONFIG),
      chooseContactChannel('SERVICE', emailOnly, marketing, KPI_CONFIG),
    ]).toEqual(['POST', 'EMAIL']);
  });

  it('should list the reachable channels of either purpose, in config order, when listing consented channels', () => {
    const marketing: MarketingInputs = { ...emptyMarketing(), ...consents(['POST'], ['SMS', 'EMAIL']) };
    expect(reachableConsentedChannels(emailOnly, marketing, KPI_CONFIG)).toEqual(['EMAIL', 'POST']);
  });
});

describe('text', () => {
  it('should use the singular when the count is 1 and the plural otherwise', () => {
    expect([
      countOf(1, 'ticket'),
      countOf(0, 'ticket'),
      countOf(2, 'open opportunity', 'open opportunities'),
    ]).toEqual(['1 ticket', '0 tickets', '2 open opportunities']);
  });

  it('should join with commas and a final "and" when given several words', () => {
    expect([joinWords([]), joinWords(['a']), joinWords(['a', 'b']), joinWords(['a', 'b', 'c'])]).toEqual([
      '',
      'a',
      'a and b',
      'a, b and c',
    ]);
  });
});
