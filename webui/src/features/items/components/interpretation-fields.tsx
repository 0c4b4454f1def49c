import { Button, Card, Checkbox, Col, Form, Input, Row, Space } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../components/select';
import type { components } from '../../../types/api';

type Attachment = components['schemas']['Attachment'];
export const FORMS = ['TEXT', 'GRAPHIC', 'QA', 'AUDIO', 'VIDEO', 'ANIMATION', 'EXPERT', 'OFFICIAL'] as const;
const MEDIA_KINDS = ['IMAGE', 'AUDIO', 'VIDEO', 'ANIMATION'] as const;

/**
 * An interpretation's elements, forms, interpreters and media (R25, issue 11), inside the item form: every image with
 * its alternative text, every audio or video with its transcript, every expert with their affiliation.
 */
export function InterpretationFields({ attachments }: { attachments?: Attachment[] }) {
  const { t } = useTranslation();
  const byHead = Form.useWatch(['interpretation', 'byHead']);
  const required = [{ required: true, message: t('form.required') }];
  const text = (name: string, req: boolean, rows = 3) => (
    <Form.Item name={['interpretation', name]} label={t(`interpretation.${name}`)} rules={req ? required : undefined}>
      <Input.TextArea rows={rows} maxLength={10000} data-testid={`interpretation-${name}`} />
    </Form.Item>
  );
  return (
    <Card size="small" title={t('interpretation.elements')} style={{ marginBottom: 16 }} data-testid="interpretation-fields">
      {text('background', true)}
      {text('purpose', true, 2)}
      {text('scope', true, 2)}
      {text('measures', true)}
      {text('changes', false, 2)}
      {text('terms', false, 2)}
      <Form.Item name={['interpretation', 'contact']} label={t('interpretation.contact')} rules={required}>
        <Input maxLength={500} data-testid="interpretation-contact" />
      </Form.Item>
      {/* required by the server (a group cannot carry aria-required) */}
      <Form.Item name={['interpretation', 'forms']} label={t('interpretation.forms')}>
        <Checkbox.Group options={FORMS.map((f) => ({ value: f, label: t(`interpretationForm.${f}`) }))} data-testid="interpretation-forms" />
      </Form.Item>
      <Form.List name={['interpretation', 'interpreters']}>
        {(fields, { add, remove }) => (
          <Form.Item label={t('interpretation.interpreters')}>
            {fields.map((f) => (
              <Row gutter={8} key={f.key} align="top">
                <Col xs={12} md={5}>
                  <Form.Item name={[f.name, 'name']} rules={required}>
                    <Input placeholder={t('interpretation.name')} aria-label={t('interpretation.name')} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={5}>
                  <Form.Item name={[f.name, 'kind']} rules={required}>
                    <Select aria-label={t('interpretation.kind')} placeholder={t('interpretation.kind')}
                      options={(['EXPERT', 'OFFICIAL'] as const).map((k) => ({ value: k, label: t(`interpretation.interpreterKind.${k}`) }))} />
                  </Form.Item>
                </Col>
                <Col xs={12} md={7}>
                  <Form.Item name={[f.name, 'affiliation']}>
                    <Input placeholder={t('interpretation.affiliation')} aria-label={t('interpretation.affiliation')} />
                  </Form.Item>
                </Col>
                <Col xs={10} md={5}>
                  <Form.Item name={[f.name, 'post']}>
                    <Input placeholder={t('interpretation.post')} aria-label={t('interpretation.post')} />
                  </Form.Item>
                </Col>
                <Col xs={2} md={2}>
                  <Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('interpretation.remove')} />
                </Col>
              </Row>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'EXPERT' })} data-testid="add-interpreter">{t('interpretation.addInterpreter')}</Button>
          </Form.Item>
        )}
      </Form.List>
      <Form.List name={['interpretation', 'media']}>
        {(fields, { add, remove }) => (
          <Form.Item label={t('interpretation.media')} extra={t('interpretation.mediaHelp')}>
            {fields.map((f) => (
              <Card size="small" key={f.key} style={{ marginBottom: 8 }}
                extra={<Button size="small" icon={<DeleteOutlined />} onClick={() => remove(f.name)} aria-label={t('interpretation.remove')} />}>
                <Row gutter={8}>
                  <Col xs={24} md={6}>
                    <Form.Item name={[f.name, 'kind']} label={t('interpretation.mediaKind')} rules={required}>
                      <Select options={MEDIA_KINDS.map((k) => ({ value: k, label: t(`interpretation.mediaKinds.${k}`) }))} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={9}>
                    <Form.Item name={[f.name, 'attachmentId']} label={t('interpretation.attachment')}>
                      <Select allowClear options={(attachments ?? []).map((a) => ({ value: a.id, label: a.fileName }))} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={9}>
                    <Form.Item name={[f.name, 'url']} label={t('interpretation.url')}>
                      <Input placeholder="https://" />
                    </Form.Item>
                  </Col>
                </Row>
                <Form.Item name={[f.name, 'caption']} label={t('interpretation.caption')} rules={required}>
                  <Input maxLength={200} />
                </Form.Item>
                <Form.Item name={[f.name, 'altText']} label={t('interpretation.altText')}>
                  <Input.TextArea rows={2} maxLength={1000} />
                </Form.Item>
                <Form.Item name={[f.name, 'transcript']} label={t('interpretation.transcript')}>
                  <Input.TextArea rows={3} />
                </Form.Item>
              </Card>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'IMAGE' })} data-testid="add-media">{t('interpretation.addMedia')}</Button>
          </Form.Item>
        )}
      </Form.List>
      <Space wrap align="start">
        <Form.Item name={['interpretation', 'byHead']} valuePropName="checked">
          <Checkbox>{t('interpretation.byHead')}</Checkbox>
        </Form.Item>
        {byHead && (
          <Form.Item name={['interpretation', 'headOccasion']} label={t('interpretation.headOccasion')} rules={required}>
            <Select style={{ minWidth: 200 }} options={(['PRESS_CONFERENCE', 'ARTICLE', 'INTERVIEW'] as const).map((o) => ({ value: o, label: t(`interpretation.occasion.${o}`) }))} />
          </Form.Item>
        )}
      </Space>
    </Card>
  );
}

/** A server field name ("interpretation.media[0].altText") as the form's path (["interpretation", "media", 0, "altText"]). */
export function fieldPath(name: string): (string | number)[] {
  return name.split(/\.|\[(\d+)\]/).filter((p) => p !== undefined && p !== '').map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}
