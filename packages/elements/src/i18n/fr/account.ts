import type { Templates } from './types.js';

/** French messages of the account elements (ids `account.*`). */
export const templates: Templates = {
  'account.label': 'Compte',
  'account.tab.profile': 'Profil',
  'account.tab.security': 'Sécurité',
  'account.tab.notifications': 'Notifications',
  'account.tab.orders': 'Commandes',
  'account.tab.billing': 'Facturation',
  'account.newOrder': 'Commander un serveur',
  'account.newOrder.title': 'Nouvelle commande',
  'account.back.orders': 'Retour aux commandes',
};
