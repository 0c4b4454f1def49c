import { Checkbox, DatePicker, Form, Input, InputNumber, Space, type FormInstance } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../components/select';
import { KINDS, LICENCE_CATEGORIES, PARTY_CATEGORIES, type AdminDecisionRequest } from '../api/publicity';

export interface DecisionValues extends Omit<AdminDecisionRequest, 'decisionDate' | 'validFrom' | 'validTo' | 'publicityEndsOn'> {
  decisionDate?: Dayjs; validFrom?: Dayjs; validTo?: Dayjs; publicityEndsOn?: Dayjs;
}

/** The form's values as the API takes them (dates as YYYY-MM-DD, empty fields left out). */
export function toRequest(v: DecisionValues): AdminDecisionRequest {
  const d = (x?: Dayjs) => x?.format('YYYY-MM-DD');
  const out: Record<string, unknown> = { ...v, decisionDate: d(v.decisionDate), validFrom: d(v.validFrom), validTo: d(v.validTo), publicityEndsOn: d(v.publicityEndsOn) };
  for (const k of Object.keys(out)) if (out[k] === '' || out[k] === undefined || out[k] === null) delete out[k];
  return out as AdminDecisionRequest;
}

/**
 * A licensing or penalty decision with the national credit fields (R35): the party (a natural person's name shown
 * masked, the ID number never), the decision document, and the licence's or the penalty's own fields.
 */
export function DecisionForm({ form, onFinish, correcting }: { form: FormInstance<DecisionValues>; onFinish: (v: DecisionValues) => void; correcting?: boolean }) {
  const { t } = useTranslation();
  const kind = Form.useWatch('kind', form);
  const party = Form.useWatch('partyCategory', form);
  const person = party === 'NATURAL_PERSON';
  const required = [{ required: true, message: t('form.required') }];
  return (
    <Form<DecisionValues> form={form} layout="vertical" onFinish={onFinish} initialValues={{ kind: 'LICENSING', partyCategory: 'LEGAL_PERSON', shareOnly: false }}>
      <Space wrap>
        <Form.Item name="kind" label={t('publicity.kind')} rules={required}>
          <Select style={{ width: 160 }} disabled={correcting} options={KINDS.map((k) => ({ value: k, label: t(`publicity.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="partyCategory" label={t('publicity.partyCategory')} rules={required}>
          <Select style={{ width: 200 }} disabled={correcting} options={PARTY_CATEGORIES.map((k) => ({ value: k, label: t(`publicity.parties.${k}`) }))} />
        </Form.Item>
      </Space>
      <Form.Item name="partyName" label={t('publicity.partyName')} rules={correcting ? [] : required} extra={correcting ? t('publicity.keptIfEmpty') : undefined}>
        <Input maxLength={200} autoComplete="off" data-testid="party-name" />
      </Form.Item>
      {person ? (
        <Form.Item name="idNumber" label={t('publicity.idNumber')} rules={correcting ? [] : required} extra={correcting ? t('publicity.keptIfEmpty') : t('publicity.idNumberHelp')}>
          <Input maxLength={18} autoComplete="off" />
        </Form.Item>
      ) : (
        <Space wrap>
          <Form.Item name="creditCode" label={t('publicity.creditCode')} rules={required}><Input maxLength={18} style={{ width: 240 }} data-testid="credit-code" /></Form.Item>
          <Form.Item name="legalRepresentative" label={party === 'INDIVIDUAL_BUSINESS' ? t('publicity.operator') : t('publicity.legalRep')} rules={correcting ? [] : required}>
            <Input maxLength={50} autoComplete="off" />
          </Form.Item>
        </Space>
      )}
      <Space wrap>
        <Form.Item name="documentName" label={t('publicity.documentName')} rules={required}><Input maxLength={200} style={{ width: 240 }} /></Form.Item>
        <Form.Item name="documentNumber" label={t('publicity.documentNumber')} rules={required}><Input maxLength={100} style={{ width: 240 }} data-testid="document-number" /></Form.Item>
        <Form.Item name="decisionDate" label={t('publicity.decisionDate')} rules={required}><DatePicker /></Form.Item>
      </Space>
      {kind === 'LICENSING' ? (<>
        <Space wrap>
          <Form.Item name="licenceCategory" label={t('publicity.licenceCategory')} rules={required}>
            <Select style={{ width: 140 }} options={LICENCE_CATEGORIES.map((k) => ({ value: k, label: k }))} />
          </Form.Item>
          <Form.Item name="certificateName" label={t('publicity.certificateName')}><Input maxLength={200} /></Form.Item>
          <Form.Item name="certificateNumber" label={t('publicity.certificateNumber')}><Input maxLength={100} /></Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="validFrom" label={t('publicity.validFrom')} rules={required}><DatePicker /></Form.Item>
          <Form.Item name="validTo" label={t('publicity.validTo')}><DatePicker /></Form.Item>
        </Space>
      </>) : (<>
        <Form.Item name="offenceType" label={t('publicity.offenceType')} rules={required}><Input maxLength={500} /></Form.Item>
        <Form.Item name="facts" label={t('publicity.facts')} rules={required}><Input.TextArea rows={3} maxLength={5000} /></Form.Item>
        <Form.Item name="legalBasis" label={t('publicity.legalBasis')} rules={required}><Input.TextArea rows={2} maxLength={5000} /></Form.Item>
        <Space wrap>
          <Form.Item name="penaltyCategory" label={t('publicity.penaltyCategory')} rules={required}><Input maxLength={200} /></Form.Item>
          <Form.Item name="fineAmount" label={t('publicity.fineAmount')}><InputNumber min={0} step={0.0001} /></Form.Item>
          <Form.Item name="confiscationAmount" label={t('publicity.confiscationAmount')}><InputNumber min={0} step={0.0001} /></Form.Item>
          <Form.Item name="publicityEndsOn" label={t('publicity.publicityEndsOn')} extra={t('publicity.publicityEndsOnHelp')}><DatePicker /></Form.Item>
        </Space>
        <Form.Item name="licenceAction" label={t('publicity.licenceAction')}><Input maxLength={500} /></Form.Item>
      </>)}
      <Form.Item name="content" label={kind === 'LICENSING' ? t('publicity.licenceContent') : t('publicity.penaltyContent')} rules={required}>
        <Input.TextArea rows={2} maxLength={5000} />
      </Form.Item>
      <Form.Item name="shareOnly" valuePropName="checked"><Checkbox disabled={correcting}>{t('publicity.shareOnly')}</Checkbox></Form.Item>
    </Form>
  );
}
