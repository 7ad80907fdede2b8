import { str } from '@lit/localize';
import type { Templates } from './types.js';

/** French messages of the ticket form (ids `ticket.*`). */
export const templates: Templates = {
  'ticket.another': 'Écrire un autre ticket',
  'ticket.country': 'Nouveau pays',
  'ticket.country.hint':
    'Le pays détermine la fiscalité et les moyens de paiement ; le personnel vérifie le changement avant de l’appliquer.',
  'ticket.country.required': 'Choisissez le nouveau pays.',
  'ticket.countryChange.hint':
    'Indiquez pourquoi le pays change (déménagement, nouvelle adresse de société…).',
  'ticket.countryChange.subject': 'Changement de pays',
  'ticket.kind.complaint': 'Une réclamation',
  'ticket.kind.countryChange': 'Un changement de pays',
  'ticket.kind.legend': 'De quoi s’agit-il ?',
  'ticket.kind.support': 'Une question pour l’assistance',
  'ticket.message': 'Message',
  'ticket.send': 'Envoyer',
  'ticket.sending': 'Envoi…',
  'ticket.sent': str`Votre ticket a été envoyé. Une confirmation est partie à ${0}.`,
  'ticket.subject': 'Objet',
  'ticket.supportPage': 'Ou utilisez notre page d’assistance',
};
