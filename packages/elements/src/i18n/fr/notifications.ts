import { str } from '@lit/localize';
import type { Templates } from './types.js';

/** French messages of the notification settings (ids `notifications.*`). */
export const templates: Templates = {
  'notifications.accountEmail': 'e-mail du compte',
  'notifications.addressFor': str`Adresse pour : ${0}`,
  'notifications.addresses': 'Notifications par e-mail',
  'notifications.alert.current': str`Une alerte part à l’adresse des factures quand le solde passe sous ${0}.`,
  'notifications.alert.label': 'M’avertir par e-mail quand le solde passe sous un seuil',
  'notifications.complaints': 'Réclamations',
  'notifications.invoices': 'Factures et commandes',
  'notifications.newsletter': 'Abonnement aux nouvelles',
  'notifications.newsletter.label': 'Recevoir les bulletins d’information d’Introserv',
  'notifications.noAlert': 'pas d’alerte',
  'notifications.sameAsAccount': str`Identique à l’e-mail de mon compte (${0})`,
  'notifications.support': 'Assistance',
  'notifications.threshold': 'Alertes de solde',
  'notifications.thresholdAmount': 'Seuil',
};
