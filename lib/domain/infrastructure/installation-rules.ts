import type { OsType } from '../reprotect/facts';

/**
 * Why a master target cannot be installed this way (null when it can). The process server and
 * master target come together only from the configuration server's unified setup, which runs on
 * Windows; a Linux master target is installed on its own, beside a separate process server.
 */
export function combinedPsMtProblem(osType: OsType, isCombinedPsMt: boolean): string | null {
  if (!isCombinedPsMt || osType === 'Windows') return null;
  return 'A combined process server and master target is installed by the configuration server setup, which runs on Windows only. Install a Linux master target on its own.';
}
