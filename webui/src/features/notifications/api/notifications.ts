import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { components, paths } from '../../../types/api';

export type Notification = components['schemas']['Notification'];
export type NotificationPage = paths['/api/v1/notifications']['get']['responses']['200']['content']['application/json'];

/** The bell's count, refreshed every 30 seconds (and when the window regains focus). */
export function useUnreadCount() {
  return useQuery({
    queryKey: ['notifications', 'unread'],
    queryFn: () => api.get<components['schemas']['UnreadCount']>('/api/v1/notifications/unread-count'),
    refetchInterval: 30_000,
  });
}

export function useNotifications(enabled: boolean) {
  return useQuery({
    queryKey: ['notifications', 'list'],
    queryFn: () => api.get<NotificationPage>('/api/v1/notifications', { size: 20 }),
    enabled,
  });
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: number | 'all') =>
      id === 'all' ? api.post('/api/v1/notifications/read-all') : api.post(`/api/v1/notifications/${id}/read`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['notifications'] }),
  });
}
