// French catalogue: one file per area, so each area's strings can change without touching the others.
import { templates as common } from './common.js';
import { templates as session } from './session.js';
import { templates as profile } from './profile.js';
import { templates as notifications } from './notifications.js';
import { templates as support } from './support.js';
import { templates as security } from './security.js';
import { templates as orders } from './orders.js';
import { templates as billing } from './billing.js';
import { templates as account } from './account.js';

export const templates = {
  ...common,
  ...session,
  ...profile,
  ...notifications,
  ...support,
  ...security,
  ...orders,
  ...billing,
  ...account,
};
