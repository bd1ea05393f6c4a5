import { useQuery } from '@tanstack/react-query';
import { roleMay, type RoleAction, type UserRole } from '@app/schemas';
import { sessionQuery } from '../../api/session.ts';

// What each role may do comes from the one table in @app/schemas (ROLE_ACTIONS), which the API's
// policy is built from too. The API enforces it; the UI only hides what would be refused anyway.
export type Action = Exclude<RoleAction, 'read-budgets'>;

export function can(role: UserRole | null | undefined, action: Action): boolean {
  return roleMay(role, action);
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
    const next = can(role, 'new-version')
      ? ' Maak een nieuwe versie om verder te werken (onder Status en historie).'
      : '';
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
  if (!can(role, 'edit-budget'))
    return {
      editable: false,
      reason: 'U kunt deze begroting bekijken; alleen een informatieadviseur kan haar wijzigen.',
    };
  return { editable: true, reason: null };
}

export function useBudgetEditability(status: string) {
  return budgetEditability(useRole(), status);
}
