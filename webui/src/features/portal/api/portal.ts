import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { components, paths } from '../../../types/api';

export type PortalItem = components['schemas']['PortalItem'];
export type SearchResult = components['schemas']['SearchResult'];
export type SearchHit = components['schemas']['SearchHit'];
export type TextSegment = components['schemas']['TextSegment'];
export type PortalPage = paths['/api/v1/portal/items']['get']['responses']['200']['content']['application/json'];
export type HistoryEntry = components['schemas']['ItemHistoryEntry'];

export interface PortalFilters {
  column?: string;
  year?: number;
  department?: string;
  validity?: string;
  /** an interpretation's form (issue 11) */
  form?: string;
  page?: number;
  size?: number;
}

export function usePortalItems(f: PortalFilters) {
  return useQuery({
    queryKey: ['portal', 'items', f],
    queryFn: () => api.get<PortalPage>('/api/v1/portal/items', { ...f }),
    placeholderData: (prev) => prev,
  });
}

export function usePortalItem(id: number) {
  return useQuery({ queryKey: ['portal', 'item', id], queryFn: () => api.get<PortalItem>(`/api/v1/portal/items/${id}`), retry: false, enabled: id > 0 });
}

export function useItemHistory(id: number) {
  return useQuery({ queryKey: ['portal', 'history', id], queryFn: () => api.get<HistoryEntry[]>(`/api/v1/portal/items/${id}/history`), retry: false });
}

export function useSearch(params: { q: string } & PortalFilters) {
  return useQuery({
    queryKey: ['portal', 'search', params],
    queryFn: () => api.get<SearchResult>('/api/v1/portal/search', { ...params }),
    enabled: params.q.trim().length > 0,
    placeholderData: (prev) => prev,
  });
}

export function useGuide() {
  return useQuery({ queryKey: ['portal', 'guide'], queryFn: () => api.get<PortalItem>('/api/v1/portal/guide'), retry: false });
}

export type CrossSearchResult = components['schemas']['CrossSearchResult'];

/** One search across kinds (issue 10): items, answered enquiries, and what later features publish; with facets. */
export function useCrossSearch(params: { q: string; kind?: string; column?: string; year?: number; department?: string; page: number; size: number }) {
  return useQuery({
    queryKey: ['portal', 'cross-search', params],
    queryFn: () => api.get<CrossSearchResult>('/api/v1/search', { ...params }),
    enabled: params.q.trim().length > 0,
    placeholderData: (prev) => prev,
  });
}
