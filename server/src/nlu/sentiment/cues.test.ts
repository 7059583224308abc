import { describe, expect, it } from 'vitest';
import { readCues } from './cues.ts';

describe('readCues', () => {
  it.each([
    ['zh-Hans', '要不要现在卖掉', true],
    ['zh-Hans', '那我上传身份证就行是吧', true],
    ['zh-Hans', '我要卖掉', false],
  ])('reads Chinese questions without a question mark (%s: %s)', (lang, text, question) => {
    expect(readCues(text, lang).question).toBe(question);
  });

  it('tells praise alone (ironic after a complaint) from thanks', () => {
    expect(readCues('really top notch service guys', 'en')).toMatchObject({ praiseOnly: true, thanked: false });
    expect(readCues('great, thank you!', 'en')).toMatchObject({ praiseOnly: false, thanked: true });
  });

  it('only reads a fix as a calm-down when nothing is complained about', () => {
    expect(readCues('oh it works now, my bad', 'en').settled).toBe(true);
    expect(readCues('works now but this app is useless', 'en').settled).toBe(false);
    expect(readCues('VPN のせいでした。直りました', 'ja').settled).toBe(true);
  });

  it('does not take polite sentence endings for thanks (Korean 네, Vietnamese đã)', () => {
    expect(readCues('또 안 되네요', 'ko').positiveCue).toBe(false);
    expect(readCues('네 알겠습니다', 'ko').positiveCue).toBe(true);
    expect(readCues('e đã gửi rồi', 'vi').positiveCue).toBe(false);
    expect(readCues('dạ vâng, em hiểu rồi', 'vi').positiveCue).toBe(true);
  });

  it('keeps a threat firm only when its own words carry it', () => {
    expect(readCues("I'm reporting you to FINRA", 'en')).toMatchObject({ regulatorThreat: true, threatFirm: true });
    expect(readCues('how do I complain to the FCA?', 'en')).toMatchObject({ regulatorThreat: true, threatFirm: false });
  });
});
