import { Alert, Button, Card, Typography } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api-client';
import type { components } from '../../../types/api';

type Verification = components['schemas']['Verification'];

export function AuditPage() {
  const { t } = useTranslation();
  const verify = useMutation({ mutationFn: () => api.get<Verification>('/api/v1/audit/verify') });
  const r = verify.data;
  return (
    <>
      <Typography.Title level={3}>{t('console.menu.audit')}</Typography.Title>
      <Card>
        <Typography.Paragraph>{t('audit.intro')}</Typography.Paragraph>
        <Button type="primary" onClick={() => verify.mutate()} loading={verify.isPending}>
          {t('audit.verify')}
        </Button>
        {r && (
          <Alert
            style={{ marginTop: 16 }}
            type={r.intact ? 'success' : 'error'}
            showIcon
            message={r.intact ? t('audit.intact', { count: r.checked }) : t('audit.broken', { id: r.firstBrokenId })}
            description={r.reason}
          />
        )}
      </Card>
    </>
  );
}
