// Every string <passerelle-partner-finder> shows, in French; English and Arabic are fetched on first use.
import { NEED_LABELS, PARTNER_TYPE_LABELS, type PartnerType } from '@passerelle/partners/browser';
import { defineMessages, type MessageTable, type PluralMessage } from '../i18n/messages.js';

/** Ids of the "Pour qui ?" filter (data·inclusion `publics`); '' is everyone. */
export const PUBLICS = [
  '',
  'jeunes',
  'familles',
  'seniors',
  'personnes-en-situation-de-handicap',
  'femmes',
  'demandeurs-emploi',
] as const;
export type PublicId = (typeof PUBLICS)[number];

type Keyed<P extends string, K extends string> = Record<`${P}.${K}`, string>;
export type NeedId = keyof typeof NEED_LABELS;

// Type and need labels: French from @passerelle/partners (one source), the other languages in their tables.
const typeLabels = (form: 'one' | 'many') =>
  Object.fromEntries(
    Object.entries(PARTNER_TYPE_LABELS).map(([t, l]) => [
      `${form === 'one' ? 'type' : 'types'}.${t}`,
      l[form],
    ]),
  );

const fr = {
  title: 'Trouver de l’aide près de chez vous',
  sampleBadge: "Données d'exemple",
  sampleNote: 'Ces lieux servent à la démonstration : vérifiez avant de vous déplacer.',
  noSource: 'La liste des lieux n’est pas configurée sur ce site.',
  loadFailed: 'La liste des lieux n’a pas pu être chargée ({reason}). Réessayez plus tard.',
  reasonHttp: 'erreur {status}',
  reasonJson: 'le fichier n’est pas du JSON valide',
  reasonTimeout: 'le serveur n’a pas répondu à temps',
  reasonNetwork: 'pas de connexion',
  communesFailed: 'La liste des communes n’a pas pu être chargée ({reason}). Réessayez dans un instant.',
  shardUnreadable: 'Un fichier de lieux est illisible : ses lieux ne sont pas affichés.',
  badPlaces: {
    one: '{count} lieu mal décrit a été ignoré.',
    other: '{count} lieux mal décrits ont été ignorés.',
  },
  shardFailed: 'Une partie des lieux n’a pas pu être chargée ({reason}). Les autres lieux sont affichés.',
  communeUnknown: 'La commune « {commune} » est introuvable. Choisissez-la dans la liste.',
  communeNoPosition: 'Nous ne connaissons pas la position de {commune}. Choisissez une commune voisine.',
  communeMissing: 'Choisissez votre commune dans la liste, ou utilisez votre position.',
  formatFormerName: 'anciennement {name}',
  geoSearching: 'Recherche de votre position…',
  geoFound: 'Position trouvée. Elle reste sur cet appareil.',
  geoDenied: 'Vous n’avez pas autorisé la position. Tapez votre commune.',
  geoFailed: 'Votre position n’a pas pu être trouvée. Tapez votre commune.',
  geoHint: 'Seulement si vous le voulez. Votre position reste sur cet appareil.',
  yourPosition: 'votre position',
  yourPositionNear: 'votre position (près de {commune})',
  searching: 'Recherche en cours…',
  noResult:
    'Aucun lieu trouvé à moins de {radius} de {place}. Essayez un autre besoin, moins de filtres ou une plus grande distance.',
  found: {
    one: '{count} lieu trouvé à moins de {radius} de {place}.',
    other: '{count} lieux trouvés à moins de {radius} de {place}.',
  },
  foundRemote: {
    one: '{count} lieu trouvé à moins de {radius} de {place}, dont {remote} à distance.',
    other: '{count} lieux trouvés à moins de {radius} de {place}, dont {remote} à distance.',
  },
  formLabel: 'Recherche de lieux',
  needLabel: 'De quoi avez-vous besoin ?',
  needAll: 'Tous les besoins',
  needForRight: 'Lieux utiles pour votre démarche',
  wordsLabel: 'Ou tapez un mot (facultatif)',
  wordsHint: 'Par exemple : APL, mutuelle, papiers, internet.',
  communeLabel: 'Votre commune ou votre code postal',
  communeHint: 'Par exemple : Créteil ou 94000. Choisissez dans la liste.',
  useLocation: 'Utiliser ma position',
  radiusLabel: 'Distance maximale',
  filtersLabel: 'Seulement les lieux…',
  filterOpenNow: 'ouverts maintenant',
  filterOpenToday: 'ouverts aujourd’hui',
  filterFree: 'gratuits',
  modeLabel: 'Comment être aidé ?',
  modeAll: 'Sur place ou à distance',
  modeOnSite: 'Sur place',
  modeRemote: 'À distance (téléphone, internet)',
  publicLabel: 'Pour qui ?',
  'public.': 'Tout le monde',
  'public.jeunes': 'Jeunes',
  'public.familles': 'Familles',
  'public.seniors': 'Personnes âgées',
  'public.personnes-en-situation-de-handicap': 'Personnes en situation de handicap',
  'public.femmes': 'Femmes',
  'public.demandeurs-emploi': 'Demandeurs d’emploi',
  search: 'Rechercher',
  searchBusy: 'Recherche…',
  results: 'Résultats',
  remoteTitle: 'À distance : par téléphone ou sur internet ({count})',
  showMore: 'Voir les {count} autres',
  seeDetail: ' : voir le détail',
  lessThanOneKm: 'moins de 1 km',
  kilometres: '{km}\u202fkm',
  hoursLead: 'Horaires : ',
  phonePrefix: 'Téléphone : ',
  stale: 'Informations de plus de deux ans : appelez avant de vous déplacer.',
  contactEmail: 'E-mail : {value}',
  contactWebsite: 'Site : {value}',
  address: 'Adresse',
  approximate: 'Position approximative (centre de la commune) : la distance est indicative.',
  hours: 'Horaires',
  phone: 'Téléphone',
  email: 'E-mail',
  website: 'Site internet',
  newWindow: ' (nouvelle fenêtre)',
  appointment: 'Rendez-vous',
  bookAppointment: 'Prendre rendez-vous',
  accessibility: 'Accessibilité',
  accessibilitySheet: 'Fiche d’accessibilité',
  price: 'Prix',
  free: 'Gratuit',
  paid: 'Payant',
  remote: 'À distance',
  remoteHelp: 'Aide possible par téléphone ou sur internet.',
  updated: 'Mise à jour',
  updatedOn: 'Informations du {date}',
  updatedUnknown: 'Date inconnue',
  source: 'source',
  route: 'Itinéraire',
  routeTo: ' vers {name} (OpenStreetMap, nouvelle fenêtre)',
  copy: 'Copier les coordonnées',
  copied: 'Les coordonnées sont copiées.',
  copyFailed: 'La copie n’a pas marché : sélectionnez le texte à la main.',
  print: 'Imprimer',
  backToList: 'Retour à la liste',
  creditsLead: 'Sources : ',
  ...(typeLabels('one') as Keyed<'type', PartnerType>),
  ...(typeLabels('many') as Keyed<'types', PartnerType>),
  ...(Object.fromEntries(Object.entries(NEED_LABELS).map(([id, l]) => [`need.${id}`, l])) as Keyed<
    'need',
    NeedId
  >),
} satisfies MessageTable;

/**
 * Opening-hours wording in English and Arabic. French has no entry here: the French wording is the one
 * @passerelle/partners writes (one French source, and no second copy in every French page).
 */
export const HOURS_KEYS = [
  'hoursAlways',
  'hoursOpenUntil',
  'hoursOpenUntilDay',
  'hoursHolidays',
  'hoursCheck',
  'hoursCheckComment',
  'hoursOpens',
  'hoursOpensTomorrow',
  'hoursOpensDay',
  'hoursMaybeOpens',
  'hoursMaybeOpensTomorrow',
  'hoursMaybeOpensDay',
  'hoursClosed',
  'hoursRange',
  'hoursRangeCheck',
  'hoursDayCheck',
  'hoursDayCheckComment',
  'hoursDay',
] as const;
export type HoursKey = (typeof HOURS_KEYS)[number];
/** The opening-hours part of the finder's table (the fiche de liaison words its places' hours with it). */
export type HoursTable = Record<HoursKey, string>;

export type FinderTable = typeof fr &
  Record<'badPlaces' | 'found' | 'foundRemote', PluralMessage> &
  Record<HoursKey, string>;

export const finderMessages = defineMessages<FinderTable>({
  fr: fr as FinderTable,
  en: () => import('./messages.en.js'),
  ar: () => import('./messages.ar.js'),
  pt: () => import('./messages.pt.js'),
  tr: () => import('./messages.tr.js'),
  uk: () => import('./messages.uk.js'),
});
