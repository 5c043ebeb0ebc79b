import { DEPARTMENT_NAMES, type DepartmentName, type KpiConfig } from './config';
import { reachableConsentedChannels } from './contact-channel';
import { isOpenTicketStatus } from './customer-facts';
import type { KpiInputs } from './inputs';
import type { LifecycleEvaluation } from './lifecycle-stage';
import { roundTo } from './numbers';
import { type KpiFactor, type KpiResult, missingSentence, resultBase } from './result';
import { countOf } from './text';
import { isoOrNull, isWithinDays } from './time';

export type ActionabilityInput =
  | 'CONSENTED_CONTACT_POINT'
  | 'PREFERRED_CHANNEL'
  | 'CURRENT_INTENT'
  | 'FRICTION_STATE'
  | 'LIFECYCLE_STAGE';

export type ActionabilityResult = KpiResult<number> & {
  /** score ≥ the threshold. */
  actionable: boolean;
  present: ActionabilityInput[];
  absent: ActionabilityInput[];
  /** Departments that were down; their inputs count as absent. */
  unavailableDepartments: DepartmentName[];
};

const ORDER: readonly ActionabilityInput[] = [
  'CONSENTED_CONTACT_POINT',
  'PREFERRED_CHANNEL',
  'CURRENT_INTENT',
  'FRICTION_STATE',
  'LIFECYCLE_STAGE',
];

const LABELS: Readonly<Record<ActionabilityInput, string>> = {
  CONSENTED_CONTACT_POINT: 'a consented, reachable contact point',
  PREFERRED_CHANNEL: 'a known preferred channel',
  CURRENT_INTENT: 'current intent',
  FRICTION_STATE: 'a known friction state',
  LIFECYCLE_STAGE: 'a determinable lifecycle stage',
};

interface Check {
  present: boolean;
  input: string | null;
  note: string;
}

function contactPoint(inputs: KpiInputs, config: KpiConfig): Check {
  if (inputs.marketing === null)
    return { present: false, input: null, note: 'Marketing unavailable: consent unknown.' };
  const usable = reachableConsentedChannels(inputs.customer, inputs.marketing, config);
  return usable.length > 0
    ? { present: true, input: usable.join(','), note: `Consented and reachable on ${usable.join(', ')}.` }
    : { present: false, input: null, note: 'No consented channel the customer can be reached on.' };
}

function preferredChannel(inputs: KpiInputs): Check {
  const preferred = inputs.marketing?.preferredChannel ?? null;
  return preferred === null
    ? { present: false, input: null, note: 'Preferred channel unknown.' }
    : { present: true, input: preferred, note: `Prefers ${preferred}.` };
}

/**
 * The newest of: an engagement (an unsubscribe is no intent to act on), an open opportunity's update,
 * an open ticket opened or written to, within the window.
 */
function currentIntent(inputs: KpiInputs, config: KpiConfig): Check {
  const { now, marketing, sales, support } = inputs;
  const days = config.actionability.intentDays;
  const openTicket = support?.keyTickets.find(
    (ticket) => isOpenTicketStatus(ticket.status, config) && isWithinDays(now, ticket.openedAt, days),
  );
  const candidates: { at: Date | null; what: string }[] = [
    { at: marketing?.lastEngagedAt ?? null, what: 'an engagement' },
    {
      at: sales !== null && sales.openOpportunityCount > 0 ? sales.lastOpportunityActivityAt : null,
      what: 'an open opportunity update',
    },
    { at: openTicket?.openedAt ?? null, what: 'an open ticket opened' },
    {
      at: support !== null && support.openTicketCount > 0 ? support.lastContactAt : null,
      what: 'a contact while a ticket is open',
    },
  ];
  let newest: { at: Date; what: string } | null = null;
  for (const { at, what } of candidates) {
    if (at !== null && isWithinDays(now, at, days) && (newest === null || at > newest.at))
      newest = { at, what };
  }
  return newest === null
    ? {
        present: false,
        input: null,
        note: `No engagement, open opportunity update or open ticket within ${days} days.`,
      }
    : { present: true, input: newest.at.toISOString(), note: `Latest: ${newest.what} within ${days} days.` };
}

/** Fresh: support answered, and either the customer contacted it within the window or nothing is open. */
function frictionState(inputs: KpiInputs, config: KpiConfig): Check {
  const { now, support } = inputs;
  const days = config.actionability.frictionContactDays;
  if (support === null)
    return { present: false, input: null, note: 'Support unavailable: friction state unknown.' };
  if (isWithinDays(now, support.lastContactAt, days)) {
    return {
      present: true,
      input: isoOrNull(support.lastContactAt),
      note: `Last support contact within ${days} days.`,
    };
  }
  return support.openTicketCount === 0
    ? { present: true, input: '0', note: 'No open ticket.' }
    : {
        present: false,
        input: String(support.openTicketCount),
        note: `${countOf(support.openTicketCount, 'open ticket')} but no contact within ${days} days: the state may be stale.`,
      };
}

function lifecycleStage(lifecycle: Pick<LifecycleEvaluation, 'stage' | 'determinable'>): Check {
  return lifecycle.determinable
    ? { present: true, input: lifecycle.stage, note: 'No unavailable department could change the stage.' }
    : { present: false, input: lifecycle.stage, note: 'An unavailable department could change the stage.' };
}

/** How much of what a human needs to act now is present and fresh, 0–1. */
export function computeActionability(
  inputs: KpiInputs,
  config: KpiConfig,
  lifecycle: Pick<LifecycleEvaluation, 'stage' | 'determinable'>,
): ActionabilityResult {
  const c = config.actionability;
  const checks: Record<ActionabilityInput, Check> = {
    CONSENTED_CONTACT_POINT: contactPoint(inputs, config),
    PREFERRED_CHANNEL: preferredChannel(inputs),
    CURRENT_INTENT: currentIntent(inputs, config),
    FRICTION_STATE: frictionState(inputs, config),
    LIFECYCLE_STAGE: lifecycleStage(lifecycle),
  };
  const present = ORDER.filter((input) => checks[input].present);
  const absent = ORDER.filter((input) => !checks[input].present);
  const value = roundTo(
    present.reduce((sum, input) => sum + c.weights[input], 0),
    2,
  );
  const actionable = value >= c.threshold;
  const base = resultBase('actionability', inputs, config, ['marketing', 'sales', 'support']);
  const factors = ORDER.map(
    (input): KpiFactor => ({
      name: input,
      input: checks[input].input,
      contribution: checks[input].present ? c.weights[input] : 0,
      note: checks[input].note,
    }),
  );
  const list = (inputs: readonly ActionabilityInput[]) =>
    inputs.length === 0 ? 'none' : inputs.map((input) => LABELS[input]).join(', ');
  return {
    ...base,
    value,
    actionable,
    present,
    absent,
    unavailableDepartments: base.missing.map((department) => DEPARTMENT_NAMES[department]),
    explanation:
      `Actionability ${value} (${actionable ? 'actionable' : 'not actionable'}, threshold ${c.threshold}); ` +
      `present: ${list(present)}; absent: ${list(absent)}.` +
      missingSentence(base.missing, 'so inputs from that data count as absent'),
    factors,
  };
}
