import { stableId } from '../../lib/ids';
import { createRandom, type Random, seedOf } from './random';

export const DAY_MS = 24 * 60 * 60 * 1000;
/** Two years of history. */
export const HISTORY_DAYS = 730;

export type PersonaKey =
  | 'loyal-cancel-intent'
  | 'pricing-researcher'
  | 'checkout-error'
  | 'repeat-contact'
  | 'happy-silent';

export interface Persona {
  key: PersonaKey;
  displayName: string;
  email: string;
  story: string;
}

/** The named demo customers, always the first customers of the world, documented in the README. */
export const PERSONAS: readonly Persona[] = [
  {
    key: 'loyal-cancel-intent',
    displayName: 'Lena Lindqvist',
    email: 'lena.lindqvist@example.com',
    story:
      'Loyal for two years (monthly orders, a subscription since 20 months) who viewed the cancel-subscription page yesterday.',
  },
  {
    key: 'pricing-researcher',
    displayName: 'Priya Raman',
    email: 'priya.raman@example.com',
    story:
      'Has read the pricing page and compared plans five times this week; has never bought; an open opportunity.',
  },
  {
    key: 'checkout-error',
    displayName: 'Carlos Ortega',
    email: 'carlos.ortega@example.com',
    story: 'A regular buyer whose checkout failed with an error yesterday; has not written to support yet.',
  },
  {
    key: 'repeat-contact',
    displayName: 'Rita Novak',
    email: 'rita.novak@example.com',
    story:
      'Contacted support three times in two weeks about the same double charge; a bot handed her over to a human.',
  },
  {
    key: 'happy-silent',
    displayName: 'Hugo Martin',
    email: 'hugo.martin@example.com',
    story: 'Buys every month, subscribed, opens newsletters, and has never needed to contact support.',
  },
];

export interface DemoCustomer {
  index: number;
  id: string;
  persona: PersonaKey | null;
  displayName: string;
  email: string;
  phone: string;
  locale: string;
  country: string;
  currency: string;
  createdAt: Date;
  /** Every customer is known to marketing; about 60% to sales and 35% to support (every persona to sales). */
  knownToSales: boolean;
  knownToSupport: boolean;
}

const FIRST_NAMES = [
  'Anna',
  'Ben',
  'Chloe',
  'David',
  'Emma',
  'Felix',
  'Grace',
  'Hannah',
  'Ivan',
  'Julia',
  'Karl',
  'Lea',
  'Mateo',
  'Nora',
  'Oscar',
  'Paula',
  'Quentin',
  'Rosa',
  'Samir',
  'Tara',
  'Ugo',
  'Vera',
  'Wim',
  'Yara',
  'Zoe',
];
const LAST_NAMES = [
  'Schmidt',
  'Dubois',
  'Rossi',
  'Garcia',
  'Smith',
  'Jansen',
  'Nowak',
  'Silva',
  'Berg',
  'Keller',
  'Moreau',
  'Costa',
  'Brown',
  'Meyer',
  'Lopez',
  'Fischer',
  'Martin',
  'Bianchi',
  'Kowalski',
  'Olsen',
];
const MARKETS = [
  { country: 'DE', locale: 'de-DE', currency: 'EUR', prefix: '+4930' },
  { country: 'FR', locale: 'fr-FR', currency: 'EUR', prefix: '+331' },
  { country: 'NL', locale: 'nl-NL', currency: 'EUR', prefix: '+3120' },
  { country: 'GB', locale: 'en-GB', currency: 'GBP', prefix: '+4420' },
  { country: 'US', locale: 'en-US', currency: 'USD', prefix: '+1415' },
  { country: 'ES', locale: 'es-ES', currency: 'EUR', prefix: '+3491' },
] as const;

/** Each customer × department draws from its own stream, so departments seed independently. */
export function randomFor(customer: DemoCustomer, department: string): Random {
  return createRandom(seedOf(`${customer.id}:${department}`));
}

export function customerId(index: number): string {
  return stableId('demo-customer', index);
}

/** The deterministic demo world: the same customers, ids and traits for the same count, on every machine. */
export function buildWorld(count: number, now: Date = new Date()): DemoCustomer[] {
  const customers: DemoCustomer[] = [];
  for (let index = 0; index < count; index++) {
    const random = createRandom(seedOf(`demo-customer:${index}`));
    const persona = PERSONAS[index];
    const market = persona ? MARKETS[index % 3]! : random.pick(MARKETS);
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    const displayName = persona?.displayName ?? `${first} ${last}`;
    const email = persona?.email ?? `${first}.${last}.${index}@example.com`.toLowerCase();
    const ageDays = persona ? 720 - index * 10 : random.int(1, HISTORY_DAYS);
    customers.push({
      index,
      id: customerId(index),
      persona: persona?.key ?? null,
      displayName,
      email,
      phone: `${market.prefix}${String(1_000_000 + index).padStart(7, '0')}`,
      locale: market.locale,
      country: market.country,
      currency: market.currency,
      createdAt: new Date(now.getTime() - ageDays * DAY_MS),
      knownToSales: persona ? true : random.chance(0.6),
      knownToSupport: persona
        ? persona.key === 'repeat-contact' || persona.key === 'loyal-cancel-intent'
        : random.chance(0.35),
    });
  }
  return customers;
}
