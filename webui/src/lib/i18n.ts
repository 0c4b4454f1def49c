import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import zhCN from '../locales/zh-CN.json';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'gongkai.lang';

function initialLanguage(): Language {
  const stored = typeof localStorage !== 'undefined' ? localStorage.getItem(STORAGE_KEY) : null;
  return stored === 'en' ? 'en' : 'zh-CN';
}

// Chinese first: zh-CN is the default and the fallback, bundled; English second, loaded when chosen (issue 16: a
// smaller first load).
void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN } },
  lng: 'zh-CN',
  fallbackLng: 'zh-CN',
  interpolation: { escapeValue: false },
});

async function load(lang: Language) {
  if (lang === 'en' && !i18n.hasResourceBundle('en', 'translation')) {
    const en = (await import('../locales/en.json')).default;
    i18n.addResourceBundle('en', 'translation', en);
  }
  await i18n.changeLanguage(lang);
  document.documentElement.lang = lang;
}

if (initialLanguage() === 'en') void load('en');

export function setLanguage(lang: Language) {
  localStorage.setItem(STORAGE_KEY, lang);
  void load(lang);
}

export default i18n;
