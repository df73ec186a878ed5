// Duties that come with a right (issue 15): what the person must do once the right is open, in plain
// French, with the legal source. Apart from ./details.ts so that a widget loads them only where it shows
// them ('@passerelle/rules/catalogue': RIGHT_DUTIES, getRightDuties, and listCatalogue's entries).
import { SP } from './common.js';
import type { RightDuty, RightId } from './types.js';

export const PLEIN_EMPLOI = 'Loi n° 2023-1196 du 18 décembre 2023 pour le plein emploi';

export const RIGHT_DUTIES: Readonly<Partial<Record<RightId, readonly RightDuty[]>>> = {
  rsa: [
    {
      text: 'Dès la demande, vous êtes inscrit à France Travail, vous et votre conjoint ou conjointe, sans démarche (depuis le 1er janvier 2025).',
      source: `${PLEIN_EMPLOI} ; code du travail, art. L5411-5-1`,
    },
    {
      text: 'Vous signez un contrat d’engagement avec votre référent (France Travail, département, mission locale ou Cap emploi) : il dit ce que vous ferez pour aller vers l’emploi.',
      source: 'Code de l’action sociale et des familles, art. L262-34 ; code du travail, art. L5411-6',
    },
    {
      text: 'Le contrat prévoit en général 15 heures d’activités par semaine (formation, stage, démarches, ateliers). Ce temps est réduit ou supprimé si votre santé, un handicap ou la garde d’un enfant l’exige.',
      source: `${PLEIN_EMPLOI}, art. 2 ; code du travail, art. L5411-6-1`,
    },
    {
      text: 'Si vous ne respectez pas le contrat sans raison valable, le RSA peut être suspendu en partie. Les sommes sont rendues si vous reprenez vos engagements dans les 3 mois.',
      source: 'Code de l’action sociale et des familles, art. L262-37',
    },
    {
      text: 'Avant une sanction, vous recevez un courrier et pouvez vous expliquer. Pour contester, écrivez d’abord au président du conseil départemental (dans les 2 mois), puis au tribunal administratif. Le CCAS, une association ou un point-justice peut vous aider.',
      source: 'Code de l’action sociale et des familles, art. L262-47',
    },
    {
      text: 'Déclarez vos ressources tous les 3 mois et tout changement (vie en couple, naissance, déménagement).',
      source: `${SP}F19778`,
    },
  ],
  ppa: [
    {
      text: 'Déclarez vos ressources tous les 3 mois sur caf.fr : sans déclaration, la prime s’arrête.',
      source: `${SP}F2882`,
    },
  ],
  ass: [
    {
      text: 'Restez inscrit à France Travail, actualisez-vous chaque mois et cherchez un emploi.',
      source: 'Code du travail, art. L5423-1 et L5426-1',
    },
    {
      text: 'Le droit est revu tous les 6 mois : renvoyez l’attestation de ressources à temps.',
      source: `${SP}F12484`,
    },
  ],
  cej: [
    {
      text: 'Suivez le programme prévu avec votre conseiller (15 à 20 heures par semaine au moins). Une absence sans justification peut réduire ou suspendre l’allocation.',
      source: `Code du travail, art. L5131-6 ; ${SP}F32700`,
    },
  ],
  aah: [
    {
      text: 'L’AAH est accordée pour une durée limitée (souvent 1 à 5 ans ; à vie quand le handicap ne peut pas s’améliorer, avec 80 % ou plus). Redemandez-la à la MDPH au moins 6 mois avant la fin.',
      source: `Code de la sécurité sociale, art. R821-5 ; ${SP}F12242`,
    },
    {
      text: 'Si vous travaillez, déclarez vos revenus tous les 3 mois à la CAF.',
      source: `${SP}F12242`,
    },
  ],
  css: [
    {
      text: 'La CSS est accordée pour un an : redemandez-la 2 mois avant la fin (elle est renouvelée sans demande avec le RSA).',
      source: `${SP}F10027`,
    },
  ],
  aspa: [
    {
      text: 'Déclarez tout changement de ressources ou de situation. Après le décès, l’ASPA versée peut être reprise sur l’héritage au-delà d’un seuil.',
      source: `${SP}F16871`,
    },
  ],
  aide_logement: [
    {
      text: 'Déclarez tout changement (revenus, personnes au foyer, déménagement) : l’aide est recalculée tous les 3 mois.',
      source: `${SP}F12006`,
    },
  ],
  logement_social: [
    {
      text: 'Renouvelez la demande chaque année avant sa date anniversaire, sinon elle est annulée.',
      source: `${SP}F869`,
    },
  ],
  inscription_france_travail: [
    {
      text: 'Actualisez-vous chaque mois, allez aux rendez-vous et faites les démarches prévues dans votre contrat d’engagement.',
      source: `${PLEIN_EMPLOI} ; code du travail, art. L5411-6`,
    },
  ],
  are: [
    {
      text: 'Actualisez-vous chaque mois et faites les démarches prévues avec votre conseiller ; en cas de manquement, l’allocation peut être réduite ou supprimée. Vous pouvez contester auprès du médiateur de France Travail.',
      source: 'Code du travail, art. L5426-2',
    },
  ],
  asi: [
    {
      text: 'Déclarez à votre caisse tout changement de ressources ou de situation (vie en couple, travail).',
      source:
        'https://www.ameli.fr/assure/droits-demarches/invalidite-handicap/invalidite/allocation-supplementaire-invalidite-asi',
    },
  ],
  allocation_veuvage: [
    {
      text: 'Demandez-la dans les 2 ans après le décès. Déclarez un remariage, un Pacs ou une vie en couple : l’allocation s’arrête.',
      source: 'Code de la sécurité sociale, art. L356-1 à L356-4',
    },
  ],
  domiciliation: [
    {
      text: 'L’adresse est valable un an et se renouvelle. Passez ou appelez au moins une fois tous les 3 mois pour la garder.',
      source: `${SP}F17317`,
    },
  ],
  cir: [
    {
      text: 'Le contrat est obligatoire pour obtenir ensuite une carte de séjour de plusieurs années : suivez les cours et la formation prévus.',
      source: 'Code de l’entrée et du séjour des étrangers et du droit d’asile, art. L413-2',
    },
  ],
  garantie_visale: [
    {
      text: 'Si Visale paie le propriétaire à votre place, vous devez rembourser Action Logement (un échéancier est possible).',
      source: 'https://www.visale.fr/',
    },
  ],
  avance_loca_pass: [
    {
      text: 'Remboursez le prêt au moins 20 € par mois, en 25 mois au plus.',
      source: 'https://www.actionlogement.fr/',
    },
  ],
};

/** How a payment arrives, in plain French (with RIGHT_DETAILS' `payment`: see listCatalogue). */
export const PAYMENT_NOTES: Readonly<Partial<Record<RightId, string>>> = {
  css: 'Pas d’argent versé : vos soins sont payés. La CSS participative coûte une petite somme chaque mois.',
  aide_logement: 'Versée chaque mois, parfois directement au propriétaire.',
  ars: 'Versée une fois, fin août.',
  cheque_energie: 'Envoyé une fois par an (en 2025, à partir de novembre).',
  bourse_college: 'Versée en 3 fois dans l’année scolaire.',
  bourse_lycee: 'Versée en 3 fois dans l’année scolaire.',
  ame: 'Pas d’argent versé : vos soins sont payés.',
  puma: 'Pas d’argent versé : vos soins sont remboursés.',
  pch: 'Versée chaque mois ou sur facture, selon le plan d’aide.',
  apa: 'Versée chaque mois, souvent directement au service d’aide à domicile.',
  fsl: 'Aide ou prêt payé directement au propriétaire ou au fournisseur.',
  cej: 'Une allocation chaque mois pendant le contrat, selon les ressources.',
  pass_sport: 'Une réduction sur l’inscription au club, une fois par saison.',
  aide_juridictionnelle: 'Les frais d’avocat et de justice sont payés à votre place.',
  prime_naissance: 'Versée une fois, au 7e mois de grossesse.',
  conge_naissance: 'Des indemnités pendant 1 ou 2 mois.',
  ajpp: 'Chaque mois, pour les jours de congé pris (22 par mois au plus).',
  aripa: 'La pension alimentaire passe par la CAF : ce n’est pas une aide en plus.',
  bourse_crous: 'Versée en 10 mensualités, de septembre à juin.',
  prime_noel: 'Versée une fois, mi-décembre, sans démarche.',
  aide_menagere: 'Des heures d’aide payées au service d’aide à domicile.',
  garantie_visale: 'Une caution : rien n’est versé, sauf au propriétaire en cas d’impayé.',
  avance_loca_pass: 'Un prêt à rembourser, versé au propriétaire.',
  aide_permis_apprenti: 'Versée une fois, à l’auto-école ou à vous.',
};
