import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { components, paths } from '../../../types/api';

export type OpinionEvent = components['schemas']['OpinionEvent'];
export type OpinionDetail = components['schemas']['OpinionEventDetail'];
export type OpinionEventRequest = components['schemas']['OpinionEventRequest'];
export type OpinionResponseRequest = components['schemas']['OpinionResponseRequest'];
export type OpinionPage = paths['/api/v1/opinion-events']['get']['responses']['200']['content']['application/json'];

export const CATEGORIES = ['MISREAD_POLICY', 'VITAL_INTERESTS', 'LIVELIHOOD', 'EMERGENCY', 'HIGHER_REQUEST', 'OTHER'] as const;
export const LEVELS = ['GENERAL', 'LARGER', 'MAJOR', 'EXTRA_MAJOR'] as const;
export const SOURCES = ['MEDIA', 'SOCIAL_MEDIA', 'HOTLINE_12345', 'HIGHER_AUTHORITY', 'OTHER'] as const;
export const STATES = ['OPEN', 'RESPONDED', 'CLOSED'] as const;
export const RESPONSE_FORMS = ['AUTHORITATIVE_RELEASE', 'PRESS_CONFERENCE', 'BRIEFING', 'INTERVIEW', 'PLATFORM_REPLY', 'FOLLOW_UP'] as const;

export interface OpinionFilters {
  state?: string;
  category?: string;
  level?: string;
  department?: string;
  due?: string;
  page: number;
  size: number;
}

export function useOpinionEvents(f: OpinionFilters) {
  return useQuery({ queryKey: ['opinion', 'list', f], queryFn: () => api.get<OpinionPage>('/api/v1/opinion-events', { ...f }), placeholderData: (p) => p });
}

export function useOpinionEvent(id: number) {
  return useQuery({ queryKey: ['opinion', 'detail', id], queryFn: () => api.get<OpinionDetail>(`/api/v1/opinion-events/${id}`) });
}

function useInvalidate() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['opinion'] });
    void qc.invalidateQueries({ queryKey: ['obligations'] });
  };
}

export function useLogOpinion() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: OpinionEventRequest) => api.post<OpinionEvent>('/api/v1/opinion-events', body), onSuccess: invalidate });
}

/** respond, close, or save the notes of one event */
export function useOpinionAction(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { kind: 'responses' | 'closure' | 'notes'; body: object }) =>
      a.kind === 'notes'
        ? api.put<OpinionDetail>(`/api/v1/opinion-events/${id}/notes`, a.body)
        : api.post<OpinionDetail>(`/api/v1/opinion-events/${id}/${a.kind}`, a.body),
    onSuccess: invalidate,
  });
}
