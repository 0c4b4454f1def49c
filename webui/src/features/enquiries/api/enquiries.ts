import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiFetch, QUERY_CODE_HEADER } from '../../../lib/api-client';
import type { components, paths } from '../../../types/api';

export type Challenge = components['schemas']['Challenge'];
export type Submission = components['schemas']['EnquirySubmission'];
export type Receipt = components['schemas']['EnquiryReceipt'];
export type Progress = components['schemas']['EnquiryProgress'];
export type Answered = components['schemas']['AnsweredEnquiry'];
export type StaffEnquiry = components['schemas']['StaffEnquiry'];
export type EnquiryDetail = components['schemas']['EnquiryDetail'];
export type Month = components['schemas']['EnquiryMonth'];
export type AnsweredPage = paths['/api/v1/enquiries/answered']['get']['responses']['200']['content']['application/json'];
export type StaffPage = paths['/api/v1/enquiries']['get']['responses']['200']['content']['application/json'];
export const CATEGORIES = ['ENROLMENT', 'STUDENT_AID', 'FEES', 'TEACHERS', 'EXAMS', 'SAFETY', 'SCHOOL_MANAGEMENT', 'OTHER'] as const;
export const CLOSING = ['ANSWERED', 'NO_POLICY_BASIS', 'NOT_TRUE', 'NOT_OUR_DUTY', 'DUPLICATE'] as const;
export const TICKET_TYPES = ['CONSULT', 'COMPLAINT', 'HELP', 'SUGGESTION', 'REPORT'] as const;
export const ENQUIRY_STATES = ['REGISTERED', 'TRANSFERRED', 'ANSWERED', 'CLOSED'] as const;

export function useChallenge() {
  return useQuery({ queryKey: ['enquiries', 'challenge'], queryFn: () => api.get<Challenge>('/api/v1/enquiries/challenge'), staleTime: 0, gcTime: 0 });
}

/** The Idempotency-Key makes a retried submission (a phone on a bad network) return the first receipt. */
export function useSubmitEnquiry() {
  return useMutation({
    mutationFn: ({ body, key }: { body: Submission; key: string }) =>
      apiFetch<Receipt>('POST', '/api/v1/enquiries', { body, headers: { 'Idempotency-Key': key } }),
  });
}

export function useTrack(trackingNo?: string, code?: string) {
  return useQuery({
    queryKey: ['enquiries', 'track', trackingNo, code],
    queryFn: () => apiFetch<Progress>('GET', '/api/v1/enquiries/track', { query: { trackingNo }, headers: { [QUERY_CODE_HEADER]: code ?? '' } }),
    enabled: !!trackingNo && !!code,
    retry: false,
  });
}

export function useRate() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: { trackingNo: string; code: string; rating: number; comment?: string }) => api.post<Progress>('/api/v1/enquiries/track/rating', b),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['enquiries', 'track'] }),
  });
}

export function useAnswered(q: string, category: string | undefined, page: number) {
  return useQuery({
    queryKey: ['enquiries', 'answered', q, category, page],
    queryFn: () => api.get<AnsweredPage>('/api/v1/enquiries/answered', { q, category, page, size: 10 }),
    placeholderData: (p) => p,
  });
}

export function useStatistics(year: number) {
  return useQuery({ queryKey: ['enquiries', 'stats', year], queryFn: () => api.get<Month[]>('/api/v1/enquiries/statistics', { year }) });
}

export interface StaffFilters {
  channel?: string;
  department?: string;
  state?: string;
  due?: string;
  q?: string;
  page: number;
  size: number;
}

export function useStaffEnquiries(f: StaffFilters) {
  return useQuery({ queryKey: ['enquiries', 'staff', f], queryFn: () => api.get<StaffPage>('/api/v1/enquiries', { ...f }), placeholderData: (p) => p });
}

export function useEnquiry(id: number) {
  return useQuery({ queryKey: ['enquiries', 'detail', id], queryFn: () => api.get<EnquiryDetail>(`/api/v1/enquiries/${id}`) });
}

/** The staff moves; each invalidates the lists and the ledger. */
export function useEnquiryMove(id: number) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ path, body }: { path: string; body?: unknown }) => api.post<unknown>(`/api/v1/enquiries/${id}/${path}`, body),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['enquiries'] });
      void qc.invalidateQueries({ queryKey: ['obligations'] });
    },
  });
}

export function useRegisterTicket() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (b: components['schemas']['HotlineTicket']) => api.post<StaffEnquiry>('/api/v1/enquiries/tickets', b),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['enquiries'] }),
  });
}
