import { useEffect } from 'react';
import { Alert, Button, Checkbox, Col, DatePicker, Form, Input, Radio, Row } from 'antd';
import { RadioGroup } from '../../../components/radio-group';
import { Select } from '../../../components/select';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../lib/api-client';
import { flatten, useCatalogue, useDepartments } from '../../../lib/reference-data';
import { useAttributeBases, useSaveItem, type Item, type ItemRequest } from '../api/items';
import { InterpretationFields, fieldPath } from './interpretation-fields';
import type { components } from '../../../types/api';

const CHANNELS = ['WEIBO', 'WECHAT', 'NEWS_CLIENT', 'PRESS_CONFERENCE', 'RADIO', 'TV', 'NEWSPAPER'] as const;

/** What an item is (issue 10); each type has its default column where the catalogue has one. */
const TYPES = ['DOCUMENT', 'INTERPRETATION', 'CONSULTATION_DRAFT', 'ADOPTION_REPORT', 'MEETING_MATERIALS', 'PRESS_RECORD', 'PRESS_PLAN', 'INSPECTION_RESULTS',
  'DOUBLE_PUBLICITY', 'POLL_REPORT', 'ANNUAL_REPORT', 'KEY_TASK_PROGRESS', 'SERVICE_LIST'] as const;
const DEFAULT_COLUMN: Partial<Record<(typeof TYPES)[number], string>> = { INTERPRETATION: 'ZCJD', PRESS_RECORD: 'XWFB', PRESS_PLAN: 'GHJH', KEY_TASK_PROGRESS: 'ZDGZ' };

interface Values {
  kind?: 'ITEM' | 'GUIDE';
  type?: (typeof TYPES)[number];
  columnCode?: string;
  title: string;
  docNumber?: string;
  issuingDepartment: string;
  createdDate?: Dayjs;
  subjects?: string[];
  summary?: string;
  body?: string;
  attribute?: 'PUBLIC' | 'ON_REQUEST' | 'NOT_PUBLIC';
  attributeBasis?: string;
  attributeReason?: string;
  reviewDate?: Dayjs;
  normative?: boolean;
  validity?: 'VALID' | 'AMENDED' | 'REPEALED' | 'INVALID';
  validFrom?: Dayjs;
  validTo?: Dayjs;
  expiresOn?: Dayjs;
  channels?: (typeof CHANNELS)[number][];
  majorDecision?: boolean;
  interpretation?: ItemRequest['interpretation'];
}

const date = (d?: Dayjs) => (d ? d.format('YYYY-MM-DD') : undefined);
const day = (s?: string | null) => (s ? dayjs(s) : undefined);

/** Plain text becomes paragraphs; HTML is kept (the server sanitises it). */
export function toHtml(text?: string): string {
  if (!text) return '';
  if (/<[a-z][\s\S]*>/i.test(text)) return text;
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return text
    .split(/\n\s*\n|\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${esc(p)}</p>`)
    .join('');
}

/** The drafting form: the disclosure attribute from the start (R13), the legal basis when not public (R4). */
export function ItemForm({ item, kind = 'ITEM', defaultDepartment, onSaved, attachments, interprets }: {
  item?: Item; kind?: 'ITEM' | 'GUIDE'; defaultDepartment?: string; onSaved: (i: Item) => void;
  /** the item's files, which an interpretation's media may name */
  attachments?: components['schemas']['Attachment'][];
  /** a new interpretation of this document (R24): linked at creation, to be published with it */
  interprets?: { id: number; title: string };
}) {
  const { t, i18n } = useTranslation();
  const en = i18n.language === 'en';
  const [form] = Form.useForm<Values>();
  const catalogue = useCatalogue();
  const departments = useDepartments();
  const bases = useAttributeBases();
  const save = useSaveItem(item?.id);
  const attribute = Form.useWatch('attribute', form);
  const normative = Form.useWatch('normative', form);
  const type = Form.useWatch('type', form) ?? item?.type;
  const isGuide = (item?.kind ?? kind) === 'GUIDE';

  useEffect(() => {
    if (!item) return;
    form.setFieldsValue({
      ...item,
      docNumber: item.docNumber ?? undefined,
      createdDate: day(item.createdDate),
      reviewDate: day(item.reviewDate),
      validFrom: day(item.validFrom),
      validTo: day(item.validTo),
      expiresOn: day(item.expiresOn),
      interpretation: item.interpretation ?? undefined,
    } as Values);
  }, [item, form]);

  const onFinish = (v: Values) => {
    const body: ItemRequest = {
      kind: item?.kind ?? kind,
      type: v.type,
      columnCode: v.columnCode,
      title: v.title,
      docNumber: v.docNumber,
      issuingDepartment: v.issuingDepartment,
      createdDate: date(v.createdDate),
      subjects: v.subjects,
      summary: v.summary,
      body: toHtml(v.body),
      attribute: v.attribute as ItemRequest['attribute'],
      attributeBasis: v.attributeBasis,
      attributeReason: v.attributeReason,
      reviewDate: date(v.reviewDate),
      normative: v.normative,
      validity: v.validity,
      validFrom: date(v.validFrom),
      validTo: date(v.validTo),
      expiresOn: date(v.expiresOn),
      channels: v.channels,
      majorDecision: v.type === 'DOCUMENT' || (!v.type && item?.type === 'DOCUMENT') ? !!v.majorDecision : undefined,
      interpretation: (v.type ?? item?.type) === 'INTERPRETATION' ? v.interpretation : undefined,
      interprets: !item && interprets ? interprets.id : undefined,
    };
    save.mutate(body, {
      onSuccess: onSaved,
      onError: (e) => {
        if (e instanceof ApiError) {
          form.setFields(Object.entries(e.fieldErrors()).map(([name, msg]) => ({ name: fieldPath(name) as never, errors: [msg] })));
        }
      },
    });
  };

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={onFinish}
      initialValues={{
        attribute: 'PUBLIC', createdDate: dayjs(), issuingDepartment: defaultDepartment, normative: false,
        ...(interprets
          ? { type: 'INTERPRETATION', columnCode: 'ZCJD', title: t('interpretation.titleOf', { title: interprets.title }), interpretation: { forms: ['TEXT'] } }
          : { type: 'DOCUMENT' }),
      }}
      onValuesChange={(changed: Partial<Values>) => {
        const column = changed.type && DEFAULT_COLUMN[changed.type];
        if (column && !form.getFieldValue('columnCode')) form.setFieldsValue({ columnCode: column });
        // a new normative document is in force unless said otherwise (R9)
        if (changed.normative && !form.getFieldValue('validity')) form.setFieldsValue({ validity: 'VALID' });
      }}
      data-testid="item-form"
    >
      <Row gutter={16}>
        {!isGuide && (
          <Col xs={24} md={12}>
            <Form.Item name="type" label={t('item.type')}>
              <Select data-testid="type-select" options={TYPES.map((x) => ({ value: x, label: t(`itemType.${x}`) }))} />
            </Form.Item>
          </Col>
        )}
        {!isGuide && (
          <Col xs={24} md={12}>
            <Form.Item name="columnCode" label={t('item.column')} rules={[{ required: true, message: t('form.required') }]}>
              <Select
                showSearch
                optionFilterProp="label"
                data-testid="column-select"
                options={flatten(catalogue.data?.columns).map((c) => ({ value: c.code, label: `${'　'.repeat(c.depth)}${en ? c.nameEn : c.nameZh}` }))}
              />
            </Form.Item>
          </Col>
        )}
        <Col xs={24} md={12}>
          <Form.Item name="issuingDepartment" label={t('item.issuer')} rules={[{ required: true, message: t('form.required') }]}>
            <Select options={(departments.data ?? []).map((d) => ({ value: d.code, label: en ? d.nameEn : d.nameZh }))} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="title" label={t('item.title')} rules={[{ required: true, message: t('form.required') }, { max: 300 }]}>
        <Input data-testid="title-input" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="docNumber" label={t('item.docNumber')}>
            <Input placeholder="临教发〔2026〕1号" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="createdDate" label={t('item.createdDate')} extra={t('item.createdDateHelp')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="subjects" label={t('item.subjects')}>
        <Select mode="tags" tokenSeparators={[',', '，', '、']} />
      </Form.Item>
      <Form.Item name="summary" label={t('item.summary')}>
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
      <Form.Item name="body" label={t('item.body')} extra={t('item.bodyHelp')}>
        <Input.TextArea rows={8} data-testid="body-input" />
      </Form.Item>
      <Form.Item name="attribute" label={t('item.attribute')} rules={[{ required: true, message: t('form.required') }]} extra={t('item.attributeHelp')}>
        <RadioGroup>
          {(['PUBLIC', 'ON_REQUEST', 'NOT_PUBLIC'] as const).map((a) => (
            <Radio.Button key={a} value={a}>
              {t(`attribute.${a}`)}
            </Radio.Button>
          ))}
        </RadioGroup>
      </Form.Item>
      {attribute && attribute !== 'PUBLIC' && (
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="attributeBasis" label={t('item.attributeBasis')} rules={[{ required: true, message: t('form.required') }]}>
              <Select options={(bases.data ?? []).map((b) => ({ value: b.code, label: en ? b.en : b.zh }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="reviewDate" label={t('item.reviewDate')} extra={t('item.reviewDateHelp')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item name="attributeReason" label={t('item.attributeReason')} rules={[{ required: true, message: t('form.required') }]}>
              <Input.TextArea rows={2} />
            </Form.Item>
          </Col>
        </Row>
      )}
      {interprets && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} data-testid="interprets-note" message={t('interpretation.interpretsNote', { title: interprets.title })} />
      )}
      {type === 'INTERPRETATION' && <InterpretationFields attachments={attachments} />}
      {!isGuide && (
        <Row gutter={16}>
          <Col xs={24} md={6}>
            <Form.Item name="normative" valuePropName="checked" label=" ">
              <Checkbox data-testid="normative-checkbox">{t('item.normative')}</Checkbox>
            </Form.Item>
          </Col>
          {type === 'DOCUMENT' && (
            <Col xs={24} md={6}>
              <Form.Item name="majorDecision" valuePropName="checked" label=" " extra={t('item.majorDecisionHelp')}>
                <Checkbox data-testid="major-decision">{t('item.majorDecision')}</Checkbox>
              </Form.Item>
            </Col>
          )}
          {normative && (
            <>
              <Col xs={24} md={6}>
                <Form.Item name="validity" label={t('item.validity')} rules={[{ required: true, message: t('form.required') }]}>
                  <Select options={(['VALID', 'AMENDED', 'REPEALED', 'INVALID'] as const).map((v) => ({ value: v, label: t(`validity.${v}`) }))} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name="validFrom" label={t('item.validFrom')}>
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              </Col>
              <Col xs={12} md={6}>
                <Form.Item name="validTo" label={t('item.validTo')}>
                  <DatePicker style={{ width: '100%' }} />
                </Form.Item>
              </Col>
            </>
          )}
        </Row>
      )}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="channels" label={t('item.channels')}>
            <Checkbox.Group options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))} />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="expiresOn" label={t('item.expiresOn')} extra={t('item.expiresOnHelp')}>
            <DatePicker style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      {save.error && !(save.error instanceof ApiError && Object.keys(save.error.fieldErrors()).length) && (
        <Alert type="error" showIcon message={save.error.message} style={{ marginBottom: 16 }} />
      )}
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="save-item">
        {t('item.save')}
      </Button>
    </Form>
  );
}
