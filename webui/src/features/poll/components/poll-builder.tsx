import { useState } from 'react';
import { Alert, Button, Card, Checkbox, Col, Drawer, Form, Input, InputNumber, Row, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Select } from '../../../components/select';
import { DateRange } from '../../../components/date-range';
import { ApiError } from '../../../lib/api-client';
import { QUESTION_TYPES, usePollAction, type Answers, type PollForm, type PollQuestion } from '../api/poll';
import { PollQuestions } from './poll-questions';

interface DraftQuestion {
  type: PollQuestion['type'];
  text?: string;
  required?: boolean;
  options?: string;
  other?: boolean;
  maxChoices?: number;
  scale?: string;
  columns?: string;
  showIfQuestion?: number;
  showIfOption?: number;
}

interface Draft {
  title?: string;
  description?: string;
  mode?: string;
  targetGroups?: string;
  samplePlan?: string;
  sampleSize?: number;
  period?: [Dayjs, Dayjs];
  questions?: DraftQuestion[];
}

const lines = (s?: string) => (s ?? '').split('\n').map((x) => x.trim()).filter(Boolean);

/** The builder's questions as the questionnaire the server checks: keys q1…, options o1… in the order written. */
export function toForm(qs: DraftQuestion[] = []): PollForm {
  return {
    questions: qs.map((q, i) => {
      const opts = lines(q.options).map((label, j) => ({ key: `o${j + 1}`, label }));
      if (q.other && (q.type === 'SINGLE' || q.type === 'MULTIPLE')) opts.push({ key: 'other', label: '其他', other: true } as never);
      const out: PollQuestion = { key: `q${i + 1}`, type: q.type, text: q.text ?? '', required: !!q.required };
      if (q.type === 'SINGLE' || q.type === 'MULTIPLE' || q.type === 'RANKING' || q.type === 'MATRIX') out.options = opts;
      if (q.type === 'MULTIPLE' && q.maxChoices) out.maxChoices = q.maxChoices;
      if (q.type === 'SCALE') out.scaleLabels = lines(q.scale);
      if (q.type === 'MATRIX') out.columns = lines(q.columns).map((label, j) => ({ key: `c${j + 1}`, label }));
      if (q.showIfQuestion != null && q.showIfOption != null) out.showIf = { question: `q${q.showIfQuestion + 1}`, option: `o${q.showIfOption + 1}` };
      return out;
    }),
  };
}

/** 设计问卷: the questionnaire on a selected topic, with a live preview that answers like the portal's form. */
export function PollBuilder({ topicId, open, onClose, onCreated }: { topicId?: number; open: boolean; onClose: () => void; onCreated: (id: number) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Draft>();
  const draft = Form.useWatch([], form) as Draft | undefined;
  const [preview, setPreview] = useState<Answers>({});
  const action = usePollAction();
  const err = action.error instanceof ApiError ? action.error : undefined;
  const questions = draft?.questions ?? [];
  const submit = (v: Draft) => action.mutate({
    path: '', body: {
      topicId, title: v.title, description: v.description, mode: v.mode, targetGroups: v.targetGroups, samplePlan: v.samplePlan, sampleSize: v.sampleSize,
      opensOn: v.period?.[0]?.format('YYYY-MM-DD'), closesOn: v.period?.[1]?.format('YYYY-MM-DD'), form: toForm(v.questions),
    },
  }, { onSuccess: (d) => onCreated(((d as { poll?: { id?: number } }).poll?.id) ?? 0) });
  const required = [{ required: true, message: t('form.required') }];
  return (
    <Drawer open={open} onClose={onClose} width="min(1200px, 100vw)" title={t('poll.build')} destroyOnClose>
      <Row gutter={24}>
        <Col xs={24} lg={13}>
          <Form<Draft> form={form} layout="vertical" onFinish={submit} initialValues={{ mode: 'ANONYMOUS', sampleSize: 400, questions: [{ type: 'SINGLE', required: true }] }}>
            <Form.Item name="title" label={t('poll.title')} rules={required}><Input maxLength={200} data-testid="poll-title-input" /></Form.Item>
            <Form.Item name="description" label={t('poll.description')} rules={required}><Input.TextArea rows={2} maxLength={5000} /></Form.Item>
            <Space wrap>
              <Form.Item name="mode" label={t('poll.mode')} rules={required}>
                <Select style={{ width: 160 }} options={['ANONYMOUS', 'NAMED'].map((m) => ({ value: m, label: t(`poll.modes.${m}`) }))} />
              </Form.Item>
              <Form.Item name="sampleSize" label={t('poll.sampleSize')} rules={required}><InputNumber min={1} /></Form.Item>
              <Form.Item name="period" label={t('consultation.period')} rules={required}><DateRange /></Form.Item>
            </Space>
            <Form.Item name="targetGroups" label={t('poll.targets')} rules={required}><Input maxLength={500} /></Form.Item>
            <Form.Item name="samplePlan" label={t('poll.samplePlan')} rules={required}><Input maxLength={2000} /></Form.Item>
            <Form.List name="questions">
              {(fields, { add, remove }) => (<>
                {fields.map((f, i) => {
                  const q = questions[i] ?? { type: 'SINGLE' };
                  const earlier = questions.slice(0, i).map((x, j) => ({ x, j })).filter(({ x }) => x?.type === 'SINGLE' || x?.type === 'MULTIPLE');
                  const on = q.showIfQuestion != null ? questions[q.showIfQuestion] : undefined;
                  return (
                    <Card key={f.key} size="small" style={{ marginBottom: 12 }} title={`${t('poll.question')} ${i + 1}`} data-testid={`builder-q${i + 1}`}
                      extra={<Button size="small" danger onClick={() => remove(f.name)}>{t('poll.removeQuestion')}</Button>}>
                      <Space wrap align="start">
                        <Form.Item name={[f.name, 'type']} label={t('poll.type')} rules={required}>
                          <Select style={{ width: 140 }} options={QUESTION_TYPES.map((x) => ({ value: x, label: t(`poll.types.${x}`) }))} />
                        </Form.Item>
                        <Form.Item name={[f.name, 'required']} valuePropName="checked" label=" "><Checkbox>{t('poll.required')}</Checkbox></Form.Item>
                      </Space>
                      <Form.Item name={[f.name, 'text']} label={t('poll.questionText')} rules={required}><Input maxLength={500} /></Form.Item>
                      {['SINGLE', 'MULTIPLE', 'RANKING', 'MATRIX'].includes(q.type ?? '') && (
                        <Form.Item name={[f.name, 'options']} label={q.type === 'MATRIX' ? t('poll.rows') : t('poll.options')} extra={t('poll.onePerLine')} rules={required}>
                          <Input.TextArea rows={3} />
                        </Form.Item>
                      )}
                      {(q.type === 'SINGLE' || q.type === 'MULTIPLE') && <Form.Item name={[f.name, 'other']} valuePropName="checked"><Checkbox>{t('poll.withOther')}</Checkbox></Form.Item>}
                      {q.type === 'MULTIPLE' && <Form.Item name={[f.name, 'maxChoices']} label={t('poll.maxChoices')}><InputNumber min={1} /></Form.Item>}
                      {q.type === 'SCALE' && <Form.Item name={[f.name, 'scale']} label={t('poll.scaleLabels')} extra={t('poll.fiveLines')} initialValue={'很不满意\n不满意\n一般\n满意\n很满意'}><Input.TextArea rows={5} /></Form.Item>}
                      {q.type === 'MATRIX' && <Form.Item name={[f.name, 'columns']} label={t('poll.columns')} extra={t('poll.onePerLine')} rules={required}><Input.TextArea rows={3} /></Form.Item>}
                      {earlier.length > 0 && (
                        <Space wrap>
                          <Form.Item name={[f.name, 'showIfQuestion']} label={t('poll.showIf')}>
                            <Select allowClear style={{ width: 200 }} options={earlier.map(({ x, j }) => ({ value: j, label: `${j + 1}. ${x?.text ?? ''}` }))} />
                          </Form.Item>
                          {on && <Form.Item name={[f.name, 'showIfOption']} label={t('poll.showIfOption')}>
                            <Select style={{ width: 160 }} options={lines(on.options).map((label, j) => ({ value: j, label }))} />
                          </Form.Item>}
                        </Space>
                      )}
                    </Card>
                  );
                })}
                <Button type="dashed" onClick={() => add({ type: 'SINGLE', required: true })} data-testid="add-question">{t('poll.addQuestion')}</Button>
              </>)}
            </Form.List>
            {err && <Alert type="error" showIcon style={{ marginTop: 16 }} message={err.message}
              description={<ul>{Object.entries(err.fieldErrors()).map(([k, m]) => <li key={k}>{k}：{m}</li>)}</ul>} />}
            <Button type="primary" htmlType="submit" style={{ marginTop: 16 }} loading={action.isPending} data-testid="create-poll">{t('poll.create')}</Button>
          </Form>
        </Col>
        <Col xs={24} lg={11}>
          <Card title={t('poll.preview')} size="small" data-testid="poll-preview">
            <Typography.Title level={4}>{draft?.title}</Typography.Title>
            <PollQuestions form={toForm(questions.filter(Boolean))} value={preview} onChange={setPreview} />
          </Card>
        </Col>
      </Row>
    </Drawer>
  );
}
