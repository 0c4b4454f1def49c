import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { components } from '../../../types/api';

export type CalendarYear = components['schemas']['CalendarYear'];
export type HolidayFile = components['schemas']['HolidayFile'];

export function useCalendarYears() {
  return useQuery({ queryKey: ['calendar', 'years'], queryFn: () => api.get<CalendarYear[]>('/api/v1/calendar/years') });
}

export function useImportYear() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (file: HolidayFile) => api.post<CalendarYear>('/api/v1/calendar/years', file),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['calendar'] });
    },
  });
}
