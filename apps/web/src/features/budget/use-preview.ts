import { useMemo } from 'react';
import { calculate, type CalculationResult } from '@app/engine';
import type { BudgetDetail } from '../../api/types.ts';
import { engineErrorText } from '../../lib/engine-errors.ts';
import { applyPending, applyPendingDevelopments, buildGridModel, type PendingChange } from './row-model.ts';

/** Runs the engine; a preview with input it cannot compute keeps the last good result. */
function safeCalculate(input: Parameters<typeof calculate>[0]): {
  result: CalculationResult | null;
  error: string | null;
} {
  try {
    return { result: calculate(input), error: null };
  } catch (e) {
    return { result: null, error: engineErrorText(e) };
  }
}

/**
 * The instant preview: the budget's own engine input with the in-flight and draft edits applied,
 * computed in the browser by the same engine as the server, and the grid model built from it.
 */
export function usePreview(
  budget: BudgetDetail,
  changes: readonly PendingChange[],
  domainNames: Readonly<Record<string, string>>,
) {
  const previewInput = useMemo(
    () => applyPending(budget.calculationInput, [...changes]),
    [budget.calculationInput, changes],
  );
  const computed = useMemo(() => safeCalculate(previewInput), [previewInput]);
  const baseline = useMemo(
    () => (computed.result ? null : safeCalculate(budget.calculationInput)),
    [computed.result, budget.calculationInput],
  );
  const result = computed.result ?? baseline?.result ?? null;
  // The input behind `result`: the preview, or the saved budget when the preview cannot be computed.
  const resultInput = computed.result ? previewInput : budget.calculationInput;
  const shownBudget = useMemo(
    () => ({ ...budget, developments: applyPendingDevelopments(budget.developments, [...changes]) }),
    [budget, changes],
  );
  const model = useMemo(
    () => (result ? buildGridModel(shownBudget, previewInput, result, domainNames) : null),
    [shownBudget, previewInput, result, domainNames],
  );
  return { previewInput, error: computed.error, result, resultInput, model };
}
