import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  OrganisationDefaultsSchema,
  type Benchmark,
  type BenchmarkCreate,
  type OrganisationDefaults,
  type OrganisationDefaultsPatch,
  type RateCardCreate,
  type RateCardWriteResult,
  type SalaryTableCreate,
} from '@app/schemas';
import { api } from '../../api/client.ts';
import { refreshReferenceData } from './queries.ts';

/**
 * Reference-data writes (administrators). Each one refreshes every cached view of reference data
 * and the Modelgemeente's budget (refreshReferenceData) and waits for it.
 */
function useReferenceMutation<V, R>(request: (vars: V) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: request, onSuccess: () => refreshReferenceData(queryClient) });
}

/** Name and note of an existing salary table or rate card (its amounts never change). */
export function useEditVersionMeta(kind: 'salary-tables' | 'rate-cards', id: string) {
  return useReferenceMutation((body: { label: string; note: string | null }) =>
    api.patch(`/reference-data/${kind}/${encodeURIComponent(id)}`, body),
  );
}

export function useSaveDefaults() {
  return useReferenceMutation((patch: OrganisationDefaultsPatch) =>
    api.patch('/reference-data/organisation-defaults', patch),
  );
}

/**
 * Drops the organisation's own defaults; `onReset` gets the shipped ones it follows again. It runs
 * before the refresh, which hides the reset button (and would drop a per-call callback).
 */
export function useResetDefaults(onReset: (defaults: OrganisationDefaults) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete('/reference-data/organisation-defaults', OrganisationDefaultsSchema),
    onSuccess: async (defaults) => {
      onReset(defaults);
      await refreshReferenceData(queryClient);
    },
  });
}

export function useCreateSalaryTable() {
  return useReferenceMutation((body: SalaryTableCreate) =>
    api.post<{ label: string }>('/reference-data/salary-tables', body),
  );
}

export function useCreateRateCard() {
  return useReferenceMutation((body: RateCardCreate) =>
    api.post<RateCardWriteResult>('/reference-data/rate-cards', body),
  );
}

/** Adds a benchmark (`editingId` absent) or changes one. */
export function useSaveBenchmark(editingId?: string) {
  return useReferenceMutation((body: Omit<BenchmarkCreate, 'id'>) =>
    editingId
      ? api.patch<Benchmark>(`/reference-data/benchmarks/${encodeURIComponent(editingId)}`, body)
      : api.post<Benchmark>('/reference-data/benchmarks', body),
  );
}
