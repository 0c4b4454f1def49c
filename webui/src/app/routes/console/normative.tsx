import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { NormativeCleanup } from '../../../features/normative/components/normative-cleanup';

export function NormativePage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  return (
    <>
      <Typography.Title level={3}>{t('console.menu.normative')}</Typography.Title>
      <NormativeCleanup canDecide={(me?.roles ?? []).includes('legal')} />
    </>
  );
}
