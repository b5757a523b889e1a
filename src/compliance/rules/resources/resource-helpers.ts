import { ContainerLocation } from '../manifest-helpers';

/** Reads one resource quantity of a container, for example `requests.memory`. */
export function resourceValue(location: ContainerLocation, section: 'requests' | 'limits', resource: string): unknown {
  return location.container.resources?.[section]?.[resource];
}

/** Whether a quantity is present and not an empty string. */
export function isSet(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}
