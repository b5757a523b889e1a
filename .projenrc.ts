import { cdk8s, javascript } from 'projen';

const project = new cdk8s.ConstructLibraryCdk8s({
  name: 'cdk8s-cert-manager',
  description: 'A hardened cert-manager install for cdk8s, with Helm values import and compliance checks at synth time.',
  author: 'cdk8s-cert-manager developers',
  authorAddress: 'noreply@localhost',
  repositoryUrl: 'https://localhost/cdk8s-cert-manager.git',
  defaultReleaseBranch: 'main',
  projenrcTs: true,
  packageManager: javascript.NodePackageManager.NPM,
  github: false,
  release: false,
  // The example writes its manifests to dist/, so jsii packages go elsewhere.
  artifactsDirectory: 'dist-packages',
  jsiiVersion: '~5.9.0',
  cdk8sVersion: '2.70.106',
  cdk8sVersionPinning: false,
  constructsVersion: '10.8.1',
  peerDeps: ['cdk8s-plus-28@^2.5.6'],
  deps: ['yaml@^2.9.1'],
  bundledDeps: ['yaml'],
  devDeps: ['ajv@^8.20.0', 'fast-check@^4.11.0', 'ts-node@^10.9.2', 'cdk8s-cli@^2.207.60'],
  keywords: ['cdk8s', 'cert-manager', 'kubernetes', 'security', 'compliance'],
  jestOptions: {
    updateSnapshot: javascript.UpdateSnapshot.NEVER,
    jestConfig: {
      coverageProvider: 'babel',
      maxWorkers: 2,
    },
  },
  gitignore: ['/dist/', '/test-reports/', '/.jest-results.json'],
});

// The registry has no 'ts5.9' dist-tag for @types/node, which projen derives from the jsii version.
project.deps.removeDependency('@types/node');
project.addDevDeps('@types/node@^20');

// ts-jest only transpiles, so type errors in tests and examples surface in the first step.
// The summary line is printed whether or not jest passes, and jest's exit code is kept.
project.testTask.reset();
project.testTask.exec('tsc --noEmit -p test/tsconfig.json');
project.testTask.exec([
  'jest --passWithNoTests --coverageProvider=babel --maxWorkers=2 --ci --json --outputFile=.jest-results.json;',
  'status=$?; node scripts/test-summary.js .jest-results.json || status=1; exit $status',
].join(' '));
project.testTask.spawn(project.tasks.tryFind('eslint')!);

project.addTask('example', {
  description: 'Synthesizes the example install into dist/.',
  exec: 'ts-node --transpile-only --project test/tsconfig.json examples/hardened-install.ts',
});

project.tsconfigDev.addInclude('../examples/**/*.ts');
project.tsconfigDev.addInclude('../scripts/**/*.ts');

project.synth();
