import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * A legal rule by its name (主动公开时限, 申请答复期限…), its code (R8, OGI-33) in a tooltip (issue 16: officers never
 * see internal codes). An unknown code is shown as it is.
 */
export function RuleName({ id }: { id?: string | null }) {
  const { t } = useTranslation();
  if (!id) return null;
  const name = t(`ruleName.${id}`, { defaultValue: '' });
  if (!name) return <span>{id}</span>;
  return (
    <Tooltip title={id}>
      <span data-rule={id}>{name}</span>
    </Tooltip>
  );
}
