import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { access } from '../../../lib/authorization';
import { ObligationsTable } from '../../../features/obligations/components/obligations-table';

export function ObligationsPage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  const can = access(me?.roles ?? []);
  return (
    <>
      <Typography.Title level={3}>{t('console.menu.obligations')}</Typography.Title>
      <ObligationsTable allDepartments={can.allDepartments} />
    </>
  );
}
