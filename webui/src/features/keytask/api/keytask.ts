import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiSend } from '../../../lib/api-client';
import type { components, paths } from '../../../types/api';

export type KeyTask = components['schemas']['KeyTask'];
export type KeyTaskDetail = components['schemas']['KeyTaskDetail'];
export type KeyTaskYear = components['schemas']['KeyTaskYear'];
export type KeyTaskRound = components['schemas']['KeyTaskRound'];
export type PortalKeyTask = components['schemas']['PortalKeyTask'];
export type PortalKeyTaskDetail = components['schemas']['PortalKeyTaskDetail'];
export type PortalKeyTaskSummary = components['schemas']['PortalKeyTaskSummary'];
export type KeyTaskPage = paths['/api/v1/key-tasks']['get']['responses']['200']['content']['application/json'];
export type PortalKeyTaskPage = paths['/api/v1/portal/key-tasks']['get']['responses']['200']['content']['application/json'];

export const SOURCES = ['NATIONAL_REPORT', 'PROVINCIAL_REPORT', 'CITY_REPORT', 'BUREAU_POINTS', 'OTHER'] as const;
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function useKeyTasks(f: { year: number; department?: string; page: number }) {
  return useQuery({ queryKey: ['key-tasks', 'list', f], queryFn: () => api.get<KeyTaskPage>('/api/v1/key-tasks', { ...f, size: 20 }), placeholderData: (p) => p });
}

export function useKeyTask(id: number) {
  return useQuery({ queryKey: ['key-tasks', 'detail', id], queryFn: () => api.get<KeyTaskDetail>(`/api/v1/key-tasks/${id}`) });
}

export function useKeyTaskYear(year: number) {
  return useQuery({ queryKey: ['key-tasks', 'year', year], queryFn: () => api.get<KeyTaskYear>(`/api/v1/key-tasks/years/${year}`) });
}

/** Every move on the ledger: add, change, report, rectify, draft the division or a round. */
export function useKeyTaskAction() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (a: { path: string; body?: object; method?: 'POST' | 'PUT' }) =>
      a.method === 'PUT' ? api.put<unknown>(`/api/v1/key-tasks${a.path}`, a.body ?? {}) : api.post<unknown>(`/api/v1/key-tasks${a.path}`, a.body ?? {}),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['key-tasks'] });
      void qc.invalidateQueries({ queryKey: ['items'] });
    },
  });
}

/** A CSV or XLSX sheet of new tasks, all or nothing. */
export function useKeyTaskImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => apiSend<{ created: number }>('/api/v1/key-tasks/import', file, file.name.toLowerCase().endsWith('.xlsx') ? XLSX : 'text/csv'),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['key-tasks'] }),
  });
}

export function usePortalKeyTasks(f: { year?: number; department?: string; q?: string; page: number }) {
  return useQuery({ queryKey: ['portal', 'key-tasks', f], queryFn: () => api.get<PortalKeyTaskPage>('/api/v1/portal/key-tasks', { ...f, size: 10 }), placeholderData: (p) => p });
}

export function usePortalKeyTaskSummary(year?: number) {
  return useQuery({ queryKey: ['portal', 'key-tasks', 'summary', year], queryFn: () => api.get<PortalKeyTaskSummary>('/api/v1/portal/key-tasks/summary', { year }) });
}

export function usePortalKeyTask(id: number) {
  return useQuery({ queryKey: ['portal', 'key-tasks', 'detail', id], queryFn: () => api.get<PortalKeyTaskDetail>(`/api/v1/portal/key-tasks/${id}`) });
}
