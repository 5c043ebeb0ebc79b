import { computeCustomerKpis, DEPARTMENT_NAMES, type CustomerKpis as KpiValues } from '../../../lib/kpi';
import type { KpiResult } from '../../../lib/kpi/result';
import type { CustomerKpis } from './__generated__/resolvers-types';
import { kpiInputsOf } from './kpi-inputs';
import type { CustomerModel } from './models';

/** The parts every KPI shares, with the departments that did not answer named as in the schema's enum. */
function common<T>(result: KpiResult<T>) {
  return {
    formulaVersion: result.formulaVersion,
    computedAt: result.computedAt,
    explanation: result.explanation,
    factors: result.factors,
    missing: result.missing.map((department) => DEPARTMENT_NAMES[department]),
    confidence: result.confidence,
  };
}

/** The KPI module's results in the schema's shape. */
export function toGraphQLKpis(kpis: KpiValues): CustomerKpis {
  const { actionability, nextBestAction, resolution } = kpis;
  return {
    lifecycleStage: {
      ...common(kpis.lifecycleStage),
      value: kpis.lifecycleStage.value,
      rule: kpis.lifecycleStage.rule,
    },
    churnRisk: { ...common(kpis.churnRisk), value: kpis.churnRisk.value },
    lifetimeValue: { ...common(kpis.lifetimeValue), value: kpis.lifetimeValue.value },
    silence: { ...common(kpis.silence), value: kpis.silence.value },
    resolution: { ...common(resolution), ...resolution.value },
    perceptionGap: { ...common(kpis.perceptionGap), value: kpis.perceptionGap.value },
    actionability: {
      ...common(actionability),
      value: actionability.value,
      actionable: actionability.actionable,
      present: actionability.present,
      absent: actionability.absent,
      unavailableDepartments: actionability.unavailableDepartments,
      // The issue's `actionability.missing`: what a person would need and does not have.
      missing: actionability.absent,
    },
    nextBestAction: {
      ...common(nextBestAction),
      action: nextBestAction.value,
      department: nextBestAction.department,
      channel: nextBestAction.channel,
      humanRequired: nextBestAction.humanRequired,
      reason: nextBestAction.reason,
      evidence: nextBestAction.evidence,
      rule: nextBestAction.rule,
    },
  };
}

/** The live KPIs of a customer from the department summaries the gateway sent along with it. */
export function customerKpis(customer: CustomerModel, now = new Date()): CustomerKpis {
  return toGraphQLKpis(computeCustomerKpis(kpiInputsOf(customer, now)));
}
