import type { AllocationKey, CollaborationForm } from './collaboration.ts';

// Dutch words for collaborations, shared by the screens, the exports and the history, so the
// Samenwerking screen, the PDF and the audit trail name a form or a key the same way.

export const COLLABORATION_FORM_LABELS: Record<CollaborationForm, string> = {
  informal: 'Informele samenwerking',
  centrumgemeente: 'Centrumgemeente',
  bedrijfsvoeringsorganisatie: 'Bedrijfsvoeringsorganisatie (BVO)',
  'openbaar-lichaam': 'Openbaar lichaam (GR)',
};

export const ALLOCATION_KEY_TYPE_LABELS: Record<AllocationKey['type'], string> = {
  inhabitants: 'Naar inwoners',
  employees: 'Naar medewerkers',
  equal: 'Gelijke delen',
  fixed: 'Vaste percentages',
  hybrid: 'Hybride: deel gelijk, deel naar inwoners',
  usage: 'Naar gebruik (hoeveelheid × prijs)',
};

const HYBRID_BASIS_WORDS = { equal: 'gelijk', inhabitants: 'naar inwoners', employees: 'naar medewerkers' } as const;

/**
 * One line of text for a key (members in member order; jsonb does not keep key order), e.g.
 * "Hybride: 50 % gelijk + 50 % naar inwoners". A member id without a name reads "een deelnemer".
 */
export function describeAllocationKey(
  key: AllocationKey,
  members: readonly { memberId: string; name: string }[],
): string {
  const named = (id: string) => members.find((m) => m.memberId === id)?.name ?? 'een deelnemer';
  // Every member (0 where the key names none), then ids the key names that are no member (history).
  const ids = (record: Record<string, number>) => {
    const ordered = members.map((m) => m.memberId);
    return [...ordered, ...Object.keys(record).filter((id) => !ordered.includes(id))];
  };
  switch (key.type) {
    case 'fixed':
      return `Vaste percentages: ${ids(key.percentages)
        .map((id) => `${named(id)} ${(key.percentages[id] ?? 0).toLocaleString('nl-NL')} %`)
        .join(', ')}`;
    case 'hybrid':
      return `Hybride: ${key.parts.map((p) => `${p.percentage.toLocaleString('nl-NL')} % ${HYBRID_BASIS_WORDS[p.basis]}`).join(' + ')}`;
    case 'usage':
      return `Naar gebruik${key.unit ? ` (${key.unit})` : ''}: ${ids(key.quantities)
        .map((id) => `${named(id)} ${(key.quantities[id] ?? 0).toLocaleString('nl-NL')}`)
        .join(', ')}`;
    default:
      return ALLOCATION_KEY_TYPE_LABELS[key.type];
  }
}
