import { str } from '@lit/localize';
import type { Templates } from './types.js';

/** French messages of the profile (ids `profile.*`). */
export const templates: Templates = {
  'profile.address': 'Adresse',
  'profile.city': 'Ville',
  'profile.company.name': 'Raison sociale',
  'profile.company.pending':
    'Le personnel d’Introserv vérifie les données de l’entreprise. D’ici là, les factures ne peuvent pas être payées.',
  'profile.company.registration': 'Numéro d’immatriculation (SIREN/SIRET)',
  'profile.company.rejected':
    'Les données de l’entreprise ont été refusées. Corrigez-les ou contactez l’assistance ; le paiement des factures reste bloqué.',
  'profile.company.vat': 'Numéro de TVA',
  'profile.company.vatHint': 'Avec le préfixe du pays, par exemple FR12345678901.',
  'profile.company.verified': 'Données de l’entreprise vérifiées.',
  'profile.company.willVerify':
    'Après l’enregistrement, le personnel d’Introserv vérifie les données de l’entreprise ; le paiement des factures est bloqué jusque-là.',
  'profile.country': 'Pays',
  'profile.country.dialog': 'Demander un changement de pays',
  'profile.country.hint':
    'Le pays détermine les moyens de paiement et la fiscalité. Pour le modifier, envoyez un ticket à l’assistance.',
  'profile.country.request': 'Demander un changement',
  'profile.country.ticket': 'Le pays ne se modifie pas ici : demandez le changement à l’assistance.',
  'profile.email': 'Courriel',
  'profile.email.cancelled': 'Rien n’a changé : la vérification d’identité a été annulée.',
  'profile.email.change': 'Modifier l’adresse',
  'profile.email.changed': str`Votre adresse est désormais ${0}.`,
  'profile.email.code': 'Code envoyé à la nouvelle adresse',
  'profile.email.codeFormat': 'Saisissez le code reçu par e-mail (4 à 8 chiffres).',
  'profile.email.confirmed': 'confirmée',
  'profile.email.enterCode': 'Saisir le code',
  'profile.email.hint':
    'Nous envoyons un code à la nouvelle adresse ; le changement s’applique quand vous le saisissez.',
  'profile.email.new': 'Nouvelle adresse e-mail',
  'profile.email.pending': str`En attente de confirmation de ${0} : le courrier part encore à l’adresse ci-dessus d’ici là.`,
  'profile.email.pendingBadge': 'changement en attente',
  'profile.email.resend': 'Renvoyer le code',
  'profile.email.resent': 'Un nouveau code a été envoyé. Le précédent ne fonctionne plus.',
  'profile.email.sendCode': 'Envoyer un code',
  'profile.email.wrongCode': 'Ce code est incorrect ou a expiré.',
  'profile.firstName': 'Prénom',
  'profile.lastName': 'Nom de famille',
  'profile.mobilePhone': 'Téléphone portable',
  'profile.personal': 'Informations personnelles',
  'profile.phone.hint':
    'Format international, par exemple +33 6 12 34 56 78. Sert au contact et à la vérification d’identité par SMS ou appel.',
  'profile.phone.notVerified': 'non vérifié',
  'profile.phone.saveFirst': 'Enregistrez pour vérifier le nouveau numéro.',
  'profile.phone.verified': 'vérifié',
  'profile.phone.verify': 'Vérifier',
  'profile.postal': 'Adresse postale',
  'profile.postal.city': 'Ville',
  'profile.postal.code': 'Code postal',
  'profile.postal.country': 'Pays',
  'profile.postal.missing':
    'Pas encore d’adresse postale : elle est obligatoire pour pouvoir payer une facture.',
  'profile.postal.street': 'Rue',
  'profile.support.dialog': 'Écrire à l’assistance',
  'profile.supportPage': 'Page d’assistance',
  'profile.type': 'Type de profil',
  'profile.type.company': 'Entreprise',
  'profile.type.individual': 'Particulier',
};
