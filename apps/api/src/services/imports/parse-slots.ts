import { AppError } from '../../errors.ts';

/**
 * At most this many uploaded files are parsed at once in the process. A file at the upload limits
 * parses in about a second with up to ~0.5 GB of memory and event-loop pauses under half a second
 * (measured, docs/security.md), so parsing stays on the request thread; what must be bounded is how
 * many run together, or parallel uploads multiply memory and stall every other request.
 */
export const PARSE_SLOTS = 2;

let busy = 0;

/** Runs `parse` in a free slot, or refuses with 429 (and Retry-After) when all slots are taken. */
export async function withParseSlot<T>(parse: () => Promise<T>): Promise<T> {
  if (busy >= PARSE_SLOTS) {
    throw new AppError(
      'RATE_LIMITED',
      'Er worden nu al andere bestanden ingelezen. Probeer het over enkele seconden opnieuw.',
    );
  }
  busy++;
  try {
    return await parse();
  } finally {
    busy--;
  }
}
