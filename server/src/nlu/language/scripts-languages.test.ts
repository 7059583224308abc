import { describe, expect, it } from 'vitest';
import { arabicScriptLanguage, cyrillicLanguage, devanagariLanguage, hanLanguage } from './scripts-languages.ts';

describe('hanLanguage', () => {
  it('tells Simplified from Traditional by characters', () => {
    expect(hanLanguage('这钱户账', undefined)).toBe('zh-Hans');
    expect(hanLanguage('這錢戶賬', undefined)).toBe('zh-Hant');
  });

  it('recognises Japanese-only kanji and keeps Japanese unless Chinese grammar appears', () => {
    expect(hanLanguage('住所変更', undefined)).toBe('ja');
    expect(hanLanguage('銀行口座', 'ja')).toBe('ja');
    expect(hanLanguage('銀行口座的錢', 'ja')).toBe('zh-Hant');
  });
});

describe('other scripts', () => {
  it('Arabic, Persian and Urdu by their own letters', () => {
    expect(arabicScriptLanguage('أريد إغلاق حسابي', undefined)).toBe('ar');
    expect(arabicScriptLanguage('می‌خواهم حسابم را ببندم', undefined)).toBe('fa');
    expect(arabicScriptLanguage('میرے پیسے نہیں آئے', undefined)).toBe('ur');
    expect(arabicScriptLanguage('سلام برداشت', 'fa')).toBe('fa');
  });

  it('Hindi unless Marathi shows', () => {
    expect(devanagariLanguage('मेरा पैसा नहीं आया')).toBe('hi');
    expect(devanagariLanguage('माझे पैसे आले नाही')).toBe('mr');
  });

  it('rules Cyrillic languages out by letter before asking the model', () => {
    const scores = new Map([['ru', 0.8], ['uk', 0.7]]);
    expect(cyrillicLanguage('привіт', scores, undefined, 0)).toBe('uk');
    expect(cyrillicLanguage('привет', scores, undefined, 0)).toBe('ru');
    expect(cyrillicLanguage('привет', scores, 'uk', 0.2)).toBe('uk');
  });
});
