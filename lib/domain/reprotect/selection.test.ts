import { describe, expect, it } from 'vitest';
import { dependentChoicesFor } from './selection';
import { aMasterTarget, aVolume, someFacts } from './test-fixtures';

describe('dependentChoicesFor (changing the master target re-evaluates what depends on it)', () => {
  const first = aMasterTarget({ id: 'mt-1', volumes: [aVolume({ id: 'r-1', volumeName: 'R:' }), aVolume({ id: 's-1', volumeName: 'S:' })] });
  const second = aMasterTarget({ id: 'mt-2', volumes: [aVolume({ id: 'r-2', volumeName: 'R:' })] });
  const facts = someFacts({ masterTargets: [first, second] });

  it('pre-selects the default retention drive of the new master target', () => {
    expect(dependentChoicesFor(facts, 'mt-2', {}).retentionVolumeId).toBe('r-2');
  });

  it("clears a retention drive of the previous master target and keeps one that still belongs", () => {
    expect(dependentChoicesFor(facts, 'mt-2', { retentionVolumeId: 's-1' }).retentionVolumeId).toBe('r-2');
    expect(dependentChoicesFor(facts, 'mt-1', { retentionVolumeId: 's-1' }).retentionVolumeId).toBe('s-1');
  });

  it('keeps an eligible datastore of the same host and clears an unknown one', () => {
    const datastoreId = facts.datastores[0]!.id;
    expect(dependentChoicesFor(facts, 'mt-2', { datastoreId }).datastoreId).toBe(datastoreId);
    expect(dependentChoicesFor(facts, 'mt-2', { datastoreId: 'gone' }).datastoreId).toBe('');
  });
});
