import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Status enum → colour, like a ProTable valueEnum. */
export const STATUS_COLORS: Record<string, string> = {
  OPEN: 'processing',
  DUE_SOON: 'warning',
  OVERDUE: 'error',
  PAUSED: 'default',
  MET: 'success',
  MET_LATE: 'magenta',
  CUT_SHORT: 'magenta',
  CANCELLED: 'default',
};

export function StatusTag({ status }: { status?: string }) {
  const { t } = useTranslation();
  if (!status) return null;
  return <Tag color={STATUS_COLORS[status]}>{t(`obligations.status.${status}`)}</Tag>;
}
