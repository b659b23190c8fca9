import { describe, expect, it } from 'vitest';
import {
  PROTECTION_STATES,
  activeLocationLabel,
  formatRpo,
  isHeartbeatStale,
  isInfrastructureServerHealthy,
  jobStateLabel,
  protectionStateDescription,
  replicationHealthLabel,
  replicationHealthSummaryLabel,
  replicationHealthTone,
} from './protection-status';

const now = new Date('2026-11-25T12:00:00Z');
const minutesBefore = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe('protectionStateDescription', () => {
  it('reads like the portal for every state', () => {
    expect(PROTECTION_STATES.map(protectionStateDescription)).toEqual([
      'Protected',
      'Failover in progress',
      'Failover completed',
      'Failover committed',
      'Failover failed',
      'Reprotect in progress',
    ]);
  });
});

describe('replication health', () => {
  it('calls Normal healthy and shows a dash when there is no health', () => {
    expect(replicationHealthLabel('Normal')).toBe('Healthy');
    expect(replicationHealthLabel('None')).toBe('—');
    expect(replicationHealthSummaryLabel('None')).toBe('Not applicable');
    expect(replicationHealthSummaryLabel('Normal')).toBe('Healthy');
  });

  it('maps health to a tone', () => {
    expect(replicationHealthTone('Normal')).toBe('success');
    expect(replicationHealthTone('Warning')).toBe('warning');
    expect(replicationHealthTone('Critical')).toBe('danger');
    expect(replicationHealthTone('None')).toBe('neutral');
  });
});

describe('activeLocationLabel', () => {
  it('names the primary site on-premises and the recovery site Azure', () => {
    expect(activeLocationLabel('Primary')).toBe('On-premises');
    expect(activeLocationLabel('Recovery')).toBe('Azure');
  });
});

describe('formatRpo', () => {
  it.each([
    [null, '—'],
    [0, '0 sec'],
    [59, '59 sec'],
    [120, '2 min'],
    [312, '5 min'],
    [3600, '1 hr'],
    [4210, '1 hr 10 min'],
  ])('formats %s seconds as %s', (seconds, text) => {
    expect(formatRpo(seconds)).toBe(text);
  });
});

describe('jobStateLabel', () => {
  it('uses the portal wording', () => {
    expect(jobStateLabel('Succeeded')).toBe('Successful');
    expect(jobStateLabel('InProgress')).toBe('In progress');
  });
});

describe('infrastructure server health', () => {
  it('treats a heartbeat older than 15 minutes as stale', () => {
    expect(isHeartbeatStale(minutesBefore(15), now)).toBe(false);
    expect(isHeartbeatStale(minutesBefore(16), now)).toBe(true);
    expect(isHeartbeatStale(minutesBefore(16).toISOString(), now)).toBe(true);
  });

  it('is healthy only when heard from, connected and reporting Healthy', () => {
    const fresh = minutesBefore(2);
    expect(isInfrastructureServerHealthy({ lastHeartbeat: fresh }, now)).toBe(true);
    expect(isInfrastructureServerHealthy({ lastHeartbeat: fresh, health: 'Healthy' }, now)).toBe(true);
    expect(isInfrastructureServerHealthy({ lastHeartbeat: fresh, health: 'Warning' }, now)).toBe(false);
    expect(isInfrastructureServerHealthy({ lastHeartbeat: fresh, connected: false }, now)).toBe(false);
    expect(isInfrastructureServerHealthy({ lastHeartbeat: minutesBefore(60), health: 'Healthy' }, now)).toBe(false);
  });
});
