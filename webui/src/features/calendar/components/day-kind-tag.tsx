import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

const COLORS: Record<string, string> = {
  WORKDAY: 'default',
  WEEKEND: 'blue',
  HOLIDAY: 'red',
  MAKEUP_WORKDAY: 'orange',
};

export function DayKindTag({ kind, name }: { kind?: string; name?: string }) {
  const { t } = useTranslation();
  if (!kind) return null;
  return (
    <Tag color={COLORS[kind] ?? 'default'}>
      {t(`calendar.kind.${kind}`)}
      {name ? ` · ${name}` : ''}
    </Tag>
  );
}
