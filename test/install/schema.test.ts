import * as path from 'path';
import { synthInstall } from '../util/install';
import { StrictValidator } from '../util/strict-schema';

const CRDS = path.join(__dirname, '..', 'fixtures', 'helm', 'v1.21.1-default-crds.yaml');

describe.each(['1.28.0', '1.35.0'] as const)('strict schema of kubernetes %s', (version) => {
  const validator = new StrictValidator(version, [CRDS]);

  test('accepts the default install', () => {
    expect(validator.validate(synthInstall())).toEqual([]);
  });

  test('accepts the install with every optional object', () => {
    const manifests = synthInstall({ createNamespace: true, priorityClassQuota: {}, controller: { healthzPort: 9443 } });
    expect(validator.validate(manifests)).toEqual([]);
  });

  test('rejects an unknown field', () => {
    const manifests = synthInstall();
    const deployment = manifests.find((m) => m.kind === 'Deployment');
    deployment.spec.template.spec.securityContext.enabled = true;
    expect(validator.validate([deployment])).toEqual([
      "Deployment/cert-manager/spec/template/spec/securityContext: unknown field 'enabled'",
    ]);
  });
});
