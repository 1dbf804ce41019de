import { ADMIN, channel, noInput, returns } from '../channel';
import { type SecurityStatus } from '../../services/security/databaseKey';

export const securityChannels = {
  'security.status': channel(noInput, ADMIN, returns<SecurityStatus>()),
  'security.rotateKey': channel(noInput, ADMIN, returns<SecurityStatus>()),
};
