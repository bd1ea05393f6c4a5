import { useQuery } from '@tanstack/react-query';
import type { UserRole } from '@app/schemas';
import { sessionQuery } from '../../api/session.ts';

// What each role may do, mirrored from the API's policy (apps/api/src/plugins/auth-policy.ts and
// docs/security.md). The API enforces it; the UI only hides what would be refused anyway.
export type Action = 'edit-budget' | 'submit' | 'adopt' | 'send-back' | 'comment' | 'new-version' | 'manage-organisation';

const ALLOWED: Record<Action, readonly UserRole[]> = {
  'edit-budget': ['advisor'],
  submit: ['advisor'],
  adopt: ['manager'],
  'send-back': ['manager'],
  comment: ['advisor', 'manager'],
  'new-version': ['advisor'],
  'manage-organisation': ['admin'],
};

export function can(role: UserRole | null | undefined, action: Action): boolean {
  return role ? ALLOWED[action].includes(role) : false;
}

/** The signed-in user's role, or null while signed out. */
export function useRole(): UserRole | null {
  return useQuery(sessionQuery).data?.user.role ?? null;
}

export function useCan(action: Action): boolean {
  return can(useRole(), action);
}

/** Whether this user may change this budget now, and if not, why (shown instead of the controls). */
export function budgetEditability(role: UserRole | null, status: string): { editable: boolean; reason: string | null } {
  // The reason names what this reader can do next: a manager decides, only an advisor starts a new version.
  if (status === 'adopted') {
    const next = can(role, 'new-version') ? ' Maak een nieuwe versie om verder te werken (onder Status en historie).' : '';
    return { editable: false, reason: `Deze begroting is vastgesteld en kan niet meer worden gewijzigd.${next}` };
  }
  if (status === 'submitted') {
    const next = can(role, 'adopt')
      ? 'Stel haar vast of stuur haar terug onder Status en historie.'
      : can(role, 'edit-budget')
        ? 'Wijzigen kan weer als de manager haar terugstuurt.'
        : 'Een manager stelt haar vast of stuurt haar terug.';
    return { editable: false, reason: `Deze begroting is ingediend ter vaststelling. ${next}` };
  }
  if (!can(role, 'edit-budget')) return { editable: false, reason: 'U kunt deze begroting bekijken; alleen een informatieadviseur kan haar wijzigen.' };
  return { editable: true, reason: null };
}

export function useBudgetEditability(status: string) {
  return budgetEditability(useRole(), status);
}
