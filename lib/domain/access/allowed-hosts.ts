// Which Host headers the portal answers. A browser tricked by DNS rebinding sends
// the attacker's name as Host (and as Origin), so refusing unknown names stops it.
// Loopback names are always allowed; so are the address the portal listens on (HOST),
// the host of VAULT_PUBLIC_URL, and the names listed in VAULT_ALLOWED_HOSTS. An IP address
// as Host is always allowed: rebinding needs a DNS name, so it never arrives as one.

const LOOPBACK = ['localhost', '127.0.0.1', '[::1]'];
const ANY_ADDRESS = ['0.0.0.0', '::', '[::]'];

/** The environment variables that name the portal's hosts. */
export interface HostSettings {
  [variable: string]: string | undefined;
  VAULT_ALLOWED_HOSTS?: string;
  HOST?: string;
  VAULT_PUBLIC_URL?: string;
}

function publicHost(url: string | undefined): string[] {
  if (!url) return [];
  try {
    return [new URL(url).hostname.toLowerCase()];
  } catch {
    return [];
  }
}

/** The allowed host names (lower case, without port). */
export function allowedHostNames(settings: HostSettings): string[] {
  const listed = (settings.VAULT_ALLOWED_HOSTS ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const listen = settings.HOST?.trim().toLowerCase();
  const listening = listen && !ANY_ADDRESS.includes(listen) ? [listen] : [];
  return [...new Set([...LOOPBACK, ...listening, ...publicHost(settings.VAULT_PUBLIC_URL), ...listed])];
}

/** The name part of a Host header: "Vault.example:3000" → "vault.example", "[::1]:3000" → "[::1]". */
export function hostName(hostHeader: string): string {
  const host = hostHeader.trim().toLowerCase();
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  const colon = host.lastIndexOf(':');
  return colon === -1 ? host : host.slice(0, colon);
}

const IP_LITERAL = /^(\d{1,3}(\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/;

/** Whether a Host header names this portal. "*.example.com" allows any subdomain of example.com. */
export function hostAllowed(hostHeader: string | null | undefined, allowed: readonly string[]): boolean {
  if (!hostHeader) return false;
  const name = hostName(hostHeader);
  if (!name) return false;
  if (IP_LITERAL.test(name)) return true;
  return allowed.some((pattern) => (pattern.startsWith('*.') ? name.endsWith(pattern.slice(1)) : name === pattern));
}
