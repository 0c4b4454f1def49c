import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { setLanguage, type Language } from '../../../lib/i18n';

export function LanguageSwitch() {
  const { i18n, t } = useTranslation();
  return (
    <Segmented
      size="small"
      aria-label={t('shell.language')}
      value={i18n.language === 'en' ? 'en' : 'zh-CN'}
      onChange={(v) => setLanguage(v as Language)}
      options={[
        { label: <span lang="zh-CN">中文</span>, value: 'zh-CN' },
        { label: 'EN', value: 'en' },
      ]}
    />
  );
}
