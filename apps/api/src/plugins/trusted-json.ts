/**
 * Serializer for the large responses built from typed service/engine output (budget detail ≈ 270 kB,
 * calculations ≈ 180 kB): plain JSON.stringify instead of a zod encode pass, which cost ~10 ms per
 * budget detail — more than loading it. The shapes are fixed by the TypeScript types derived from
 * the same schemas, and the API tests parse these responses with the schemas.
 */
export const trustedJsonSerializer = () => (data: unknown) => JSON.stringify(data);
