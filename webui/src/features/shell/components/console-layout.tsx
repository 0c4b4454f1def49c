import { useEffect } from 'react';
import { Button, Layout, Menu, Result, Space, Spin, Tag, Typography } from 'antd';
import {
  AlertOutlined,
  LineChartOutlined,
  TrophyOutlined,
  SoundOutlined,
  CommentOutlined,
  BarChartOutlined,
  TeamOutlined, FlagOutlined, ProfileOutlined, DatabaseOutlined,
  ShareAltOutlined,
  AuditOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  DashboardOutlined,
  FieldTimeOutlined,
  FileTextOutlined,
  HomeOutlined,
  LogoutOutlined,
  MessageOutlined,
  FileSearchOutlined,
  EditOutlined,
  PartitionOutlined,
  SafetyCertificateOutlined,
} from '@ant-design/icons';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useAuth } from '../../../lib/auth';
import { access } from '../../../lib/authorization';
import { LanguageSwitch } from './language-switch';
import { NotificationBell } from '../../notifications/components/notification-bell';
import { useBureauName } from './bureau-name';

/** The staff console: a menu by role, the user and department in the header, the notification bell, logout. */
export function ConsoleLayout() {
  const { t, i18n } = useTranslation();
  const bureau = useBureauName();
  const { user, me, ready, login, logout } = useAuth();
  const location = useLocation();

  useEffect(() => {
    if (ready && !user) void login(location.pathname);
  }, [ready, user, login, location.pathname]);
  // a distinct title per console page (issue 16): its section of the menu, then the console's name
  const section = location.pathname.split('/')[2] || 'home';
  const pageTitle = `${t(`console.menu.${section}`, { defaultValue: t('console.title') })} - ${t('console.title')}`;
  useEffect(() => {
    document.title = pageTitle;
  }, [pageTitle]);

  if (!ready || !user || !me) {
    return (
      <div style={{ padding: 64, textAlign: 'center' }}>
        <Spin tip={t('console.redirecting')} size="large">
          <div style={{ height: 80 }} />
        </Spin>
      </div>
    );
  }
  const can = access(me.roles ?? []);
  if (!can.console) {
    return (
      <Result
        status="403"
        title={t('console.noAccessTitle')}
        subTitle={t('console.noAccess')}
        extra={<Link to="/">{t('console.backToPortal')}</Link>}
      />
    );
  }
  const dept = me.departmentDetail ? (i18n.language === 'en' ? me.departmentDetail.nameEn : me.departmentDetail.nameZh) : undefined;
  const items = [
    { key: '/console', icon: <DashboardOutlined />, label: <Link to="/console">{t('console.menu.home')}</Link> },
    can.draft && { key: '/console/items', icon: <FileTextOutlined />, label: <Link to="/console/items">{t('console.menu.items')}</Link> },
    can.draft && { key: '/console/applications', icon: <FileSearchOutlined />, label: <Link to="/console/applications">{t('console.menu.applications')}</Link> },
    can.letters && { key: '/console/letters', icon: <EditOutlined />, label: <Link to="/console/letters">{t('console.menu.letters')}</Link> },
    can.draft && { key: '/console/enquiries', icon: <MessageOutlined />, label: <Link to="/console/enquiries">{t('console.menu.enquiries')}</Link> },
    can.draft && { key: '/console/consultations', icon: <CommentOutlined />, label: <Link to="/console/consultations">{t('console.menu.consultations')}</Link> },
    can.draft && { key: '/console/polls', icon: <BarChartOutlined />, label: <Link to="/console/polls">{t('console.menu.polls')}</Link> },
    can.draft && { key: '/console/meetings', icon: <TeamOutlined />, label: <Link to="/console/meetings">{t('console.menu.meetings')}</Link> },
    can.draft && { key: '/console/key-tasks', icon: <FlagOutlined />, label: <Link to="/console/key-tasks">{t('console.menu.keyTasks')}</Link> },
    can.draft && { key: '/console/inspections', icon: <FileSearchOutlined />, label: <Link to="/console/inspections">{t('console.menu.inspections')}</Link> },
    can.draft && { key: '/console/double-publicity', icon: <SafetyCertificateOutlined />, label: <Link to="/console/double-publicity">{t('console.menu.doublePublicity')}</Link> },
    can.draft && { key: '/console/service-lists', icon: <ProfileOutlined />, label: <Link to="/console/service-lists">{t('console.menu.serviceLists')}</Link> },
    can.draft && { key: '/console/data-resources', icon: <DatabaseOutlined />, label: <Link to="/console/data-resources">{t('console.menu.dataResources')}</Link> },
    can.draft && { key: '/console/data-sharing', icon: <ShareAltOutlined />, label: <Link to="/console/data-sharing">{t('console.menu.dataSharing')}</Link> },
    can.draft && { key: '/console/press', icon: <SoundOutlined />, label: <Link to="/console/press">{t('console.menu.press')}</Link> },
    can.opinion && { key: '/console/opinion-events', icon: <AlertOutlined />, label: <Link to="/console/opinion-events">{t('console.menu.opinion')}</Link> },
    can.review && { key: '/console/review', icon: <CheckSquareOutlined />, label: <Link to="/console/review">{t('console.menu.review')}</Link> },
    can.catalogue && { key: '/console/catalogue', icon: <PartitionOutlined />, label: <Link to="/console/catalogue">{t('console.menu.catalogue')}</Link> },
    can.normative && { key: '/console/normative', icon: <SafetyCertificateOutlined />, label: <Link to="/console/normative">{t('console.menu.normative')}</Link> },
    can.allDepartments && { key: '/console/dashboard', icon: <LineChartOutlined />, label: <Link to="/console/dashboard">{t('console.menu.dashboard')}</Link> },
    can.allDepartments && { key: '/console/assessment', icon: <TrophyOutlined />, label: <Link to="/console/assessment">{t('console.menu.assessment')}</Link> },
    can.allDepartments && { key: '/console/violations', icon: <AlertOutlined />, label: <Link to="/console/violations">{t('console.menu.violations')}</Link> },
    can.draft && { key: '/console/annual-report', icon: <BarChartOutlined />, label: <Link to="/console/annual-report">{t('console.menu.annualReport')}</Link> },
    can.obligations && { key: '/console/obligations', icon: <FieldTimeOutlined />, label: <Link to="/console/obligations">{t('console.menu.obligations')}</Link> },
    can.admin && { key: '/console/calendar', icon: <CalendarOutlined />, label: <Link to="/console/calendar">{t('console.menu.calendar')}</Link> },
    can.admin && { key: '/console/audit', icon: <AuditOutlined />, label: <Link to="/console/audit">{t('console.menu.audit')}</Link> },
    { key: '/', icon: <HomeOutlined />, label: <Link to="/">{t('console.menu.portal')}</Link> },
  ].filter(Boolean) as { key: string; icon: JSX.Element; label: JSX.Element }[];


  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider breakpoint="lg" collapsedWidth={0} theme="dark" width={220}>
        <div className="gk-console-brand">{t('console.title')}</div>
        <Menu theme="dark" mode="inline" selectedKeys={[location.pathname]} items={items} data-testid="console-menu" />
      </Layout.Sider>
      <Layout>
        <Layout.Header className="gk-console-header">
          <Typography.Text strong className="gk-console-bureau">
            {bureau}
          </Typography.Text>
          <Space size="middle" wrap>
            <span data-testid="console-user">
              {me.name} {dept && <Tag color="blue">{dept}</Tag>}
            </span>
            <NotificationBell />
            <LanguageSwitch />
            <Button icon={<LogoutOutlined />} onClick={() => void logout()} data-testid="logout">
              {t('shell.logout')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: 16 }}>
          <Outlet context={{ me, can }} />
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
