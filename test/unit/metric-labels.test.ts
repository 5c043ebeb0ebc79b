import {
  errorCodeLabel,
  OPERATION_NAME_LIMIT,
  OTHER_LABEL,
  operationNameLabel,
} from '../../lib/server/metric-labels';

describe('operation name labels', () => {
  it('should keep GraphQL names of up to 64 characters and name an anonymous operation', () => {
    const label = operationNameLabel();
    expect(
      ['Customer360', '_private', 'a'.repeat(64), undefined, null, ''].map((name) => label(name)),
    ).toEqual(['Customer360', '_private', 'a'.repeat(64), 'Anonymous', 'Anonymous', 'Anonymous']);
  });

  it('should fold what is not a GraphQL name of up to 64 characters into one label', () => {
    const label = operationNameLabel();
    expect(['a'.repeat(65), '1abc', 'my-op', 'x y', 42].map((name) => label(name))).toEqual([
      OTHER_LABEL,
      OTHER_LABEL,
      OTHER_LABEL,
      OTHER_LABEL,
      OTHER_LABEL,
    ]);
  });

  it('should fold new names into one label once the limit is reached, and keep counting the known ones', () => {
    const label = operationNameLabel();
    const names = Array.from({ length: OPERATION_NAME_LIMIT }, (_, index) => `Op${index}`);
    expect(names.map((name) => label(name))).toEqual(names);
    expect([label('OneTooMany'), label('Op0'), label(`Op${OPERATION_NAME_LIMIT - 1}`)]).toEqual([
      OTHER_LABEL,
      'Op0',
      `Op${OPERATION_NAME_LIMIT - 1}`,
    ]);
  });

  it('should count each service on its own: one labeler does not fill another', () => {
    const first = operationNameLabel();
    for (let index = 0; index < OPERATION_NAME_LIMIT; index++) first(`Op${index}`);
    expect(operationNameLabel()('Fresh')).toBe('Fresh');
  });
});

describe('error code labels', () => {
  it('should keep upper-case codes, name an error without one and fold anything else', () => {
    const label = errorCodeLabel();
    expect(
      ['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', undefined, 'oops', 'CODE WITH SPACE', 500].map((code) =>
        label(code),
      ),
    ).toEqual(['BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'NONE', OTHER_LABEL, OTHER_LABEL, OTHER_LABEL]);
  });
});
