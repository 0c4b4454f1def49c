import { Col, Row } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useCatalogue } from '../../../lib/reference-data';
import { usePortalItems } from '../../../features/portal/api/portal';
import { LatestList, Panel } from '../../../features/portal/components/latest-list';
import { PageTitle } from '../../../features/shell/components/page-meta';
import { useBureauName } from '../../../features/shell/components/bureau-name';

export function HomePage() {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const latest = usePortalItems({ size: 8 });
  const catalogue = useCatalogue();
  const bureau = useBureauName();
  return (
    <Row gutter={[16, 16]}>
      <PageTitle title={t('portal.home.title', { bureau })} hidden />
      <Col xs={24}>
        {/* the main services one tap away, on a phone too */}
        <nav aria-label={t('portal.services')} className="gk-services" data-testid="services">
          <Link to="/apply" className="gk-service">{t('portal.nav.apply')}</Link>
          <Link to="/enquiries/new" className="gk-service">{t('portal.service.enquire')}</Link>
          <Link to="/search" className="gk-service">{t('portal.nav.search')}</Link>
          <Link to="/catalogue" className="gk-service">{t('portal.nav.catalogue')}</Link>
          <Link to="/guide" className="gk-service">{t('portal.nav.guide')}</Link>
        </nav>
      </Col>
      <Col xs={24} md={16}>
        <Panel title={t('portal.home.latest')} extra={<Link to="/catalogue">{t('portal.home.more')}</Link>}>
          <LatestList data={latest.data} loading={latest.isLoading} />
        </Panel>
      </Col>
      <Col xs={24} md={8}>
        <Panel title={t('portal.nav.catalogue')}>
          <ul className="gk-plain-list" data-testid="home-catalogue">
            {(catalogue.data?.columns ?? []).map((c) => (
              <li key={c.code}>
                <Link to={`/catalogue/${c.code}`}>{en ? c.nameEn : c.nameZh}</Link>
              </li>
            ))}
          </ul>
        </Panel>
        <Panel title={t('portal.home.openness')}>
          <p>{t('portal.home.intro')}</p>
          <Link to="/guide">{t('portal.nav.guide')}</Link> · <Link to="/tools/due-date">{t('portal.nav.dueDate')}</Link>
        </Panel>
      </Col>
    </Row>
  );
}
