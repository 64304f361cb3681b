// The Korean line under a cell's Python traceback: what went wrong, in the reader's language,
// with the line of the cell it happened on ("3행: 'yhat'이 정의되지 않았습니다"). The English
// traceback above it stays exactly as Python words it, so it can be searched for.

export interface CellErrorInfo {
  /** Python's exception name: 'NameError', 'SyntaxError', ... */
  type: string;
  /** The exception's message, as Python prints it after the colon. */
  message: string;
  /** 1-based line in the cell, when known. */
  line: number | null;
}

/** Korean reading of the last character decides the particle: 'yhat' → 'yhat'이, 'loss' → 'loss'가. */
const endsWithBatchimLetter = new Set(['b', 'c', 'd', 'g', 'k', 'l', 'm', 'n', 'p', 'q', 't']);
const batchimLetterNames = new Set(['l', 'm', 'n', 'r']); // 엘, 엠, 엔, 알
const batchimDigits = new Set(['0', '1', '3', '6', '7', '8']); // 영, 일, 삼, 육, 칠, 팔

/** '이' or '가' after `word`, read the way a Korean reader would say it. */
export function subjectParticle(word: string): '이' | '가' {
  const last = word.at(-1) ?? '';
  const code = last.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) return (code - 0xac00) % 28 === 0 ? '가' : '이';
  if (/[0-9]/.test(last)) return batchimDigits.has(last) ? '이' : '가';
  const lower = last.toLowerCase();
  if (word.length === 1) return batchimLetterNames.has(lower) ? '이' : '가';
  return endsWithBatchimLetter.has(lower) ? '이' : '가';
}

const quoted = (pattern: RegExp, message: string) => pattern.exec(message)?.[1];

function describe(type: string, message: string): string {
  switch (type) {
    case 'NameError': {
      const name = quoted(/name '([^']+)' is not defined/, message);
      return name ? `'${name}'${subjectParticle(name)} 정의되지 않았습니다` : '정의되지 않은 이름을 썼습니다';
    }
    case 'SyntaxError':
    case 'IndentationError':
      return `문법 오류입니다. 괄호, 따옴표, 콜론(:)과 들여쓰기를 확인하세요`;
    case 'NotImplementedError':
      return '페이지 안의 파이썬이 아직 지원하지 않는 기능입니다';
    case 'AttributeError': {
      const attribute = quoted(/has no attribute '([^']+)'/, message);
      return attribute ? `'${attribute}'라는 속성이나 메서드가 없습니다` : '없는 속성을 썼습니다';
    }
    case 'ModuleNotFoundError':
    case 'ImportError': {
      const module = quoted(/module named '([^']+)'/, message);
      return module ? `'${module}' 모듈은 페이지 안에서 쓸 수 없습니다` : '가져올 수 없는 모듈입니다';
    }
    case 'TypeError':
      return '값의 자료형이나 인자의 개수가 맞지 않습니다';
    case 'ValueError':
      return '값이 올바르지 않습니다';
    case 'IndexError':
      return '인덱스가 범위를 벗어났습니다';
    case 'KeyError':
      return '사전에 없는 키입니다';
    case 'ZeroDivisionError':
      return '0으로 나누었습니다';
    case 'RuntimeError':
      return '실행 중 오류가 났습니다(텐서 모양이나 기울기 계산을 확인하세요)';
    case 'RecursionError':
      return '함수가 너무 깊이 자기 자신을 불렀습니다';
    default:
      return `${type} 오류가 났습니다`;
  }
}

/** "3행: 'yhat'이 정의되지 않았습니다" (no line prefix when the line is unknown). */
export function koreanErrorLine(error: CellErrorInfo): string {
  const sentence = describe(error.type, error.message);
  return error.line !== null ? `${error.line}행: ${sentence}` : sentence;
}
