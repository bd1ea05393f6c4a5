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

export const KEY_SOURCE_LABELS = { budget: 'standaardsleutel', development: 'sleutel van de ontwikkeling', line: 'sleutel van de regel' } as const;

/** One line of text for a key, e.g. "Hybride: 50 % gelijk + 50 % naar inwoners". */
export function describeKey(key: AllocationKey, memberName: (id: string) => string): string {
  switch (key.type) {
    case 'fixed':
      return `Vaste percentages: ${Object.entries(key.percentages)
        .map(([id, p]) => `${memberName(id)} ${p.toLocaleString('nl-NL')} %`)
        .join(', ')}`;
    case 'hybrid':
      return `Hybride: ${key.parts.map((p) => `${p.percentage.toLocaleString('nl-NL')} % ${p.basis === 'equal' ? 'gelijk' : p.basis === 'inhabitants' ? 'naar inwoners' : 'naar medewerkers'}`).join(' + ')}`;
    case 'usage':
      return `Naar gebruik${key.unit ? ` (${key.unit})` : ''}: ${Object.entries(key.quantities)
        .map(([id, q]) => `${memberName(id)} ${q.toLocaleString('nl-NL')}`)
        .join(', ')}`;
    default:
      return KEY_TYPE_LABELS[key.type];
  }
}
