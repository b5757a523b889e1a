import * as fs from 'fs';
import * as path from 'path';

/** Folder of the test fixtures. */
export const FIXTURES = path.join(__dirname, '..', 'fixtures');

/** Lists the values files (not the renderings) in a fixture folder, as absolute paths. */
export function valuesFiles(folder: string): string[] {
  const directory = path.join(FIXTURES, folder);
  return fs.readdirSync(directory)
    .filter((name) => name.endsWith('.yaml') && !name.endsWith('.rendered.yaml'))
    .sort()
    .map((name) => path.join(directory, name));
}

/** The values files that Helm renders without an error: matrix, real-world, best practice and cases. */
export function validValuesFiles(): string[] {
  return [
    ...valuesFiles('helm/matrix'),
    ...valuesFiles('helm/real-world'),
    path.join(FIXTURES, 'helm', 'values.best-practice.yaml'),
    ...valuesFiles('cases').filter((file) => !path.basename(file).startsWith('C27b')),
  ];
}
