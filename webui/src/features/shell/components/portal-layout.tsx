import { Button, Input, Layout, Menu, Space, Typography } from 'antd';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { LanguageSwitch } from './language-switch';
import { useBureauName } from './bureau-name';

/** The public portal: bureau name, navigation, search box, footer with the disclosure guide (R5, R10). */
export function PortalLayout() {
  const { t } = useTranslation();
  const bureau = useBureauName();
  const navigate = useNavigate();
  const location = useLocation();
  const { user, login, ready } = useAuth();
  const selected = ['/', '/catalogue', '/apply', '/enquiries', '/guide', '/tools/due-date', '/search'].filter((p) => (p === '/' ? location.pathname === '/' : location.pathname.startsWith(p)));

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <div className="gk-topbar">
        <div className="gk-container gk-topbar-inner">
          <span>{t('portal.welcome')}</span>
          <Space size="middle">
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
            <span className="gk-emblem" aria-hidden>
              公
            </span>
            <span>
              <Typography.Title level={1} className="gk-brand-title" data-testid="bureau-name">
                {bureau}
              </Typography.Title>
              <span className="gk-brand-sub">{t('portal.subtitle')}</span>
            </span>
          </Link>
          <Input.Search
            className="gk-search"
            placeholder={t('portal.searchPlaceholder')}
            enterButton={t('portal.search')}
            aria-label={t('portal.search')}
            onSearch={(q) => q.trim() && navigate(`/search?q=${encodeURIComponent(q.trim())}`)}
          />
        </div>
      </header>
      <nav className="gk-nav" aria-label={t('portal.navigation')}>
        <div className="gk-container">
          <Menu
            mode="horizontal"
            theme="dark"
            selectedKeys={selected}
            style={{ background: 'transparent', borderBottom: 0 }}
            items={[
              { key: '/', label: <Link to="/">{t('portal.nav.home')}</Link> },
              { key: '/catalogue', label: <Link to="/catalogue">{t('portal.nav.catalogue')}</Link> },
              { key: '/apply', label: <Link to="/apply">{t('portal.nav.apply')}</Link> },
              { key: '/enquiries', label: <Link to="/enquiries">{t('portal.nav.enquiries')}</Link> },
              { key: '/guide', label: <Link to="/guide">{t('portal.nav.guide')}</Link> },
              { key: '/tools/due-date', label: <Link to="/tools/due-date">{t('portal.nav.dueDate')}</Link> },
              { key: '/search', label: <Link to="/search">{t('portal.nav.search')}</Link> },
            ]}
          />
        </div>
      </nav>
      <Layout.Content>
        <main className="gk-container gk-main">
          <Outlet />
        </main>
      </Layout.Content>
      <Layout.Footer className="gk-footer">
        <div className="gk-container">
          <Space wrap split="|">
            <Link to="/guide" data-testid="footer-guide">
              {t('portal.footer.guide')}
            </Link>
            <Link to="/tools/due-date">{t('portal.nav.dueDate')}</Link>
            <Link to="/console">{t('shell.console')}</Link>
          </Space>
          <div style={{ marginTop: 8 }}>
            {t('portal.footer.sponsor', { bureau })} · {t('portal.footer.contact')}
          </div>
        </div>
      </Layout.Footer>
    </Layout>
  );
}
