import { Card, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { access } from '../../../lib/authorization';
import { ObligationSummary } from '../../../features/obligations/components/obligation-summary';

export function ConsoleHomePage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={3} data-testid="console-welcome">
        {t('console.welcome', { name: me?.name })}
      </Typography.Title>
      <Card title={access(me?.roles ?? []).allDepartments ? t('console.deadlinesAll') : t('console.deadlines')} extra={<Link to="/console/obligations">{t('console.menu.obligations')}</Link>}>
        <ObligationSummary />
      </Card>
    </Space>
  );
}
