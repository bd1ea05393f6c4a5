import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb, type TestDbHandle } from '@app/db/testing';
import { makeXlsx, multipartBody } from '@app/export/testing';
import { buildApp, type App } from '../src/app.ts';
import { signIn, type AuthHeaders } from './helpers/auth.ts';

let handle: TestDbHandle;
let app: App;
let admin: AuthHeaders;

beforeAll(async () => {
  handle = await openTestDb();
  app = await buildApp({ db: handle });
  await app.ready();
  admin = await signIn(app, 'admin');
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

const HEADER = [
  'Domein',
  'Ontwikkeling',
  'Omschrijving',
  'Soort',
  'Bedrag (€)',
  'Uren per week',
  'Schaal',
  'Aantal',
  'Prijs per eenheid',
];

async function upload(content: Buffer, name: string, headers: AuthHeaders = admin) {
  const body = multipartBody({ name, content });
  return app.inject({
    method: 'POST',
    url: '/api/catalog/imports',
    payload: body.payload,
    headers: { ...headers, ...body.headers },
  });
}

async function scales(): Promise<string[]> {
  const ref = await app.inject({ method: 'GET', url: '/api/reference-data' });
  return Object.keys(ref.json().defaultAssumptions.salaryTable.scales);
}

describe('catalog import (admin)', () => {
  it('upload → preview with suggested mapping → commit → draft edition → publish', async () => {
    const scale = (await scales())[0]!;
    const xlsx = await makeXlsx('Begroting', [
      ['ICT-begroting Modelgemeente (download)'],
      HEADER,
      [
        'Fysiek domein',
        'Energietransitie',
        'Dashboard ontwikkelen energietransitie',
        'Incidenteel',
        5000,
        null,
        null,
        null,
        null,
      ],
      [
        'Dienstverlening',
        'Van buiten naar binnen',
        'Coördinator klantreizen',
        'Structureel',
        null,
        16,
        scale,
        null,
        null,
      ],
      [
        'Dienstverlening',
        'Van buiten naar binnen',
        'Licenties klantreistool',
        'Structureel',
        null,
        null,
        null,
        100,
        120,
      ],
    ]);
    const res = await upload(xlsx, 'modelgemeente.xlsx');
    expect(res.statusCode).toBe(201);
    const preview = res.json();
    expect(preview.rowCount).toBe(3);
    expect(preview.sheet).toBe('Begroting');
    expect(preview.columns[0]).toEqual({
      header: 'Domein',
      samples: ['Fysiek domein', 'Dienstverlening', 'Dienstverlening'],
    });
    expect(preview.suggestedMapping).toMatchObject({
      domain: 'Domein',
      development: 'Ontwikkeling',
      description: 'Omschrijving',
      kind: 'Soort',
      amount: 'Bedrag (€)',
      salaryScale: 'Schaal',
    });

    const commit = await app.inject({
      method: 'POST',
      url: `/api/catalog/imports/${preview.id}/commit`,
      headers: admin,
      payload: { mapping: preview.suggestedMapping, editionName: 'Import test 2026' },
    });
    expect(commit.statusCode).toBe(201);
    const { edition, counts } = commit.json();
    expect(edition.status).toBe('draft');
    expect(counts).toEqual({ domains: 2, developments: 2, lines: 3 });

    // The draft is visible to its administrator only.
    expect((await app.inject({ method: 'GET', url: `/api/catalog/editions/${edition.id}` })).statusCode).toBe(404);
    const detail = await app.inject({ method: 'GET', url: `/api/catalog/editions/${edition.id}`, headers: admin });
    expect(detail.statusCode).toBe(200);
    const lines = detail
      .json()
      .domains.flatMap((d: { developments: { lines: unknown[] }[] }) => d.developments.flatMap((dev) => dev.lines));
    expect(lines).toHaveLength(3);
    expect(lines.map((l: { provenance: string }) => l.provenance)).toEqual(['imported', 'imported', 'imported']);
    expect(lines.find((l: { description: string }) => l.description.startsWith('Dashboard')).amountCents).toBe(500_000);

    const publish = await app.inject({
      method: 'POST',
      url: `/api/catalog/editions/${edition.id}/publish`,
      headers: admin,
    });
    expect(publish.statusCode).toBe(200);
    expect(publish.json().status).toBe('published');
    const again = await app.inject({
      method: 'POST',
      url: `/api/catalog/editions/${edition.id}/publish`,
      headers: admin,
    });
    expect(again.statusCode).toBe(409);
    // The preview is used up.
    const reuse = await app.inject({
      method: 'POST',
      url: `/api/catalog/imports/${preview.id}/commit`,
      headers: admin,
      payload: { mapping: preview.suggestedMapping, editionName: 'Nog een' },
    });
    expect(reuse.statusCode).toBe(404);
  });

  it('bad rows: 400 with row numbers and field names, nothing written', async () => {
    const before = (await app.inject({ method: 'GET', url: '/api/catalog/editions' })).json().length;
    const xlsx = await makeXlsx('Blad1', [
      HEADER,
      ['Bedrijfsvoering', 'Cloud', 'Goede regel', 'Incidenteel', 1000, null, null, null, null],
      ['Bedrijfsvoering', 'Cloud', 'Onbekende soort', 'af en toe', 1000, null, null, null, null],
      ['Bedrijfsvoering', 'Cloud', 'Tekst als bedrag', 'Incidenteel', 'duizend', null, null, null, null],
      ['Bedrijfsvoering', null, 'Zonder ontwikkeling', 'Structureel', 10, null, null, null, null],
      ['Bedrijfsvoering', 'Cloud', 'Schaal bestaat niet', 'Structureel', null, 8, 'ZZ', null, null],
    ]);
    const preview = (await upload(xlsx, 'fout.xlsx')).json();
    const commit = await app.inject({
      method: 'POST',
      url: `/api/catalog/imports/${preview.id}/commit`,
      headers: admin,
      payload: { mapping: preview.suggestedMapping, editionName: 'Foute import' },
    });
    expect(commit.statusCode).toBe(400);
    const error = commit.json().error;
    expect(error.code).toBe('VALIDATION_ERROR');
    expect(error.message).toContain('3, 4, 5, 6');
    expect(error.fields.map((f: { path: string }) => f.path)).toEqual([
      'rows.3.kind',
      'rows.4.amount',
      'rows.5.development',
      'rows.6.salaryScale',
    ]);
    expect((await app.inject({ method: 'GET', url: '/api/catalog/editions' })).json().length).toBe(before);
  });

  it('CSV upload works; unreadable files and non-admins are refused', async () => {
    const csv = Buffer.from(
      '\uFEFFDomein;Ontwikkeling;Omschrijving;Soort;Bedrag\r\nBedrijfsvoering;Cloud;Migratie;Incidenteel;12.500\r\n',
      'utf8',
    );
    const ok = await upload(csv, 'lijst.csv');
    expect(ok.statusCode).toBe(201);
    expect(ok.json().suggestedMapping.amount).toBe('Bedrag');
    const bad = await upload(Buffer.from('PK\u0003\u0004kapot'), 'kapot.xlsx');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields[0].path).toBe('body.file');
    const pdf = await upload(Buffer.from('%PDF-1.4'), 'begroting.pdf');
    expect(pdf.statusCode).toBe(400);
    const advisor = await signIn(app, 'advisor');
    const forbidden = await upload(csv, 'lijst.csv', advisor);
    expect(forbidden.statusCode).toBe(403);
    const missingMapping = await app.inject({
      method: 'POST',
      url: `/api/catalog/imports/${ok.json().id}/commit`,
      headers: admin,
      payload: { mapping: {}, editionName: 'Leeg' },
    });
    expect(missingMapping.statusCode).toBe(400);
    expect(missingMapping.json().error.fields.map((f: { path: string }) => f.path)).toContain('body.mapping.domain');
  });

  it('uploads over 10 MB are 413 and requests without a file 400, both on body.file', async () => {
    const big = await upload(Buffer.alloc(10 * 1024 * 1024 + 10, 65), 'groot.csv');
    expect(big.statusCode).toBe(413);
    expect(big.json().error.fields).toEqual([{ path: 'body.file', message: 'is te groot (maximaal 10 MB)' }]);
    const json = await app.inject({
      method: 'POST',
      url: '/api/catalog/imports',
      headers: admin,
      payload: { file: 'x' },
    });
    expect(json.statusCode).toBe(400);
    expect(json.json().error.fields[0].path).toBe('body.file');
  });
});
