import { expect, test, type Page } from '@playwright/test';
import { readFile, stat } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { createBudgetViaApi, docScreenshotPath, expectNoAxeViolations } from './helpers.ts';
import { signInAs } from './helpers/sign-in.ts';

// Exporteren tab (downloads with progress), the Excel round trip back into a scenario, and the
// administrator's catalog import. The catalog test never publishes: that would change the edition
// every later spec in this server run builds on.

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function openExportTab(page: Page, name: string): Promise<string> {
  await signInAs(page, 'advisor');
  const id = await createBudgetViaApi(page, 'GM0310', name);
  await page.goto(`/begrotingen/${id}`);
  await page.getByRole('link', { name: 'Exporteren' }).click();
  await expect(page).toHaveURL(new RegExp(`/begrotingen/${id}/exporteren$`));
  await expect(page.getByRole('heading', { level: 2, name: 'Exporteren' })).toBeVisible();
  return id;
}

async function download(page: Page, button: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), path, size: (await stat(path)).size };
}

/** Sets the value next to a label in column A of a sheet (the export's layout of Uitgangspunten). */
async function editCell(
  xlsx: Buffer,
  sheet: string,
  rowLabel: string,
  column: string,
  value: ExcelJS.CellValue,
): Promise<{ buffer: Buffer; cell: string }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  let rowNumber = 0;
  ws.eachRow((row, n) => {
    if (!rowNumber && row.getCell(1).value === rowLabel) rowNumber = n;
  });
  if (!rowNumber) throw new Error(`no row ${rowLabel} in ${sheet}`);
  ws.getCell(`${column}${rowNumber}`).value = value;
  return { buffer: Buffer.from(await wb.xlsx.writeBuffer()), cell: `${sheet}!${column}${rowNumber}` };
}

test('export xlsx and pdf from a budget: server file name, non-empty file, progress announced', async ({ page }) => {
  await openExportTab(page, 'Export e2e');
  await expectNoAxeViolations(page, 'exporteren');

  const xlsx = await download(page, 'Excel (.xlsx) downloaden');
  expect(xlsx.name).toBe('ICT-begroting-De-Bilt-2027-concept.xlsx');
  expect(xlsx.size).toBeGreaterThan(0);
  const status = page.getByTestId('export-status');
  await expect(status).toHaveText(/^ICT-begroting-De-Bilt-2027-concept\.xlsx is gedownload \(\d[\d.]* kB\)\.$/);
  await expect(status).toHaveAttribute('role', 'status');
  await expect(page.getByTestId('export-panel')).toHaveAttribute('aria-busy', 'false');
  // The file really is the workbook with live formulas.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(xlsx.path)) as unknown as ExcelJS.Buffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(
    expect.arrayContaining(['Samenvatting', 'Regels', 'Uitgangspunten']),
  );
  await page.getByTestId('export-panel').screenshot({ path: docScreenshotPath('12-exporteren') });

  const pdf = await download(page, 'PDF-rapport downloaden');
  expect(pdf.name).toBe('ICT-begroting-De-Bilt-2027-concept.pdf');
  expect(pdf.size).toBeGreaterThan(0);
  expect((await readFile(pdf.path)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(status).toHaveText(/ICT-begroting-De-Bilt-2027-concept\.pdf is gedownload/);
  await expectNoAxeViolations(page, 'exporteren na download');
});

test('budget import: change the inhabitants in the exported workbook → preview per cell → new scenario', async ({
  page,
}) => {
  const baseId = await openExportTab(page, 'Import e2e');
  const exported = await readFile((await download(page, 'Excel (.xlsx) downloaden')).path);

  // A cell that cannot be read: error summary naming the cell, nothing imported.
  const broken = await editCell(exported, 'Uitgangspunten', 'Inwoners', 'C', 'heel veel');
  const fileInput = page.getByLabel('Excel-bestand (.xlsx)');
  await fileInput.setInputFiles({ name: 'kapot.xlsx', mimeType: XLSX_TYPE, buffer: broken.buffer });
  await page.getByRole('button', { name: 'Wijzigingen bekijken' }).click();
  const summary = page.getByTestId('error-summary');
  await expect(summary).toContainText('Het bestand kon niet worden ingelezen');
  await expect(summary).toContainText(`${broken.cell}: "heel veel" is geen getal`);
  await expect(summary).toBeFocused();
  await expectNoAxeViolations(page, 'import met onleesbare cel');

  const edited = await editCell(exported, 'Uitgangspunten', 'Inwoners', 'C', 50_000);
  await fileInput.setInputFiles({ name: 'meer-inwoners.xlsx', mimeType: XLSX_TYPE, buffer: edited.buffer });
  await page.getByRole('button', { name: 'Wijzigingen bekijken' }).click();
  const preview = page.getByTestId('import-preview');
  await expect(preview.getByRole('heading', { name: 'Voorbeeld: wijzigingen in meer-inwoners.xlsx' })).toBeVisible();
  await expect(summary).toHaveCount(0);
  const row = preview.getByRole('row', { name: /Inwoners/ });
  await expect(row).toContainText('43.673');
  await expect(row).toContainText('50.000');
  // More inhabitants → at least the first year's total changes.
  const totals = preview.getByRole('table', { name: /Totaal exploitatie per jaar/ });
  await expect(totals.getByRole('row', { name: /^2027/ })).not.toContainText('geen verschil');
  await expectNoAxeViolations(page, 'import voorbeeld');
  await page.getByTestId('budget-import').screenshot({ path: docScreenshotPath('13-import-voorbeeld') });

  await page.getByLabel('Naam van het nieuwe scenario').fill('Meer inwoners');
  await page.getByRole('button', { name: 'Scenario maken' }).click();
  await expect(page).toHaveURL(/\/begrotingen\/[0-9a-f-]{36}$/);
  expect(page.url()).not.toContain(baseId);
  await expect(page.getByText('Scenario: Meer inwoners')).toBeVisible();
  await expect(page.getByText(/50\.000 inwoners/)).toBeVisible();
});

test('catalog import (admin): columns and mapping, a bad row is reported per row and field; hidden for advisors', async ({
  page,
}) => {
  await signInAs(page, 'advisor', '/beheer');
  await expect(page.getByRole('heading', { level: 1, name: 'Beheer' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Catalogus importeren' })).toHaveCount(0);

  await signInAs(page, 'admin', '/beheer');
  const section = page.getByTestId('catalog-import');
  await expect(section.getByRole('heading', { name: 'Catalogus importeren' })).toBeVisible();
  await expectNoAxeViolations(page, 'beheer met catalogusimport');
  const csv =
    '\uFEFFDomein;Ontwikkeling;Omschrijving;Soort;Bedrag\r\nBedrijfsvoering;Cloud;Migratie naar de cloud;Incidenteel;12.500\r\nBedrijfsvoering;Cloud;Onbekende soort;af en toe;1000\r\n';
  await section
    .getByLabel('Bestand (.xlsx of .csv)')
    .setInputFiles({ name: 'catalogus.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await section.getByRole('button', { name: 'Kolommen bekijken' }).click();
  const preview = page.getByTestId('catalog-import-preview');
  await expect(preview.getByRole('heading', { name: /catalogus\.csv: 2 regels/ })).toBeVisible();
  await expect(preview.getByRole('row', { name: /Omschrijving/ })).toContainText('Migratie naar de cloud');
  // The suggested mapping is preselected and can be changed.
  await expect(preview.getByLabel('Domein (verplicht)')).toHaveValue('Domein');
  await expect(preview.getByLabel('Incidenteel/structureel (verplicht)')).toHaveValue('Soort');
  await preview.getByLabel('Bedrag (€)').selectOption('');
  await expect(preview.getByLabel('Bedrag (€)')).toHaveValue('');
  await preview.getByLabel('Bedrag (€)').selectOption('Bedrag');
  await expectNoAxeViolations(page, 'catalogusimport voorbeeld');

  await preview.getByLabel('Naam van de nieuwe editie').fill('E2E import');
  await preview.getByRole('button', { name: 'Importeren als concept-editie' }).click();
  const errors = page.getByTestId('catalog-row-errors');
  await expect(errors).toBeVisible();
  await expect(page.getByTestId('error-summary')).toContainText('er is niets opgeslagen');
  const bad = errors.getByRole('row').filter({ hasText: 'Incidenteel/structureel' });
  await expect(bad).toHaveCount(1);
  await expect(bad.getByRole('cell').first()).toHaveText('3');
  await expect(page.getByTestId('catalog-import-result')).toHaveCount(0);
  await expectNoAxeViolations(page, 'catalogusimport fouten per regel');
  await section.screenshot({ path: docScreenshotPath('14-catalogusimport-fouten') });
});
