import { describe, expect, it } from 'vitest';
import { scoreMessage } from './message.ts';

describe('scoreMessage', () => {
  it('scores a typographic shout angrier than the same words typed calmly', () => {
    const calm = scoreMessage('why is my order still not filled', 'en');
    const shout = scoreMessage('WHY IS MY ORDER STILL NOT FILLED!!!', 'en');
    expect(shout.anger).toBeGreaterThan(calm.anger + 0.3);
    expect(shout.negativity).toBeGreaterThan(calm.negativity);
  });

  it('treats full-width ！！ and ？？ like their ASCII forms', () => {
    expect(scoreMessage('出金まだですか？？！！', 'ja').anger).toBeGreaterThan(scoreMessage('出金まだですか', 'ja').anger);
  });

  it('does not read a lone ticker as shouting', () => {
    expect(scoreMessage('can I buy NVDA and TSLA premarket', 'en').anger).toBe(0);
  });

  it.each([
    ['en', "I'm filing a complaint with FINRA tomorrow"],
    ['de', 'Ich werde mich bei der BaFin beschweren'],
    ['ja', '金融庁に通報します'],
    ['ko', '금감원에 민원 넣겠습니다'],
    ['id', 'saya lapor ke OJK kalau tidak beres'],
    ['pt-BR', 'vou abrir reclamação na CVM'],
    ['fr', 'mon avocat va vous contacter'],
    ['ar', 'سأقدم شكوى لهيئة السوق المالية'],
  ])('detects a regulator or legal threat (%s)', (lang, text) => {
    expect(scoreMessage(text, lang).regulatorThreat).toBe(true);
  });

  it.each([
    ['en', 'are you regulated by the FCA?'],
    ['de', 'seid ihr von der BaFin reguliert?'],
    ['ja', '御社は金融庁に登録されていますか'],
  ])('does not take a question about regulation for a threat (%s)', (lang, text) => {
    expect(scoreMessage(text, lang).regulatorThreat).toBe(false);
  });

  it('does not mistake "wait a sec" for the SEC', () => {
    expect(scoreMessage('wait a sec, I will complain later about the app colour', 'en').regulatorThreat).toBe(false);
  });

  it.each([
    ['th', 'ถอนเงินมา 10 วันแล้วยังไม่เข้า โกงกันชัดๆ'],
    ['ja', '最悪です。出金が届かない、詐欺ですか'],
    ['ar', 'هذا نصب، فلوسي ما وصلت'],
  ])('scores an upset %s message negative', (lang, text) => {
    const signals = scoreMessage(text, lang);
    expect(signals.sentiment).toBeLessThan(-0.4);
    expect(signals.negativity).toBeGreaterThan(0.5);
  });

  it.each([
    ['th', 'ขอบคุณครับ เข้าใจแล้ว'],
    ['ja', 'ありがとうございます、わかりました'],
    ['ar', 'شكرا، تمام فهمت'],
  ])('scores a calm %s message non-negative', (lang, text) => {
    expect(scoreMessage(text, lang).sentiment).toBeGreaterThanOrEqual(0);
  });

  it('recognises polite fury and irony', () => {
    const fury = scoreMessage('Wonderful, a fourth email asking for the same document. Truly impressive service.', 'en');
    expect(fury.sarcasm).toBe(true);
    expect(fury.repeatedAttempt).toBe(true);
    expect(fury.negativity).toBeGreaterThan(0.7);
    expect(scoreMessage('thanks for nothing', 'en').sarcasm).toBe(true);
    expect(scoreMessage('great, just great', 'en').sarcasm).toBe(true);
    expect(scoreMessage('Na toll, schon wieder abgelehnt', 'de').sarcasm).toBe(true);
  });

  it('keeps sincere praise calm', () => {
    const thanks = scoreMessage('Great, that was really helpful, thank you!', 'en');
    expect(thanks.sarcasm).toBe(false);
    expect(thanks.sentiment).toBeGreaterThan(0);
  });

  it('needs an upset customer behind a bare regulator mention or a how-to-complain question', () => {
    expect(scoreMessage('how do I complain to the FCA? just asking for later', 'en').regulatorThreat).toBe(false);
    expect(scoreMessage('ah ok so the FCA handles that, thanks', 'en').regulatorThreat).toBe(false);
    expect(scoreMessage('so I have to complain to the FCA to get my money back??', 'en').regulatorThreat).toBe(true);
  });

  it('reads "works now, my bad" as a calm-down whatever the trained scores guess', () => {
    const fixed = scoreMessage('oh it works now, my bad', 'en');
    expect(fixed.positiveCue).toBe(true);
    expect(fixed.negativity).toBeLessThan(0.2);
    expect(fixed.sentiment).toBeGreaterThan(0);
  });

  it('lets the combined score confirm panic words in a statement, not in a plain question', () => {
    const panic = scoreMessage('margin call and the app froze, please help me, im shaking', 'en');
    const worry = scoreMessage('worried about the drop, should I sell?', 'en');
    expect(panic.upset).toBeGreaterThan(0.9);
    expect(panic.anxiety).toBeGreaterThan(0.8);
    expect(worry.asking).toBe(true);
    expect(worry.anxiety).toBeLessThan(0.7);
  });

  it('gives a combined P(upset) that agrees with the text model on clear cases', () => {
    const angry = scoreMessage('this is a scam, where is my money, I want a real person NOW', 'en');
    const calm = scoreMessage('how do I enable 2FA on the app?', 'en');
    expect(angry.upset).toBeGreaterThan(0.9);
    expect(calm.upset).toBeLessThan(0.2);
  });

  it('flags money-missing situations but not questions about withdrawals', () => {
    expect(scoreMessage("my withdrawal hasn't arrived after 6 days", 'en').moneyMissing).toBe(true);
    expect(scoreMessage('they liquidated my positions without warning', 'en').moneyMissing).toBe(true);
    expect(scoreMessage('mi dinero desapareció de la cuenta', 'es').moneyMissing).toBe(true);
    expect(scoreMessage('how long does a withdrawal take?', 'en').moneyMissing).toBe(false);
    expect(scoreMessage('¿cuánto tarda un retiro?', 'es').moneyMissing).toBe(false);
  });

  it('reads romanised Hinglish', () => {
    const signals = scoreMessage('mere paise kahan gaye, bahut tension ho rahi hai', 'hi');
    expect(signals.moneyMissing).toBe(true);
    expect(signals.anxiety).toBeGreaterThan(0.4);
  });

  it.each([
    ['en', 'Superb. This is the fourth request for my bank statement, truly marvellous work'],
    ['fr', 'Génial, cinquième relance pour la même facture, bravo'],
    ['es', 'qué maravilla, tercera vez que subo el mismo pasaporte'],
    ['ar', 'رائع، خامس رسالة تطلبون فيها نفس كشف الحساب'],
  ])('reads praise next to a spelled-out count of attempts as irony (%s)', (lang, text) => {
    const signals = scoreMessage(text, lang);
    expect(signals.attemptsCounted).toBe(true);
    expect(signals.sarcasm).toBe(true);
    expect(signals.negativity).toBeGreaterThanOrEqual(0.75);
  });

  it.each([
    ['de', 'entschuldigung, war gerade genervt. wie ändere ich mein Passwort?'],
    ['ko', '미안해요 아까 짜증내서. 비밀번호 변경은 어디서 하나요?'],
    ['th', 'ขอโทษค่ะ เมื่อกี้หงุดหงิด เปลี่ยนรหัสผ่านยังไงคะ'],
    ['id', 'maaf tadi kesel. ganti password di mana ya?'],
  ])('hears an apology for the tone as calming down, not as a second complaint (%s)', (lang, text) => {
    const signals = scoreMessage(text, lang);
    expect(signals.positiveCue).toBe(true);
    expect(signals.negativity).toBeLessThan(0.3);
  });

  it('does not take "sorry" in front of an insult for an apology', () => {
    const signals = scoreMessage('sorry but you are thieves and liars', 'en');
    expect(signals.positiveCue).toBe(false);
    expect(signals.anger).toBeGreaterThan(0.5);
  });

  it.each([
    ['en', 'ah ok, so tomorrow then. no rush, I can wait'],
    ['zh-Hans', '哦原来如此，那我再等等'],
    ['ar', 'تمام فهمت عليك، بنتظر لبكرة'],
  ])('reads a calm "I will wait" as settled (%s)', (lang, text) => {
    const signals = scoreMessage(text, lang);
    expect(signals.positiveCue).toBe(true);
    expect(signals.negativity).toBeLessThan(0.15);
  });

  it('does not read "waiting" under pressure as patience', () => {
    expect(scoreMessage("I'll wait but I need this money TODAY!!", 'en').positiveCue).toBe(false);
  });

  it('falls back to English cues for unknown language tags', () => {
    expect(scoreMessage('this is a scam', 'xx').anger).toBeGreaterThan(0.3);
  });
});
