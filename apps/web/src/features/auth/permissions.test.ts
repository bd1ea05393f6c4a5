import { describe, expect, it } from 'vitest';
import { budgetEditability, can } from './permissions.ts';
import { safeReturnPath } from './session-expiry.ts';

describe('permissions (mirror of the API policy)', () => {
  it('only advisors edit, only managers adopt, admins manage the organisation', () => {
    expect(can('advisor', 'edit-budget')).toBe(true);
    expect(can('manager', 'edit-budget')).toBe(false);
    expect(can('admin', 'edit-budget')).toBe(false);
    expect(can('manager', 'adopt')).toBe(true);
    expect(can('advisor', 'adopt')).toBe(false);
    expect(can('admin', 'manage-organisation')).toBe(true);
    expect(can(null, 'comment')).toBe(false);
  });

  it('a budget is editable only in draft and only by an advisor, with a reason otherwise', () => {
    expect(budgetEditability('advisor', 'draft')).toEqual({ editable: true, reason: null });
    expect(budgetEditability('advisor', 'submitted').reason).toMatch(/ingediend/);
    expect(budgetEditability('advisor', 'adopted').reason).toMatch(/vastgesteld/);
    expect(budgetEditability('manager', 'draft').reason).toMatch(/alleen een informatieadviseur/);
  });

  it('the reason tells each role what it can do next', () => {
    expect(budgetEditability('advisor', 'submitted').reason).toMatch(
      /Wijzigen kan weer als de manager haar terugstuurt/,
    );
    expect(budgetEditability('manager', 'submitted').reason).toMatch(
      /Stel haar vast of stuur haar terug onder Status en historie/,
    );
    expect(budgetEditability('admin', 'submitted').reason).toMatch(/Een manager stelt haar vast/);
    expect(budgetEditability('advisor', 'adopted').reason).toMatch(/Maak een nieuwe versie/);
    expect(budgetEditability('manager', 'adopted').reason).not.toMatch(/nieuwe versie/);
  });
});

describe('return path after sign-in', () => {
  it('accepts app paths only (no open redirect)', () => {
    expect(safeReturnPath('/begrotingen/1/historie?x=1')).toBe('/begrotingen/1/historie?x=1');
    expect(safeReturnPath('https://evil.example')).toBe('/');
    expect(safeReturnPath('//evil.example')).toBe('/');
    expect(safeReturnPath('/inloggen?terug=/x')).toBe('/');
    expect(safeReturnPath(null)).toBe('/');
  });
});
