import { describe, expect, it } from 'vitest';
import { entrySummary, entryTitle, formatEntryTime, type TimelineEntry } from '../../renderer/src/features/timeline/describeEntry';
import { needAreaChoices } from '../../renderer/src/features/supervisionPlan/needAreaChoices';

const entry = (fields: Partial<TimelineEntry> & Pick<TimelineEntry, 'kind'>): TimelineEntry => ({
  id: 1,
  at: '2026-02-03',
  type: null,
  status: null,
  detail: null,
  summary: '',
  amount: null,
  parentId: null,
  userId: null,
  ...fields,
});

describe('timeline entries in words', () => {
  it('says what each kind of entry is from its common columns', () => {
    expect(entryTitle(entry({ kind: 'note', type: 'home_visit', status: 'draft', detail: 'attended_complied', amount: 45 }))).toBe(
      'Home visit: attended complied · 45 min · draft, not signed',
    );
    expect(entryTitle(entry({ kind: 'drug_test', type: 'urine', status: 'positive', detail: null }))).toBe('Drug test (urine): positive');
    expect(entryTitle(entry({ kind: 'ledger', type: 'payment', detail: 'restitution', amount: 2_550, summary: 'Receipt 0042' }))).toBe('Payment of $25.50, restitution');
    expect(entrySummary(entry({ kind: 'ledger', summary: 'Receipt 0042' }))).toBe('Reference: Receipt 0042');
    expect(entryTitle(entry({ kind: 'ledger', type: 'adjustment', status: 'increase', detail: 'fees', amount: 333 }))).toBe('Adjustment (increase) of $3.33, fees');
    expect(entryTitle(entry({ kind: 'community_service', detail: 'Riverside Food Bank', amount: 150 }))).toBe('2.5 hours of community service at Riverside Food Bank');
    expect(entryTitle(entry({ kind: 'program', type: 'excused', detail: 'Anger management' }))).toBe('Anger management: excused');
    expect(entryTitle(entry({ kind: 'plan_change', type: 'updated', status: 'in_progress', detail: 'substance_use' }))).toBe('Plan goal changed (Substance use), in progress');
    expect(entryTitle(entry({ kind: 'referral', type: 'housing', status: 'made', detail: 'Riverside Housing Trust' }))).toBe(
      'Referred to Riverside Housing Trust (housing), now made',
    );
    expect(entryTitle(entry({ kind: 'referral_status', type: 'no_show', status: 'accepted', detail: 'Riverside Housing Trust' }))).toBe(
      'Referral to Riverside Housing Trust: accepted → no-show',
    );
  });

  it('shows the time of entries that have one', () => {
    expect(formatEntryTime('2026-02-03')).toBe('Feb 3, 2026');
    expect(formatEntryTime('2026-02-03T14:05')).toBe('Feb 3, 2026, 14:05');
  });
});

describe('need areas offered for a goal', () => {
  it("lists the latest assessment's first and maps a label picked or typed back to its id", () => {
    const choices = needAreaChoices(['substance_use'], undefined, ['employment', 'Transport']);
    expect(choices.labels).toEqual(['Substance use', 'Employment', 'Transport']);
    expect(choices.idOf('Substance use')).toBe('substance_use');
    expect(choices.idOf(' employment ')).toBe('employment');
    expect(choices.idOf('Childcare')).toBe('Childcare');
  });
});
