// Families and children: allocations familiales, complément familial, ARS, PAJE, ASF, school grants,
// Pass'Sport. Facts from the service-public.fr pages in officialUrl (checked 2026-11-24). Family amounts
// are the BMAF times the legal rate, as service-public.fr shows them.
// Loaded on demand by loadExplanation('bourse_lycee'); its title is in ../catalog.ts, so that the list of rights
// stays light.
import type { RightBody } from '../types.js';

const DRAFT = { state: 'brouillon' } as const;

const body: RightBody = {
  id: 'bourse_lycee',
  officialUrl: 'https://www.service-public.fr/particuliers/vosdroits/F616',
  fr: {
    status: DRAFT,
    sections: {
      quoi: `La bourse de lycée est de l'argent pour les élèves du lycée.
Elle aide les familles qui ont de petits revenus.`,
      qui: `Vous pouvez avoir la bourse si :
- votre enfant va au lycée,
- vos revenus sont assez petits.
Le nombre d'enfants compte aussi.`,
      combien: `Il y a 6 niveaux de bourse.
Le montant va de {montant:bmaf*bourse_lycee.montant.echelon_1} à {montant:bmaf*bourse_lycee.montant.echelon_6} par an.
Le lycée paie la bourse en 3 fois dans l'année.`,
      comment: `Faites la demande au printemps, pour l'année suivante.
Vous pouvez aussi la faire à la rentrée.
Faites-la sur internet avec Scolarité services.
Vous pouvez aussi donner un formulaire papier au lycée.`,
      aide: `Le secrétariat du lycée peut vous aider.
L'assistante sociale du lycée peut aussi vous aider.`,
    },
  },
  en: {
    status: DRAFT,
    sections: {
      quoi: `The high school grant is money for pupils at lycée.
It helps families with a low income.`,
      qui: `You can get the grant if:
- your child goes to lycée,
- your income is low enough.
The number of children also counts.`,
      combien: `There are 6 levels of grant.
The amount is from {montant:bmaf*bourse_lycee.montant.echelon_1} to {montant:bmaf*bourse_lycee.montant.echelon_6} a year.
The school pays the grant in 3 parts during the year.`,
      comment: `Ask in the spring, for the next school year.
You can also ask at the start of the school year.
Ask online with Scolarité services.
You can also give a paper form to the school.`,
      aide: `The school office can help you.
The school social worker can also help you.`,
    },
  },
};

export default body;
