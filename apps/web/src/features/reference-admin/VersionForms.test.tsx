// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError } from '../../api/client.ts';
import { BenchmarkForm } from './VersionForms.tsx';

// The mutation hook is replaced: `mutate` records the body; a test calls its onError to play a rejection.
const { mutate } = vi.hoisted(() => ({ mutate: vi.fn() }));
vi.mock('./mutations.ts', () => ({ useSaveBenchmark: () => ({ mutate, isPending: false }) }));

afterEach(() => {
  cleanup();
  mutate.mockReset();
});

/** The error shown beside a field: the element its aria-describedby points to. */
const errorOf = (label: string) => {
  const input = screen.getByLabelText(label);
  expect(input.getAttribute('aria-invalid')).toBe('true');
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
  return ids.map((id) => document.getElementById(id)?.textContent).join(' | ');
};

describe('BenchmarkForm', () => {
  it('says beside each field what is missing, and sends nothing', async () => {
    const user = userEvent.setup();
    render(<BenchmarkForm editing={null} onDone={vi.fn()} />);
    await user.clear(screen.getByLabelText('Naam'));
    await user.type(screen.getByLabelText('Grootteklasse vanaf (inwoners)'), '12,5');
    await user.click(screen.getByRole('button', { name: 'Benchmark toevoegen' }));
    expect(errorOf('Naam')).toBe('vul een naam in');
    expect(errorOf('Waarde (euro)')).toBe('vul een bedrag in euro’s in');
    expect(errorOf('Bron')).toBe('bron is verplicht');
    expect(errorOf('Grootteklasse vanaf (inwoners)')).toBe(
      'Leeg: geen ondergrens | vul een heel aantal inwoners in, of laat leeg',
    );
    expect(screen.getByLabelText('Webadres bron').hasAttribute('aria-invalid')).toBe(false);
    expect(mutate).not.toHaveBeenCalled();
  });

  it('sends what was typed, and shows a rejection of the server at its field', async () => {
    const user = userEvent.setup();
    render(<BenchmarkForm editing={null} onDone={vi.fn()} />);
    await user.type(screen.getByLabelText('Waarde (euro)'), '123,45');
    await user.type(screen.getByLabelText('Bron'), 'Benchmark ICT gemeenten');
    await user.type(screen.getByLabelText('Webadres bron'), 'example.org');
    await user.type(screen.getByLabelText('Grootteklasse tot (inwoners)'), '50.000');
    await user.click(screen.getByRole('button', { name: 'Benchmark toevoegen' }));
    expect(mutate).toHaveBeenCalledTimes(1);
    expect(mutate.mock.calls[0]![0]).toMatchObject({
      label: 'ICT-kosten per inwoner',
      valueCents: 12_345,
      unit: 'per-inhabitant',
      source: 'Benchmark ICT gemeenten',
      sourceUrl: 'example.org',
      minInhabitants: null,
      maxInhabitants: 50_000,
    });
    const { onError } = mutate.mock.calls[0]![1] as { onError: (error: unknown) => void };
    act(() =>
      onError(
        new ApiError(400, {
          error: {
            code: 'VALIDATION_ERROR',
            message: 'Ongeldige invoer',
            fields: [{ path: 'body.sourceUrl', message: 'moet een webadres zijn' }],
          },
        }),
      ),
    );
    expect(errorOf('Webadres bron')).toBe('moet een webadres zijn');
  });
});
