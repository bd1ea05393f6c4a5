// Generalised in lib/form-errors.ts (every form maps API field paths the same way).
export { apiProblems, problemFor, otherProblems, today, type FormProblem } from '../../lib/form-errors.ts';
