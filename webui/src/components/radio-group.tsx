import { Radio, type RadioGroupProps } from 'antd';

/** Ant Design's Radio.Group without the aria-required Form.Item puts on its plain div (see select.tsx; issue 16). */
export function RadioGroup(props: RadioGroupProps & { 'aria-required'?: unknown }) {
  const { 'aria-required': _required, ...rest } = props;
  void _required;
  return <Radio.Group {...rest} />;
}
