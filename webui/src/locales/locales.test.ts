import zhCN from './zh-CN.json';
import en from './en.json';

type Tree = { [k: string]: string | Tree };

function keys(t: Tree, prefix = ''): string[] {
  return Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k.replace(/_(one|other)$/, '')}`] : keys(v, `${prefix}${k}.`)));
}

describe('locales', () => {
  it('has every Chinese key in English too, and the reverse', () => {
    const zh = new Set(keys(zhCN as Tree));
    const e = new Set(keys(en as Tree));
    expect([...zh].filter((k) => !e.has(k))).toEqual([]);
    expect([...e].filter((k) => !zh.has(k))).toEqual([]);
  });
});
