import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  DRAFT: 'default',
  SUBMITTED: 'processing',
  DEPT_APPROVED: 'cyan',
  RETURNED: 'warning',
  PUBLISHED: 'success',
  DECIDED: 'purple',
  WITHDRAWN: 'default',
};

export function StateTag({ state }: { state?: string }) {
  const { t } = useTranslation();
  if (!state) return null;
  return <Tag color={COLORS[state]}>{t(`itemState.${state}`)}</Tag>;
}
