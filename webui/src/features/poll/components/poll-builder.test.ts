import { describe, expect, it } from 'vitest';
import { toForm } from './poll-builder';
import { visibleAnswers } from '../api/poll';

describe('the poll builder', () => {
  it('turns lines into keyed options, "other" and a condition on an earlier question', () => {
    const f = toForm([
      { type: 'SINGLE', text: '满意吗', required: true, options: '满意\n不满意\n', other: true },
      { type: 'TEXT', text: '原因', showIfQuestion: 0, showIfOption: 1 },
    ]);
    expect(f.questions?.[0].options).toEqual([{ key: 'o1', label: '满意' }, { key: 'o2', label: '不满意' }, { key: 'other', label: '其他', other: true }]);
    expect(f.questions?.[1].showIf).toEqual({ question: 'q1', option: 'o2' });
    // an answer to a question no longer shown is dropped
    expect(visibleAnswers(f, { q1: { option: 'o1' }, q2: { text: 'x' } })).toEqual({ q1: { option: 'o1' } });
    expect(visibleAnswers(f, { q1: { option: 'o2' }, q2: { text: 'x' } })).toEqual({ q1: { option: 'o2' }, q2: { text: 'x' } });
  });
});
