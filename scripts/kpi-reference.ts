import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { kpiConfigDocs } from './kpi-reference/config-docs';
import { currentKpiSources, KPI_REFERENCE_FILE, renderKpiReference } from './kpi-reference/render';

// `npm run docs:kpi`: writes docs/kpi-reference.md from lib/kpi (a test fails when it is stale).
const file = path.resolve(__dirname, '..', KPI_REFERENCE_FILE);
writeFileSync(file, renderKpiReference(currentKpiSources(kpiConfigDocs())));
console.log(`Wrote ${KPI_REFERENCE_FILE}`);
