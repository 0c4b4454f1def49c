import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError } from '../../../lib/api-client';
import type { Catalogue } from '../../../lib/reference-data';
import type { components } from '../../../types/api';

export type ColumnRequest = components['schemas']['CatalogueColumnRequest'];
export type CatalogueVersion = components['schemas']['CatalogueVersion'];

export function useCatalogueDraft() {
  return useQuery({
    queryKey: ['catalogue', 'draft'],
    queryFn: () => api.get<Catalogue>('/api/v1/catalogue/draft').catch((e) => (e instanceof ApiError && e.status === 404 ? null : Promise.reject(e))),
  });
}

export function useCatalogueVersions() {
  return useQuery({ queryKey: ['catalogue', 'versions'], queryFn: () => api.get<CatalogueVersion[]>('/api/v1/catalogue/versions') });
}

export function useCatalogueEdits() {
  const qc = useQueryClient();
  const onSuccess = () => void qc.invalidateQueries({ queryKey: ['catalogue'] });
  return {
    open: useMutation({ mutationFn: (reason: string) => api.post<Catalogue>('/api/v1/catalogue/draft', { reason }), onSuccess }),
    add: useMutation({ mutationFn: (c: ColumnRequest) => api.post('/api/v1/catalogue/draft/columns', c), onSuccess }),
    remove: useMutation({ mutationFn: (code: string) => api.delete(`/api/v1/catalogue/draft/columns/${code}`), onSuccess }),
    publish: useMutation({ mutationFn: () => api.post<Catalogue>('/api/v1/catalogue/draft/publication'), onSuccess }),
    dutyChange: useMutation({
      mutationFn: (b: { description: string; effective: string }) => api.post('/api/v1/catalogue/duty-changes', b),
      onSuccess: () => void qc.invalidateQueries({ queryKey: ['obligations'] }),
    }),
  };
}
