import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { components } from '../../../types/api';

export type DueDate = components['schemas']['DueDate'];
export type ExplainedDay = components['schemas']['ExplainedDay'];
export type CountUnit = 'WORKING' | 'CALENDAR';

export interface DueDateParams {
  start: string;
  days: number;
  unit: CountUnit;
  countStartDay: boolean;
}

export function getDueDate(p: DueDateParams): Promise<DueDate> {
  return api.get<DueDate>('/api/v1/calendar/due-date', { ...p });
}

export function useDueDate(p: DueDateParams | undefined) {
  return useQuery({
    queryKey: ['calendar', 'due-date', p],
    queryFn: () => getDueDate(p as DueDateParams),
    enabled: !!p,
  });
}
