import { Card, Col, List, Row, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useCatalogue } from '../../../lib/reference-data';
import { usePortalItems } from '../../../features/portal/api/portal';
import { ItemList } from '../../../features/portal/components/item-list';

export function HomePage() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const latest = usePortalItems({ size: 8 });
  const catalogue = useCatalogue();
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} md={16}>
        <Card title={t('portal.home.latest')} extra={<Link to="/catalogue">{t('portal.home.more')}</Link>}>
          <ItemList data={latest.data} loading={latest.isLoading} />
        </Card>
      </Col>
      <Col xs={24} md={8}>
        <Card title={t('portal.nav.catalogue')} loading={catalogue.isLoading} style={{ marginBottom: 16 }}>
          <List
            size="small"
            dataSource={catalogue.data?.columns ?? []}
            renderItem={(c) => (
              <List.Item>
                <Link to={`/catalogue/${c.code}`}>{en ? c.nameEn : c.nameZh}</Link>
              </List.Item>
            )}
            data-testid="home-catalogue"
          />
        </Card>
        <Card title={t('portal.home.openness')}>
          <Typography.Paragraph>{t('portal.home.intro')}</Typography.Paragraph>
          <Link to="/guide">{t('portal.nav.guide')}</Link> · <Link to="/tools/due-date">{t('portal.nav.dueDate')}</Link>
        </Card>
      </Col>
    </Row>
  );
}
