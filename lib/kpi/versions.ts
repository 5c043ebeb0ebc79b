/** The formula version of every KPI; bump one whenever its formula or one of its constants changes. */
export const FORMULA_VERSIONS = {
  lifecycleStage: 'lifecycle-stage/v1',
  churnRisk: 'churn-risk/v1',
  lifetimeValue: 'lifetime-value/v1',
  silence: 'silence/v1',
  resolution: 'resolution/v1',
  perceptionGap: 'perception-gap/v1',
  actionability: 'actionability/v1',
  nextBestAction: 'next-best-action/v1',
};
