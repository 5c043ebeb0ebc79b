import type { KpiConfig } from './config';
import type { ContactChannel, CustomerInputs, MarketingInputs } from './inputs';

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

/** Consented channels the customer can be reached on, in config order. */
export function reachableConsentedChannels(
  customer: CustomerInputs,
  marketing: MarketingInputs,
  config: KpiConfig,
): ContactChannel[] {
  return config.channelOrder.filter(
    (channel) => marketing.consentedChannels.includes(channel) && isReachable(channel, customer),
  );
}

/** The preferred channel when it is consented and reachable, else the first usable one, else null. */
export function chooseContactChannel(
  customer: CustomerInputs,
  marketing: MarketingInputs,
  config: KpiConfig,
): ContactChannel | null {
  const usable = reachableConsentedChannels(customer, marketing, config);
  const preferred = marketing.preferredChannel;
  if (preferred !== null && usable.includes(preferred)) return preferred;
  return usable[0] ?? null;
}
