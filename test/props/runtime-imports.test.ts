describe('props runtime imports', () => {
  test('props modules load without cdk8s-plus-28', () => {
    jest.isolateModules(() => {
      jest.doMock('cdk8s-plus-28', () => {
        throw new Error('cdk8s-plus-28 was loaded at run time');
      });

      // require() rather than import, so that the modules load inside isolateModules with the mock in place.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const props = require('../../src/props');
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { propsToValues } = require('../../src/props/to-values');

      expect(props.ImagePullPolicy.ALWAYS).toBe('Always');
      expect(propsToValues({ controller: { resources: { limits: { cpu: '1' } } } })).toEqual({ resources: { limits: { cpu: '1' } } });
    });
  });
});
