import { invalidField } from '../../errors.ts';

/** A benchmark's size class must be a non-empty range: minInhabitants < maxInhabitants when both are set. */
export function assertSizeClass(
  minInhabitants: number | null | undefined,
  maxInhabitants: number | null | undefined,
): void {
  if (minInhabitants != null && maxInhabitants != null && minInhabitants >= maxInhabitants) {
    throw invalidField('body.maxInhabitants', 'moet groter zijn dan het minimum aantal inwoners');
  }
}
