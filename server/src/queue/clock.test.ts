import { describe, expect, it } from 'vitest';
import { manualClock } from './clock.ts';

describe('manualClock', () => {
  it('fires due timers in time order when advanced, and never a cancelled one', () => {
    const clock = manualClock(1_000);
    const fired: string[] = [];
    clock.setTimer(300, () => fired.push(`b@${clock.now()}`));
    clock.setTimer(100, () => fired.push(`a@${clock.now()}`));
    const cancel = clock.setTimer(200, () => fired.push('cancelled'));
    cancel();
    clock.advance(150);
    expect(fired).toEqual(['a@1100']);
    clock.advance(1_000);
    expect(fired).toEqual(['a@1100', 'b@1300']);
    expect(clock.now()).toBe(2_150);
  });
});
