import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

/**
 * The portal's 无障碍 / 适老化 mode and text size (issue 16; GB/T 37668-2019 and the 2021 elderly-friendly rules):
 * larger text (18 px body at least), high contrast, bigger click targets, no motion; plus a text-size control.
 * Remembered in the browser; the theme and a class on <html> follow it.
 */
export type TextSize = 'normal' | 'large' | 'larger';
export type DisplayPrefs = { care: boolean; size: TextSize };

const KEY = 'gongkai.display';
const DEFAULTS: DisplayPrefs = { care: false, size: 'normal' };

function load(): DisplayPrefs {
  try {
    const v = JSON.parse(localStorage.getItem(KEY) ?? 'null');
    if (v && typeof v.care === 'boolean' && ['normal', 'large', 'larger'].includes(v.size)) return v;
  } catch {
    /* nothing stored */
  }
  return DEFAULTS;
}

const Ctx = createContext<{ prefs: DisplayPrefs; set: (p: DisplayPrefs) => void }>({ prefs: DEFAULTS, set: () => {} });

export function DisplayPrefsProvider({ children }: { children: ReactNode }) {
  const [prefs, setPrefs] = useState<DisplayPrefs>(load);
  useEffect(() => {
    const html = document.documentElement;
    html.classList.toggle('gk-care', prefs.care);
    html.dataset.textSize = prefs.size;
  }, [prefs]);
  const set = (p: DisplayPrefs) => {
    localStorage.setItem(KEY, JSON.stringify(p));
    setPrefs(p);
  };
  return <Ctx.Provider value={{ prefs, set }}>{children}</Ctx.Provider>;
}

export function useDisplayPrefs() {
  return useContext(Ctx);
}

/** The base font size in px for the theme. */
export function fontSizeOf(p: DisplayPrefs): number {
  const base = p.size === 'larger' ? 22 : p.size === 'large' ? 19 : 16;
  return p.care ? Math.max(base, 18) + 2 : base;
}
