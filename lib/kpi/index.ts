export {
  type ActionabilityInput,
  type ActionabilityResult,
  computeActionability,
} from './actionability';
export { type ChurnRiskResult, computeChurnRisk } from './churn-risk';
export {
  amountForCurrency,
  type ConfidenceWeights,
  DEPARTMENT_NAMES,
  type Department,
  type DepartmentName,
  KPI_CONFIG,
  type KpiConfig,
  type MinorAmountByCurrency,
} from './config';
export {
  chooseContactChannel,
  isReachable,
  reachableChannelsFor,
  reachableConsentedChannels,
} from './contact-channel';
export { type CustomerKpis, computeCustomerKpis } from './customer-kpis';
export { KPI_DEFINITIONS, type KpiDefinition, kpiDefinitions } from './definitions';
export type {
  ContactChannel,
  ContactPurpose,
  CustomerInputs,
  KeySignal,
  KeyTicket,
  KpiInputs,
  MarketingInputs,
  SalesInputs,
  SupportInputs,
} from './inputs';
export {
  computeLifecycleStage,
  evaluateLifecycleStage,
  type LifecycleClause,
  type LifecycleEvaluation,
  type LifecycleStage,
  type LifecycleStageResult,
} from './lifecycle-stage';
export {
  computeLifetimeValue,
  type LifetimeValue,
  type LifetimeValueResult,
  mainCurrency,
} from './lifetime-value';
export {
  computeNextBestAction,
  type Evidence,
  type NextBestActionContext,
  type NextBestActionKind,
  type NextBestActionResult,
} from './next-best-action';
export { computePerceptionGap, type PerceptionGapResult } from './perception-gap';
export { computeResolution, type Resolution, type ResolutionResult } from './resolution';
export type { KpiFactor, KpiResult } from './result';
export { computeSilence, type SilenceResult, subscriptionMonthsInWindow } from './silence';
export { FORMULA_VERSIONS } from './versions';
