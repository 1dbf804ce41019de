import { describe, expect, it } from 'vitest';
import { changedDomains, channelEffects, writtenDomains } from '../../electron/api/channelEffects';
import { channelDomain, contract } from '../../electron/api/contract';

describe('what each channel changes, as the contract declares it', () => {
  it('is declared for every channel, and only for channels: a read, a session channel, or the domains it writes', () => {
    expect(Object.keys(channelEffects).sort()).toEqual(Object.keys(contract).sort());
    for (const [channel, effect] of Object.entries(channelEffects)) {
      if (effect === 'read' || effect === 'session') continue;
      // A write changes at least its own domain's records.
      expect(effect.changes, channel).toContain(channelDomain[channel as keyof typeof channelDomain]);
    }
  });

  it('sends other workstations the written domains and every summary; nothing for a read, a session channel or an unknown one', () => {
    expect(changedDomains('caseNotes.sign')).toEqual(['caseNotes', 'drugTests', 'violations', 'timeline', 'reviews', 'schedule', 'insights', 'search', 'audit']);
    expect(changedDomains('appointments.create')).toEqual(['schedule', 'timeline', 'reviews', 'insights', 'search', 'audit']);
    for (const channel of ['clients.get', 'auth.login', 'no.such']) expect(changedDomains(channel), channel).toEqual([]);
    expect(writtenDomains('plan.updateGoal')).toEqual(['supervisionPlan']);
  });
});
