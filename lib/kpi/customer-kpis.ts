import { type ActionabilityResult, computeActionability } from './actionability';
import { type ChurnRiskResult, computeChurnRisk } from './churn-risk';
import { KPI_CONFIG, type KpiConfig } from './config';
import type { KpiInputs } from './inputs';
import { computeLifecycleStage, evaluateLifecycleStage, type LifecycleStageResult } from './lifecycle-stage';
import { computeLifetimeValue, type LifetimeValueResult } from './lifetime-value';
import { computeNextBestAction, type NextBestActionResult } from './next-best-action';
import { computePerceptionGap, type PerceptionGapResult } from './perception-gap';
import { computeResolution, type ResolutionResult } from './resolution';
import { computeSilence, type SilenceResult } from './silence';

export interface CustomerKpis {
  lifecycleStage: LifecycleStageResult;
  churnRisk: ChurnRiskResult;
  lifetimeValue: LifetimeValueResult;
  silence: SilenceResult;
  resolution: ResolutionResult;
  perceptionGap: PerceptionGapResult;
  actionability: ActionabilityResult;
  nextBestAction: NextBestActionResult;
}

/** Every shared lifecycle KPI of one customer. Pure: the same inputs always give the same result. */
export function computeCustomerKpis(inputs: KpiInputs, config: KpiConfig = KPI_CONFIG): CustomerKpis {
  const evaluation = evaluateLifecycleStage(inputs, config);
  const lifecycleStage = computeLifecycleStage(inputs, config, evaluation);
  const churnRisk = computeChurnRisk(inputs, config);
  const lifetimeValue = computeLifetimeValue(inputs, config, churnRisk);
  return {
    lifecycleStage,
    churnRisk,
    lifetimeValue,
    silence: computeSilence(inputs, config),
    resolution: computeResolution(inputs, config),
    perceptionGap: computePerceptionGap(inputs, config),
    actionability: computeActionability(inputs, config, evaluation),
    nextBestAction: computeNextBestAction(inputs, config, {
      stage: lifecycleStage.value,
      lifetimeValue: lifetimeValue.value,
    }),
  };
}
