import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { addresses, type AddressRow } from '../../../db/schema';
import { AppError } from '../../api/errors';
import type { ServiceContext } from '../context';
import { changedFields } from '../record/auditedEdit';
import { addToClient, editClientPart } from './partEdits';
import { insertAddress } from './partRows';
import type { addAddressInputSchema, moveOutInputSchema, updateAddressInputSchema, verifyAddressInputSchema } from '../../api/clients/clientsSchemas';

/** Address history: addresses are added, corrected, verified and moved out of, never deleted. */

/** One change to an existing address, decided from the address as it is. */
function editAddress(ctx: ServiceContext, addressId: number, action: string, change: (address: AddressRow) => { values: Partial<AddressRow>; detail?: string }): AddressRow {
  return editClientPart(ctx, 'address', addressId, {
    field: 'addressId',
    action,
    write: (tx) => {
      const { values, detail } = change(tx.select().from(addresses).where(eq(addresses.id, addressId)).get() as AddressRow);
      const row = tx.update(addresses).set(values).where(eq(addresses.id, addressId)).returning().get();
      return { value: row, detail: detail ? `address ${addressId}; ${detail}` : `address ${addressId}` };
    },
  });
}

export function addAddress(ctx: ServiceContext, input: z.infer<typeof addAddressInputSchema>): AddressRow {
  return addToClient(ctx, input.clientId, 'client.addAddress', 'address', (tx, client, at) => insertAddress(tx, client.id, input.address, at));
}

export function updateAddress(ctx: ServiceContext, input: z.infer<typeof updateAddressInputSchema>): AddressRow {
  return editAddress(ctx, input.addressId, 'client.updateAddress', (before) => ({ values: input.address, detail: changedFields(before, input.address) }));
}

/** Moving out keeps the address as history. */
export function moveOutOfAddress(ctx: ServiceContext, input: z.infer<typeof moveOutInputSchema>): AddressRow {
  return editAddress(ctx, input.addressId, 'client.moveOutOfAddress', (address) => {
    if (address.movedOut) throw new AppError('CONFLICT', `The client already moved out of this address on ${address.movedOut}.`, 'addressId');
    if (address.movedIn && input.movedOut < address.movedIn) {
      throw new AppError('VALIDATION', `The moved-out date cannot be before the moved-in date (${address.movedIn}).`, 'movedOut');
    }
    return { values: { movedOut: input.movedOut } };
  });
}

/** Records that the acting officer confirmed the client lives (or gets mail) there, e.g. on a home visit. */
export function verifyAddress(ctx: ServiceContext, input: z.infer<typeof verifyAddressInputSchema>): AddressRow {
  return editAddress(ctx, input.addressId, 'client.verifyAddress', () => ({ values: { verifiedOn: input.verifiedOn, verifiedBy: ctx.actor.id } }));
}
