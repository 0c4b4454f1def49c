import { useMemo, useState, type ReactNode } from 'react';
import { ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { createQueryClient } from '../lib/query-client';
import { AuthProvider } from '../lib/auth';
import { DisplayPrefsProvider, fontSizeOf, useDisplayPrefs } from '../features/shell/components/display-prefs';
import { PageMetaProvider } from '../features/shell/components/page-meta';

/**
 * Colours with at least 4.5:1 contrast for text (GB/T 37668, WCAG 2.1 AA; issue 16): links a deep blue, secondary and
 * tertiary text darker than Ant Design's greys, the dark menus' items white.
 */
export const THEME = {
  token: {
    colorPrimary: '#b7202e',
    colorLink: '#0b4fa3',
    colorInfo: '#0b4fa3',
    colorSuccess: '#237804',
    colorWarning: '#ad4e00',
    colorError: '#b7202e',
    colorTextSecondary: 'rgba(0, 0, 0, 0.7)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.65)',
    colorTextQuaternary: 'rgba(0, 0, 0, 0.6)',
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    colorTextDisabled: 'rgba(0, 0, 0, 0.6)',
    fontSize: 16,
    borderRadius: 4,
  },
  components: {
    Menu: { darkItemColor: '#ffffff', darkItemHoverColor: '#ffffff', darkItemSelectedColor: '#ffffff', darkItemSelectedBg: '#8c1823' },
    Table: { headerColor: 'rgba(0, 0, 0, 0.88)' },
  },
};

export function AppProvider({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  return (
    <DisplayPrefsProvider>
      <Themed queryClient={queryClient}>{children}</Themed>
    </DisplayPrefsProvider>
  );
}

/** The theme follows the display preferences: text size, and in 适老化 mode high contrast and no motion. */
function Themed({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const { i18n } = useTranslation();
  const { prefs } = useDisplayPrefs();
  const [client] = useState(() => queryClient ?? createQueryClient());
  const en = i18n.language === 'en';
  dayjs.locale(en ? 'en' : 'zh-cn');
  const theme = useMemo(() => ({
    ...THEME,
    token: {
      ...THEME.token,
      fontSize: fontSizeOf(prefs),
      controlHeight: prefs.care ? 44 : 32,
      motion: !prefs.care,
      ...(prefs.care ? { colorText: '#000000', colorTextSecondary: '#1f1f1f', colorTextTertiary: '#262626', colorTextDescription: '#262626', colorLink: '#003a8c', colorBorder: '#434343' } : {}),
    },
  }), [prefs]);
  return (
    <ConfigProvider locale={en ? enUS : zhCN} theme={theme} button={{ autoInsertSpace: false }}>
        <QueryClientProvider client={client}>
          <AuthProvider>
            <PageMetaProvider>{children}</PageMetaProvider>
          </AuthProvider>
        </QueryClientProvider>
    </ConfigProvider>
  );
}
