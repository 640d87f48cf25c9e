import { judgeAnswer, undoneAnswer } from './kept-answers';

const answer = (...codes: Array<string | undefined>) =>
  JSON.stringify({ data: null, errors: codes.map((code) => ({ message: 'x', ...(code ? { extensions: { code } } : {}) })) });

describe('which answers are kept under a key', () => {
  it('keeps successes and refusals of the request as it stands (4xx)', () => {
    expect(judgeAnswer(200, '{"data":{"a":1}}')).toEqual({ final: true });
    for (const code of ['BAD_USER_INPUT', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'GATE_NOT_MET', 'GRAPHQL_VALIDATION_FAILED']) {
      expect([code, judgeAnswer(200, answer(code))]).toEqual([code, { final: true }]);
    }
    expect(judgeAnswer(400, answer('GRAPHQL_PARSE_FAILED'))).toEqual({ final: true });
  });

  it('keeps nothing a retry could change: server failures, the database away, too many attempts, unknown codes', () => {
    expect(judgeAnswer(200, answer('CONFLICT', 'INTERNAL_SERVER_ERROR'))).toEqual({ final: false, code: 'INTERNAL_SERVER_ERROR' });
    expect(judgeAnswer(200, answer('TOO_MANY_ATTEMPTS'))).toEqual({ final: false, code: 'TOO_MANY_ATTEMPTS' });
    expect(judgeAnswer(200, answer('SOMETHING_NEW'))).toEqual({ final: false, code: 'SOMETHING_NEW' });
    expect(judgeAnswer(200, answer(undefined))).toEqual({ final: false, code: 'INTERNAL_SERVER_ERROR' });
    expect(judgeAnswer(503, '{"data":null}')).toEqual({ final: false, code: 'INTERNAL_SERVER_ERROR' });
    expect(judgeAnswer(429, '{}')).toEqual({ final: false, code: 'TOO_MANY_ATTEMPTS' });
    expect(judgeAnswer(200, 'not json')).toEqual({ final: false, code: 'INTERNAL_SERVER_ERROR' });
  });

  it('takes back, in an undone answer, every field it reported as done', () => {
    const partly = JSON.stringify({
      data: { a: { id: '1' }, b: null },
      errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    const undone = JSON.parse(undoneAnswer(partly, 'INTERNAL_SERVER_ERROR'));
    expect(undone.data).toBeNull();
    expect(undone.errors).toHaveLength(2);
    expect(undone.errors[1]).toEqual({
      message: expect.stringMatching(/^Nothing in this request was kept/),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    const nothingDone = JSON.stringify({ data: { b: null }, errors: [{ message: 'boom' }] });
    expect(undoneAnswer(nothingDone, 'INTERNAL_SERVER_ERROR')).toBe(nothingDone);
  });
});
