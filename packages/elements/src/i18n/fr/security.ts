import { str } from '@lit/localize';
import type { Templates } from './types.js';

/** French messages of the security elements (ids `security.*`). */
export const templates: Templates = {
  'security.cancelled': 'Rien n’a changé : la vérification d’identité a été annulée.',

  'security.ip.title': 'Restriction IP',
  'security.ip.intro':
    'Seules les adresses de cette liste peuvent se connecter et utiliser la facturation. Attention ! Si vous définissez une restriction sans votre adresse IP actuelle, vous perdez l’accès à la facturation.',
  'security.ip.label': 'Adresses IP autorisées',
  'security.ip.hint':
    'Une entrée par ligne : une adresse (192.15.3.2), une plage avec un tiret (192.168.0.1-192.168.0.10) ou un réseau (10.10.0.0/16). L’IPv6 s’écrit de la même façon. Laissez vide pour ne rien restreindre.',
  'security.ip.current': 'Votre adresse IP actuelle, telle que le serveur la voit :',
  'security.ip.empty':
    'La liste est vide : aucune restriction, toutes les adresses IP peuvent se connecter à ce compte.',
  'security.ip.covered': 'Cette liste inclut votre adresse IP actuelle.',
  'security.ip.notCovered':
    'Cette liste n’inclut pas votre adresse IP actuelle : une fois enregistrée, vous perdriez l’accès à la facturation depuis ici.',
  'security.ip.addMine': str`Ajouter ${0} à la liste`,
  'security.ip.line': str`Ligne ${0} : ${1}`,
  'security.ip.tooMany': '100 entrées au maximum.',
  'security.ip.duplicate': str`La ligne ${0} n’ajoute rien : la ligne ${1} (${2}) l’inclut déjà. Elle sera retirée.`,
  'security.ip.err.leadingZeros': str`« ${0} » : écrivez les nombres sans zéros en tête.`,
  'security.ip.err.zone': str`« ${0} » : une adresse avec une zone (%…) ne peut pas être utilisée.`,
  'security.ip.err.prefix': str`« ${0} » : le préfixe va de /0 à /32 en IPv4 et jusqu’à /128 en IPv6.`,
  'security.ip.err.reversed': str`« ${0} » : la plage commence après sa fin ; mettez la plus petite adresse en premier.`,
  'security.ip.err.mixed': str`« ${0} » : une plage ne peut pas aller d’une adresse IPv4 à une adresse IPv6.`,
  'security.ip.err.format': str`« ${0} » n’est ni une adresse IP, ni une plage (a-b), ni un réseau (a/n).`,
  'security.ip.review': 'Vérifier et enregistrer',
  'security.ip.discard': 'Annuler les modifications',
  'security.ip.reviewTitle': 'Vérifiez la liste avant de l’enregistrer',
  'security.ip.previewCount': str`La liste telle que le serveur l’enregistrera (entrées : ${0}) :`,
  'security.ip.previewDuplicates': str`Lignes retirées parce qu’elles n’ajoutaient rien : ${0}.`,
  'security.ip.previewEmpty':
    'La liste sera vide : aucune restriction, toutes les adresses IP pourront se connecter à ce compte.',
  'security.ip.lockoutTitle': str`Cette liste n’inclut pas votre adresse IP actuelle ${0}.`,
  'security.ip.lockoutExplain':
    'Une fois enregistrée, le serveur refuse toute requête venant de cette adresse, y compris cette page et les nouvelles connexions. Seule une adresse autorisée, ou l’assistance, peut revenir en arrière.',
  'security.ip.ackLabel': str`Pour l’enregistrer quand même, saisissez votre adresse IP actuelle (${0})`,
  'security.ip.saveAnyway': 'Enregistrer et perdre l’accès depuis ici',
  'security.ip.save': 'Enregistrer la liste',
  'security.ip.back': 'Revenir à la modification',
  'security.ip.saved': 'La liste d’adresses IP autorisées est enregistrée.',
  'security.ip.savedEmpty':
    'La liste d’adresses IP autorisées est enregistrée vide : il n’y a aucune restriction.',
  'security.ip.lockedTitle': str`L’accès depuis ${0} est désormais refusé.`,
  'security.ip.lockedWhat':
    'La liste d’adresses IP autorisées que vous avez enregistrée n’inclut pas cette adresse : le serveur répond désormais à chaque requête venant d’ici « adresse IP non autorisée », et la connexion depuis ici échoue aussi.',
  'security.ip.lockedTodo':
    'Que faire : connectez-vous depuis l’une des adresses autorisées ; vous pourrez alors ajouter cette adresse à la liste. Si aucune n’est joignable, contactez l’assistance, qui vérifiera votre identité (avec votre code de sécurité) et pourra lever la restriction.',
  'security.ip.support': 'Contacter l’assistance',

  'security.code.label': 'Code de sécurité',
  'security.code.intro': 'Un code secret qui prouve votre identité lorsque vous contactez l’assistance.',
  'security.code.warning':
    'Le code de sécurité ne peut être défini qu’une seule fois. Ensuite, il ne peut plus jamais être consulté ni modifié, ni ici ni par l’assistance : notez-le en lieu sûr.',
  'security.code.hint': 'De 4 à 64 caractères.',
  'security.code.confirm': 'Code de sécurité, à nouveau',
  'security.code.submit': 'Définir le code de sécurité',
  'security.code.tooShort': '4 caractères au minimum.',
  'security.code.tooLong': '64 caractères au maximum.',
  'security.code.mismatch': 'Les deux saisies ne sont pas identiques.',
  'security.code.done':
    'Le code de sécurité est défini. Gardez-le en lieu sûr : personne ne pourra vous le montrer à nouveau.',
  'security.code.already': 'Un code de sécurité était déjà défini ; il ne peut pas être modifié.',
  'security.code.setBadge': 'Défini',
  'security.code.setOn': str`Défini le ${0}. Il ne peut être ni consulté ni modifié.`,
  'security.code.setUnknown': 'Défini. Il ne peut être ni consulté ni modifié.',

  'security.password.title': 'Mot de passe',
  'security.password.current': 'Mot de passe actuel',
  'security.password.new': 'Nouveau mot de passe',
  'security.password.confirm': 'Nouveau mot de passe, à nouveau',
  'security.password.hint': str`De ${0} à ${1} caractères, différent de votre identifiant.`,
  'security.password.submit': 'Changer le mot de passe',
  'security.password.tooShort': str`${0} caractères au minimum.`,
  'security.password.isLogin': 'Le mot de passe ne peut pas être votre identifiant.',
  'security.password.same': 'Le nouveau mot de passe est identique à l’actuel.',
  'security.password.mismatch': 'Les deux nouveaux mots de passe ne sont pas identiques.',
  'security.password.done': 'Votre mot de passe est changé. Vos autres sessions ont été déconnectées.',
  'security.password.wrongCurrent': 'Le mot de passe actuel n’est pas le bon.',
  'security.password.strength': str`Robustesse : ${0}`,
  'security.password.level0': 'trop court ou non autorisé',
  'security.password.level1': 'faible',
  'security.password.level2': 'moyenne',
  'security.password.level3': 'bonne',
  'security.password.level4': 'forte',
  'security.password.tip.short': str`Utilisez au moins ${0} caractères.`,
  'security.password.tip.long': str`Utilisez au plus ${0} caractères.`,
  'security.password.tip.isLogin': 'Il ne peut pas être votre identifiant.',
  'security.password.tip.hasLogin':
    'Il contient votre identifiant, la première chose qu’on essaie pour le deviner.',
  'security.password.tip.common': 'C’est l’un des mots de passe les plus utilisés.',
  'security.password.tip.runs':
    'Les répétitions et les suites de clavier ou d’alphabet se devinent facilement.',
  'security.password.tip.oneKind': 'Mélangez lettres, chiffres et symboles, ou allongez-le.',
  'security.password.tip.longer':
    'Plus long, c’est plus sûr : quelques mots sans rapport entre eux font un mot de passe facile à retenir et difficile à deviner.',

  'security.twoFactor.title': 'Authentification à deux facteurs',
  'security.twoFactor.onBadge': 'Activée',
  'security.twoFactor.offBadge': 'Désactivée',
  'security.twoFactor.onSince': str`La connexion demande un code de votre application d’authentification, depuis le ${0}.`,
  'security.twoFactor.on': 'La connexion demande un code de votre application d’authentification.',
  'security.twoFactor.off':
    'La connexion ne demande que votre mot de passe. Ajoutez une application d’authentification pour une seconde preuve.',
  'security.twoFactor.left': str`Codes de secours restants : ${0}.`,
  'security.twoFactor.fewLeft':
    'Il reste peu de codes de secours : générez-en de nouveaux avant d’en manquer.',
  'security.twoFactor.start': 'Configurer la double authentification',
  'security.twoFactor.regenerate': 'Nouveaux codes de secours',
  'security.twoFactor.disable': 'Désactiver la double authentification',
  'security.twoFactor.setupTitle': 'Configurez votre application d’authentification',
  'security.twoFactor.scan': 'Scannez ce QR code avec votre application d’authentification.',
  'security.twoFactor.qrAlt': 'QR code pour ajouter ce compte à une application d’authentification',
  'security.twoFactor.openLink': 'Ou ouvrez-le dans une application d’authentification de cet appareil',
  'security.twoFactor.typeKey':
    'Impossible de scanner ? Saisissez plutôt cette clé dans l’application (basée sur le temps, 6 chiffres) :',
  'security.twoFactor.codeLabel': 'Code affiché par l’application',
  'security.twoFactor.enable': 'Activer la double authentification',
  'security.twoFactor.wrongCode':
    'Ce code n’est pas le bon : vérifiez l’heure de votre téléphone, puis saisissez le code actuel.',
  'security.twoFactor.wrongPassword': 'Ce mot de passe n’est pas le bon.',
  'security.twoFactor.codesTitle': 'Vos codes de secours',
  'security.twoFactor.codesWarning':
    'Conservez ces codes maintenant, ailleurs que sur votre téléphone : ils ne sont affichés que cette fois. Chacun permet une connexion si vous perdez l’application d’authentification.',
  'security.twoFactor.copy': 'Copier',
  'security.twoFactor.download': 'Télécharger',
  'security.twoFactor.stored': 'Je les ai conservés',
  'security.twoFactor.fileHeader':
    'Codes de secours Introserv. Chacun remplace une fois un code d’application d’authentification.',
  'security.twoFactor.copied': 'Les codes sont copiés.',
  'security.twoFactor.copyFailed':
    'Cette page ne peut pas utiliser le presse-papiers : les codes sont sélectionnés, appuyez sur Ctrl+C (⌘C sur un Mac), ou téléchargez-les.',
  'security.twoFactor.disableExplain':
    'La connexion ne demandera plus que votre mot de passe, et les codes de secours cesseront de fonctionner.',
  'security.twoFactor.confirmDisable': 'Désactiver',
  'security.twoFactor.disabled': 'La double authentification est désactivée.',
  'security.twoFactor.regenerateExplain':
    'Vous recevez 10 nouveaux codes ; ceux que vous avez cessent aussitôt de fonctionner.',
  'security.twoFactor.confirmRegenerate': 'Générer de nouveaux codes',

  'security.title': 'Sécurité',
  'security.login': 'Identifiant de facturation',
  'security.loginReadOnly': 'Il ne peut pas être modifié.',
  'security.lastSignIn': 'Dernière connexion',
  'security.lastSignInNone': 'Aucune avant cette session.',
  'security.passwordChangedAt': 'Dernier changement du mot de passe',
  'security.passwordNever': 'Jamais changé ici.',
  'security.call.title': 'Vérification par appel',
  'security.call.explain':
    'Introserv appelle le numéro de téléphone de votre profil ; vous n’avez pas besoin de répondre. Saisissez les quatre derniers chiffres du numéro appelant. Sur une ligne fixe, décrochez pour entendre un robot prononcer un code à quatre chiffres. Si l’appel n’arrive pas, une deuxième passerelle est disponible ; si aucune ne fonctionne, contactez l’assistance.',
  'security.call.start': 'Vérifier par appel',
};
