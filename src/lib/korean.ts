// Korean particles that depend on the word before them: 을/를 and 이/가 follow whether it ends
// in a final consonant (받침) or a vowel. Titles and names are data, so the page cannot
// hard-code the right one.

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
const FINALS_PER_SYLLABLE = 28;

const isHangulSyllable = (code: number): boolean => code >= HANGUL_FIRST && code <= HANGUL_LAST;

/** Whether a Hangul syllable, by its char code, ends in a final consonant (받침). */
const hasFinalConsonant = (syllable: number): boolean => (syllable - HANGUL_FIRST) % FINALS_PER_SYLLABLE !== 0;

/** The last Hangul syllable in the text, ignoring punctuation, digits and Latin letters after it. */
function lastHangulSyllable(text: string): number | undefined {
  for (let index = text.length - 1; index >= 0; index -= 1) {
    const code = text.charCodeAt(index);
    if (isHangulSyllable(code)) return code;
  }
  return undefined;
}

/**
 * The object particle for a title: 을 after 받침, 를 after a vowel, judged by its last Hangul
 * syllable (a title is read by its Korean words); 을(를) when it has no Hangul.
 */
export function objectParticle(title: string): '을' | '를' | '을(를)' {
  const syllable = lastHangulSyllable(title);
  if (syllable === undefined) return '을(를)';
  return hasFinalConsonant(syllable) ? '을' : '를';
}

// Latin letters and digits as read in Korean: yhat (햇), model (델), loss_fn (엔), 1 (일), 0 (영).
const READ_WITH_FINAL_CONSONANT = /[gklmntpGKLMNTP013678]$/;

/** The topic particle after a name ('torch.nn.Conv3d'는, 'plt.hist'은): 은 after 받침, 는 after a vowel, read as subjectParticle reads it. */
export function topicParticle(name: string): '은' | '는' {
  return subjectParticle(name) === '이' ? '은' : '는';
}

/**
 * The subject particle after a name quoted in a message ('yhat'이, 'x'가): 이 after 받침, 가
 * after a vowel, judged by the name's last character as it is read, Latin letters and digits too.
 */
export function subjectParticle(name: string): '이' | '가' {
  const last = name.at(-1) ?? '';
  const code = last.charCodeAt(0);
  const final = isHangulSyllable(code) ? hasFinalConsonant(code) : READ_WITH_FINAL_CONSONANT.test(last);
  return final ? '이' : '가';
}
