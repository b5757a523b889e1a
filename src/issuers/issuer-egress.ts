import { isIP } from 'net';

/**
 * Contribution of an issuer to the egress rules of the cert-manager controller's NetworkPolicy.
 *
 * By default the rules are computed from the issuer: the ports of the ACME server, Vault or DNS
 * provider it uses, narrowed to an address where the issuer names a literal IP.
 */
export class IssuerEgress {
  /**
   * Rules computed from the issuer's configuration. This is the default.
   */
  public static computed(): IssuerEgress {
    return new IssuerEgress('computed', [], undefined);
  }

  /**
   * Computed rules whose destinations are narrowed to the given CIDR blocks, for endpoints that the
   * issuer names by host name. NetworkPolicy cannot match host names, so this is the way to keep
   * a Vault or ACME server behind a known address range.
   *
   * @param cidrs IPv4 or IPv6 CIDR blocks, for example `10.20.0.0/16`
   */
  public static restrictTo(cidrs: string[]): IssuerEgress {
    const invalid = cidrs.filter((cidr) => !isCidr(cidr));
    if (cidrs.length === 0 || invalid.length > 0) {
      const received = cidrs.length === 0 ? 'an empty list' : invalid.map((c) => `"${c}"`).join(', ');
      throw new Error(`IssuerEgress.restrictTo() received ${received}, but it needs one or more CIDR blocks. Use the form "10.20.0.0/16" or "2001:db8::/32".`);
    }
    return new IssuerEgress('restricted', cidrs, undefined);
  }

  /**
   * A rule that allows all egress of the controller. Use it only where computed rules cannot work,
   * for example behind a proxy, and state why.
   *
   * @param reason why the controller needs unrestricted egress, at least 10 characters
   */
  public static allowAll(reason: string): IssuerEgress {
    if (reason.trim().length < 10) {
      throw new Error(`IssuerEgress.allowAll() received the reason "${reason}", but it needs a reason of at least 10 characters. Say why the controller needs unrestricted egress.`);
    }
    return new IssuerEgress('allow-all', [], reason.trim());
  }

  /** `computed`, `restricted` or `allow-all`. */
  public readonly mode: string;

  /** Destination CIDR blocks of a `restricted` egress. */
  public readonly cidrs: string[];

  /**
   * Why unrestricted egress was requested, for `allow-all`.
   *
   * @default - not set for other modes
   */
  public readonly reason?: string;

  private constructor(mode: string, cidrs: string[], reason: string | undefined) {
    this.mode = mode;
    this.cidrs = cidrs;
    this.reason = reason;
  }
}

function isCidr(value: string): boolean {
  const [address, prefix, extra] = value.split('/');
  if (extra !== undefined || prefix === undefined || !/^\d{1,3}$/.test(prefix)) {
    return false;
  }
  const family = isIP(address);
  return family !== 0 && Number(prefix) <= (family === 4 ? 32 : 128);
}
