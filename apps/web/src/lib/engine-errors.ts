import { EngineInputError } from '@app/engine';
import { requestFieldLabel } from '@app/schemas';

/*
 * The engine words its input errors in English for developers (`lines[3].hoursPerWeek: is required
 * for staff lines`). The user reads the field's Dutch label and a Dutch sentence instead.
 */
const PATTERNS: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^is required for staff lines/, () => 'is verplicht voor eigen personeel'],
  [/^is required for hire lines/, () => 'is verplicht voor inhuur zonder eigen uurtarief'],
  [/^is required/, () => 'is verplicht'],
  [/^must be a finite number/, () => 'moet een getal zijn'],
  [/^must be a whole number ≥ (-?\d+)/, (m) => `moet een heel getal van minstens ${m[1]} zijn`],
  [/^must be a number ≥ 0/, () => 'mag niet negatief zijn'],
  [/^must be a positive number/, () => 'moet groter dan 0 zijn'],
  [/^must be above 0 for a negative elasticity/, () => 'moet groter dan 0 zijn bij een negatieve elasticiteit'],
  [/^must be above (-?\d+)/, (m) => `moet groter zijn dan ${m[1]}`],
  [/^must be one of/, () => 'heeft een onbekende waarde'],
  [/^must be a list/, () => 'ontbreekt'],
  [/^unknown salary scale/, () => 'deze salarisschaal staat niet in de salaristabel'],
  [/^step .* does not exist/, () => 'deze trede bestaat niet in de schaal'],
  [/^role .* is not on rate card/, () => 'deze rol staat niet op de tariefkaart'],
  [/^unknown development/, () => 'verwijst naar een onbekende ontwikkeling'],
  [/^duplicate/, () => 'komt dubbel voor'],
];

/** A Dutch version of one engine message (unchanged when it is not one of the engine's). */
export function dutchEngineMessage(message: string): string {
  for (const [pattern, text] of PATTERNS) {
    const m = message.match(pattern);
    if (m) return text(m);
  }
  return message;
}

/** What to show for an error thrown by calculate(): "Salarisschaal: is verplicht voor eigen personeel". */
export function engineErrorText(error: unknown): string {
  if (error instanceof EngineInputError) {
    const own = error.message.startsWith(`${error.field}: `)
      ? error.message.slice(error.field.length + 2)
      : error.message;
    return `${requestFieldLabel(error.field)}: ${dutchEngineMessage(own)}`;
  }
  return error instanceof Error ? error.message : String(error);
}
