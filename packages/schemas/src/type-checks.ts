// Compile-time proof that parsed DTOs fit the engine's types (and back), so the API can hand a parsed
// request straight to the engine and serve engine output without casts.
import type * as engine from '@app/engine';
import type { Assumptions, CalculationInput, CalculationResult, LineInput, Profile } from './index.ts';

type Assignable<From, To> = [From] extends [To] ? true : false;
const check = <T extends true>(value: T): T => value;

export const typeChecks = [
  check<Assignable<LineInput, engine.LineInput>>(true),
  check<Assignable<engine.LineInput, LineInput>>(true),
  check<Assignable<Assumptions, engine.Assumptions>>(true),
  check<Assignable<engine.Assumptions, Assumptions>>(true),
  check<Assignable<Profile, engine.Profile>>(true),
  check<Assignable<CalculationInput, engine.CalculationInput>>(true),
  check<Assignable<engine.CalculationInput, CalculationInput>>(true),
  check<Assignable<engine.CalculationResult, CalculationResult>>(true),
];
