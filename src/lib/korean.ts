// Korean particles that depend on the word before them: 을/를 after a final consonant
// (받침) or a vowel. Titles are data, so the page cannot hard-code the right one.

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
const FINALS_PER_SYLLABLE = 28;

/** The last Hangul syllable in the text, ignoring punctuation, digits and Latin letters after it. */
function lastHangulSyllable(text: string): number | undefined {
  for (let index = text.length - 1; index >= 0; index -= 1) {
    const code = text.charCodeAt(index);
    if (code >= HANGUL_FIRST && code <= HANGUL_LAST) return code;
  }
  return undefined;
}

/** Whether the word ends in a final consonant (받침); undefined when it has no Hangul to judge by. */
export function endsWithFinalConsonant(word: string): boolean | undefined {
  const syllable = lastHangulSyllable(word);
  if (syllable === undefined) return undefined;
  return (syllable - HANGUL_FIRST) % FINALS_PER_SYLLABLE !== 0;
}

/** The object particle for the word: 을 after 받침, 를 after a vowel, 을(를) when it cannot tell. */
export function objectParticle(word: string): '을' | '를' | '을(를)' {
  const final = endsWithFinalConsonant(word);
  if (final === undefined) return '을(를)';
  return final ? '을' : '를';
}
