// budgets/budget-aggregate.ts still imports listOrgUnits from here; once it imports
// ./list-org-units.ts this file goes.
export { listOrgUnits } from './list-org-units.ts';
