import { describe, expect, it } from 'vitest';
import { createLanguageIdentifier, type LanguagePrior } from './index.ts';
import type { NgramModel } from './ngram-model.ts';

const identifier = createLanguageIdentifier();
const identify = (text: string, prior?: LanguagePrior) => identifier.identify(text, prior);

describe('decisive scripts', () => {
  it.each([
    ['สวัสดีครับ ถอนเงินไม่เข้า', 'th'],
    ['출금이 안 돼요', 'ko'],
    ['出金がまだです', 'ja'],
    ['AAPLの株を買いたい', 'ja'],
    ['السحب معلق منذ ثلاثة أيام', 'ar'],
    ['मेरा पैसा अभी तक नहीं आया', 'hi'],
  ])('%s → %s, even inside an English conversation', (text, lang) => {
    expect(identify(text, { conversation: 'en' })).toMatchObject({ lang, reliable: true, supported: true });
  });

  it('keeps kanji-only Japanese in a Japanese conversation', () => {
    expect(identify('本人確認', { conversation: 'ja' }).lang).toBe('ja');
  });
});

describe('Simplified vs Traditional Chinese', () => {
  it.each([
    ['我的账户为什么还没有验证', 'zh-Hans'],
    ['我的帳戶為什麼還沒有驗證', 'zh-Hant'],
    ['这个钱什么时候到', 'zh-Hans'],
    ['這個錢什麼時候到', 'zh-Hant'],
  ])('%s → %s', (text, lang) => {
    expect(identify(text).lang).toBe(lang);
  });

  it('lets the conversation decide when only shared characters are used', () => {
    expect(identify('最低入金是多少', { conversation: 'zh-Hant' }).lang).toBe('zh-Hant');
    expect(identify('最低入金是多少', { locale: 'zh-TW' }).lang).toBe('zh-Hant');
    expect(identify('最低入金是多少').lang).toBe('zh-Hans');
  });
});

describe('romanised Hindi', () => {
  it.each(['mera paisa abhi tak nahi aaya', 'mera withdrawal 3 din se pending hai', 'dividend kab milega', 'thank you bhai, ho gaya'])(
    '%s → hi',
    (text) => {
      expect(identify(text)).toMatchObject({ lang: 'hi', supported: true });
    },
  );

  it('does not take English or Indonesian for Hindi', () => {
    expect(identify('my withdrawal has been pending for three days').lang).toBe('en');
    expect(identify('hai, saya mau tarik dana tapi gak bisa').lang).toBe('id');
  });
});

describe('short messages keep the conversation language', () => {
  it.each(['ok', 'AAPL', '👍', 'thanks', '12345', 'ok 👍 $TSLA', 'danke!'])('"%s" after a German conversation stays German', (text) => {
    expect(identify(text, { conversation: 'de' })).toMatchObject({ lang: 'de', reliable: false });
  });

  it('falls back to the widget locale when the conversation has no language yet', () => {
    expect(identify('ok', { locale: 'pt-PT' })).toMatchObject({ lang: 'pt-BR', reliable: false });
  });

  it('falls back to the first enabled language with no prior at all, never "und"', () => {
    expect(identify('👍')).toMatchObject({ lang: 'en', reliable: false, supported: true });
  });

  it('follows a full sentence in a new language', () => {
    expect(identify('hi, my withdrawal has been pending for three days', { conversation: 'de' })).toMatchObject({ lang: 'en', reliable: true });
  });
});

describe('unsupported languages', () => {
  it.each([
    ['привет, мой вывод средств висит уже три дня', 'ru'],
    ['merhaba, para çekme talebim üç gündür bekliyor', 'tr'],
    ['ciao, il mio prelievo è in attesa da tre giorni', 'it'],
    ['שלום, המשיכה שלי תקועה כבר שלושה ימים', 'he'],
    ['hai, saya tak boleh log masuk akaun saya', 'ms'],
  ])('%s → %s, supported: false', (text, lang) => {
    expect(identify(text)).toMatchObject({ lang, supported: false, reliable: true });
  });
});

describe('tenant restriction', () => {
  it('reports a reply language the tenant has switched off as unsupported', () => {
    const englishSpanish = createLanguageIdentifier({ enabled: ['en', 'es'] });
    expect(englishSpanish.identify('olá, não consigo sacar meu dinheiro da conta')).toMatchObject({ lang: 'pt-BR', supported: false });
    expect(englishSpanish.identify('hola, no puedo retirar mi dinero de la cuenta')).toMatchObject({ lang: 'es', supported: true });
  });

  it('breaks a near tie in favour of an enabled language', () => {
    const nearTie: NgramModel = { scores: () => new Map([['pt', 0.72], ['es', 0.7]]) };
    const text = 'quiero sacar dinero ahora';
    expect(createLanguageIdentifier({ model: nearTie }).identify(text).lang).toBe('pt-BR');
    expect(createLanguageIdentifier({ model: nearTie, enabled: ['en', 'es'] }).identify(text).lang).toBe('es');
  });

  it('accepts browser locales in the enabled list', () => {
    expect(createLanguageIdentifier({ enabled: ['zh-TW'] }).identify('我的帳戶為什麼還沒有驗證').supported).toBe(true);
  });
});
