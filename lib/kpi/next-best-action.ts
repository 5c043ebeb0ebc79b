import { amountForCurrency, type Department, type DepartmentName, type KpiConfig } from './config';
import { chooseContactChannel } from './contact-channel';
import { latestSignal, SIGNAL_KIND } from './customer-facts';
import type {
  ContactChannel,
  ContactPurpose,
  KpiInputs,
  MarketingInputs,
  SalesInputs,
  SupportInputs,
} from './inputs';
import type { LifecycleStage } from './lifecycle-stage';
import type { LifetimeValue } from './lifetime-value';
import { type KpiFactor, type KpiResult, missingSentence, resultBase } from './result';
import { capitalize, countOf, joinWords } from './text';
import { describeAge, isWithinDays } from './time';

export type NextBestActionKind =
  | 'RETENTION_OUTREACH'
  | 'PROACTIVE_SUPPORT'
  | 'ESCALATE_TO_HUMAN'
  | 'SALES_HANDOFF'
  | 'RECOGNITION'
  | 'NO_ACTION';

export interface Evidence {
  kind: 'SIGNAL' | 'TICKET' | 'ORDER' | 'OPPORTUNITY';
  id: string;
}

export type NextBestActionResult = KpiResult<NextBestActionKind> & {
  /** The department that owns the action; null for NO_ACTION. */
  department: DepartmentName | null;
  /**
   * A reachable channel consented for the action's purpose (config `nextBestAction.purposes`): the
   * preferred one if it qualifies, else the first that does in config order; null when none does.
   */
  channel: ContactChannel | null;
  humanRequired: boolean;
  reason: string;
  evidence: Evidence[];
  /** The rule that matched, `<action>.<condition>`, e.g. 'retention.cancelIntent'. */
  rule: string;
};

/** What the next-best-action rules read besides the department summaries. */
export interface NextBestActionContext {
  stage: LifecycleStage;
  lifetimeValue: LifetimeValue | null;
}

interface Match {
  kind: Exclude<NextBestActionKind, 'NO_ACTION'>;
  department: DepartmentName;
  humanRequired: boolean;
  rule: string;
  /** Clauses saying what was observed. */
  observed: string[];
  evidence: Evidence[];
  factors: KpiFactor[];
}

/** What each action asks for, completed with the channel. */
const ACTION_TEXT: Readonly<Record<Match['kind'], string>> = {
  RETENTION_OUTREACH: 'a person in sales should reach out to keep the customer',
  PROACTIVE_SUPPORT: 'support should reach out before the customer has to write in',
  ESCALATE_TO_HUMAN: 'a human agent should take over the conversation',
  SALES_HANDOFF: 'hand the customer to sales with this research as context',
  RECOGNITION: 'thank and recognise this loyal, high-value customer',
};

function signalFactor(name: string, now: Date, at: Date, what: string): KpiFactor {
  return {
    name,
    input: at.toISOString(),
    contribution: 0,
    note: `${capitalize(what)} ${describeAge(now, at)}.`,
  };
}

function signalEvidence(marketing: MarketingInputs, kind: string): Evidence[] {
  const signal = latestSignal(marketing, kind);
  return signal === null ? [] : [{ kind: 'SIGNAL', id: signal.signalId }];
}

/** 1. Human retention outreach after a fresh cancel intent. */
function retentionOutreach(inputs: KpiInputs, marketing: MarketingInputs, config: KpiConfig): Match | null {
  const at = marketing.lastCancelIntentAt;
  if (at === null || !isWithinDays(inputs.now, at, config.nextBestAction.cancelIntentDays)) return null;
  return {
    kind: 'RETENTION_OUTREACH',
    department: 'SALES',
    humanRequired: true,
    rule: 'retention.cancelIntent',
    observed: [`cancel intent ${describeAge(inputs.now, at)}`],
    evidence: signalEvidence(marketing, SIGNAL_KIND.cancelIntent),
    factors: [signalFactor('lastCancelIntentAt', inputs.now, at, 'cancel intent')],
  };
}

/** 2. Proactive support after checkout friction the customer has not written in about (yet). */
function proactiveSupport(
  inputs: KpiInputs,
  marketing: MarketingInputs,
  support: SupportInputs,
  config: KpiConfig,
): Match | null {
  const { now } = inputs;
  const lastContact = support.lastContactAt;
  // Checkout errors first: they block a purchase and need a person; an abandoned cart only a message.
  const frictions = [
    {
      name: 'lastCheckoutErrorAt',
      at: marketing.lastCheckoutErrorAt,
      kind: SIGNAL_KIND.checkoutError,
      what: 'checkout error',
      rule: 'checkoutError',
    },
    {
      name: 'lastCartAbandonedAt',
      at: marketing.lastCartAbandonedAt,
      kind: SIGNAL_KIND.cartAbandoned,
      what: 'abandoned cart',
      rule: 'cartAbandoned',
    },
  ].flatMap(({ at, ...friction }) =>
    at !== null &&
    isWithinDays(now, at, config.nextBestAction.frictionSignalDays) &&
    (lastContact === null || lastContact < at)
      ? [{ ...friction, at }]
      : [],
  );
  const first = frictions[0];
  if (first === undefined) return null;
  return {
    kind: 'PROACTIVE_SUPPORT',
    department: 'SUPPORT',
    humanRequired: frictions.some((friction) => friction.kind === SIGNAL_KIND.checkoutError),
    rule: `proactiveSupport.${first.rule}`,
    observed: [
      `${joinWords(frictions.map((friction) => `${friction.what} ${describeAge(now, friction.at)}`))} with no support contact since`,
    ],
    evidence: frictions.flatMap((friction) => signalEvidence(marketing, friction.kind)),
    factors: frictions.map((friction) => signalFactor(friction.name, now, friction.at, friction.what)),
  };
}

/** 3. Escalate to a human after repeat contacts, a failed bot conversation or a low CSAT. */
function escalateToHuman(inputs: KpiInputs, support: SupportInputs, config: KpiConfig): Match | null {
  const { now } = inputs;
  const c = config.nextBestAction;
  const handoff = support.keyTickets.find(
    (ticket) => ticket.botToHumanHandoff && isWithinDays(now, ticket.openedAt, c.escalationDays),
  );
  const csat = support.lastCsat;
  const lowCsat =
    csat !== null &&
    csat <= config.lowCsatMaxScore &&
    isWithinDays(now, support.lastCsatAt, c.escalationDays);
  const reasons = [
    support.repeatContactCount90d >= c.escalationRepeatContacts && {
      rule: 'escalation.repeatContacts',
      clause: `${countOf(support.repeatContactCount90d, 'repeat contact')} in 90 days`,
      factor: { name: 'repeatContactCount90d', input: String(support.repeatContactCount90d) },
    },
    handoff !== undefined && {
      rule: 'escalation.botHandoff',
      clause: `a bot handed ticket ${handoff.ticketId} to a human (opened ${describeAge(now, handoff.openedAt)})`,
      factor: { name: 'botToHumanHandoff', input: handoff.ticketId },
    },
    lowCsat && {
      rule: 'escalation.lowCsat',
      clause: `last CSAT ${csat} within ${c.escalationDays} days`,
      factor: { name: 'lastCsat', input: String(csat) },
    },
  ].flatMap((reason) => (reason === false ? [] : [reason]));
  const first = reasons[0];
  if (first === undefined) return null;
  return {
    kind: 'ESCALATE_TO_HUMAN',
    department: 'SUPPORT',
    humanRequired: true,
    rule: first.rule,
    observed: reasons.map((reason) => reason.clause),
    // The human needs the whole recent story: every recent or still open ticket, newest first.
    evidence: support.keyTickets.map((ticket): Evidence => ({ kind: 'TICKET', id: ticket.ticketId })),
    factors: reasons.map((reason) => ({
      ...reason.factor,
      contribution: 0,
      note: `${capitalize(reason.clause)}.`,
    })),
  };
}

/** 4. Sales handoff after fresh pricing, product or competitor research. */
function salesHandoff(
  inputs: KpiInputs,
  marketing: MarketingInputs,
  sales: SalesInputs | null,
  config: KpiConfig,
): Match | null {
  const { now } = inputs;
  const research = [
    {
      name: 'lastPricingViewAt',
      at: marketing.lastPricingViewAt,
      kind: SIGNAL_KIND.pricingView,
      what: 'pricing view',
    },
    {
      name: 'lastProductResearchAt',
      at: marketing.lastProductResearchAt,
      kind: SIGNAL_KIND.productResearch,
      what: 'product research',
    },
    {
      name: 'lastCompetitorComparisonAt',
      at: marketing.lastCompetitorComparisonAt,
      kind: SIGNAL_KIND.competitorComparison,
      what: 'competitor comparison',
    },
  ].flatMap(({ at, ...signal }) =>
    at !== null && isWithinDays(now, at, config.nextBestAction.researchDays) ? [{ ...signal, at }] : [],
  );
  if (research.length === 0) return null;
  const kinds = research.map((signal) => signal.kind);
  const opportunities = sales?.openOpportunityIds ?? [];
  return {
    kind: 'SALES_HANDOFF',
    department: 'SALES',
    humanRequired: true,
    rule: 'salesHandoff.research',
    observed: [
      joinWords(research.map((signal) => `${signal.what} ${describeAge(now, signal.at)}`)) +
        (opportunities.length > 0
          ? ` (${countOf(opportunities.length, 'open opportunity', 'open opportunities')})`
          : ''),
    ],
    evidence: [
      // keySignals are most recent first, so the evidence is too.
      ...marketing.keySignals
        .filter((signal) => kinds.includes(signal.kind))
        .map((signal): Evidence => ({ kind: 'SIGNAL', id: signal.signalId })),
      ...opportunities.map((id): Evidence => ({ kind: 'OPPORTUNITY', id })),
    ],
    factors: research.map((signal) => signalFactor(signal.name, now, signal.at, signal.what)),
  };
}

/** 5. Recognition for loyal, high-value customers. */
function recognition(context: NextBestActionContext, config: KpiConfig): Match | null {
  const value = context.lifetimeValue;
  if (context.stage !== 'LOYAL' || value === null) return null;
  const threshold = amountForCurrency(config.nextBestAction.recognitionMinLifetimeValueMinor, value.currency);
  if (value.totalMinor < threshold) return null;
  return {
    kind: 'RECOGNITION',
    department: 'MARKETING',
    humanRequired: false,
    rule: 'recognition.loyalHighValue',
    observed: [
      `LOYAL with a lifetime value of ${value.totalMinor} ${value.currency} minor units (at least ${threshold})`,
    ],
    // The sales summary carries no order ids; the stage and the value are the evidence.
    evidence: [],
    factors: [
      { name: 'lifecycleStage', input: context.stage, contribution: 0, note: 'The customer is LOYAL.' },
      {
        name: 'lifetimeValueTotalMinor',
        input: String(value.totalMinor),
        contribution: 0,
        note: `Lifetime value at least ${threshold} ${value.currency} minor units.`,
      },
    ],
  };
}

/** The rules in order; each names the departments it needs, and is skipped when one is unavailable. */
function firstMatch(inputs: KpiInputs, config: KpiConfig, context: NextBestActionContext): Match | null {
  const { marketing, sales, support } = inputs;
  const rules: { needs: Department[]; evaluate: () => Match | null }[] = [
    { needs: ['marketing'], evaluate: () => marketing && retentionOutreach(inputs, marketing, config) },
    {
      needs: ['marketing', 'support'],
      evaluate: () => marketing && support && proactiveSupport(inputs, marketing, support, config),
    },
    { needs: ['support'], evaluate: () => support && escalateToHuman(inputs, support, config) },
    { needs: ['marketing'], evaluate: () => marketing && salesHandoff(inputs, marketing, sales, config) },
    { needs: ['sales'], evaluate: () => (sales === null ? null : recognition(context, config)) },
  ];
  for (const rule of rules) {
    if (rule.needs.some((department) => inputs[department] === null)) continue;
    const match = rule.evaluate();
    if (match !== null) return match;
  }
  return null;
}

function channelSentence(
  match: Match,
  inputs: KpiInputs,
  purpose: ContactPurpose,
  channel: ContactChannel | null,
): string {
  const action = ACTION_TEXT[match.kind];
  if (inputs.marketing === null) return `${action}, but consent is unknown, so no channel can be chosen`;
  if (channel === null)
    return `${action}, but no reachable channel with a ${purpose} consent is known, so do not contact them unprompted`;
  const preferred = inputs.marketing.preferredChannel === channel ? ' (their preferred channel)' : '';
  return `${action}, via ${channel}${preferred}`;
}

/** The next best action: the first of a small ordered rule set over the most recent signals. */
export function computeNextBestAction(
  inputs: KpiInputs,
  config: KpiConfig,
  context: NextBestActionContext,
): NextBestActionResult {
  const base = resultBase('nextBestAction', inputs, config, ['marketing', 'sales', 'support']);
  const skipped = missingSentence(base.missing, 'so rules that need that data were skipped');
  const match = firstMatch(inputs, config, context);
  if (match === null) {
    const reason = 'No fresh signal calls for contact: silence is success.';
    return {
      ...base,
      value: 'NO_ACTION',
      department: null,
      channel: null,
      humanRequired: false,
      reason,
      evidence: [],
      rule: 'noAction.silence',
      explanation: `${reason}${skipped}`,
      factors: [],
    };
  }
  const purpose = config.nextBestAction.purposes[match.kind];
  const channel =
    inputs.marketing === null
      ? null
      : chooseContactChannel(purpose, inputs.customer, inputs.marketing, config);
  const reason = `${capitalize(match.observed.join('; '))}: ${channelSentence(match, inputs, purpose, channel)}.`;
  return {
    ...base,
    value: match.kind,
    department: match.department,
    channel,
    humanRequired: match.humanRequired,
    reason,
    evidence: match.evidence,
    rule: match.rule,
    explanation: `${reason}${skipped}`,
    factors: [
      ...match.factors,
      {
        name: 'channel',
        input: channel,
        contribution: 0,
        note:
          channel === null
            ? `No reachable channel with a ${purpose} consent.`
            : `Reachable, with a ${purpose} consent: ${channel}.`,
      },
    ],
  };
}
