// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { BudgetGrid, type BudgetGridProps } from './BudgetGrid.tsx';
import { twoDomainGridModel } from './grid-fixture.ts';

/** Two domains; "Opleiding klantreizen" is overridden, so its actions cell has two buttons. */
function setup() {
  const model = twoDomainGridModel({ fields: { amountCents: 800_000 }, justification: 'Meer deelnemers' });
  const handlers = { onSave: vi.fn(), onReset: vi.fn(), onPreview: vi.fn(), onExplain: vi.fn() };
  function Harness() {
    const [editing, setEditing] = useState<string | null>(null);
    const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
    const props: BudgetGridProps = {
      model,
      editingLineId: editing,
      onEdit: (l) => setEditing(l.id),
      onCancelEdit: () => setEditing(null),
      collapsed,
      onToggle: (key) =>
        setCollapsed((c) => {
          const next = new Set(c);
          if (!next.delete(key)) next.add(key);
          return next;
        }),
      ...handlers,
    };
    return (
      <>
        <button type="button">Voor</button>
        <BudgetGrid {...props} />
        <button type="button">Na</button>
      </>
    );
  }
  render(<Harness />);
  return { user: userEvent.setup(), handlers, grid: screen.getByRole('grid') };
}

const focused = () => document.activeElement as HTMLElement;
/** The text of the focused cell, without the visually hidden prefix of a development total. */
const focusedText = () => (focused().textContent ?? '').replace(/\u00a0/g, ' ').trim();

afterEach(cleanup);

describe('BudgetGrid keyboard (WAI-ARIA grid)', () => {
  it('is one tab stop: Tab enters the grid at one cell and the next Tab leaves it', async () => {
    const { user, grid } = setup();
    const tabStops = Array.from(grid.querySelectorAll<HTMLElement>('td, th, button')).filter((el) => el.tabIndex === 0);
    expect(tabStops).toHaveLength(1);
    await user.click(screen.getByRole('button', { name: 'Voor' }));
    await user.tab();
    expect(focused().tagName).toBe('TH');
    expect(focusedText()).toContain('Bedrijfsvoering');
    await user.tab();
    expect(focused()).toBe(screen.getByRole('button', { name: 'Na' }));
    // Shift+Tab comes back to the same cell.
    await user.tab({ shift: true });
    expect(focusedText()).toContain('Bedrijfsvoering');
  });

  it('moves between cells with arrow keys, Home/End and Ctrl+Home/Ctrl+End, keeping the column across spanning rows', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Voor' }));
    await user.tab();
    await user.keyboard('{ArrowDown}');
    expect(focusedText()).toContain('Zaakgericht werken');
    await user.keyboard('{ArrowDown}');
    expect(focusedText()).toMatch(/^Opleiding klantreizen/);
    await user.keyboard('{ArrowRight}{ArrowRight}');
    expect(focusedText()).toBe('€ 8.000');
    await user.keyboard('{ArrowRight}');
    expect(focusedText()).toBe('€ 0');
    await user.keyboard('{End}');
    expect(within(focused()).getByRole('button', { name: 'Aanpassen: Opleiding klantreizen' })).toBeTruthy();
    await user.keyboard('{Home}');
    expect(focusedText()).toMatch(/^Opleiding klantreizen/);
    // Column 2026 (third column) down to the domain totals, through the next domain's heading
    // (one cell over all columns) and back into the 2026 column of "Digitaal loket".
    await user.keyboard('{ArrowRight}{ArrowRight}{ArrowDown}');
    expect(focusedText()).toBe('€ 10.000');
    await user.keyboard('{ArrowDown}');
    expect(focused().closest('tr')?.textContent).toMatch(/^Incidenteel Bedrijfsvoering/);
    expect(focusedText()).toBe('€ 8.000');
    await user.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowDown}');
    expect(focusedText()).toContain('Dienstverlening');
    await user.keyboard('{ArrowDown}');
    expect(focusedText()).toBe('Totaal Digitaal loket 2026: € 20.000');
    // The edges stop: Up at the first row stays in the header row.
    await user.keyboard('{Control>}{Home}{/Control}');
    expect(focusedText()).toBe('Regel');
    await user.keyboard('{ArrowUp}{ArrowLeft}');
    expect(focusedText()).toBe('Regel');
    await user.keyboard('{Control>}{End}{/Control}');
    expect(focused().closest('tfoot')).not.toBeNull();
    // Only the focused cell is in the tab order.
    expect(
      Array.from(document.querySelectorAll<HTMLElement>('[role=grid] td, [role=grid] th')).filter(
        (el) => el.tabIndex === 0,
      ),
    ).toEqual([focused()]);
  });

  it('Enter presses the single button of a cell, F2 only focuses it, Escape returns to the cell', async () => {
    const { user, handlers } = setup();
    const amount = screen.getByRole('button', { name: /^€\s20\.000, hoe berekend: Portaal 2026/ });
    amount.closest('td')?.focus();
    await user.keyboard('{Enter}');
    expect(handlers.onExplain).toHaveBeenCalledWith(expect.objectContaining({ id: 'l-portal' }), 2026);
    await user.keyboard('{F2}');
    expect(focused()).toBe(amount);
    expect(handlers.onExplain).toHaveBeenCalledTimes(1);
    await user.keyboard('{Escape}');
    expect(focused()).toBe(amount.closest('td'));
    // From a button, arrow keys keep moving through the grid.
    await user.keyboard('{F2}{ArrowLeft}');
    expect(focused().tagName).toBe('TD');
    expect(focusedText()).toContain('Incidenteel');
  });

  it('Enter on a cell with several buttons moves into it; Tab cycles inside the cell; Escape goes back', async () => {
    const { user, handlers } = setup();
    const edit = screen.getByRole('button', { name: 'Aanpassen: Opleiding klantreizen' });
    const cell = edit.closest('td') as HTMLElement;
    cell.focus();
    await user.keyboard('{Enter}');
    expect(focused()).toBe(edit);
    await user.tab();
    expect(focused()).toBe(screen.getByRole('button', { name: 'Terug naar model: Opleiding klantreizen' }));
    await user.tab();
    expect(focused()).toBe(edit);
    await user.keyboard('{Escape}');
    expect(focused()).toBe(cell);
    expect(handlers.onReset).not.toHaveBeenCalled();
  });

  it('opens the line editor from its cell, types in it, and Escape returns to the grid', async () => {
    const { user, handlers } = setup();
    const edit = screen.getByRole('button', { name: 'Aanpassen: Portaal' });
    (edit.closest('td') as HTMLElement).focus();
    await user.keyboard('{Enter}');
    const form = screen.getByRole('form', { name: /Regel aanpassen: Portaal/ });
    const amount = within(form).getByLabelText(/^Bedrag \(€\)/);
    expect(focused()).toBe(amount);
    // Arrow keys and Home/End belong to the text field while typing, not to the grid.
    await user.keyboard('{End}{ArrowLeft}');
    expect(focused()).toBe(amount);
    await user.clear(amount);
    await user.type(amount, '25000');
    expect(handlers.onPreview).toHaveBeenLastCalledWith(
      expect.objectContaining({ id: 'l-portal' }),
      expect.objectContaining({ amountCents: 2_500_000 }),
    );
    await user.keyboard('{Escape}');
    expect(focused()).toBe(form.closest('td'));
    await user.keyboard('{ArrowUp}');
    expect(focusedText()).toMatch(/^Portaal/);
  });

  it('collapses and expands a development and a domain from their heading cells', async () => {
    const { user } = setup();
    const devToggle = screen.getByRole('button', { name: /Zaakgericht werken/ });
    expect(devToggle.getAttribute('aria-expanded')).toBe('true');
    (devToggle.closest('th') as HTMLElement).focus();
    await user.keyboard('{Enter}');
    expect(devToggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('row', { name: /^Opleiding klantreizen/ })).toBeNull();
    expect(devToggle.closest('th')?.textContent).toContain('2 regels ingeklapt');
    // The development's totals stay in its heading row; focus stays on the heading.
    expect(focused()).toBe(devToggle.closest('th'));
    expect(screen.getByRole('row', { name: /Zaakgericht werken/ }).textContent).toContain('€\u00a018.000');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('row', { name: /^Opleiding klantreizen/ })).toBeTruthy();

    const domainToggle = screen.getByRole('button', { name: 'Dienstverlening' });
    await user.click(domainToggle);
    expect(screen.queryByRole('row', { name: /Digitaal loket/ })).toBeNull();
    // The domain's subtotals stay visible.
    expect(screen.getByRole('row', { name: /^Totaal Dienstverlening/ })).toBeTruthy();
  });
});
