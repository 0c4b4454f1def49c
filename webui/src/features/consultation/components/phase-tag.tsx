import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLOURS: Record<string, string | undefined> = { OPEN: 'green', UPCOMING: 'blue', CLOSED: 'orange', REPORTING: 'gold', REPORTED: 'default' };

/** Where a consultation stands (derived from its dates by the server). */
export function PhaseTag({ phase, of = 'consultation' }: { phase?: string; of?: 'consultation' | 'poll' }) {
  const { t } = useTranslation();
  if (!phase) return null;
  return <Tag color={COLOURS[phase]} data-testid="phase-tag">{t(`${of}.phase.${phase}`)}</Tag>;
}
