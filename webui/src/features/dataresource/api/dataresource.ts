import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiSend } from '../../../lib/api-client';
import type { components, paths } from '../../../types/api';

export type DataResource = components['schemas']['DataResource'];
export type DataResourceField = components['schemas']['DataResourceField'];
export type DataCatalogue = components['schemas']['DataCatalogue'];
export type PortalDataCatalogueVersion = components['schemas']['DataCatalogueVersion'];
export type ResourcePage = paths['/api/v1/data-resources']['get']['responses']['200']['content']['application/json'];
export type PortalResourcePage = paths['/api/v1/portal/data-resources']['get']['responses']['200']['content']['application/json'];

export const FORMATS = ['FILE', 'SHEET', 'DATABASE', 'IMAGE', 'STREAM', 'INTERFACE'] as const;
export const SHARE_TYPES = ['UNCONDITIONAL', 'CONDITIONAL', 'NOT_SHARED'] as const;
export const OPEN_TYPES = ['OPEN', 'CONDITIONAL', 'NOT_OPEN'] as const;
export const CYCLES = ['REAL_TIME', 'DAILY', 'WEEKLY', 'MONTHLY', 'QUARTERLY', 'HALF_YEARLY', 'YEARLY', 'IRREGULAR'] as const;
export const SENSITIVITIES = ['PUBLIC', 'SHARE_ONLY', 'MASKED', 'WITHHELD'] as const;
export const FIELD_TYPES = ['STRING', 'NUMBER', 'DATE', 'DATETIME', 'BOOLEAN', 'CODE', 'FILE'] as const;

export function useDataResources(f: { q?: string; page: number }) {
  return useQuery({ queryKey: ['data-resources', 'list', f], queryFn: () => api.get<ResourcePage>('/api/v1/data-resources', { ...f, size: 20 }), placeholderData: (p) => p });
}

export function useDataCatalogue() {
  return useQuery({ queryKey: ['data-resources', 'catalogue'], queryFn: () => api.get<DataCatalogue>('/api/v1/data-resources/catalogue') });
}

/** Every move: add, change, retire a resource; draft the catalogue for the review. */
export function useDataResourceAction() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (a: { path: string; body?: object; method?: 'POST' | 'PUT' }) =>
      a.method === 'PUT' ? api.put<unknown>(`/api/v1/data-resources${a.path}`, a.body ?? {}) : api.post<unknown>(`/api/v1/data-resources${a.path}`, a.body ?? {}),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['data-resources'] });
      void qc.invalidateQueries({ queryKey: ['items'] });
    },
  });
}

export function usePortalDataResources(f: { version?: number; q?: string; openType?: string; page: number }) {
  return useQuery({
    queryKey: ['portal', 'data-resources', f],
    queryFn: () => api.get<PortalResourcePage>('/api/v1/portal/data-resources', { ...f, size: 10 }),
    placeholderData: (p) => p,
    retry: false,
  });
}

export function usePortalDataVersions() {
  return useQuery({ queryKey: ['portal', 'data-resources', 'versions'], queryFn: () => api.get<PortalDataCatalogueVersion[]>('/api/v1/portal/data-resources/versions') });
}

export function usePortalDataResource(code: string, version?: number) {
  return useQuery({
    queryKey: ['portal', 'data-resources', 'one', code, version],
    queryFn: () => api.get<DataResource>(`/api/v1/portal/data-resources/${encodeURIComponent(code)}`, { version }),
    retry: false,
  });
}

/** R40: the data changed on a day (the clock opens), or the department's sheet of the resource's fields (meets it). */
export function useDataRelease() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (a: { code: string; changedOn?: string; file?: File }) => a.file
      ? apiSend<unknown>(`/api/v1/data-resources/${encodeURIComponent(a.code)}/releases${a.changedOn ? `?changedOn=${a.changedOn}` : ''}`, a.file, 'text/csv')
      : api.post<unknown>(`/api/v1/data-resources/${encodeURIComponent(a.code)}/data-changes`, { changedOn: a.changedOn }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['data-resources'] }),
  });
}

export type OpenDataRows = components['schemas']['OpenDataRows'];

/** An open resource's data, desensitised, a page at a time (q: rows with a cell containing it). */
export function useOpenDataRows(code: string, f: { q?: string; page: number }, enabled: boolean) {
  return useQuery({
    queryKey: ['portal', 'data-resources', 'rows', code, f],
    queryFn: () => api.get<OpenDataRows>(`/api/v1/portal/data-resources/${encodeURIComponent(code)}/rows`, { ...f, size: 10 }),
    enabled,
    placeholderData: (p) => p,
    retry: false,
  });
}
