import * as fs from 'fs';
import * as path from 'path';
import { diffRenderings, FIXTURES, readManifestsFixture, readValuesFixture, renderWithValues } from '../util/parity';

const matrix = fs.readdirSync(path.join(FIXTURES, 'helm', 'matrix'))
  .filter((file) => /^\d\d-[A-Za-z0-9-]+\.yaml$/.test(file))
  .map((file) => file.replace(/\.yaml$/, ''));
const realWorld = fs.readdirSync(path.join(FIXTURES, 'helm', 'real-world'))
  .filter((file) => /^\d\d-[A-Za-z0-9-]+\.yaml$/.test(file))
  .map((file) => file.replace(/\.yaml$/, ''));

describe('chart renderer parity with helm template', () => {
  test('renders the chart defaults', () => {
    const expected = readManifestsFixture('helm/v1.21.1-default.yaml');
    expect(diffRenderings(renderWithValues({}), expected)).toEqual([]);
  });

  test('renders the best-practice values', () => {
    const expected = readManifestsFixture('helm/v1.21.1-best-practice.yaml');
    const values = readValuesFixture('helm/values.best-practice.yaml');
    expect(diffRenderings(renderWithValues(values), expected)).toEqual([]);
  });

  test('renders the defaults with crds enabled', () => {
    const expected = readManifestsFixture('helm/v1.21.1-default-crds.yaml');
    expect(diffRenderings(renderWithValues({ crds: { enabled: true } }), expected)).toEqual([]);
  });

  test.each(matrix)('renders matrix %s', (name) => {
    const expected = readManifestsFixture(`helm/matrix/${name}.rendered.yaml`);
    const values = readValuesFixture(`helm/matrix/${name}.yaml`);
    expect(diffRenderings(renderWithValues(values), expected)).toEqual([]);
  });

  test('renders matrix 01 for release platform-certs in platform-tls', () => {
    const expected = readManifestsFixture('helm/matrix/01-scheduling-ha.release-platform-certs.rendered.yaml');
    const values = readValuesFixture('helm/matrix/01-scheduling-ha.yaml');
    expect(diffRenderings(renderWithValues(values, 'platform-certs', 'platform-tls'), expected)).toEqual([]);
  });

  test.each(realWorld)('renders real-world %s', (name) => {
    const expected = readManifestsFixture(`helm/real-world/${name}.rendered.yaml`);
    const values = readValuesFixture(`helm/real-world/${name}.yaml`);
    expect(diffRenderings(renderWithValues(values), expected)).toEqual([]);
  });
});
