import { Card, Col, Row } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useCatalogue } from '../../../lib/reference-data';
import { ColumnTree } from './catalogue';
import { PageTitle } from '../../../features/shell/components/page-meta';
import { PORTAL_NAV } from '../../../features/shell/components/portal-layout';

/** 网站地图 (政府网站发展指引): every place of the portal and every column of the catalogue, as links. */
export function SitemapPage() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const catalogue = useCatalogue();
  const services = [
    { to: '/apply', label: t('portal.nav.apply') },
    { to: '/apply/track', label: t('application.track') },
    { to: '/enquiries/new', label: t('portal.service.enquire') },
    { to: '/enquiries/track', label: t('enquiry.track') },
    { to: '/enquiries', label: t('portal.nav.enquiries') },
  ];
  return (
    <Card>
      <PageTitle title={t('portal.sitemap')} />
      <Row gutter={[24, 16]}>
        <Col xs={24} md={8}>
          <h2 className="gk-h2">{t('portal.navigation')}</h2>
          <ul data-testid="sitemap-nav">
            {PORTAL_NAV.map((n) => (
              <li key={n.to}>
                <Link to={n.to}>{t(`portal.nav.${n.key}`)}</Link>
              </li>
            ))}
          </ul>
          <h2 className="gk-h2">{t('portal.services')}</h2>
          <ul>
            {services.map((s) => (
              <li key={s.to}>
                <Link to={s.to}>{s.label}</Link>
              </li>
            ))}
          </ul>
        </Col>
        <Col xs={24} md={16}>
          <h2 className="gk-h2">{t('portal.nav.catalogue')}</h2>
          <ColumnTree cols={catalogue.data?.columns} en={en} />
        </Col>
      </Row>
    </Card>
  );
}
