/** Database ids are UUIDs; anything else cannot exist, so it is "not found" without a query. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => UUID_PATTERN.test(value);

/** Readable keys from labels: accents dropped, lower case, runs of anything else one '-', at most `maxLength` characters. */
export function slugify(text: string, maxLength: number): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength);
}

/** A key of at least two characters from a label (`item-…` when the label has too few letters). */
export function slugId(text: string): string {
  const base = slugify(text, 70);
  return base.length >= 2 ? base : `item-${base}`;
}

/** `base`, else `base-2`, `base-3`, … : the first that `taken` says is free. */
export async function firstFreeKey(base: string, taken: (key: string) => Promise<boolean>): Promise<string> {
  for (let i = 1; ; i++) {
    const key = i === 1 ? base : `${base}-${i}`;
    if (!(await taken(key))) return key;
  }
}
