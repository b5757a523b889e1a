import { Check, ManifestObject, RuleResult } from '../../rule';

const MACROS = ['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly'];
const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_NAMES = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const FIELDS: Array<{ name: string; min: number; max: number; names?: string[] }> = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTH_NAMES },
  { name: 'day of week', min: 0, max: 6, names: DAY_NAMES },
];

function parseValue(text: string, field: typeof FIELDS[number]): number | undefined {
  const byName = field.names?.indexOf(text.toLowerCase()) ?? -1;
  if (byName >= 0) return field.names === MONTH_NAMES ? byName + 1 : byName;
  if (!/^\d+$/.test(text)) return undefined;
  const value = parseInt(text, 10);
  return value >= field.min && value <= field.max ? value : undefined;
}

function fieldValid(text: string, field: typeof FIELDS[number]): boolean {
  return text.split(',').every((item) => {
    const [range, step, extra] = item.split('/');
    if (extra !== undefined) return false;
    if (step !== undefined && !/^[1-9]\d*$/.test(step)) return false;
    if (range === '*' || range === '?') return true;
    const [from, to, more] = range.split('-');
    if (more !== undefined) return false;
    const start = parseValue(from, field);
    if (start === undefined) return false;
    if (to === undefined) return true;
    const end = parseValue(to, field);
    return end !== undefined && end >= start;
  });
}

/**
 * Returns why a cron schedule is invalid, or undefined when the CronJob controller accepts it:
 * five fields (day of week 0 to 6, as the controller's cron parser reads it), a macro such as
 * `@daily`, or `@every <duration>`. A `CRON_TZ=` or `TZ=` prefix is invalid because the API server
 * rejects it from Kubernetes 1.29 on, as the CronJob documentation states.
 */
export function cronScheduleProblem(schedule: unknown): string | undefined {
  if (typeof schedule !== 'string' || schedule.trim() === '') return 'the schedule is missing';
  const text = schedule.trim();
  if (/^(CRON_TZ|TZ)=/.test(text)) return 'Kubernetes 1.29 and later reject a time zone inside spec.schedule; set spec.timeZone instead';
  if (/^@every\s+\S+$/.test(text)) return undefined;
  if (text.startsWith('@')) return MACROS.includes(text) ? undefined : `"${text}" is not a known macro`;
  const parts = text.split(/\s+/);
  if (parts.length !== 5) return `it has ${parts.length} fields instead of 5`;
  for (let index = 0; index < 5; index++) {
    if (!fieldValid(parts[index], FIELDS[index])) return `the ${FIELDS[index].name} field "${parts[index]}" is out of range or malformed`;
  }
  return undefined;
}

/** CronJobs have a valid cron schedule. */
export const CronJobScheduleValid: Check = {
  name: 'CronJobScheduleValid',
  title: 'CronJob schedules are valid',
  rationale: 'The API server or the CronJob controller rejects an invalid schedule, so the job never runs.',
  fix: 'Write spec.schedule as five cron fields (minute, hour, day of month, month, day of week) or a macro such as @daily.',
  kinds: ['CronJob'],
  check(object: ManifestObject): RuleResult {
    const problem = cronScheduleProblem(object.manifest.spec?.schedule);
    if (!problem) return 'pass';
    return [{ fieldPath: 'spec.schedule', message: `The schedule ${JSON.stringify(object.manifest.spec?.schedule)} is invalid: ${problem}. Write five cron fields or a macro such as @daily.` }];
  },
};
