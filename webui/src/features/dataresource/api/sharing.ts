import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { components, paths } from '../../../types/api';

export type DataGrant = components['schemas']['DataGrant'];
export type DataCall = components['schemas']['DataCall'];
export type DailyCalls = components['schemas']['DailyCalls'];
export type DataSystem = components['schemas']['DataSystem'];
export type DataConsumer = components['schemas']['DataConsumer'];
export type DataRequestOut = components['schemas']['DataRequestOut'];
export type DataRequestIn = components['schemas']['DataRequestIn'];
export type InboundView = components['schemas']['InboundDataRequest'];
type GrantPage = paths['/api/v1/data-sharing/grants']['get']['responses']['200']['content']['application/json'];
type CallPage = paths['/api/v1/data-sharing/calls']['get']['responses']['200']['content']['application/json'];
type OutPage = paths['/api/v1/data-requests/outbound']['get']['responses']['200']['content']['application/json'];
type InPage = paths['/api/v1/data-requests/inbound']['get']['responses']['200']['content']['application/json'];

export function useGrants(page: number, enabled: boolean) {
  return useQuery({ queryKey: ['data-sharing', 'grants', page], queryFn: () => api.get<GrantPage>('/api/v1/data-sharing/grants', { page, size: 20 }), enabled, placeholderData: (p) => p });
}

export function useCalls(f: { resource?: string; refused?: boolean; page: number }, enabled: boolean) {
  return useQuery({
    queryKey: ['data-sharing', 'calls', f],
    queryFn: () => api.get<CallPage>('/api/v1/data-sharing/calls', { resource: f.resource, refused: f.refused ? 'true' : undefined, page: f.page, size: 20 }),
    enabled,
    placeholderData: (p) => p,
  });
}

export function useDailyCalls(days: number, enabled: boolean) {
  return useQuery({ queryKey: ['data-sharing', 'daily', days], queryFn: () => api.get<DailyCalls[]>('/api/v1/data-sharing/calls/daily', { days }), enabled });
}

export function useSystems(enabled: boolean) {
  return useQuery({ queryKey: ['data-sharing', 'systems'], queryFn: () => api.get<DataSystem[]>('/api/v1/data-sharing/systems'), enabled });
}

export function useConsumers(enabled: boolean) {
  return useQuery({ queryKey: ['data-sharing', 'consumers'], queryFn: () => api.get<DataConsumer[]>('/api/v1/data-sharing/consumers'), enabled });
}

export function useOutbound(page: number) {
  return useQuery({ queryKey: ['data-requests', 'outbound', page], queryFn: () => api.get<OutPage>('/api/v1/data-requests/outbound', { page, size: 20 }), placeholderData: (p) => p });
}

export function useInbound(page: number) {
  return useQuery({ queryKey: ['data-requests', 'inbound', page], queryFn: () => api.get<InPage>('/api/v1/data-requests/inbound', { page, size: 20 }), placeholderData: (p) => p });
}

/** Every move of sharing and of the requests both ways: a POST, then the lists read again. */
export function useSharingAction() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (a: { path: string; body?: object }) => api.post<unknown>(a.path, a.body ?? {}),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['data-sharing'] });
      void qc.invalidateQueries({ queryKey: ['data-requests'] });
    },
  });
}
