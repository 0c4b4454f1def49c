import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  WORKDAY: 'default',
  WEEKEND: 'blue',
  HOLIDAY: 'red',
  MAKEUP_WORKDAY: 'orange',
};

export function DayKindTag({ kind, name, nameEn }: { kind?: string; name?: string; nameEn?: string }) {
  const { t, i18n } = useTranslation();
  const shown = i18n.language === 'en' ? (nameEn ?? name) : name;
  if (!kind) return null;
  return (
    <Tag color={COLORS[kind] ?? 'default'}>
      {t(`calendar.kind.${kind}`)}
      {shown ? ` · ${shown}` : ''}
    </Tag>
  );
}
