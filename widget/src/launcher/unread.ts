/**
 * Counts replies the customer has not seen (panel closed or tab hidden), shows the count on the
 * launcher and in the page title — "(2) Help Centre" — and restores both once seen.
 */
export interface UnreadOptions {
  doc?: Document;
  /** Draws the count on the launcher (0: no badge). */
  show: (count: number) => void;
  /** Called for each unread reply, e.g. to play a sound (off by default). */
  notify?: () => void;
}

export interface Unread {
  /** A reply arrived; `visible` says whether the customer can see the open panel right now. */
  arrived(visible: boolean): void;
  /** The customer looked: clears the badge and the title counter. */
  seen(): void;
  readonly count: number;
}

export function createUnread({ doc = document, show, notify }: UnreadOptions): Unread {
  let count = 0;
  let title: string | undefined;
  const draw = () => {
    show(count);
    if (count > 0) {
      title ??= doc.title;
      doc.title = `(${count}) ${title}`;
    } else if (title !== undefined) {
      doc.title = title;
      title = undefined;
    }
  };
  return {
    arrived(visible) {
      if (visible && !doc.hidden) return;
      count += 1;
      draw();
      notify?.();
    },
    seen() {
      if (count === 0) return;
      count = 0;
      draw();
    },
    get count() {
      return count;
    },
  };
}

/** A short, quiet two-tone chime through Web Audio (no audio file to download). */
export function chime(): void {
  try {
    const audio = new AudioContext();
    const gain = audio.createGain();
    gain.gain.value = 0.05;
    gain.connect(audio.destination);
    [660, 880].forEach((frequency, i) => {
      const tone = audio.createOscillator();
      tone.frequency.value = frequency;
      tone.connect(gain);
      tone.start(audio.currentTime + i * 0.12);
      tone.stop(audio.currentTime + i * 0.12 + 0.1);
    });
  } catch {
    // No audio (autoplay policy, old browser): the badge is enough.
  }
}
