import { describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../electron/api/contract';
import { daysAgo, fullIntakeInput } from '../fixtures/intakeInput';
import { staffedOffice } from '../fixtures/staffedOffice';
import { useTempOffices } from '../fixtures/tempOffice';

const offices = useTempOffices();
const DOB = '1990-04-12';

/**
 * Oscar's client Jordan Whitaker (born 1990-04-12, nickname JJ Whitaker, state ID S-1234-5678), and an
 * unrelated Maria Gonzalez born the same day; Olivia is signed in to look for duplicates.
 */
async function officeWithJordan() {
  const staffed = await staffedOffice(offices);
  await staffed.actAs('oscar');
  const jordan = await staffed.office.call('clients.intake', fullIntakeInput(staffed.staff.oscar.id));
  const maria = fullIntakeInput(staffed.staff.oscar.id, { firstName: 'Maria', middleName: '', lastName: 'Gonzalez', suffix: '' });
  maria.aliases = [];
  maria.identifiers = [{ type: 'passport', value: 'X0000001', issuer: 'US' }];
  await staffed.office.call('clients.intake', maria);
  await staffed.actAs('olivia');
  return { ...staffed, jordan };
}

const search = (input: ChannelInput<'clients.findDuplicates'>) => input;

describe('the duplicate check', () => {
  it('finds the same name and date of birth however the name is typed, with the minimum about the match', async () => {
    const { office, jordan } = await officeWithJordan();
    const matches = await office.call('clients.findDuplicates', search({ firstName: '  JORDAN ', lastName: 'whitaker', dateOfBirth: DOB }));

    expect(matches).toEqual([
      {
        id: jordan.id,
        caseNumber: jordan.caseNumber,
        firstName: 'Jordan',
        middleName: 'Lee',
        lastName: 'Whitaker',
        suffix: 'Jr.',
        dateOfBirth: DOB,
        status: 'active',
        assignedOfficerName: 'oscar Testperson',
        reasons: [{ kind: 'name_and_dob', description: 'Same name and date of birth' }],
      },
    ]);
  });

  it.each([
    ['a first name spelt differently', { firstName: 'Jordyn', lastName: 'Whitaker' }, ['similar_name_and_dob']],
    ['a surname spelt differently', { firstName: 'Jordan', lastName: 'Whittaker' }, ['similar_name_and_dob']],
    ['accents and punctuation', { firstName: 'Jórdan', lastName: 'Whit-aker' }, ['name_and_dob']],
    ['another name of theirs', { firstName: 'J.J.', lastName: 'Whitaker' }, ['similar_name_and_dob', 'alias_and_dob']],
  ])('finds %s with the same date of birth', async (_case, name, kinds) => {
    const { office, jordan } = await officeWithJordan();
    const matches = await office.call('clients.findDuplicates', search({ ...name, dateOfBirth: DOB }));
    expect(matches.map((m) => m.id)).toEqual([jordan.id]);
    expect(matches[0].reasons.map((r) => r.kind)).toEqual(kinds);
  });

  it('finds an identifier of the same type however it is punctuated, and says which', async () => {
    const { office, jordan } = await officeWithJordan();
    const matches = await office.call(
      'clients.findDuplicates',
      search({ firstName: 'Someone', lastName: 'Else', dateOfBirth: '1970-01-01', identifiers: [{ type: 'state_id', value: 's 1234 5678' }] }),
    );
    expect(matches).toMatchObject([{ id: jordan.id, reasons: [{ kind: 'identifier', identifierType: 'state_id', description: 'Same state ID' }] }]);
  });

  it('does not match unrelated people', async () => {
    const { office } = await officeWithJordan();
    const unrelated = [
      search({ firstName: 'Jordan', lastName: 'Whitaker', dateOfBirth: '1991-04-12' }),
      search({ firstName: 'Jordan', lastName: 'Whitaker', dateOfBirth: null }),
      search({ firstName: 'Patrick', lastName: 'Whitaker', dateOfBirth: DOB }),
      search({ firstName: 'Alex', lastName: 'Morgan', dateOfBirth: DOB }),
      search({ identifiers: [{ type: 'fbi_number', value: 'S-1234-5678' }] }),
    ];
    for (const input of unrelated) expect(await office.call('clients.findDuplicates', input), JSON.stringify(input)).toEqual([]);
  });

  it('finds closed clients too, and audits each check with the number of matches and the client ids shown', async () => {
    const { office, staff, actAs, jordan } = await officeWithJordan();
    await actAs('oscar');
    await office.call('clients.setStatus', { clientId: jordan.id, status: 'closed', closureReason: 'completed', effectiveDate: daysAgo(0) });
    await actAs('olivia');
    expect(await office.call('clients.findDuplicates', search({ firstName: 'Jordan', lastName: 'Whitaker', dateOfBirth: DOB }))).toMatchObject([
      { id: jordan.id, status: 'closed' },
    ]);

    await actAs('admin');
    const { rows } = await office.call('audit.list', { filter: { action: 'client.duplicateCheck' } });
    expect(rows).toMatchObject([{ userId: staff.olivia.id, detail: `1 possible match(es); clients shown: ${jordan.id}` }]);
  });
});
