import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { components } from '../../../types/api';

export type InterpretationFigures = components['schemas']['InterpretationFigures'];

/** The year's interpretations: how many, by form, and the share in more than text (issue 11). */
export function useInterpretationFigures(year: number) {
  return useQuery({
    queryKey: ['portal', 'interpretation-figures', year],
    queryFn: () => api.get<InterpretationFigures>('/api/v1/portal/interpretations/figures', { year }),
  });
}
