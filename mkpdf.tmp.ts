import { writeFileSync } from 'node:fs';
import { calculate } from '@app/engine';
import { buildBudgetPdf } from './packages/export/src/pdf/render.ts';
import { seedInput } from './packages/export/src/testing/sample.ts';
const s = seedInput({ inhabitants: 971, employees: 10, departments: 1 })!;
const result = calculate(s.input);
const pdf = await buildBudgetPdf({ input: s.input, result, meta: { ...s.meta, municipalityName: 'Schiermonnikoog' } });
writeFileSync('/tmp/schier.pdf', pdf);
