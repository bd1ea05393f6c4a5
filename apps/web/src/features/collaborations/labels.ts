// The Dutch words live in @app/schemas so the exports and the history use the same ones.
export {
  BUDGET_STATUS_LABELS,
  COLLABORATION_FORM_LABELS as FORM_LABELS,
  ALLOCATION_KEY_TYPE_LABELS as KEY_TYPE_LABELS,
  describeAllocationKey as describeKey,
} from '@app/schemas';

export const KEY_SOURCE_LABELS = {
  budget: 'standaardsleutel',
  development: 'sleutel van de ontwikkeling',
  line: 'sleutel van de regel',
} as const;
