import { Button, Input, Layout, Space, Switch, Typography } from 'antd';
import { Link, NavLink, Outlet, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth, useConfig } from '../../../lib/auth';
import { LanguageSwitch } from './language-switch';
import { useBureauName } from './bureau-name';
import { Breadcrumbs } from './page-meta';
import { useDisplayPrefs, type TextSize } from './display-prefs';

/** The portal's main places, in the order of the navigation and the site map. */
export const PORTAL_NAV = [
  { to: '/', key: 'home' },
  { to: '/catalogue', key: 'catalogue' },
  { to: '/apply', key: 'apply' },
  { to: '/enquiries', key: 'enquiries' },
  { to: '/search', key: 'search' },
  { to: '/consultations', key: 'consultations' },
  { to: '/polls', key: 'polls' },
  { to: '/meetings', key: 'meetings' },
  { to: '/key-tasks', key: 'keyTasks' },
  { to: '/double-publicity', key: 'doublePublicity' },
  { to: '/service-lists', key: 'serviceLists' },
  { to: '/data-resources', key: 'dataResources' },
  { to: '/press', key: 'press' },
  { to: '/annual-reports', key: 'annualReports' },
  { to: '/guide', key: 'guide' },
  { to: '/tools/due-date', key: 'dueDate' },
] as const;

/**
 * The public portal (R5, R10; issue 16): a skip link, the bureau's name, the search box, the navigation as plain links
 * that wrap on a phone (apply, enquire and search one tap away, nothing behind "···"), the breadcrumb, the 适老化 mode
 * and text size, and the footer with the site's identification code, filings and contact from the settings.
 */
export function PortalLayout() {
  const { t, i18n } = useTranslation();
  const bureau = useBureauName();
  const navigate = useNavigate();
  const { user, login, ready } = useAuth();
  const site = useConfig().data?.site;
  const en = i18n.language === 'en';

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <a className="gk-skip" href="#main-content">
        {t('portal.skip')}
      </a>
      <div className="gk-topbar">
        <div className="gk-container gk-topbar-inner">
          <span className="gk-welcome">{t('portal.welcome')}</span>
          <Space size="middle" wrap>
            <DisplayControls />
            <LanguageSwitch />
            {user ? (
              <Link to="/console">{t('shell.console')}</Link>
            ) : (
              <Button size="small" type="link" disabled={!ready} onClick={() => void login('/console')} data-testid="login">
                {t('shell.login')}
              </Button>
            )}
          </Space>
        </div>
      </div>
      <header className="gk-masthead">
        <div className="gk-container gk-masthead-inner">
          <Link to="/" className="gk-brand">
            <span className="gk-emblem" aria-hidden lang="zh-CN">
              公
            </span>
            <span>
              <Typography.Text className="gk-brand-title" data-testid="bureau-name">
                {bureau}
              </Typography.Text>
              <span className="gk-brand-sub">{t('portal.subtitle')}</span>
            </span>
          </Link>
          <div className="gk-search" role="search">
            <Input.Search
              placeholder={t('portal.searchPlaceholder')}
              enterButton={t('portal.search')}
              aria-label={t('portal.searchLabel')}
              onSearch={(q) => q.trim() && navigate(`/search?q=${encodeURIComponent(q.trim())}`)}
              data-testid="header-search"
            />
          </div>
        </div>
      </header>
      <nav className="gk-nav" aria-label={t('portal.navigation')} data-testid="portal-nav">
        <ul className="gk-container gk-nav-list">
          {PORTAL_NAV.map((n) => (
            <li key={n.to}>
              <NavLink to={n.to} end={n.to === '/'} className={({ isActive }) => (isActive ? 'gk-nav-link gk-nav-active' : 'gk-nav-link')}>
                {t(`portal.nav.${n.key}`)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Layout.Content>
        <div className="gk-container">
          <Breadcrumbs />
        </div>
        <div id="main-content" tabIndex={-1} className="gk-container gk-main">
          <Outlet />
        </div>
      </Layout.Content>
      <Layout.Footer className="gk-footer" data-testid="portal-footer">
        <div className="gk-container">
          <Space wrap split="|">
            <Link to="/guide" data-testid="footer-guide">
              {t('portal.footer.guide')}
            </Link>
            <Link to="/sitemap" data-testid="footer-sitemap">
              {t('portal.sitemap')}
            </Link>
            <Link to="/tools/due-date">{t('portal.nav.dueDate')}</Link>
            <Link to="/console">{t('shell.console')}</Link>
          </Space>
          <p className="gk-footer-line">
            {t('portal.footer.sponsor', { bureau })}
            {(en ? site?.addressEn : site?.addressZh) && <> · {t('portal.footer.address')}{en ? site?.addressEn : site?.addressZh}</>}
            {site?.postcode && <> · {t('portal.footer.postcode')}{site.postcode}</>}
          </p>
          <p className="gk-footer-line">
            {site?.phone && <>{t('portal.footer.phone')}{site.phone}</>}
            {site?.email && <> · {t('portal.footer.email')}<a href={`mailto:${site.email}`}>{site.email}</a></>}
            {(en ? site?.hoursEn : site?.hoursZh) && <> · {en ? site?.hoursEn : site?.hoursZh}</>}
          </p>
          <p className="gk-footer-line" data-testid="footer-filings">
            {site?.idCode && <>{t('portal.footer.idCode')}{site.idCode}</>}
            {site?.icp && <> · <a href="https://beian.miit.gov.cn/" rel="noreferrer" lang="zh-CN">{site.icp}</a></>}
            {site?.publicSecurity && <> · <span lang="zh-CN">{site.publicSecurity}</span></>}
          </p>
        </div>
      </Layout.Footer>
    </Layout>
  );
}

/** 适老化 / 无障碍 mode and the text size, in the top bar. */
function DisplayControls() {
  const { t } = useTranslation();
  const { prefs, set } = useDisplayPrefs();
  const sizes: TextSize[] = ['normal', 'large', 'larger'];
  return (
    <Space size="small" wrap>
      <label className="gk-care-switch">
        <Switch size="small" checked={prefs.care} onChange={(care) => set({ ...prefs, care })} data-testid="care-mode" />
        <span>{t('portal.care')}</span>
      </label>
      <span role="group" aria-label={t('portal.textSize')} className="gk-text-size">
        {sizes.map((s, i) => (
          <button key={s} type="button" aria-pressed={prefs.size === s} onClick={() => set({ ...prefs, size: s })} className="gk-size-btn" data-testid={`text-size-${s}`}
            aria-label={t(`portal.size.${s}`)}>
            <span aria-hidden style={{ fontSize: 12 + i * 3 }}>A</span>
          </button>
        ))}
      </span>
    </Space>
  );
}
