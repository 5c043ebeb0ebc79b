/** Every scope a token may carry: what each lets its holder do. */
export const SCOPES = {
  'pii:read': 'Read personal data: names, emails, phones, identifiers',
  'marketing:read': "Read marketing's data (signals, consent, campaigns, lead score)",
  'marketing:write': "Write marketing's data (also reads it)",
  'sales:read': "Read sales' data (orders, subscriptions, opportunities)",
  'sales:write': "Write sales' data (also reads it)",
  'support:read': "Read support's data (tickets, interactions, CSAT)",
  'support:write': "Write support's data (also reads it)",
  'kpi:read': 'Read the shared lifecycle KPIs, their definitions and snapshots',
  admin: "Merge and unmerge customers, erase a person's data and export it, read the audit log",
} as const;

export type Scope = keyof typeof SCOPES;
export const ALL_SCOPES = Object.keys(SCOPES) as Scope[];
/** Every read scope: what the development token printed by `npm start` carries. */
export const READ_SCOPES: Scope[] = ['pii:read', 'marketing:read', 'sales:read', 'support:read', 'kpi:read'];

/** Roles are bundles of scopes, kept here and nowhere else. */
export const ROLES = {
  /** Works tickets: needs to know who the customer is and what they bought. */
  'support-agent': ['pii:read', 'support:write', 'sales:read', 'marketing:read', 'kpi:read'],
  /** Runs campaigns and consent; sees purchases and support history as context (the KPIs read all three). */
  marketer: ['pii:read', 'marketing:write', 'sales:read', 'support:read', 'kpi:read'],
  /** Works leads and orders; sees marketing signals and support history as context. */
  'sales-rep': ['pii:read', 'sales:write', 'marketing:read', 'support:read', 'kpi:read'],
  /** BI without personal data. */
  analyst: ['kpi:read', 'marketing:read', 'sales:read', 'support:read'],
  admin: ALL_SCOPES,
} as const satisfies Record<string, readonly Scope[]>;

export type Role = keyof typeof ROLES;

export const isScope = (value: string): value is Scope => Object.hasOwn(SCOPES, value);
export const isRole = (value: string): value is Role => Object.hasOwn(ROLES, value);
