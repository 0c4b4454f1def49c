import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { components, paths } from '../../../types/api';

export type AdminDecision = components['schemas']['AdminDecision'];
export type AdminDecisionDetail = components['schemas']['AdminDecisionDetail'];
export type AdminDecisionRequest = components['schemas']['AdminDecisionRequest'];
export type PortalAdminDecision = components['schemas']['PortalAdminDecision'];
export type PortalDecisionPage = paths['/api/v1/portal/double-publicity']['get']['responses']['200']['content']['application/json'];
export type DecisionPage = paths['/api/v1/double-publicity']['get']['responses']['200']['content']['application/json'];

export const KINDS = ['LICENSING', 'PENALTY'] as const;
export const PARTY_CATEGORIES = ['LEGAL_PERSON', 'OTHER_ORGANISATION', 'INDIVIDUAL_BUSINESS', 'NATURAL_PERSON'] as const;
export const LICENCE_CATEGORIES = ['普通', '特许', '认可', '核准', '登记', '其他'] as const;
export const STATES = ['RECORDED', 'PUBLISHED', 'ENDED', 'REVOKED'] as const;

export function usePortalDecisions(kind: string, q: string | undefined, page: number) {
  return useQuery({
    queryKey: ['portal', 'double-publicity', kind, q, page],
    queryFn: () => api.get<PortalDecisionPage>('/api/v1/portal/double-publicity', { kind, q, page, size: 10 }),
    placeholderData: (p) => p,
  });
}

export function useDecisions(f: { kind?: string; state?: string; page: number }) {
  return useQuery({ queryKey: ['double-publicity', 'list', f], queryFn: () => api.get<DecisionPage>('/api/v1/double-publicity', { ...f, size: 20 }), placeholderData: (p) => p });
}

export function useDecision(id: number) {
  return useQuery({ queryKey: ['double-publicity', 'detail', id], queryFn: () => api.get<AdminDecisionDetail>(`/api/v1/double-publicity/${id}`) });
}

/** Every move: record, draft the publicity, correct, revoke. */
export function usePublicityAction() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (a: { path: string; body?: object }) => api.post<unknown>(`/api/v1/double-publicity${a.path}`, a.body ?? {}),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['double-publicity'] });
      void qc.invalidateQueries({ queryKey: ['items'] });
    },
  });
}
