/** How far a target (chỉ tiêu) has come: a share from 0 to 1 (capped at 1), or `undefined` before any report. */
export function targetProgress(target: { target: number; value?: number | undefined }): number | undefined {
  if (target.value === undefined) return undefined;
  return Math.min(1, Math.max(0, target.value / target.target));
}
