import { Kind } from 'graphql';
import { loadSchema, loadSchemaText } from '../../lib/graphql/load-schema';
import { FORMULA_VERSIONS } from '../../lib/kpi';

const STATED_VERSION = /Formula version: ([a-z-]+\/v\d+)\./;

/** Each field of `type` in the customers SDL whose description states a formula version, with that version. */
function statedVersions(type: string): Record<string, string> {
  const definition = loadSchema('customers').definitions.find(
    (node) => node.kind === Kind.OBJECT_TYPE_DEFINITION && node.name.value === type,
  );
  if (definition?.kind !== Kind.OBJECT_TYPE_DEFINITION)
    throw new Error(`${type} is not in the customers SDL`);
  return Object.fromEntries(
    (definition.fields ?? []).flatMap((field) => {
      const version = STATED_VERSION.exec(field.description?.value ?? '')?.[1];
      return version ? [[field.name.value, version]] : [];
    }),
  );
}

describe('KPI formula versions in the customers SDL', () => {
  it('should state the current formula version in the description of every CustomerKpis field', () => {
    expect(statedVersions('CustomerKpis')).toEqual(FORMULA_VERSIONS);
  });

  it('should state the current formula version in the description of every KPI column of the BI rows', () => {
    expect(statedVersions('LifecycleKpiRow')).toEqual({
      actionableShare: FORMULA_VERSIONS.actionability,
      averageClvMinor: FORMULA_VERSIONS.lifetimeValue,
      medianClvMinor: FORMULA_VERSIONS.lifetimeValue,
      p90ClvMinor: FORMULA_VERSIONS.lifetimeValue,
      averageChurnRisk: FORMULA_VERSIONS.churnRisk,
      averageSilence: FORMULA_VERSIONS.silence,
      averagePerceptionGap: FORMULA_VERSIONS.perceptionGap,
      medianResolutionHours: FORMULA_VERSIONS.resolution,
    });
  });

  it('should name no version of a KPI formula but the current one anywhere in the customers SDL', () => {
    const sdl = loadSchemaText('customers');
    const stale = Object.values(FORMULA_VERSIONS).flatMap((current) => {
      const formula = current.replace(/\/v\d+$/, '');
      return [...sdl.matchAll(new RegExp(`\\b${formula}/v\\d+`, 'g'))]
        .map(([mention]) => mention)
        .filter((mention) => mention !== current);
    });
    expect(stale).toEqual([]);
  });
});
