import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiFetch } from '../../../lib/api-client';
import type { components, paths } from '../../../types/api';

export type PortalConsultation = components['schemas']['PortalConsultation'];
export type PortalConsultationDetail = components['schemas']['PortalConsultationDetail'];
export type PortalComment = components['schemas']['PortalConsultationComment'];
export type CommentSubmission = components['schemas']['ConsultationCommentSubmission'];
export type CommentReceipt = components['schemas']['ConsultationReceipt'];
export type CommentStatus = components['schemas']['ConsultationCommentStatus'];
export type Consultation = components['schemas']['Consultation'];
export type ConsultationDetail = components['schemas']['ConsultationDetail'];
export type ConsultationRequest = components['schemas']['ConsultationRequest'];
export type StaffComment = components['schemas']['ConsultationStaffComment'];
export type Exemption = components['schemas']['ConsultationExemption'];
export type PortalPage = paths['/api/v1/portal/consultations']['get']['responses']['200']['content']['application/json'];
export type PortalCommentPage = paths['/api/v1/portal/consultations/{id}/comments']['get']['responses']['200']['content']['application/json'];
export type ConsultationPage = paths['/api/v1/consultations']['get']['responses']['200']['content']['application/json'];
export type StaffCommentPage = paths['/api/v1/consultations/{id}/comments']['get']['responses']['200']['content']['application/json'];

export const PHASES = ['DRAFT', 'UPCOMING', 'OPEN', 'CLOSED', 'REPORTING', 'REPORTED'] as const;
export const FATES = ['ADOPTED', 'PARTLY_ADOPTED', 'NOT_ADOPTED', 'OUT_OF_SCOPE'] as const;
export const CHANNELS = ['LETTER', 'EMAIL', 'SYMPOSIUM', 'HEARING'] as const;
export const COMMENT_STATES = ['PENDING', 'PUBLISHED', 'HIDDEN', 'MERGED'] as const;
export const GROUNDS = ['SECRET', 'EMERGENCY', 'LEGAL_PROVISION', 'CONSULTED_ELSEWHERE'] as const;

/** A refusal and "out of scope" state their reason (R30). */
export const fateNeedsReason = (fate?: string) => fate === 'NOT_ADOPTED' || fate === 'OUT_OF_SCOPE';

// ------------------------------------------------------------------ portal

export function usePortalConsultations(status: 'open' | 'closed', q: string | undefined, page: number) {
  return useQuery({
    queryKey: ['portal', 'consultations', status, q, page],
    queryFn: () => api.get<PortalPage>('/api/v1/portal/consultations', { status, q, page, size: 10 }),
    placeholderData: (p) => p,
  });
}

export function usePortalConsultation(id: number) {
  return useQuery({ queryKey: ['portal', 'consultation', id], queryFn: () => api.get<PortalConsultationDetail>(`/api/v1/portal/consultations/${id}`), retry: false });
}

export function usePortalComments(id: number, page: number) {
  return useQuery({
    queryKey: ['portal', 'consultation', id, 'comments', page],
    queryFn: () => api.get<PortalCommentPage>(`/api/v1/portal/consultations/${id}/comments`, { page, size: 20 }),
    placeholderData: (p) => p,
  });
}

export function useCommentStatus(refNo?: string) {
  return useQuery({
    queryKey: ['portal', 'consultation-comment', refNo],
    queryFn: () => api.get<CommentStatus>(`/api/v1/portal/consultations/comments/${encodeURIComponent(refNo ?? '')}`),
    enabled: !!refNo,
    retry: false,
  });
}

/** The Idempotency-Key makes a retried comment (a phone on a bad network) return the first receipt. */
export function useSubmitComment(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ body, key }: { body: CommentSubmission; key: string }) =>
      apiFetch<CommentReceipt>('POST', `/api/v1/portal/consultations/${id}/comments`, { body, headers: { 'Idempotency-Key': key } }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['portal', 'consultation', id] }),
  });
}

// ------------------------------------------------------------------ console

export function useConsultations(f: { phase?: string; q?: string; page: number; size: number }) {
  return useQuery({ queryKey: ['consultations', 'list', f], queryFn: () => api.get<ConsultationPage>('/api/v1/consultations', { ...f }), placeholderData: (p) => p });
}

export function useConsultationsOf(documentId: number, enabled: boolean) {
  return useQuery({ queryKey: ['consultations', 'of', documentId], queryFn: () => api.get<ConsultationPage>('/api/v1/consultations', { documentId, size: 5 }), enabled });
}

export function useConsultation(id: number) {
  return useQuery({ queryKey: ['consultations', 'detail', id], queryFn: () => api.get<ConsultationDetail>(`/api/v1/consultations/${id}`) });
}

export function useStaffComments(id: number, state: string | undefined, page: number) {
  return useQuery({
    queryKey: ['consultations', 'comments', id, state, page],
    queryFn: () => api.get<StaffCommentPage>(`/api/v1/consultations/${id}/comments`, { state, page, size: 50 }),
    placeholderData: (p) => p,
  });
}

export function useExemptions(query: { documentId?: number; state?: string }, enabled = true) {
  return useQuery({ queryKey: ['consultations', 'exemptions', query], queryFn: () => api.get<Exemption[]>('/api/v1/consultations/exemptions', { ...query }), enabled });
}

function useInvalidate() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['consultations'] });
    void qc.invalidateQueries({ queryKey: ['items'] });
    void qc.invalidateQueries({ queryKey: ['obligations'] });
  };
}

export function useCreateConsultation() {
  const invalidate = useInvalidate();
  return useMutation({ mutationFn: (body: ConsultationRequest) => api.post<ConsultationDetail>('/api/v1/consultations', body), onSuccess: invalidate });
}

/** Every move of one consultation: extension, comments entered, moderation, fates, their approval, the report. */
export function useConsultationAction(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { path: string; body?: object }) => api.post<unknown>(`/api/v1/consultations/${id}/${a.path}`, a.body ?? {}),
    onSuccess: invalidate,
  });
}

export function useExemptionAction() {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (a: { path: string; body: object }) => api.post<Exemption>(`/api/v1/consultations/exemptions${a.path}`, a.body),
    onSuccess: invalidate,
  });
}
