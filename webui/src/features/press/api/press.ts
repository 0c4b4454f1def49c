import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { components, paths } from '../../../types/api';

export type PortalPress = components['schemas']['PortalPress'];
export type PressTopic = components['schemas']['PressTopic'];
export type PressPlan = components['schemas']['PressPlan'];
export type PressConference = components['schemas']['PressConference'];
export type PressConferenceDetail = components['schemas']['PressConferenceDetail'];
export type TopicPage = paths['/api/v1/press/topics']['get']['responses']['200']['content']['application/json'];
export type ConferencePage = paths['/api/v1/press/conferences']['get']['responses']['200']['content']['application/json'];

export const CONFERENCE_KINDS = ['REGULAR', 'AD_HOC', 'EMERGENCY', 'BRIEFING'] as const;

/** The portal's press page of a year: the plan, upcoming conferences, past ones with their records (R28). */
export function usePortalPress(year: number) {
  return useQuery({ queryKey: ['portal', 'press', year], queryFn: () => api.get<PortalPress>('/api/v1/portal/press', { year }) });
}

export function usePressTopics(year: number) {
  return useQuery({ queryKey: ['press', 'topics', year], queryFn: () => api.get<TopicPage>('/api/v1/press/topics', { year, size: 100 }) });
}

export function usePressPlan(year: number) {
  return useQuery({ queryKey: ['press', 'plan', year], queryFn: () => api.get<PressPlan>(`/api/v1/press/plans/${year}`) });
}

export function useConferences() {
  return useQuery({ queryKey: ['press', 'conferences'], queryFn: () => api.get<ConferencePage>('/api/v1/press/conferences', { size: 50 }) });
}

export function useConference(id: number) {
  return useQuery({ queryKey: ['press', 'conference', id], queryFn: () => api.get<PressConferenceDetail>(`/api/v1/press/conferences/${id}`) });
}

/** Any press move: a POST to a path under /api/v1/press, then everything press-related is read again. */
export function usePressAction() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (a: { path: string; body?: object }) => api.post<unknown>(`/api/v1/press${a.path}`, a.body ?? {}),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['press'] });
      void qc.invalidateQueries({ queryKey: ['portal'] });
      void qc.invalidateQueries({ queryKey: ['items'] });
    },
  });
}
