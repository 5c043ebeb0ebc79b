import type { KpiConfig } from './config';
import type { ContactChannel, ContactPurpose, CustomerInputs, MarketingInputs } from './inputs';

/** EMAIL needs an email address, SMS and PHONE a phone number; PUSH and POST count as reachable. */
export function isReachable(channel: ContactChannel, customer: CustomerInputs): boolean {
  switch (channel) {
    case 'EMAIL':
      return customer.hasEmail;
    case 'SMS':
    case 'PHONE':
      return customer.hasPhone;
    case 'PUSH':
    case 'POST':
      return true;
  }
}

/** Channels consented for any contact purpose (MARKETING or SERVICE) the customer can be reached on, in config order. */
export function reachableConsentedChannels(
  customer: CustomerInputs,
  marketing: MarketingInputs,
  config: KpiConfig,
): ContactChannel[] {
  return reachableAmong(marketing.consentedChannels, customer, config);
}

/** Channels consented for `purpose` the customer can be reached on, in config order. */
export function reachableChannelsFor(
  purpose: ContactPurpose,
  customer: CustomerInputs,
  marketing: MarketingInputs,
  config: KpiConfig,
): ContactChannel[] {
  const consented = purpose === 'MARKETING' ? marketing.marketingChannels : marketing.serviceChannels;
  return reachableAmong(consented, customer, config);
}

function reachableAmong(
  consented: readonly ContactChannel[],
  customer: CustomerInputs,
  config: KpiConfig,
): ContactChannel[] {
  return config.channelOrder.filter(
    (channel) => consented.includes(channel) && isReachable(channel, customer),
  );
}

/**
 * For a contact with `purpose`: the preferred channel when it is consented for that purpose and reachable,
 * else the first such channel in config order, else null.
 */
export function chooseContactChannel(
  purpose: ContactPurpose,
  customer: CustomerInputs,
  marketing: MarketingInputs,
  config: KpiConfig,
): ContactChannel | null {
  const usable = reachableChannelsFor(purpose, customer, marketing, config);
  const preferred = marketing.preferredChannel;
  if (preferred !== null && usable.includes(preferred)) return preferred;
  return usable[0] ?? null;
}
