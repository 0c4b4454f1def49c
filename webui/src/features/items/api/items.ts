import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { components, paths } from '../../../types/api';

export type Item = components['schemas']['Item'];
export type ItemDetail = components['schemas']['ItemDetail'];
export type ItemRequest = components['schemas']['ItemRequest'];
export type ReviewOpinion = components['schemas']['ReviewOpinion'];
export type AttributeBasis = components['schemas']['AttributeBasis'];
export type ItemPage = paths['/api/v1/items']['get']['responses']['200']['content']['application/json'];
export type ItemState = NonNullable<Item['state']>;
export const ITEM_STATES: ItemState[] = ['DRAFT', 'SUBMITTED', 'DEPT_APPROVED', 'RETURNED', 'PUBLISHED', 'DECIDED', 'WITHDRAWN'];

export interface ItemFilters {
  state?: string;
  column?: string;
  department?: string;
  q?: string;
  page: number;
  size: number;
}

export function useItems(f: ItemFilters) {
  return useQuery({ queryKey: ['items', 'list', f], queryFn: () => api.get<ItemPage>('/api/v1/items', { ...f }), placeholderData: (p) => p });
}

export function useReviewQueue() {
  return useQuery({ queryKey: ['items', 'queue'], queryFn: () => api.get<ItemPage>('/api/v1/items/review-queue', { size: 50 }) });
}

export function useItem(id?: number) {
  return useQuery({ queryKey: ['items', 'detail', id], queryFn: () => api.get<ItemDetail>(`/api/v1/items/${id}`), enabled: !!id });
}

export function useAttributeBases() {
  return useQuery({ queryKey: ['items', 'bases'], queryFn: () => api.get<AttributeBasis[]>('/api/v1/items/attribute-bases'), staleTime: Infinity });
}

function useInvalidate() {
  const qc = useQueryClient();
  return () => {
    void qc.invalidateQueries({ queryKey: ['items'] });
    void qc.invalidateQueries({ queryKey: ['portal'] });
    void qc.invalidateQueries({ queryKey: ['obligations'] });
  };
}

export function useSaveItem(id?: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: (body: ItemRequest) => (id ? api.put<Item>(`/api/v1/items/${id}`, body) : api.post<Item>('/api/v1/items', body)),
    onSuccess: invalidate,
  });
}

export type ItemAction = 'submission' | 'approval' | 'return' | 'revision' | 'withdrawal';

/** The review moves; each sends its text under the field the API expects. */
export function useItemAction(id: number) {
  const invalidate = useInvalidate();
  return useMutation({
    mutationFn: ({ action, text }: { action: ItemAction; text: string }) => {
      const field = action === 'submission' || action === 'approval' ? 'opinion' : action === 'revision' ? 'note' : 'reason';
      return api.post<Item>(`/api/v1/items/${id}/${action}`, { [field]: text });
    },
    onSuccess: invalidate,
  });
}
