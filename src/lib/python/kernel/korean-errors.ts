// One Korean line under a Python traceback, for students: "3행: 'yhat'이 정의되지 않았습니다".
import { subjectParticle } from '../../korean';
import type { PyException } from '../objects/errors';

/** CPython 3.11's ". Did you mean: 'x'?" at the end of a NameError's or AttributeError's message. */
const DID_YOU_MEAN = /\. Did you mean: '([^']+)'\?$/;

const quoted = (message: string): string | null => /'([^']+)'/.exec(message)?.[1] ?? null;

function explain(type: string, message: string): string {
  const name = quoted(message);
  switch (type) {
    case 'NameError':
      return name ? `'${name}'${subjectParticle(name)} 정의되지 않았습니다` : '정의되지 않은 이름을 썼습니다';
    case 'UnboundLocalError':
      return name ? `지역 변수 '${name}'에 값을 넣기 전에 읽었습니다` : '값을 넣기 전에 지역 변수를 읽었습니다';
    case 'SyntaxError':
      return '문법 오류입니다 (괄호, 따옴표, 콜론을 확인하세요)';
    case 'IndentationError':
      return '들여쓰기가 맞지 않습니다';
    case 'TypeError':
      return '값의 종류(타입)가 이 연산에 맞지 않습니다';
    case 'ZeroDivisionError':
      return '0으로 나눌 수 없습니다';
    case 'IndexError':
      return '인덱스가 범위를 벗어났습니다';
    case 'KeyError':
      return `딕셔너리에 키 ${message}${subjectParticle(message)} 없습니다`;
    case 'AttributeError':
      // The suggestion comes once, as the Korean "(혹시 'x'?)" koreanErrorLine adds.
      return name ? `속성이나 메서드 이름을 확인하세요 (${message.replace(DID_YOU_MEAN, '')})` : '없는 속성입니다';
    case 'ValueError':
      return '값이 올바르지 않습니다';
    case 'ModuleNotFoundError':
    case 'ImportError':
      return '이 페이지에서 가져올 수 없는 모듈이나 이름입니다 (torch, numpy, matplotlib.pyplot, matplotlib.animation, graphviz, math, warnings를 쓸 수 있습니다)';
    case 'NotImplementedError':
      return '이 페이지의 파이썬에서는 아직 지원하지 않는 기능입니다';
    case 'FileNotFoundError':
      return name !== null ? `'${name}' 파일이 없습니다 (강의가 담은 파일만 읽을 수 있습니다)` : '파일이 없습니다';
    case 'URLError':
      return '이 페이지는 인터넷에서 읽지 않습니다: 강의가 담은 파일의 주소만 읽을 수 있습니다';
    case 'UnicodeDecodeError':
      return 'UTF-8 글자로 읽을 수 없는 바이트가 있습니다';
    case 'RecursionError':
      return '함수가 자기 자신을 너무 깊이 호출했습니다';
    case 'KeyboardInterrupt':
      return '실행을 멈췄습니다';
    case 'AssertionError':
      return 'assert 조건이 거짓입니다';
    case 'MemoryError':
      return '값이 너무 커서 메모리에 담을 수 없습니다';
    case 'OverflowError':
      return '수가 너무 커서 계산할 수 없습니다';
    case 'RuntimeError':
      return '실행 중 오류가 났습니다';
    default:
      return '오류가 났습니다';
  }
}

/** "3행: 'yhat'이 정의되지 않았습니다" — by default the innermost frame's line; a cell passes its own. */
export function koreanErrorLine(error: PyException, line = error.line): string {
  const suggestion = DID_YOU_MEAN.exec(error.pyMessage)?.[1];
  const text = explain(error.pyType, error.pyMessage) + (suggestion ? ` (혹시 '${suggestion}'?)` : '');
  return line > 0 ? `${line}행: ${text}` : text;
}
