import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import type { BudgetExportInput } from '../meta.ts';
import type { AmendmentResponse } from '@app/schemas';
import { amendmentDocument } from './amendment-document.ts';
import { budgetDocument } from './document.ts';

const require = createRequire(import.meta.url);

type PdfMake = typeof import('pdfmake');

let instance: PdfMake | null = null;

/**
 * pdfmake is a CommonJS singleton; configure it once: the Roboto fonts that ship in the package,
 * no URL fetching at all and local file access only to the font directory (a document can then
 * never read other files from the server).
 */
function pdfmake(): PdfMake {
  if (instance) return instance;
  const pm = require('pdfmake') as PdfMake;
  const fontsFile = require.resolve('pdfmake/fonts/Roboto.js');
  const fontDir = dirname(fontsFile);
  pm.setFonts(require(fontsFile) as PdfMake['fonts']);
  pm.setUrlAccessPolicy(() => false);
  pm.setLocalAccessPolicy((path: string) => path.startsWith(fontDir));
  instance = pm;
  return pm;
}

/** The budget report as PDF bytes: cover, summary with charts, per-domain tables, assumptions, overrides. */
export async function buildBudgetPdf(data: BudgetExportInput): Promise<Buffer> {
  const doc = pdfmake().createPdf(budgetDocument(data));
  return doc.getBuffer();
}

/** The begrotingswijziging as PDF bytes (one landscape table for the council). */
export async function buildAmendmentPdf(
  data: AmendmentResponse,
  meta: { municipalityName: string; generatedAt: string | Date },
): Promise<Buffer> {
  return pdfmake().createPdf(amendmentDocument(data, meta)).getBuffer();
}
