import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { components, paths } from '../../../types/api';

export type Obligation = components['schemas']['Obligation'];
export type ObligationStatus = NonNullable<Obligation['status']>;
export const STATUSES: ObligationStatus[] = ['OPEN', 'DUE_SOON', 'OVERDUE', 'PAUSED', 'MET', 'MET_LATE', 'CUT_SHORT', 'CANCELLED'];
export type ObligationKind = NonNullable<Obligation['kind']>;
export const KINDS: ObligationKind[] = ['DEADLINE', 'MINIMUM', 'HOURS', 'QUOTA'];

export type ObligationFilters = {
  department?: string;
  rule?: string;
  status?: ObligationStatus;
  kind?: ObligationKind;
  dueFrom?: string;
  dueTo?: string;
  page: number;
  size: number;
  sort?: string;
};

export type ObligationPage = paths['/api/v1/obligations']['get']['responses']['200']['content']['application/json'];
export type ObligationSummary = paths['/api/v1/obligations/summary']['get']['responses']['200']['content']['application/json'];

export function useObligations(f: ObligationFilters) {
  return useQuery({
    queryKey: ['obligations', 'list', f],
    queryFn: () => api.get<ObligationPage>('/api/v1/obligations', { ...f }),
    placeholderData: (prev) => prev,
  });
}

export function useObligationSummary(department?: string) {
  return useQuery({
    queryKey: ['obligations', 'summary', department],
    queryFn: () => api.get<ObligationSummary>('/api/v1/obligations/summary', { department }),
  });
}
