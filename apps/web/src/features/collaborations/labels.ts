import type { AllocationKey, CollaborationForm } from '@app/schemas';

export const FORM_LABELS: Record<CollaborationForm, string> = {
  informal: 'Informele samenwerking',
  centrumgemeente: 'Centrumgemeente',
  bedrijfsvoeringsorganisatie: 'Bedrijfsvoeringsorganisatie (BVO)',
  'openbaar-lichaam': 'Openbaar lichaam (GR)',
};

export const KEY_TYPE_LABELS: Record<AllocationKey['type'], string> = {
  inhabitants: 'Naar inwoners',
  employees: 'Naar medewerkers',
  equal: 'Gelijke delen',
  fixed: 'Vaste percentages',
  hybrid: 'Hybride: deel gelijk, deel naar inwoners',
  usage: 'Naar gebruik (hoeveelheid × prijs)',
};

export const KEY_SOURCE_LABELS = {
  budget: 'standaardsleutel',
  development: 'sleutel van de ontwikkeling',
  line: 'sleutel van de regel',
} as const;

/** One line of text for a key (members in member order; jsonb does not keep key order), e.g. "Hybride: 50 % gelijk + 50 % naar inwoners". */
export function describeKey(key: AllocationKey, members: readonly { memberId: string; name: string }[]): string {
  switch (key.type) {
    case 'fixed':
      return `Vaste percentages: ${members.map((m) => `${m.name} ${(key.percentages[m.memberId] ?? 0).toLocaleString('nl-NL')} %`).join(', ')}`;
    case 'hybrid':
      return `Hybride: ${key.parts.map((p) => `${p.percentage.toLocaleString('nl-NL')} % ${p.basis === 'equal' ? 'gelijk' : p.basis === 'inhabitants' ? 'naar inwoners' : 'naar medewerkers'}`).join(' + ')}`;
    case 'usage':
      return `Naar gebruik${key.unit ? ` (${key.unit})` : ''}: ${members.map((m) => `${m.name} ${(key.quantities[m.memberId] ?? 0).toLocaleString('nl-NL')}`).join(', ')}`;
    default:
      return KEY_TYPE_LABELS[key.type];
  }
}

/** Status of the shared budget, as the collaboration screens name it. */
export const BUDGET_STATUS_LABELS = { draft: 'Concept', submitted: 'Ingediend', adopted: 'Vastgesteld' } as const;
