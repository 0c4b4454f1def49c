import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { components, paths } from '../../../types/api';

export type InspectionMatter = components['schemas']['InspectionMatter'];
export type InspectionTask = components['schemas']['InspectionTask'];
export type InspectionTaskSummary = components['schemas']['InspectionTaskSummary'];
export type InspectionAssignment = components['schemas']['InspectionAssignment'];
export type InspectionReplay = components['schemas']['InspectionReplay'];
export type TaskPage = paths['/api/v1/inspections/tasks']['get']['responses']['200']['content']['application/json'];
export type InspectionTarget = components['schemas']['InspectionTarget'];
export type Inspector = components['schemas']['Inspector'];
export type TargetPage = paths['/api/v1/inspections/targets']['get']['responses']['200']['content']['application/json'];
export type InspectorPage = paths['/api/v1/inspections/inspectors']['get']['responses']['200']['content']['application/json'];

/** The target directory, paged, by part of the name or the credit code. */
export function useTargets(q: string | undefined, page: number) {
  return useQuery({ queryKey: ['inspections', 'targets', q, page], queryFn: () => api.get<TargetPage>('/api/v1/inspections/targets', { q, page, size: 10 }), placeholderData: (p) => p });
}

/** The inspector directory, paged, by part of the name or the certificate number. */
export function useInspectors(q: string | undefined, page: number) {
  return useQuery({ queryKey: ['inspections', 'inspectors', q, page], queryFn: () => api.get<InspectorPage>('/api/v1/inspections/inspectors', { q, page, size: 10 }), placeholderData: (p) => p });
}

export function useMatters() {
  return useQuery({ queryKey: ['inspections', 'matters'], queryFn: () => api.get<InspectionMatter[]>('/api/v1/inspections/matters') });
}

export function useInspectionTasks(page: number) {
  return useQuery({ queryKey: ['inspections', 'tasks', page], queryFn: () => api.get<TaskPage>('/api/v1/inspections/tasks', { page, size: 20 }), placeholderData: (p) => p });
}

export function useInspectionTask(id: number) {
  return useQuery({ queryKey: ['inspections', 'task', id], queryFn: () => api.get<InspectionTask>(`/api/v1/inspections/tasks/${id}`) });
}

export function useReplay(id: number, enabled: boolean) {
  return useQuery({ queryKey: ['inspections', 'replay', id], queryFn: () => api.get<InspectionReplay>(`/api/v1/inspections/tasks/${id}/replay`), enabled });
}

/** Every move: a matter, a target, an inspector, a conflict, a draw, a result, the results item. */
export function useInspectionAction() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (a: { path: string; body?: object; method?: 'POST' | 'PUT' }) =>
      a.method === 'PUT' ? api.put<unknown>(`/api/v1/inspections${a.path}`, a.body ?? {}) : api.post<unknown>(`/api/v1/inspections${a.path}`, a.body ?? {}),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['inspections'] });
      void qc.invalidateQueries({ queryKey: ['items'] });
    },
  });
}
