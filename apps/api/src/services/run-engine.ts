import {
  calculate,
  calculateTotals,
  EngineInputError,
  explainAll,
  type CalculationInput,
  type CalculationResult,
  type LineInput,
  type Totals,
  type TraceMap,
} from '@app/engine';
import { AppError } from '../errors.ts';
import { timeEngine } from './engine-timing.ts';

export interface EngineOutput {
  input: CalculationInput;
  result: CalculationResult;
  traces?: TraceMap;
}

/**
 * Runs the engine and turns its input errors into a 400 that names the line by id and description
 * (`lines[3].salaryScale` means nothing to a user): the path becomes `lines.<line id>.salaryScale`.
 */
export function runEngine(
  input: CalculationInput,
  options: { traces?: boolean; modelLines?: ReadonlyMap<string, LineInput> } = {},
): EngineOutput {
  return withInputErrors(input, () => {
    const result = timeEngine('calculate', () => calculate(input));
    if (!options.traces) return { input, result };
    return {
      input,
      result,
      traces: timeEngine('explain', () => explainAll(input, { modelLines: options.modelLines })),
    };
  });
}

/**
 * runEngine for a caller that needs only the budget's totals (a line write proving the budget still
 * computes): calculateTotals — the same checks and 400s, about half the CPU (no rows are built).
 */
export function runEngineTotals(input: CalculationInput): { input: CalculationInput; totals: Totals } {
  return withInputErrors(input, () => ({
    input,
    totals: timeEngine('calculate', () => calculateTotals(input)).totals,
  }));
}

/** Runs `work` over `input`; an engine input error becomes the 400 engineInputToAppError makes. */
function withInputErrors<T>(input: CalculationInput, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof EngineInputError)) throw error;
    throw engineInputToAppError(error, input);
  }
}

function engineInputToAppError(error: EngineInputError, input: CalculationInput): AppError {
  const match = /^lines\[(\d+)\]\.?(.*)$/.exec(error.field);
  const line = match ? input.lines[Number(match[1])] : undefined;
  if (match && line) {
    const path = `lines.${line.id}${match[2] ? `.${match[2]}` : ''}`;
    const detail = error.message.replace(/^[^:]*:\s*/, '');
    const message = `Ongeldige invoer voor de berekening: ${path} ${detail} (regel "${line.description}")`;
    return new AppError('VALIDATION_ERROR', message, { fields: [{ path, message: detail }], cause: error });
  }
  return new AppError('VALIDATION_ERROR', `Ongeldige invoer voor de berekening: ${error.message}`, {
    fields: [{ path: error.field, message: error.message }],
    cause: error,
  });
}
