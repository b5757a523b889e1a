import { App, Chart } from 'cdk8s';
import { CertManager } from '../src';

// Writes the hardened install to dist/. The controller serves /livez on 9443, the port that
// cert-manager's Best Practice guide shows; its listener and liveness probe move together.
const app = new App({ outdir: 'dist' });
const chart = new Chart(app, 'cert-manager');

new CertManager(chart, 'cert-manager', {
  controller: { healthzPort: 9443 },
  createNamespace: true,
});

app.synth();
