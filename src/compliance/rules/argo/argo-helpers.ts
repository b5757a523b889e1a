/** Whether an object is of an Argo API group (`argoproj.io`). */
export function isArgo(manifest: Record<string, any>, kinds: string[]): boolean {
  return String(manifest.apiVersion ?? '').startsWith('argoproj.io/') && kinds.includes(manifest.kind);
}
