import type { Assumptions, CalculationInput, LineInput, Profile } from '@app/engine';
import type { EditionData } from '../reference-data/reference-cache.ts';
import { toModelProfile } from './mappers.ts';

/** A development of the edition as a calculation switches it. */
export interface DevelopmentChoice {
  developmentId: string;
  startYear: number | null;
  enabled: boolean;
}

export interface CalculationParts {
  profile: Profile;
  firstYear: number;
  horizonYears: number;
  assumptions: Assumptions;
  /** Without examples, lines of provenance 'example' are left out of the calculation. */
  includeExamples: boolean;
  developments: readonly DevelopmentChoice[];
  /** The lines as the engine should see them (model values with any overrides applied). */
  lines: readonly LineInput[];
}

/**
 * The one place the server turns an edition plus a calculation's choices into the engine's input,
 * for a stored budget and for a stateless calculation alike: model profile from the edition,
 * developments named and filed under their domain, example lines dropped unless asked for.
 */
export function buildCalculationInput(edition: EditionData, parts: CalculationParts): CalculationInput {
  return {
    modelProfile: toModelProfile(edition.edition),
    profile: parts.profile,
    firstYear: parts.firstYear,
    horizonYears: parts.horizonYears,
    assumptions: parts.assumptions,
    developments: parts.developments.map((choice) => ({
      id: choice.developmentId,
      ...developmentLabel(edition, choice.developmentId),
      startYear: choice.startYear,
      enabled: choice.enabled,
    })),
    lines: parts.includeExamples ? [...parts.lines] : parts.lines.filter((line) => line.provenance !== 'example'),
  };
}

/** A development's domain key and title in its edition (empty when the edition does not know it). */
export function developmentLabel(edition: EditionData, developmentId: string): { domainKey: string; title: string } {
  const development = edition.developmentById.get(developmentId);
  return {
    domainKey: development ? (edition.domainById.get(development.domainId)?.key ?? '') : '',
    title: development?.title ?? '',
  };
}
