import { useTranslation } from 'react-i18next';
import { useConfig } from '../../../lib/auth';

export function useBureauName(): string {
  const { i18n, t } = useTranslation();
  const { data } = useConfig();
  if (!data) return t('shell.bureau');
  return (i18n.language === 'en' ? data.bureauNameEn : data.bureauNameZh) ?? t('shell.bureau');
}
