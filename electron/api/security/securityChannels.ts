import { ADMIN, channel, noInput } from '../channel';
import { securityStatusWire } from './securityWire';

export const securityChannels = {
  'security.status': channel(noInput, ADMIN, securityStatusWire),
  'security.rotateKey': channel(noInput, ADMIN, securityStatusWire),
};
