import { Result } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../features/shell/components/page-meta';

export function NotFoundPage() {
  const { t } = useTranslation();
  return <Result status="404" title={<PageTitle title={t('common.notFound')} className="gk-card-title" />} subTitle="404" extra={<Link to="/">{t('console.backToPortal')}</Link>} />;
}
