// Local aids of the fictional commune of the demo, "Belleville-sur-Marne" (INSEE code of Créteil, 94028,
// used for tests only). The same content is published as packages/rules/examples/local-aids-belleville.json
// for the demo site; a test keeps both identical.
import type { LocalAidInput } from './schema.js';

export const BELLEVILLE_COMMUNE = '94028';

export const BELLEVILLE_LOCAL_AIDS: {
  $schema?: string;
  format: 1;
  source: string;
  publisher: string;
  updatedOn: string;
  aids: LocalAidInput[];
} = {
  $schema: './local-aids.schema.json',
  format: 1,
  source: 'belleville-sur-marne',
  publisher: 'CCAS de Belleville-sur-Marne',
  updatedOn: '2026-11-01',
  aids: [
    {
      id: 'rentree-scolaire',
      label: 'Aide communale à la rentrée scolaire',
      description: 'Une somme par famille pour acheter les fournitures des enfants de 3 à 18 ans.',
      theme: 'famille',
      amount: { value: 80, per: 'once' },
      conditions: {
        communes: ['94028'],
        household: { minChildren: 1, childAge: { min: 3, max: 18 } },
        quotientFamilial: { max: 800 },
      },
      procedure: {
        text: 'Déposez le formulaire à l’accueil du CCAS entre le 1er juillet et le 30 septembre.',
      },
      papers: ['Votre attestation de quotient familial de la CAF', 'Un justificatif de domicile'],
      contact: {
        name: 'CCAS de Belleville-sur-Marne',
        phone: '01 99 00 12 34',
        address: '1 place de la Mairie, 94000 Belleville-sur-Marne',
        hours: 'Du lundi au vendredi, de 9 h à 12 h et de 14 h à 17 h',
      },
    },
    {
      id: 'energie',
      label: 'Aide aux factures d’énergie',
      description: 'Une aide pour payer une facture d’électricité ou de gaz que vous avez du mal à régler.',
      theme: 'logement',
      amount: { value: 150, per: 'once', upTo: true },
      conditions: {
        communes: ['94028'],
        resourcesPerConsumptionUnit: { max: 1000 },
        housingStatus: ['tenant', 'social_tenant', 'owner', 'owner_with_loan'],
      },
      procedure: { text: 'Prenez rendez-vous avec une travailleuse sociale du CCAS.' },
      papers: ['La facture impayée', 'Vos trois derniers justificatifs de ressources'],
      contact: { name: 'CCAS de Belleville-sur-Marne', phone: '01 99 00 12 34' },
    },
    {
      id: 'epicerie-solidaire',
      label: 'Accès à l’épicerie solidaire',
      description: 'Des courses à petit prix à l’épicerie solidaire, pendant trois mois renouvelables.',
      theme: 'ressources',
      amount: null,
      conditions: { communes: ['94028'], receivingAnyOf: ['rsa', 'ass', 'aah', 'aspa'] },
      procedure: { text: 'Demandez une orientation au CCAS ou à votre référent RSA.' },
      contact: {
        name: 'Épicerie solidaire La Passerelle',
        phone: '01 99 00 56 78',
        address: '12 rue des Tilleuls, 94000 Belleville-sur-Marne',
      },
    },
    {
      id: 'coup-de-pouce-jeunes',
      label: 'Coup de pouce jeunes',
      description: 'Une aide pour le permis de conduire, une formation ou un premier équipement de travail.',
      theme: 'emploi',
      amount: { value: 300, per: 'once', upTo: true },
      conditions: {
        communes: ['94028'],
        age: { min: 18, max: 25 },
        resourcesPerConsumptionUnit: { max: 1100 },
      },
      procedure: {
        text: 'Parlez-en à votre conseiller de la Mission locale, qui monte le dossier avec vous.',
      },
      contact: { name: 'Mission locale de Belleville-sur-Marne', phone: '01 99 00 34 56' },
    },
    {
      id: 'transport-solidaire',
      label: 'Tarif solidaire des transports',
      description: 'La commune rembourse la moitié de votre abonnement de transport en commun.',
      theme: 'transport',
      amount: null,
      conditions: { epcis: ['200054781'], resourcesPerConsumptionUnit: { max: 1200 } },
      procedure: {
        text: 'Envoyez votre abonnement et vos justificatifs au CCAS, par courrier ou sur place.',
      },
      contact: { name: 'CCAS de Belleville-sur-Marne', phone: '01 99 00 12 34' },
    },
    {
      id: 'colis-seniors',
      label: 'Colis de fin d’année des aînés',
      description: 'Un colis offert en décembre aux habitants de 70 ans et plus.',
      theme: 'ressources',
      amount: null,
      conditions: { communes: ['94028'], age: { min: 70, who: 'any_adult' } },
      validFrom: '2026-10-01',
      validUntil: '2026-12-31',
      procedure: { text: 'Inscrivez-vous à l’accueil de la mairie ; le colis est remis à la mi-décembre.' },
      contact: { name: 'Mairie de Belleville-sur-Marne', phone: '01 99 00 00 00' },
    },
    {
      id: 'handicap-loisirs',
      label: 'Aide aux loisirs des personnes handicapées',
      description: 'Une participation aux frais d’une activité de loisir ou de sport adapté.',
      theme: 'sante',
      amount: { value: 100, per: 'year', upTo: true },
      conditions: { communes: ['94028'], disabilityRateAtLeast: 50 },
      procedure: { text: 'Déposez la demande au CCAS avec la facture de l’activité.' },
      papers: ['La décision de la MDPH'],
      contact: { name: 'CCAS de Belleville-sur-Marne', phone: '01 99 00 12 34' },
    },
  ],
};
