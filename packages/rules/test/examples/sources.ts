// Official references quoted by the examples (checked 2026-11-24). Légifrance links are the references
// stored in the metadata of the matching OpenFisca-France parameter files (facts of law, not code).
export const CHECKED = 'vérifié le 2026-11-24';

export const SRC = {
  rsa: {
    sp: 'https://www.service-public.fr/particuliers/vosdroits/F19778',
    montant2025:
      'Décret n° 2025-293 du 29 mars 2025, art. 1 https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000051393086',
    montant2026:
      'Décret n° 2026-220 du 30 mars 2026, art. 1 https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053733826',
    forfaitLogement: 'art. R262-9 CASF https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000020526192',
    conditions: 'art. L262-4 CASF https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000031087751',
  },
  ppa: {
    sp: 'https://www.service-public.fr/particuliers/vosdroits/F2882',
    montant2025:
      'Décret n° 2025-294 du 29 mars 2025 https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000051393100',
    montant2024:
      'Décret n° 2024-403 du 1er mai 2024 https://www.legifrance.gouv.fr/jorf/article_jo/JORFARTI000049490767',
    bonification: 'art. D843-2 CSS https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037873473',
    tauxActivite: 'art. D843-3 CSS https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037462909',
    calcul: 'art. L842-3 CSS https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037994814',
  },
  css: {
    sp: 'https://www.service-public.fr/particuliers/vosdroits/F10027',
    plafond: 'art. L861-1 CSS https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000037950247',
    plafond2024: 'Arrêté du 26 mars 2024 https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000049339291',
    participation:
      'arrêté du 29 décembre 2023, art. 1 (participation mensuelle selon l’âge au 1er janvier : 8 € jusqu’à 29 ans, 14 € de 30 à 49 ans, 21 € de 50 à 59 ans, 25 € de 60 à 69 ans, 30 € à partir de 70 ans), art. L861-11 CSS',
    plafond2025:
      'plafonds au 1er avril 2025 : 1 personne 10 339 € (gratuite) / 13 957 € (participative), 4 personnes 21 711 € / 29 311 € https://efl.fr/chiffres-taux/complementaire-sante-solidaire-conditions-ressources_CT_7129ce118f6c6dd185e1e33e846b593435cbcf61',
  },
  famille: {
    bmaf2025:
      'BMAF 474,37 € au 1er avril 2025, Instruction DSS/2A/2C/2025/32 du 7 mars 2025 https://sante.gouv.fr/fichiers/bo/2025/2025.6.sante.pdf#page=9',
    bmaf2024:
      'BMAF 466,44 € au 1er avril 2024, Instruction DSS/2B/2024/43 du 20 mars 2024 https://sante.gouv.fr/fichiers/bo/2024/2024.6.sante.pdf#page=84',
    bmaf2026:
      'BMAF 478,16 € au 1er avril 2026, Instruction DSS/2A/2026/36 du 26 mars 2026 (bulletins-officiels.social.gouv.fr)',
    plafonds2025:
      'plafonds 2025, Instruction DSS/2B/2024/181 du 20/12/2024, BO Santé-Protection sociale 2024/34 https://sante.gouv.fr/fichiers/bo/2024/2024.34.sante.pdf',
    af: 'https://www.service-public.fr/particuliers/vosdroits/F13213',
    afTaux: 'art. D521-1 CSS (32 % / 41 % / 16 % BMAF) et D521-3 (modulation)',
    afAge2026:
      'Décret n° 2026-138 du 27 février 2026 (majoration pour âge à 18 ans) https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000053594174',
    cf: 'https://www.service-public.fr/particuliers/vosdroits/F13214',
    ars: 'https://www.service-public.fr/particuliers/vosdroits/F1878',
    arsTaux: 'art. D543-1 CSS https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000026087214',
    arsPlafond2025:
      'art. L543-1 CSS et arrêté du 20/12/2024 https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000050842452',
    paje: 'https://www.service-public.fr/particuliers/vosdroits/F2552',
    pajePlafond2025:
      'art. L531-3 CSS et arrêté du 20/12/2024, art. 1 https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000050842452',
    asf: 'https://www.service-public.fr/particuliers/vosdroits/F815',
    asfTaux:
      'art. R523-7 CSS (42,2 % BMAF) https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000046498993',
    crds: 'CRDS 0,5 % (ordonnance 96-50 art. 14) ; arrondi des montants publiés : montant brut arrondi au centime, CRDS tronquée au centime (AF avril 2023 publiées par la MSA : 141,99 / 323,91 / majoration 71,00 / tranche 3 35,50 € https://sudaquitaine.msa.fr/lfp/famille/allocations-familiales ; ARS 2025 : 423,48 / 446,85 / 462,33 €)',
    msaAf2023:
      'MSA, « Les allocations familiales », montants nets au 1er avril 2023 (mis à jour le 17/01/2024) https://sudaquitaine.msa.fr/lfp/famille/allocations-familiales',
  },
  aah: {
    sp: 'https://www.service-public.fr/particuliers/vosdroits/F12242',
    montant2025:
      'Décret n° 2025-297 du 29 mars 2025 https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000051393142',
    couple:
      'art. D821-2 CSS (plafond couple +81 %) https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000039211076',
    deconjugalisation:
      'loi 2022-1158 du 16 août 2022, art. 10 (déconjugalisation au 1er octobre 2023) et décret 2023-360 du 11 mai 2023',
  },
  aspa: {
    sp: 'https://www.service-public.fr/particuliers/vosdroits/F16871',
    montant2025:
      'Circulaire Cnav 2024-39 du 23/12/2024 https://legislation.lassuranceretraite.fr/Pdf/circulaire_cnav_2024_39_23122024.pdf',
    sejour:
      'art. L816-1 CSS (titre de séjour depuis 10 ans) https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000042920144',
  },
  ass: {
    sp: 'https://www.service-public.fr/particuliers/vosdroits/F12484',
    montant2025:
      'Décret n° 2025-302 du 31 mars 2025 https://www.legifrance.gouv.fr/loda/article_lc/LEGIARTI000051403128',
    plafond:
      'art. R5423-1 code du travail (70 / 110 × montant journalier) https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000018525084',
    conditions: 'art. R5423-1 code du travail (5 ans d’activité dans les 10 ans précédant la fin du contrat)',
  },
  chequeEnergie: {
    site: 'https://chequeenergie.gouv.fr/beneficiaire/informations/calcul',
    bareme2019:
      'Arrêté du 26 décembre 2018 https://www.legifrance.gouv.fr/eli/arrete/2018/12/26/TRER1832961A/jo/texte',
    seuil2021:
      'Arrêté du 24 février 2021 (seuil 10 800 €/UC) https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000043178875/',
    uc: 'art. R124-2 code de l’énergie (1 UC + 0,5 + 0,3 par personne supplémentaire)',
  },
  bourses: {
    college: 'https://www.service-public.fr/particuliers/vosdroits/F984',
    lycee: 'https://www.service-public.fr/particuliers/vosdroits/F616',
    college2024:
      'barème rentrée 2024 (arrêté annuel, Bulletin officiel de l’éducation nationale) : 114 / 315 / 495 € par an ; plafonds 1 enfant 17 927 / 9 691 / 3 419 €, relevés sur https://www.centrepresseaveyron.fr/2024/05/25/bourses-de-college-et-de-lycee-quels-sont-les-montants-pour-lannee-scolaire-2024-2025-11971819.php',
    lycee2024:
      'barème rentrée 2024 : échelons 474 / 582 / 687 / 792 / 897 / 1 008 € par an ; plafond échelon 1 pour 1 enfant 21 370 €, relevés sur https://vivreaulycee.fr/lyceen-comment-demander-les-bourses et https://www.formation-et-cours.com/les-bourses-de-lycee-en-2024-2025/',
    collegeRegle:
      'art. D531-4 à D531-8 code de l’éducation https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000034629530',
  },
  logement: {
    sp: 'https://www.service-public.fr/particuliers/vosdroits/F12006',
  },
} as const;
