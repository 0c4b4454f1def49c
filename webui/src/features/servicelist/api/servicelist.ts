import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { components, paths } from '../../../types/api';

export type ServiceList = components['schemas']['ServiceList'];
export type ServiceEntry = components['schemas']['ServiceEntry'];
export type PortalServiceList = components['schemas']['PortalServiceList'];
export type PortalServiceEntry = components['schemas']['PortalServiceEntry'];
export type ServiceListVersion = components['schemas']['ServiceListVersion'];
export type EntryPage = paths['/api/v1/service-lists/{kind}/entries']['get']['responses']['200']['content']['application/json'];
export type PortalEntryPage = paths['/api/v1/portal/service-lists/{kind}/entries']['get']['responses']['200']['content']['application/json'];

/** 权责清单, 公共服务事项清单, 办事指南 (R35). */
export const KINDS = ['POWER', 'PUBLIC_SERVICE', 'GUIDE'] as const;
export type Kind = (typeof KINDS)[number];
export const POWER_CATEGORIES = ['行政许可', '行政处罚', '行政强制', '行政征收', '行政给付', '行政检查', '行政确认', '行政奖励', '行政裁决', '其他行政权力'];

export function useServiceLists() {
  return useQuery({ queryKey: ['service-lists', 'all'], queryFn: () => api.get<ServiceList[]>('/api/v1/service-lists') });
}

export function useServiceEntries(kind: Kind, f: { q?: string; department?: string; page: number }) {
  return useQuery({
    queryKey: ['service-lists', 'entries', kind, f],
    queryFn: () => api.get<EntryPage>(`/api/v1/service-lists/${kind}/entries`, { ...f, size: 20 }),
    placeholderData: (p) => p,
  });
}

/** Every move: add, change, retire an entry; draft the list for the review. */
export function useServiceListAction() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (a: { path: string; body?: object; method?: 'POST' | 'PUT' }) =>
      a.method === 'PUT' ? api.put<unknown>(`/api/v1/service-lists${a.path}`, a.body ?? {}) : api.post<unknown>(`/api/v1/service-lists${a.path}`, a.body ?? {}),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['service-lists'] });
      void qc.invalidateQueries({ queryKey: ['items'] });
    },
  });
}

export function usePortalServiceLists() {
  return useQuery({ queryKey: ['portal', 'service-lists'], queryFn: () => api.get<PortalServiceList[]>('/api/v1/portal/service-lists') });
}

export function usePortalServiceVersions(kind: Kind, enabled: boolean) {
  return useQuery({ queryKey: ['portal', 'service-lists', 'versions', kind], queryFn: () => api.get<ServiceListVersion[]>(`/api/v1/portal/service-lists/${kind}/versions`), enabled });
}

export function usePortalServiceEntries(kind: Kind, f: { version?: number; q?: string; page: number }, enabled: boolean) {
  return useQuery({
    queryKey: ['portal', 'service-lists', 'entries', kind, f],
    queryFn: () => api.get<PortalEntryPage>(`/api/v1/portal/service-lists/${kind}/entries`, { ...f, size: 10 }),
    placeholderData: (p) => p,
    enabled,
  });
}

export function usePortalServiceEntry(kind: string, code: string, version?: number) {
  return useQuery({
    queryKey: ['portal', 'service-lists', 'entry', kind, code, version],
    queryFn: () => api.get<PortalServiceEntry>(`/api/v1/portal/service-lists/${kind}/entries/${encodeURIComponent(code)}`, { version }),
  });
}
