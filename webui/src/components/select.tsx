import { Select as AntSelect, type SelectProps } from 'antd';

/**
 * Ant Design's Select as the forms use it, accessible (issue 16): Form.Item puts aria-required on the Select's
 * wrapper, a plain div where ARIA does not allow it (axe: aria-allowed-attr, critical); the required state is shown
 * by the label's mark and announced by the validation message. A filter without a visible label names itself by its
 * placeholder.
 */
export function Select<V = unknown>(props: SelectProps<V> & { 'aria-required'?: unknown }) {
  const { 'aria-required': _required, ...rest } = props;
  void _required;
  const label = rest['aria-label'] ?? (typeof rest.placeholder === 'string' ? rest.placeholder : undefined);
  return <AntSelect<V> {...rest} aria-label={label} />;
}
