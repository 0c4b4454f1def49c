import { Button, Checkbox, Input, Radio, Space, Typography } from 'antd';
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { shown, visibleAnswers, type Answers, type PollAnswer, type PollForm, type PollQuestion } from '../api/poll';

/**
 * A questionnaire to answer (R36): each question a fieldset with its legend, usable with the keyboard alone and at
 * phone width; a question with a condition appears only once it is met; "other" asks what. The same renderer is the
 * builder's live preview and the staff's paper and telephone entry.
 */
export function PollQuestions({ form, value, onChange, errors = {} }: {
  form?: PollForm; value: Answers; onChange: (a: Answers) => void; errors?: Record<string, string>;
}) {
  const { t } = useTranslation();
  const set = (key: string, a: PollAnswer | undefined) => {
    const next = { ...value };
    if (a) next[key] = a;
    else delete next[key];
    onChange(visibleAnswers(form, next));
  };
  const questions = (form?.questions ?? []).filter((q) => shown(q, value));
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }} data-testid="poll-questions">
      {questions.map((q, i) => (
        <fieldset key={q.key} className="gk-poll-question" data-testid={`question-${q.key}`} style={{ border: 0, padding: 0, margin: 0 }}>
          <legend style={{ fontSize: 16, fontWeight: 600, marginBottom: 8 }}>
            {i + 1}. {q.text}{q.required && <span aria-hidden="true" style={{ color: '#cf1322' }}> *</span>}
            {q.required && <span className="gk-sr-only">（{t('poll.required')}）</span>}
            {q.type === 'MULTIPLE' && q.maxChoices && <Typography.Text type="secondary" style={{ fontWeight: 400 }}>（{t('poll.atMost', { n: q.maxChoices })}）</Typography.Text>}
          </legend>
          <Answer q={q} a={value[q.key ?? '']} set={(a) => set(q.key ?? '', a)} />
          {errors[`answers.${q.key}`] && <div role="alert" style={{ color: '#cf1322' }}>{errors[`answers.${q.key}`]}</div>}
          {errors[`answers.${q.key}.other`] && <div role="alert" style={{ color: '#cf1322' }}>{errors[`answers.${q.key}.other`]}</div>}
        </fieldset>
      ))}
    </Space>
  );
}

function Answer({ q, a, set }: { q: PollQuestion; a?: PollAnswer; set: (a?: PollAnswer) => void }) {
  const { t } = useTranslation();
  const options = q.options ?? [];
  const otherKey = options.find((o) => o.other)?.key;
  const otherChosen = !!otherKey && (a?.option === otherKey || (a?.options ?? []).includes(otherKey));
  const other = otherChosen && (
    <Input style={{ marginTop: 8, maxWidth: 360 }} aria-label={t('poll.otherText')} placeholder={t('poll.otherText')} value={a?.other}
      onChange={(e) => set({ ...a, other: e.target.value })} data-testid={`other-${q.key}`} />
  );
  switch (q.type) {
    case 'SINGLE':
      return (<>
        <Radio.Group value={a?.option} onChange={(e) => set({ option: e.target.value as string })}>
          <Space direction="vertical">{options.map((o) => <Radio key={o.key} value={o.key}>{o.label}</Radio>)}</Space>
        </Radio.Group>{other}
      </>);
    case 'MULTIPLE':
      return (<>
        <Checkbox.Group value={a?.options ?? []} onChange={(v) => set((v as string[]).length ? { options: v as string[], other: a?.other } : undefined)}>
          <Space direction="vertical">{options.map((o) => (
            <Checkbox key={o.key} value={o.key} disabled={!!q.maxChoices && (a?.options ?? []).length >= q.maxChoices && !(a?.options ?? []).includes(o.key ?? '')}>{o.label}</Checkbox>
          ))}</Space>
        </Checkbox.Group>{other}
      </>);
    case 'SCALE':
      return (
        <Radio.Group value={a?.scale} onChange={(e) => set({ scale: e.target.value as number })}>
          <Space wrap>{(q.scaleLabels ?? []).map((l, i) => <Radio.Button key={i} value={i + 1}>{i + 1} {l}</Radio.Button>)}</Space>
        </Radio.Group>
      );
    case 'RANKING': {
      const order = a?.ranking ?? options.map((o) => o.key ?? '');
      const label = (k: string) => options.find((o) => o.key === k)?.label ?? k;
      const move = (i: number, d: number) => {
        const next = [...order];
        [next[i], next[i + d]] = [next[i + d], next[i]];
        set({ ranking: next });
      };
      return (
        <ol style={{ paddingLeft: 24, margin: 0 }}>
          {order.map((k, i) => (
            <li key={k} style={{ marginBottom: 4 }}>
              <Space>{label(k)}
                <Button size="small" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, -1)} aria-label={t('poll.moveUp', { label: label(k) })} />
                <Button size="small" icon={<ArrowDownOutlined />} disabled={i === order.length - 1} onClick={() => move(i, 1)} aria-label={t('poll.moveDown', { label: label(k) })} />
              </Space>
            </li>
          ))}
          {!a?.ranking && <Button size="small" onClick={() => set({ ranking: order })} data-testid={`rank-${q.key}`}>{t('poll.keepOrder')}</Button>}
        </ol>
      );
    }
    case 'MATRIX':
      return (
        <table className="gk-poll-matrix">
          <thead><tr><td /><>{(q.columns ?? []).map((c) => <th key={c.key} scope="col">{c.label}</th>)}</></tr></thead>
          <tbody>
            {options.map((row) => (
              <tr key={row.key}>
                <th scope="row">{row.label}</th>
                {(q.columns ?? []).map((c) => (
                  <td key={c.key} style={{ textAlign: 'center' }}>
                    <Radio checked={a?.matrix?.[row.key ?? ''] === c.key} aria-label={`${row.label}：${c.label}`}
                      onChange={() => set({ matrix: { ...(a?.matrix ?? {}), [row.key ?? '']: c.key ?? '' } })} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'TEXT':
      return <Input.TextArea rows={3} maxLength={2000} value={a?.text} aria-label={q.text} onChange={(e) => set(e.target.value ? { text: e.target.value } : undefined)} data-testid={`text-${q.key}`} />;
    default:
      return null;
  }
}
