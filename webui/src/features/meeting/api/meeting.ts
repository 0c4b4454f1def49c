import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { components, paths } from '../../../types/api';

export type Meeting = components['schemas']['Meeting'];
export type MeetingDetail = components['schemas']['MeetingDetail'];
export type MeetingTopic = components['schemas']['MeetingTopic'];
export type MeetingAttendee = components['schemas']['MeetingAttendee'];
export type MeetingDecision = components['schemas']['MeetingDecision'];
export type PortalMeeting = components['schemas']['PortalMeeting'];
export type PortalMeetingDetail = components['schemas']['PortalMeetingDetail'];
export type PortalMeetingPage = paths['/api/v1/portal/meetings']['get']['responses']['200']['content']['application/json'];
export type MeetingPage = paths['/api/v1/meetings']['get']['responses']['200']['content']['application/json'];

export const CATEGORIES = ['PUBLIC_INTEREST', 'DIRECTORS', 'LEADING_GROUP'] as const;
export const FORMATS = ['IN_PERSON', 'ONLINE', 'HYBRID'] as const;
export const MATERIAL_KINDS = ['AGENDA', 'SPEECH', 'DECISION', 'MINUTES', 'MEDIA'] as const;
export const ATTENDEE_CATEGORIES = ['STAKEHOLDER', 'PUBLIC', 'NPC_DEPUTY', 'CPPCC_MEMBER', 'EXPERT', 'MEDIA'] as const;
export const CHANNELS = ['WEIBO', 'WECHAT', 'NEWS_CLIENT'] as const;

/** A meeting's time as the portal shows it: the day and hours, in China. */
export function meetingTime(startsAt?: string, endsAt?: string, locale = 'zh-CN'): string {
  if (!startsAt || !endsAt) return '';
  const f = (s: string, withDay: boolean) => new Intl.DateTimeFormat(locale.startsWith('en') ? 'en-GB' : 'zh-CN', {
    timeZone: 'Asia/Shanghai', ...(withDay ? { year: 'numeric', month: 'long', day: 'numeric' } : {}), hour: '2-digit', minute: '2-digit', hour12: false,
  }).format(new Date(s));
  const day = (s: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(s));
  return `${f(startsAt, true)} — ${f(endsAt, day(startsAt) !== day(endsAt))}`;
}

export function usePortalMeetings(upcoming: boolean, page: number) {
  return useQuery({
    queryKey: ['portal', 'meetings', upcoming, page],
    queryFn: () => api.get<PortalMeetingPage>('/api/v1/portal/meetings', { upcoming: upcoming ? 'true' : 'false', page, size: 10 }),
    placeholderData: (p) => p,
  });
}

export function usePortalMeeting(id: number) {
  return useQuery({ queryKey: ['portal', 'meeting', id], queryFn: () => api.get<PortalMeetingDetail>(`/api/v1/portal/meetings/${id}`), retry: false });
}

export function useMeetings(f: { category?: string; state?: string; page: number }) {
  return useQuery({ queryKey: ['meetings', 'list', f], queryFn: () => api.get<MeetingPage>('/api/v1/meetings', { ...f, size: 20 }), placeholderData: (p) => p });
}

export function useMeeting(id: number) {
  return useQuery({ queryKey: ['meetings', 'detail', id], queryFn: () => api.get<MeetingDetail>(`/api/v1/meetings/${id}`) });
}

/** Every move in the console: set up, notice, held, cancel, materials, hand-over, topics, attendees, the materials item. */
export function useMeetingAction() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (a: { path: string; body?: object; method?: 'POST' | 'PUT' }) =>
      a.method === 'PUT' ? api.put<unknown>(`/api/v1/meetings${a.path}`, a.body ?? {}) : api.post<unknown>(`/api/v1/meetings${a.path}`, a.body ?? {}),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['meetings'] });
      void qc.invalidateQueries({ queryKey: ['items'] });
    },
  });
}
