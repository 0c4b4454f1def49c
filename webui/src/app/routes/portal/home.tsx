import { Card, Col, List, Row, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api-client';
import type { components } from '../../../types/api';

type Department = components['schemas']['Department'];

export function HomePage() {
  const { t, i18n } = useTranslation();
  const departments = useQuery({ queryKey: ['departments'], queryFn: () => api.get<Department[]>('/api/v1/departments') });
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={16}>
        <Card title={t('portal.home.openness')}>
          <Typography.Paragraph>{t('portal.home.intro')}</Typography.Paragraph>
          <List
            dataSource={[
              { to: '/guide', label: t('portal.nav.guide'), desc: t('portal.home.guideDesc') },
              { to: '/tools/due-date', label: t('portal.nav.dueDate'), desc: t('portal.home.dueDateDesc') },
            ]}
            renderItem={(i) => (
              <List.Item>
                <List.Item.Meta title={<Link to={i.to}>{i.label}</Link>} description={i.desc} />
              </List.Item>
            )}
          />
        </Card>
      </Col>
      <Col xs={24} md={8}>
        <Card title={t('portal.home.departments')} loading={departments.isLoading}>
          <List
            size="small"
            dataSource={departments.data ?? []}
            renderItem={(d) => <List.Item>{i18n.language === 'en' ? d.nameEn : d.nameZh}</List.Item>}
            data-testid="department-list"
          />
        </Card>
      </Col>
    </Row>
  );
}
