import { buildExampleApp } from './hardened-app';

// Writes the example's manifests and compliance reports to dist/ and prints a summary per pack.
const { app, checks } = buildExampleApp('dist');
app.synth();

console.log('pack                        rules  pass  fail  suppressed  not evaluated');
for (const pack of checks.summary()) {
  console.log([
    pack.pack.padEnd(26),
    String(pack.rules).padStart(7),
    String(pack.passed).padStart(5),
    String(pack.failed).padStart(5),
    String(pack.suppressed).padStart(11),
    String(pack.notEvaluated).padStart(14),
  ].join(' '));
}
