import { describe, expect, it } from 'vitest';
import { allowedHostNames, hostAllowed, hostName } from './allowed-hosts';

describe('allowed hosts', () => {
  const loopbackOnly = allowedHostNames({});

  it('answers loopback names on any port by default', () => {
    for (const host of ['localhost:3000', '127.0.0.1:3211', '[::1]:3000', 'LOCALHOST']) expect(hostAllowed(host, loopbackOnly)).toBe(true);
  });

  it('refuses any other name, as a rebinding attack would send', () => {
    for (const host of ['attacker.example:3000', 'localhost.attacker.example', '127.0.0.1.nip.io', '', null]) {
      expect(hostAllowed(host, loopbackOnly)).toBe(false);
    }
  });

  it('answers an IP address typed as the host, which a rebinding attack cannot send', () => {
    for (const host of ['10.0.0.5:3000', '192.168.1.20', '[fe80::1]:3000', '[2001:db8::5]']) expect(hostAllowed(host, loopbackOnly)).toBe(true);
    for (const host of ['10.0.0.5.attacker.example', '1.2.3', '10.0.0.5x']) expect(hostAllowed(host, loopbackOnly)).toBe(false);
  });

  it('adds configured names and wildcard subdomains', () => {
    const allowed = allowedHostNames({ VAULT_ALLOWED_HOSTS: ' dr-portal.contoso.com , *.lab.contoso.com ' });
    expect(hostAllowed('dr-portal.contoso.com', allowed)).toBe(true);
    expect(hostAllowed('team1.lab.contoso.com:443', allowed)).toBe(true);
    expect(hostAllowed('lab.contoso.com.evil', allowed)).toBe(false);
    expect(hostAllowed('contoso.com', allowed)).toBe(false);
  });

  it('allows the address the portal listens on when it is a specific one', () => {
    expect(hostAllowed('10.0.0.5:3000', allowedHostNames({ HOST: '10.0.0.5' }))).toBe(true);
    expect(allowedHostNames({ HOST: '0.0.0.0' })).toEqual(['localhost', '127.0.0.1', '[::1]']);
  });

  it('allows the host people reach the portal at', () => {
    expect(hostAllowed('dr.contoso.com', allowedHostNames({ VAULT_PUBLIC_URL: 'https://dr.contoso.com/' }))).toBe(true);
    expect(allowedHostNames({ VAULT_PUBLIC_URL: 'not a url' })).toEqual(['localhost', '127.0.0.1', '[::1]']);
  });

  it('takes the name from a Host header with or without a port', () => {
    expect(hostName('Vault.Example:3000')).toBe('vault.example');
    expect(hostName('[::1]:80')).toBe('[::1]');
    expect(hostName('example')).toBe('example');
  });
});
