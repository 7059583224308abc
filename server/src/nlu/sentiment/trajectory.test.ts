import { describe, expect, it } from 'vitest';
import { isRepeatedQuestion } from './conversation.ts';
import { scoreMessage } from './message.ts';
import { shouldHandOff, updateTrajectory, type Trajectory } from './trajectory.ts';

/** Replay customer turns; returns the decision after each one. */
function replay(lang: string, turns: string[], fallbacks: number[] = []) {
  let trajectory: Trajectory | undefined;
  return turns.map((text, i) => {
    const conversation = { botFallbacksInARow: fallbacks[i] ?? 0, repeatedQuestion: isRepeatedQuestion(text, turns.slice(0, i)) };
    trajectory = updateTrajectory(trajectory, scoreMessage(text, lang), conversation, text);
    return { trajectory, ...shouldHandOff(trajectory) };
  });
}

describe('trajectory and handoff', () => {
  it('does not hand off after one blunt message, nor when the customer calms down', () => {
    const decisions = replay('en', ['this app is TOTAL GARBAGE!!!', 'oh it works now, my bad', 'how do I add RSI?']);
    expect(decisions.map((d) => d.handoff)).toEqual([false, false, false]);
  });

  it('hands off a conversation that gets worse over three messages', () => {
    const decisions = replay('en', [
      'my order was rejected, why?',
      'it got rejected again, this is annoying',
      'this is ridiculous, nobody can tell me anything!!',
    ]);
    expect(decisions[0]!.handoff).toBe(false);
    expect(decisions[2]!.handoff).toBe(true);
    expect(decisions[2]!.reason).toMatch(/frustration/);
  });

  it('never hands off a routine ten-question conversation', () => {
    const decisions = replay('en', [
      'how do I deposit from a UK bank?',
      'is there a fee for that?',
      'what is the commission on US stocks?',
      'and on ETFs?',
      'can I trade options?',
      'how long does options approval take?',
      'when does the NYSE open in London time?',
      'do you pay dividends in cash?',
      'where do I find my tax forms?',
      'ok thanks, that is all',
    ]);
    expect(decisions.some((d) => d.handoff)).toBe(false);
  });

  it('escalates a regulator threat on the first message', () => {
    const [first] = replay('ko', ['내일까지 해결 안 되면 금감원에 민원 넣겠습니다']);
    expect(first).toMatchObject({ handoff: true, reason: 'regulator_threat' });
  });

  it('escalates missing money within two messages', () => {
    const decisions = replay('en', ['I withdrew $4,500 on monday and it still hasnt arrived', 'so where is it? I need it for rent']);
    expect(decisions[1]).toMatchObject({ handoff: true, reason: 'money_missing' });
  });

  it('does not escalate a money question answered to the customer\'s satisfaction', () => {
    const decisions = replay('en', ["my deposit hasn't arrived yet, is that normal?", 'ok thanks, I will wait']);
    expect(decisions.some((d) => d.handoff)).toBe(false);
  });

  it('hands off polite fury that says this is not the first attempt', () => {
    const [only] = replay('en', ['Wonderful, a fourth email asking for the same document. Truly impressive service.']);
    expect(only!.handoff).toBe(true);
  });

  it('reads praise right after a complaint as irony, and after an answer as thanks', () => {
    const ironic = replay('en', ['my withdrawal was rejected again, this is the third time', 'really top notch service guys']);
    expect(ironic[1]!.handoff).toBe(true);
    const sincere = replay('en', ['how do I add RSI to the chart?', 'really top notch service guys']);
    expect(sincere.some((d) => d.handoff)).toBe(false);
  });

  it('hands off the same question asked a third time, now impatiently, but not related questions', () => {
    const reasked = replay('en', ['where can I download my 1099', 'where can I download my 1099?', 'WHERE can I download my 1099??']);
    expect(reasked.map((d) => d.handoff)).toEqual([false, false, true]);
    const related = replay('en', ['where can I download my 1099', 'and the 1042-S?', 'ok where can I download the 1099-DIV']);
    expect(related.some((d) => d.handoff)).toBe(false);
  });

  it('weighs "again" with a complaint like any blunt message; it takes a second upset message', () => {
    expect(replay('en', ['ugh it logged me out again, so annoying', 'ok it works now']).map((d) => d.handoff)).toEqual([false, false]);
    expect(replay('en', ['ugh it logged me out AGAIN, so annoying!!', 'still happening, useless']).map((d) => d.handoff)).toEqual([
      false,
      true,
    ]);
  });

  it('counts bot fallbacks in a row toward frustration', () => {
    const turns = ['how do I move my ISA', 'ISA transfer from another broker', 'transfer ISA in'];
    const withFallbacks = replay('en', turns, [0, 1, 2]).at(-1)!.trajectory.level;
    const without = replay('en', turns).at(-1)!.trajectory.level;
    expect(withFallbacks).toBeGreaterThan(without);
  });

  it.each([
    ['es', ['mandé 500 dólares por transferencia hoy y todavía no aparecen', 'ah vale, entonces me espero']],
    ['ko', ['오늘 아침에 50만원 입금했는데 아직 잔고에 안 보여요', '아 그렇군요 기다릴게요']],
    ['ja', ['今朝5万円入金しましたがまだ残高に反映されていません', 'なるほど、待ちます']],
    ['vi', ['mình mới nạp 2 triệu mà chưa thấy tiền vào', 'vậy mình chờ thêm chút']],
  ])('answers a first calm "not arrived yet" and lets the customer wait (%s)', (lang, turns) => {
    expect(replay(lang, turns).map((d) => d.handoff)).toEqual([false, false]);
  });

  it('hands missing money off when it is reported again, after days, or in a panic', () => {
    const again = replay('en', ['my deposit from this morning is not showing', 'the deposit is still not showing in my balance']);
    expect(again.map((d) => d.handoff)).toEqual([false, true]);
    expect(again[1]!.reason).toBe('money_missing');
    expect(replay('en', ["my withdrawal hasn't arrived and it's been 5 days"])[0]!.handoff).toBe(true);
    expect(replay('en', ['my deposit is not showing and I need it right now!!'])[0]!.handoff).toBe(true);
  });

  it.each([
    ['es', ['esta app es un desastre, se cuelga todo el rato', 'perdona, estoy de mal humor. dónde cambio el idioma?', 'ya está, gracias']],
    ['ko', ['앱 진짜 최악이네요 또 튕겨요', '죄송해요 짜증나서요. 알림 설정은 어디서 바꿔요?', '찾았어요 감사합니다']],
    ['de', ['eure app ist der letzte mist', 'sorry, bin genervt. wo ändere ich die sprache?', 'hab es gefunden, danke']],
  ])('lets an apology after one blunt message calm the conversation (%s)', (lang, turns) => {
    expect(replay(lang, turns).map((d) => d.handoff)).toEqual([false, false, false]);
  });

  it('still hands off when the "sorry" is followed by more hostility', () => {
    const decisions = replay('en', ['this app is garbage', 'sorry but you are thieves and liars']);
    expect(decisions[1]!.handoff).toBe(true);
  });

  it('honours a tenant threshold', () => {
    const [only] = replay('en', ['this is ridiculous and useless']);
    expect(shouldHandOff(only!.trajectory, 0.2).handoff).toBe(true);
    expect(shouldHandOff(only!.trajectory).handoff).toBe(false);
  });

  it('keeps state JSON-serialisable', () => {
    const last = replay('ja', ['出金が届かない', 'まだ？？'])[1]!.trajectory;
    expect(JSON.parse(JSON.stringify(last))).toEqual(last);
  });
});
