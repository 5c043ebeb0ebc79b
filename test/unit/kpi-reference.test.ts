import { KPI_CONFIG, KPI_DEFINITIONS } from '../../lib/kpi';
import { kpiConfigDocs } from '../../scripts/kpi-reference/config-docs';
import {
  currentKpiSources,
  KPI_REFERENCE_FILE,
  renderKpiReference,
} from '../../scripts/kpi-reference/render';
import { expectCommittedFile } from '../helpers/generated-file';

describe('KPI reference (docs/kpi-reference.md)', () => {
  const sources = currentKpiSources(kpiConfigDocs());

  it('should be committed exactly as lib/kpi generates it', () => {
    expectCommittedFile(KPI_REFERENCE_FILE, renderKpiReference(sources), 'npm run docs:kpi');
  });

  it('should give every KPI its formula version and every setting its value and meaning', () => {
    const reference = renderKpiReference(sources);
    for (const definition of KPI_DEFINITIONS) {
      expect(reference).toContain(
        `## ${definition.name}\n\nFormula version \`${definition.formulaVersion}\``,
      );
    }
    expect(reference).toContain(
      `| \`churnRisk.cancelIntentWeight\` | ${KPI_CONFIG.churnRisk.cancelIntentWeight} | Added for a cancel intent within \`signalDays\`. |`,
    );
    expect(reference).toContain(
      `| \`actionability.weights.CURRENT_INTENT\` | ${KPI_CONFIG.actionability.weights.CURRENT_INTENT} | Weight of each input; they sum to 1. |`,
    );
    expect(reference).not.toMatch(/\| [^|]+ \| [^|]+ \| {2}\|\n/); // no setting without a meaning
  });

  it('should change when a setting changes, so the reference cannot drift from the config', () => {
    const changed = renderKpiReference({
      ...sources,
      config: { ...KPI_CONFIG, churnRisk: { ...KPI_CONFIG.churnRisk, cancelIntentWeight: 0.5 } },
    });
    expect(changed).toContain('| `churnRisk.cancelIntentWeight` | 0.5 |');
    expect(changed).not.toBe(renderKpiReference(sources));
  });
});
