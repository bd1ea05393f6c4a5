import { z } from 'zod';
import { NameSchema, UuidSchema } from './common.ts';

export const OrgUnitSchema = z.object({ id: z.string(), name: z.string() });
export type OrgUnit = z.infer<typeof OrgUnitSchema>;
export const OrgUnitListSchema = z.array(OrgUnitSchema);
export const OrgUnitCreateSchema = z.object({ name: NameSchema });
export type OrgUnitCreate = z.infer<typeof OrgUnitCreateSchema>;
export const OrgUnitPatchSchema = z.object({ name: NameSchema });
export type OrgUnitPatch = z.infer<typeof OrgUnitPatchSchema>;
export const OrgUnitParamsSchema = z.object({ id: UuidSchema });
