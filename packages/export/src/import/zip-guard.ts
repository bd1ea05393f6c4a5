import { UploadError } from './table-error.ts';

/**
 * Limits checked on an .xlsx (a zip) from its central directory, before exceljs inflates anything:
 * exceljs reads the whole zip into memory, so a small file that inflates to gigabytes (a zip bomb)
 * or a sheet with hundreds of thousands of rows must be refused from the headers alone.
 */
export const ZIP_LIMITS = {
  maxEntries: 500,
  /** Uncompressed size of all entries together (a 20,000-row catalog is a few MB of XML). */
  maxTotalBytes: 24 * 1024 * 1024,
  maxEntryBytes: 16 * 1024 * 1024,
  /** Uncompressed/compressed per entry; real sheet XML compresses ~10-30×, whitespace bombs ~1000×. */
  maxRatio: 150,
} as const;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;

/** Throws UploadError (tooLarge) when the zip's declared sizes exceed ZIP_LIMITS; malformed → plain UploadError. */
export function checkZipLimits(buffer: Buffer): void {
  const unreadable = () => new UploadError('Het bestand is geen leesbaar Excel-bestand (.xlsx).');
  // End of central directory: last 22 bytes plus an optional comment of at most 64 KB.
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 22 - 0xffff); i--) {
    if (buffer.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw unreadable();
  const entries = buffer.readUInt16LE(eocd + 10);
  const dirOffset = buffer.readUInt32LE(eocd + 16);
  if (entries === 0xffff || dirOffset === 0xffffffff) throw tooLarge('het bestand is een zip64-archief');
  if (entries > ZIP_LIMITS.maxEntries)
    throw tooLarge(`${entries} onderdelen in het zip-archief; maximaal ${ZIP_LIMITS.maxEntries}`);
  let offset = dirOffset;
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== CENTRAL_SIGNATURE) throw unreadable();
    const compressed = buffer.readUInt32LE(offset + 20);
    const size = buffer.readUInt32LE(offset + 24);
    const nameLength = buffer.readUInt16LE(offset + 28);
    const extraLength = buffer.readUInt16LE(offset + 30);
    const commentLength = buffer.readUInt16LE(offset + 32);
    const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    if (size > ZIP_LIMITS.maxEntryBytes)
      throw tooLarge(`onderdeel ${name} is uitgepakt ${mb(size)}; maximaal ${mb(ZIP_LIMITS.maxEntryBytes)}`);
    if (size > 1024 * 1024 && size > compressed * ZIP_LIMITS.maxRatio)
      throw tooLarge(
        `onderdeel ${name} pakt uit tot ${Math.round(size / Math.max(1, compressed))}× zijn grootte (verdacht zip-archief)`,
      );
    total += size;
    if (total > ZIP_LIMITS.maxTotalBytes)
      throw tooLarge(`het bestand is uitgepakt meer dan ${mb(ZIP_LIMITS.maxTotalBytes)}`);
    offset += 46 + nameLength + extraLength + commentLength;
  }
}

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;
const tooLarge = (why: string) =>
  new UploadError(`Het bestand is te groot om in te lezen: ${why}.`, { tooLarge: true });
