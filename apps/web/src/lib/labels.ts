import type { CostBasis, Driver } from '@app/engine';
import { COST_BASIS_LABELS, DRIVER_LABELS } from '@app/schemas';

/*
 * The shared Dutch labels live in @app/schemas (the exports use the same words). These are the
 * longer texts of form options only, where choosing needs the meaning spelled out.
 */

export const COST_BASIS_OPTION_LABELS: Record<CostBasis, string> = {
  amount: COST_BASIS_LABELS.amount,
  staff: `${COST_BASIS_LABELS.staff} (uren × schaal)`,
  hire: `${COST_BASIS_LABELS.hire} (uren × tarief)`,
  licence: `${COST_BASIS_LABELS.licence} (aantal × prijs)`,
};

export const DRIVER_OPTION_LABELS: Record<Driver, string> = {
  ...DRIVER_LABELS,
  fixed: `${DRIVER_LABELS.fixed} (niet schalen)`,
};
