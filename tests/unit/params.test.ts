import { describe, expect, it } from 'vitest';
import { parseDemoParams, readFromQuery, readFromRecord, toQueryString } from '../../src/lib/params';

const parse = (record: Record<string, unknown>) => parseDemoParams(readFromRecord(record));

describe('demo parameters', () => {
  it('defaults to the lecture: n 2000, w0 -1, w1 5, SGD lr 0.05, 10000 epochs, BCE', () => {
    const result = parse({});
    expect(result).toEqual({
      ok: true,
      params: {
        n: 2000, w0: -1, w1: 5, seed: 43052, lr: 0.05, optimizer: 'sgd', epochs: 10000, loss: 'bce',
        initW0: undefined, initW1: undefined, backend: 'auto', speed: undefined, mseStart: 'same', autoplay: false,
      },
    });
  });

  it('reads attributes as strings, including optional starts and flags', () => {
    const result = parse({ n: '500', loss: 'MSE', 'init-w0': '-0.5', 'init-w1': '0.25', autoplay: '', backend: 'wasm' });
    expect(result.ok && result.params).toMatchObject({ n: 500, loss: 'mse', initW0: -0.5, initW1: 0.25, autoplay: true, backend: 'wasm' });
  });

  it.each([
    ['n', 'abc', '데이터 개수 n(n) 값 "abc"은(는) 쓸 수 없습니다: 10 이상 1e6 이하의 정수여야 합니다. / Invalid n "abc": expected an integer from 10 to 1e6.'],
    ['n', '2000.5', 'expected an integer from 10 to 1e6'],
    ['n', '5', '10 이상 1e6 이하의 정수'],
    ['epochs', '0', 'Invalid epochs "0": expected an integer from 1 to 1e6.'],
    ['lr', '0', '학습률 lr(lr) 값 "0"은(는) 쓸 수 없습니다: 0 초과 10000 이하의 수여야 합니다. / Invalid lr "0": expected a number greater than 0 and at most 10000.'],
    ['lr', '100000', 'Invalid lr "100000"'],
    ['lr', '0x10', 'Invalid lr "0x10"'],
    ['lr', '', 'Invalid lr ""'],
    ['lr', 'Infinity', 'Invalid lr "Infinity"'],
    ['loss', 'hinge', '손실함수(loss) 값 "hinge"은(는) 쓸 수 없습니다: bce, mse 중 하나여야 합니다. / Invalid loss "hinge": expected one of bce, mse.'],
    ['backend', 'cuda', 'expected one of auto, webgpu, webgl, wasm, cpu'],
    ['autoplay', 'yes please', 'Invalid autoplay'],
  ])('rejects %s=%j with a Korean-then-English message', (name, value, expected) => {
    const result = parse({ [name]: value });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0].name).toBe(name);
      expect(result.errors[0].message).toContain(expected);
    }
  });

  it('reports every bad parameter at once', () => {
    const result = parse({ n: 'x', lr: '-1', loss: 'l1' });
    expect(result.ok || result.errors.map((error) => error.name)).toEqual(['n', 'lr', 'loss']);
  });

  it('shortens a long hostile value in the message instead of echoing it whole', () => {
    const value = '<img src=x onerror=alert(1)>'.repeat(5);
    const result = parse({ n: value });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0].message.length).toBeLessThan(220);
  });

  it('reads a URL query: ?autoplay alone is on, =0 is off', () => {
    const on = parseDemoParams(readFromQuery(new URLSearchParams('autoplay&loss=mse')));
    const off = parseDemoParams(readFromQuery(new URLSearchParams('autoplay=0')));
    expect(on.ok && on.params.autoplay).toBe(true);
    expect(on.ok && on.params.loss).toBe('mse');
    expect(off.ok && off.params.autoplay).toBe(false);
  });

  it('writes only non-default values into a share query, which parses back to the same parameters', () => {
    const parsed = parse({ loss: 'mse', lr: '0.1', 'init-w1': '2', autoplay: true });
    if (!parsed.ok) throw new Error('should parse');
    const query = toQueryString(parsed.params);
    expect(query).toBe('?lr=0.1&loss=mse&init-w1=2&autoplay=1');
    const roundTrip = parseDemoParams(readFromQuery(new URLSearchParams(query)));
    expect(roundTrip).toEqual(parsed);
    const defaults = parse({});
    expect(defaults.ok && toQueryString(defaults.params)).toBe('');
  });
});
