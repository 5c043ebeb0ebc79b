import type { ContactChannel, ContactPurpose } from './inputs';

/**
 * Every department: as named in `KpiResult.missing` and `KpiInputs` (the keys), and as the graph's
 * `Department` enum names it (the values). The one place either spelling is defined or mapped.
 */
export const DEPARTMENT_NAMES = { marketing: 'MARKETING', sales: 'SALES', support: 'SUPPORT' } as const;

/** A department as named in `KpiResult.missing`. */
export type Department = keyof typeof DEPARTMENT_NAMES;

/** A department as the graph's enums name it. */
export type DepartmentName = (typeof DEPARTMENT_NAMES)[Department];

/** An amount in minor units that may differ per currency (minor units are not comparable across them). */
export interface MinorAmountByCurrency {
  /** Used for every currency not listed in `byCurrency`. */
  readonly default: number;
  readonly byCurrency: Readonly<Record<string, number>>;
}

/**
 * How much each unavailable department lowers a KPI's confidence (1 − the sum of the missing weights,
 * never below 0). A weight of 1 marks the department without which the value is only a placeholder.
 */
export type ConfidenceWeights = Readonly<Partial<Record<Department, number>>>;

export interface KpiConfig {
  /** Order in which a contact channel is picked when the preferred one cannot be used. */
  readonly channelOrder: readonly ContactChannel[];
  /** Ticket statuses that mean "solved"; every other status counts as an open ticket. */
  readonly resolvedTicketStatuses: readonly string[];
  /** The last CSAT score counts as low at or below this (1–5 scale). */
  readonly lowCsatMaxScore: number;
  /**
   * A customer's purchases have lapsed when the last paid order is more than `multiplier` × their
   * average days between paid orders ago — judged only with at least `minPaidOrders` paid orders
   * (an average needs two) and no active subscription (subscribers need not reorder).
   */
  readonly purchaseLapse: { readonly multiplier: number; readonly minPaidOrders: number };

  readonly lifecycleStage: {
    /** CHURNED: no paid order within this many days … */
    readonly churnedNoOrderDays: number;
    /** … and no marketing engagement within this many days (and no active subscription). */
    readonly churnedNoEngagementDays: number;
    /** AT_RISK: a cancel intent or competitor comparison within this many days. */
    readonly atRiskSignalDays: number;
    /** AT_RISK: at least this many tickets open longer than 7 days. */
    readonly atRiskStaleTicketCount: number;
    /** AT_RISK: repeat contacts / contacts (90 days) at or above this rate … */
    readonly atRiskRepeatContactRate: number;
    /** … over at least this many contacts. */
    readonly atRiskMinContacts: number;
    /** NEW: the first paid order within this many days. */
    readonly newFirstOrderDays: number;
    /** LOYAL: at least this many paid orders … */
    readonly loyalMinPaidOrders: number;
    /** … or an active subscription for at least this many days (12 months) … */
    readonly loyalMinSubscriptionDays: number;
    /** … and active (a paid order, an engagement or an active subscription) within this many days. */
    readonly loyalActivityDays: number;
    /** ACTIVE: a paid order within this many days (or an active subscription). */
    readonly activeOrderDays: number;
    /** LEAD: engaged within this many days (or an open opportunity), never bought. */
    readonly leadEngagementDays: number;
  };

  readonly churnRisk: {
    /** Every customer starts here. */
    readonly baseline: number;
    /** Window for the cancel-intent and competitor-comparison factors. */
    readonly signalDays: number;
    /** Added for a cancel intent within `signalDays`. */
    readonly cancelIntentWeight: number;
    /** Added for a competitor comparison within `signalDays`. */
    readonly competitorComparisonWeight: number;
    /** Added per ticket open longer than 7 days … */
    readonly staleTicketWeight: number;
    /** … up to this much. */
    readonly staleTicketMax: number;
    /** Added per repeat contact in the last 90 days … */
    readonly repeatContactWeight: number;
    /** … up to this much. */
    readonly repeatContactMax: number;
    /** Added when the last CSAT is low and was given within `lowCsatDays`. */
    readonly lowCsatWeight: number;
    /** The window of the low-CSAT factor. */
    readonly lowCsatDays: number;
    /** Added once for a purchase lapse, or for a past buyer not engaged within `lapseEngagementDays`. */
    readonly recencyLapseWeight: number;
    /** A past buyer not engaged within this many days counts as a recency lapse. */
    readonly lapseEngagementDays: number;
    /** Added (negative: lowers the risk) while a subscription is active. */
    readonly activeSubscriptionWeight: number;
  };

  readonly lifetimeValue: {
    /** Share of revenue that is profit. */
    readonly grossMargin: number;
    /** Years of future value predicted. */
    readonly horizonYears: number;
    /**
     * What one support contact costs, in minor units of the customer's main currency; the cost to serve
     * is every support contact so far (tickets) × this, like the historical net revenue it is set against.
     */
    readonly costPerContactMinor: MinorAmountByCurrency;
  };

  readonly silence: {
    /** The window of the support counters (fixed by the support summary) and of subscription exposure. */
    readonly windowDays: number;
    /**
     * Load added per contact, repeat contact, transfer and bot-to-human handoff. A reopened ticket is
     * already a repeat contact (support counts it so), so reopens add no load of their own.
     */
    readonly weights: {
      readonly contact: number;
      readonly repeatContact: number;
      readonly transfer: number;
      readonly botToHumanHandoff: number;
    };
    /** Days counted as one month of subscription exposure. */
    readonly subscriptionMonthDays: number;
    /** Load per unit of exposure at which the score reaches 0. */
    readonly saturation: number;
  };

  readonly actionability: {
    /** `actionable` when the score is at least this. */
    readonly threshold: number;
    /**
     * Current intent: an engagement (any signal but an unsubscribe, or a campaign open or click), an open
     * opportunity update or an open ticket within this many days.
     */
    readonly intentDays: number;
    /** Friction state is fresh when the customer contacted support within this many days (or nothing is open). */
    readonly frictionContactDays: number;
    /** Weight of each input; they sum to 1. */
    readonly weights: {
      readonly CONSENTED_CONTACT_POINT: number;
      readonly PREFERRED_CHANNEL: number;
      readonly CURRENT_INTENT: number;
      readonly FRICTION_STATE: number;
      readonly LIFECYCLE_STAGE: number;
    };
  };

  readonly nextBestAction: {
    /** RETENTION_OUTREACH after a cancel intent within this many days. */
    readonly cancelIntentDays: number;
    /** PROACTIVE_SUPPORT after a checkout error or abandoned cart within this many days. */
    readonly frictionSignalDays: number;
    /** ESCALATE_TO_HUMAN at this many repeat contacts in 90 days … */
    readonly escalationRepeatContacts: number;
    /** … or after a bot-to-human handoff or a low CSAT within this many days. */
    readonly escalationDays: number;
    /** SALES_HANDOFF after pricing, product or competitor research within this many days. */
    readonly researchDays: number;
    /** RECOGNITION for LOYAL customers whose lifetime value total is at least this. */
    readonly recognitionMinLifetimeValueMinor: MinorAmountByCurrency;
    /** The consent purpose each action's channel needs: only channels consented for it are used. */
    readonly purposes: {
      readonly RETENTION_OUTREACH: ContactPurpose;
      readonly PROACTIVE_SUPPORT: ContactPurpose;
      readonly ESCALATE_TO_HUMAN: ContactPurpose;
      readonly SALES_HANDOFF: ContactPurpose;
      readonly RECOGNITION: ContactPurpose;
    };
  };

  /** Per KPI: how much each unavailable department lowers its confidence. */
  readonly confidenceWeights: {
    readonly lifecycleStage: ConfidenceWeights;
    readonly churnRisk: ConfidenceWeights;
    readonly lifetimeValue: ConfidenceWeights;
    readonly silence: ConfidenceWeights;
    readonly resolution: ConfidenceWeights;
    readonly perceptionGap: ConfidenceWeights;
    readonly actionability: ConfidenceWeights;
    readonly nextBestAction: ConfidenceWeights;
  };
}

/** The v1 constants of every shared lifecycle KPI. Change a value, and bump that KPI's formula version. */
export const KPI_CONFIG: KpiConfig = {
  channelOrder: ['EMAIL', 'SMS', 'PHONE', 'PUSH', 'POST'],
  resolvedTicketStatuses: ['RESOLVED', 'CLOSED'],
  lowCsatMaxScore: 2,
  purchaseLapse: { multiplier: 2, minPaidOrders: 2 },
  lifecycleStage: {
    churnedNoOrderDays: 365,
    churnedNoEngagementDays: 180,
    atRiskSignalDays: 30,
    atRiskStaleTicketCount: 2,
    atRiskRepeatContactRate: 0.5,
    atRiskMinContacts: 2,
    newFirstOrderDays: 90,
    loyalMinPaidOrders: 4,
    loyalMinSubscriptionDays: 365,
    loyalActivityDays: 180,
    activeOrderDays: 365,
    leadEngagementDays: 90,
  },
  churnRisk: {
    baseline: 0.05,
    signalDays: 30,
    cancelIntentWeight: 0.45,
    competitorComparisonWeight: 0.2,
    staleTicketWeight: 0.1,
    staleTicketMax: 0.2,
    repeatContactWeight: 0.05,
    repeatContactMax: 0.15,
    lowCsatWeight: 0.15,
    lowCsatDays: 90,
    recencyLapseWeight: 0.15,
    lapseEngagementDays: 90,
    activeSubscriptionWeight: -0.1,
  },
  lifetimeValue: {
    grossMargin: 0.3,
    horizonYears: 3,
    // JPY has no minor unit, so 600 minor units would be far cheaper than in EUR or USD.
    costPerContactMinor: { default: 600, byCurrency: { JPY: 1_000 } },
  },
  silence: {
    windowDays: 90,
    weights: { contact: 1, repeatContact: 2, transfer: 1, botToHumanHandoff: 2 },
    subscriptionMonthDays: 30,
    saturation: 4,
  },
  actionability: {
    threshold: 0.8,
    intentDays: 14,
    frictionContactDays: 90,
    weights: {
      CONSENTED_CONTACT_POINT: 0.3,
      PREFERRED_CHANNEL: 0.15,
      CURRENT_INTENT: 0.25,
      FRICTION_STATE: 0.15,
      LIFECYCLE_STAGE: 0.15,
    },
  },
  nextBestAction: {
    cancelIntentDays: 14,
    frictionSignalDays: 7,
    escalationRepeatContacts: 2,
    escalationDays: 30,
    researchDays: 14,
    recognitionMinLifetimeValueMinor: { default: 50_000, byCurrency: { JPY: 80_000 } },
    // Reaching out to keep, sell to or thank a customer is promotional; helping with a problem is service.
    purposes: {
      RETENTION_OUTREACH: 'MARKETING',
      PROACTIVE_SUPPORT: 'SERVICE',
      ESCALATE_TO_HUMAN: 'SERVICE',
      SALES_HANDOFF: 'MARKETING',
      RECOGNITION: 'MARKETING',
    },
  },
  confidenceWeights: {
    lifecycleStage: { sales: 0.5, marketing: 0.3, support: 0.2 },
    churnRisk: { marketing: 0.4, support: 0.35, sales: 0.25 },
    lifetimeValue: { sales: 1, marketing: 0.15, support: 0.15 },
    silence: { support: 1, sales: 0.2 },
    resolution: { support: 1 },
    perceptionGap: { support: 1 },
    actionability: { marketing: 0.45, support: 0.3, sales: 0.25 },
    nextBestAction: { marketing: 0.4, support: 0.35, sales: 0.25 },
  },
};

/** The amount for a currency: its own entry, else the default. */
export function amountForCurrency(amount: MinorAmountByCurrency, currency: string): number {
  return amount.byCurrency[currency] ?? amount.default;
}
