import type { Municipality } from '@app/schemas';
import { notFound } from '../../errors.ts';
import type { PublicScope } from '../request-scope.ts';
import { findMunicipality } from './find-municipality.ts';
import { suggestionBasis, toMunicipality } from './municipality-view.ts';

/** One municipality by CBS code, with its suggestions; an unknown code answers 404. */
export async function getMunicipality(scope: PublicScope, cbsCode: string): Promise<Municipality> {
  const { db, cache } = scope;
  const row = await findMunicipality(db, cbsCode);
  if (!row) throw notFound(`Gemeente ${cbsCode}`);
  return toMunicipality(row, await suggestionBasis(db, cache));
}
