import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiFetch, QUERY_CODE_HEADER } from '../../../lib/api-client';
import type { components, paths } from '../../../types/api';

export type ApplicationRequest = components['schemas']['ApplicationRequest'];
export type ApplicationReceipt = components['schemas']['ApplicationReceipt'];
export type ApplicationProgress = components['schemas']['ApplicationProgress'];
export type StaffApplication = components['schemas']['StaffApplication'];
export type ApplicationDetail = components['schemas']['ApplicationDetail'];
export type ApplicationPage = paths['/api/v1/applications']['get']['responses']['200']['content']['application/json'];
export type Outcome = NonNullable<components['schemas']['ApplicationDecision']['outcome']>;

export const APPLICANT_TYPES = ['NATURAL_PERSON', 'COMMERCIAL', 'RESEARCH', 'NON_PROFIT', 'LEGAL_SERVICE', 'OTHER_ORG'] as const;
export const DELIVERY_FORMS = ['UPLOAD', 'EMAIL', 'POST', 'COLLECT'] as const;
export type ApplicationState = NonNullable<StaffApplication['state']>;
/**
 * Every state of the generated type, in the order of the workflow: `satisfies` makes a state added to (or removed
 * from) the API a compile error here, instead of a filter that silently misses it (FEE_PENDING once was).
 */
const STATE_ORDER = { RECEIVED: 1, IN_CORRECTION: 2, THIRD_PARTY: 3, FEE_PENDING: 4, DECIDED: 5, DELIVERED: 6, CLOSED: 7 } satisfies Record<ApplicationState, number>;
export const APPLICATION_STATES = (Object.keys(STATE_ORDER) as ApplicationState[]).sort((a, b) => STATE_ORDER[a] - STATE_ORDER[b]);
export const OUTCOMES: Outcome[] = [
  'DISCLOSED', 'PARTIALLY_DISCLOSED', 'NOT_DISCLOSED_STATE_SECRET', 'NOT_DISCLOSED_PROHIBITED_BY_LAW', 'NOT_DISCLOSED_SECURITY',
  'NOT_DISCLOSED_THIRD_PARTY', 'NOT_DISCLOSED_INTERNAL_AFFAIRS', 'NOT_DISCLOSED_PROCESS_INFO', 'NOT_DISCLOSED_ENFORCEMENT_FILE',
  'NOT_DISCLOSED_ADMIN_QUERY', 'UNABLE_NOT_HELD', 'UNABLE_NEEDS_CREATION', 'UNABLE_STILL_UNCLEAR', 'NOT_PROCESSED_PETITION',
  'NOT_PROCESSED_REPEATED', 'NOT_PROCESSED_PUBLICATION', 'NOT_PROCESSED_EXCESSIVE', 'NOT_PROCESSED_CONFIRMATION',
  'OTHER_NO_CORRECTION', 'OTHER_UNPAID_FEE', 'OTHER',
];

export function useApply() {
  return useMutation({
    mutationFn: ({ body, key }: { body: ApplicationRequest; key: string }) =>
      apiFetch<ApplicationReceipt>('POST', '/api/v1/applications', { body, headers: { 'Idempotency-Key': key } }),
  });
}

export function useApplicationProgress(trackingNo?: string, code?: string) {
  return useQuery({
    queryKey: ['applications', 'track', trackingNo, code],
    queryFn: () => apiFetch<ApplicationProgress>('GET', '/api/v1/applications/track', { query: { trackingNo }, headers: { [QUERY_CODE_HEADER]: code ?? '' } }),
    enabled: !!trackingNo && !!code,
    retry: false,
  });
}

export function useApplications(f: { state?: string; q?: string; page: number; size: number }) {
  return useQuery({ queryKey: ['applications', 'list', f], queryFn: () => api.get<ApplicationPage>('/api/v1/applications', { ...f }), placeholderData: (p) => p });
}

export function useApplication(id: number) {
  return useQuery({ queryKey: ['applications', 'detail', id], queryFn: () => api.get<ApplicationDetail>(`/api/v1/applications/${id}`) });
}

export function useApplicationMove(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body }: { path: string; body?: unknown }) => api.post<unknown>(`/api/v1/applications/${id}/${path}`, body),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['applications'] });
      void qc.invalidateQueries({ queryKey: ['obligations'] });
    },
  });
}
