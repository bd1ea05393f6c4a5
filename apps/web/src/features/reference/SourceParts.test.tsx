// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import type { AssumptionSourcePart } from '@app/schemas';
import { SourceParts } from './SourceParts.tsx';

afterEach(cleanup);

const part = (key: string, label: string, pct: number, estimate: boolean): AssumptionSourcePart => ({
  key,
  label,
  pct,
  source: `Bron ${label}`,
  sourceUrl: `https://example.org/${key}`,
  date: '2026-01-01',
  note: null,
  estimate,
});

describe('SourceParts', () => {
  it('shows every part with its source and the sum, and flags estimated parts', () => {
    render(
      <SourceParts
        parts={[part('ikb', 'IKB', 17.05, false), part('pension', 'Pensioen', 19.41, true)]}
        total={36.46}
        heading="Opbouw"
      />,
    );
    expect(screen.getByText(/^Opbouw: IKB 17,05 % \+ Pensioen 19,41 % = 36,46 %\.$/)).toBeTruthy();
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getAllByText('Schatting')).toHaveLength(1);
    expect(screen.getAllByRole('link', { name: 'bron' }).map((a) => a.getAttribute('href'))).toEqual([
      'https://example.org/ikb',
      'https://example.org/pension',
    ]);
  });

  it('says so when the parts do not add up to the value they explain', () => {
    render(<SourceParts parts={[part('ikb', 'IKB', 17.05, false)]} total={33} heading="Opbouw" />);
    expect(screen.getByText(/= 17,05 % \(standaard 33 %\)/)).toBeTruthy();
  });

  it('renders nothing without parts', () => {
    const { container } = render(<SourceParts parts={undefined} total={33} />);
    expect(container.innerHTML).toBe('');
  });
});
