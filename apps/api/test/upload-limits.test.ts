import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { auditEntries } from '@app/db';
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

async function upload(content: Buffer, name: string) {
  const body = multipartBody({ name, content });
  return app.inject({
    method: 'POST',
    url: '/api/catalog/imports',
    payload: body.payload,
    headers: { ...admin, ...body.headers },
  });
}

/** A minimal stored zip with deflated entries (enough for the central-directory check). */
function zip(entries: { name: string; data: Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const packed = deflateRawSync(e.data);
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(e.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(e.data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, packed);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

describe('upload limits', () => {
  it('refuses a sheet with a cell in column XFD (413 on body.file) while GET /api/health keeps answering', async () => {
    const first: (string | null)[] = [
      'Domein',
      'Ontwikkeling',
      'Omschrijving',
      'Soort',
      ...Array<null>(16_379).fill(null),
      'x',
    ];
    const rows = [first, ...Array.from({ length: 5000 }, (_, i) => ['D', 'O', `Regel ${i}`, 'Incidenteel'])];
    const file = await makeXlsx('Blad1', rows);
    const started = Date.now();
    const pending = upload(file, 'xfd.xlsx');
    const health = app
      .inject({ method: 'GET', url: '/api/health' })
      .then((r) => ({ status: r.statusCode, ms: Date.now() - started }));
    const [res, h] = await Promise.all([pending, health]);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.fields[0].path).toBe('body.file');
    expect(res.json().error.message).toMatch(/kolommen/);
    expect(h.status).toBe(200);
    expect(h.ms).toBeLessThan(1000);
  }, 60_000);

  it('refuses a zip bomb of whitespace before inflating it (413)', async () => {
    const file = zip([{ name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(200 * 1024 * 1024, 0x20) }]);
    expect(file.length).toBeLessThan(400 * 1024);
    const res = await upload(file, 'bomb.xlsx');
    expect(res.statusCode).toBe(413);
    expect(res.json().error.fields[0].path).toBe('body.file');
  });

  it('refuses an 850,000-row sheet from its declared size, without parsing it (413)', async () => {
    const rows = Array.from(
      { length: 850_000 },
      (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`,
    ).join('');
    const file = zip([
      { name: 'xl/worksheets/sheet1.xml', data: Buffer.from(`<worksheet><sheetData>${rows}</sheetData></worksheet>`) },
    ]);
    const started = Date.now();
    const res = await upload(file, 'rows.xlsx');
    expect(res.statusCode).toBe(413);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('reads a Windows-1252 CSV without garbling € and é', async () => {
    const text =
      'Domein;Ontwikkeling;Omschrijving;Soort;Bedrag (€)\nDienstverlening;Café-project;Licentie € per jaar;Structureel;100\n';
    const bytes = Buffer.from(new Uint8Array([...text].map((ch) => (ch === '€' ? 0x80 : ch.charCodeAt(0)))));
    const res = await upload(bytes, 'ansi.csv');
    expect(res.statusCode).toBe(201);
    const columns = res.json().columns;
    expect(columns[4].header).toBe('Bedrag (€)');
    expect(columns[1].samples).toEqual(['Café-project']);
  });

  it('a catalog import commit writes an audit entry for the new edition', async () => {
    const csv = Buffer.from(
      'Domein;Ontwikkeling;Omschrijving;Soort;Bedrag\nDienstverlening;Klantreis;Dashboard;Incidenteel;5000\n',
    );
    const preview = (await upload(csv, 'audit.csv')).json();
    const commit = await app.inject({
      method: 'POST',
      url: `/api/catalog/imports/${preview.id}/commit`,
      headers: admin,
      payload: { mapping: preview.suggestedMapping, editionName: 'Audit import 2026' },
    });
    expect(commit.statusCode).toBe(201);
    const trail = await handle.db
      .select()
      .from(auditEntries)
      .where(eq(auditEntries.entityId, commit.json().edition.id));
    expect(trail).toHaveLength(1);
    expect(trail[0]).toMatchObject({ entity: 'catalog_edition', action: 'import' });
  });
});
