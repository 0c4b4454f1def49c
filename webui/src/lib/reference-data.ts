import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from './api-client';
import type { components } from '../types/api';

/** Reference data several features read: the departments and the current catalogue (the portal's navigation). */
export type Department = components['schemas']['Department'];
export type Catalogue = components['schemas']['Catalogue'];
export type CatalogueColumn = components['schemas']['CatalogueColumn'];

export function useDepartments() {
  return useQuery({ queryKey: ['departments'], queryFn: () => api.get<Department[]>('/api/v1/departments'), staleTime: 300_000 });
}

export function useCatalogue() {
  return useQuery({ queryKey: ['catalogue', 'current'], queryFn: () => api.get<Catalogue>('/api/v1/catalogue'), staleTime: 60_000 });
}

/** Every column of a tree, depth-first, with its depth. */
export function flatten(columns: CatalogueColumn[] | undefined, depth = 0): (CatalogueColumn & { depth: number })[] {
  return (columns ?? []).flatMap((c) => [{ ...c, depth }, ...flatten(c.children, depth + 1)]);
}

/** Localised names of departments and columns by code. */
export function useNames() {
  const { i18n } = useTranslation();
  const departments = useDepartments();
  const catalogue = useCatalogue();
  const en = i18n.language === 'en';
  const columns = flatten(catalogue.data?.columns);
  return {
    department: (code?: string | null) => {
      const d = departments.data?.find((x) => x.code === code);
      return d ? (en ? d.nameEn : d.nameZh) : (code ?? '');
    },
    column: (code?: string | null) => {
      const c = columns.find((x) => x.code === code);
      return c ? (en ? c.nameEn : c.nameZh) : (code ?? '');
    },
  };
}

/** A column anywhere in the tree, by its code. */
export function findColumn(cols: CatalogueColumn[] | undefined, code?: string | null): CatalogueColumn | undefined {
  for (const c of cols ?? []) {
    if (c.code === code) return c;
    const f = findColumn(c.children, code);
    if (f) return f;
  }
  return undefined;
}
