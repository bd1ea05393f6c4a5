import { createContext, planLine } from './plan.ts';
import type { CalculationInput, LineInput } from './types.ts';

/**
 * The quantity of one line as the engine scales it for the budget's municipality (same units as
 * the line: cents for amount lines). For the line editor, which shows the model value and the
 * scaled value beside the user's own value; throws EngineInputError when the line cannot be
 * computed.
 */
export function scaledQuantityOf(input: CalculationInput, line: LineInput): number {
  const ctx = createContext({ ...input, lines: [] });
  return planLine(ctx, line, 0).scaledQuantity;
}
