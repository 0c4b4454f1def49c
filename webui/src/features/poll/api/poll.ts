import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiFetch } from '../../../lib/api-client';
import type { components, paths } from '../../../types/api';

export type PollForm = components['schemas']['PollForm'];
export type PollQuestion = components['schemas']['PollQuestion'];
export type PollAnswer = components['schemas']['PollAnswer'];
export type PollResults = components['schemas']['PollResults'];
export type PollQuestionResult = components['schemas']['PollQuestionResult'];
export type PortalPoll = components['schemas']['PortalPoll'];
export type Poll = components['schemas']['Poll'];
export type PollDetail = components['schemas']['PollDetail'];
export type PollTopic = components['schemas']['PollTopic'];
export type PollRequest = components['schemas']['PollRequest'];
export type Answers = Record<string, PollAnswer>;
export type PortalPollPage = paths['/api/v1/portal/polls']['get']['responses']['200']['content']['application/json'];
export type PollPage = paths['/api/v1/polls']['get']['responses']['200']['content']['application/json'];

export const QUESTION_TYPES = ['SINGLE', 'MULTIPLE', 'SCALE', 'RANKING', 'MATRIX', 'TEXT'] as const;

/** Whether a question is shown, given the answers so far (the server's rule: its condition's option chosen). */
export function shown(q: PollQuestion, answers: Answers): boolean {
  if (!q.showIf) return true;
  const a = answers[q.showIf.question ?? ''];
  if (!a) return false;
  return a.option === q.showIf.option || (a.options ?? []).includes(q.showIf.option ?? '');
}

/** The answers without those to questions no longer shown (a condition changed). */
export function visibleAnswers(form: PollForm | undefined, answers: Answers): Answers {
  const out: Answers = {};
  for (const q of form?.questions ?? []) {
    const a = answers[q.key ?? ''];
    if (a && shown(q, out)) out[q.key ?? ''] = a;
  }
  return out;
}

export function usePortalPolls(status: 'open' | 'closed', page: number) {
  return useQuery({ queryKey: ['portal', 'polls', status, page], queryFn: () => api.get<PortalPollPage>('/api/v1/portal/polls', { status, page, size: 10 }), placeholderData: (p) => p });
}

export function usePortalPoll(id: number) {
  return useQuery({ queryKey: ['portal', 'poll', id], queryFn: () => api.get<PortalPoll>(`/api/v1/portal/polls/${id}`), retry: false });
}

export function usePollResults(id: number, enabled: boolean) {
  return useQuery({ queryKey: ['portal', 'poll', id, 'results'], queryFn: () => api.get<PollResults>(`/api/v1/portal/polls/${id}/results`), enabled, retry: false });
}

export function usePhoneCheck(id: number) {
  return useMutation({
    mutationFn: (body: { phone: string; challengeId?: string; challengeAnswer: string }) =>
      api.post<{ checkId?: string; minutes?: number }>(`/api/v1/portal/polls/${id}/phone-checks`, body),
  });
}

export function useAnswerPoll(id: number) {
  return useMutation({
    mutationFn: ({ body, key }: { body: { answers: Answers; checkId?: string; code?: string; name?: string; phone?: string }; key: string }) =>
      apiFetch<{ received?: boolean }>('POST', `/api/v1/portal/polls/${id}/responses`, { body, headers: { 'Idempotency-Key': key } }),
  });
}

// ------------------------------------------------------------------ console

export function usePolls(page: number) {
  return useQuery({ queryKey: ['polls', 'list', page], queryFn: () => api.get<PollPage>('/api/v1/polls', { page, size: 20 }), placeholderData: (p) => p });
}

export function usePoll(id: number) {
  return useQuery({ queryKey: ['polls', 'detail', id], queryFn: () => api.get<PollDetail>(`/api/v1/polls/${id}`), refetchInterval: 30_000 });
}

export function usePollTopics(year: number) {
  return useQuery({ queryKey: ['polls', 'topics', year], queryFn: () => api.get<PollTopic[]>('/api/v1/polls/topics', { year }) });
}

/** Every move in the console: propose or decide a topic, set up a poll, enter a response, draft the report. */
export function usePollAction() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (a: { path: string; body: object }) => api.post<unknown>(`/api/v1/polls${a.path}`, a.body),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['polls'] });
      void qc.invalidateQueries({ queryKey: ['items'] });
    },
  });
}
