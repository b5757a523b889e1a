import { Check, ManifestObject, RuleResult } from '../../rule';
import { POD_KINDS, checkContainers, containerName } from '../manifest-helpers';

const TOOLS = ['jcmd', 'ps', 'ls'];

/** No exec liveness probe runs `jcmd`, `ps` or `ls`. */
export const ExecProbeNoDiagnosticTools: Check = {
  name: 'ExecProbeNoDiagnosticTools',
  title: 'Exec liveness probes run no diagnostic tools',
  rationale: 'Tools such as jcmd, ps and ls are slow and fork extra processes on every probe, and they show that the process exists rather than that it works.',
  fix: 'Probe the application itself, for example with an HTTP endpoint.',
  kinds: POD_KINDS,
  check(object: ManifestObject): RuleResult {
    return checkContainers(object, { init: true }, (location) => {
      const command: unknown[] = location.container.livenessProbe?.exec?.command ?? [];
      const used = TOOLS.filter((tool) => command.some((part) => String(part).split(/\s+/).includes(tool)));
      return used.length === 0
        ? undefined
        : { fieldPath: `${location.path}.livenessProbe.exec.command`, message: `The liveness probe of ${containerName(location)} runs ${used.join(', ')}. Probe the application itself instead.` };
    });
  },
};
