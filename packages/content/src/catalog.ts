// The rights that have an explanation, with their titles: all that a list of rights needs. The texts are
// in ./rights/<id>.ts, loaded one by one (see lazy.ts), so that a widget showing the list stays light.
import type { RightEntry } from './types.js';

export const CONTENT_INDEX: readonly RightEntry[] = [
  // Money to live on
  {
    id: 'rsa',
    title: {
      fr: 'Le revenu de solidarité active (RSA)',
      en: 'RSA (income support)',
      ar: 'دخل التضامن النشط (RSA)',
    },
  },
  {
    id: 'ppa',
    title: {
      fr: "La prime d'activité",
      en: 'Prime d’activité (in-work top-up)',
      ar: 'منحة النشاط (prime d’activité)',
    },
  },
  {
    id: 'ass',
    title: {
      fr: "L'allocation de solidarité spécifique (ASS)",
      en: 'ASS (job seeker support)',
      ar: 'منحة التضامن الخاصة (ASS)',
    },
  },
  {
    id: 'aspa',
    title: {
      fr: "L'allocation de solidarité aux personnes âgées (ASPA)",
      en: 'ASPA (pension top-up for older people)',
      ar: 'منحة التضامن لكبار السن (ASPA)',
    },
  },
  {
    id: 'cheque_energie',
    title: {
      fr: 'Le chèque énergie',
      en: 'Energy cheque (chèque énergie)',
      ar: 'شيك الطاقة (chèque énergie)',
    },
  },
  // Families and children
  {
    id: 'af',
    title: {
      fr: 'Les allocations familiales',
      en: 'Family allowance (allocations familiales)',
      ar: 'المنح العائلية (allocations familiales)',
    },
  },
  {
    id: 'cf',
    title: {
      fr: 'Le complément familial',
      en: 'Family supplement (complément familial)',
      ar: 'المكمل العائلي (complément familial)',
    },
  },
  {
    id: 'ars',
    title: {
      fr: "L'allocation de rentrée scolaire (ARS)",
      en: 'Back-to-school allowance (ARS)',
      ar: 'منحة الدخول المدرسي (ARS)',
    },
  },
  {
    id: 'paje_base',
    title: {
      fr: "L'allocation de base de la PAJE",
      en: 'PAJE basic allowance (for young children)',
      ar: 'المنحة الأساسية للأطفال الصغار (PAJE)',
    },
  },
  {
    id: 'asf',
    title: {
      fr: "L'allocation de soutien familial (ASF)",
      en: 'Family support allowance (ASF)',
      ar: 'منحة الدعم العائلي (ASF)',
    },
  },
  {
    id: 'bourse_college',
    title: {
      fr: 'La bourse de collège',
      en: 'Secondary school grant (collège)',
      ar: 'منحة الإعدادي (collège)',
    },
  },
  {
    id: 'bourse_lycee',
    title: { fr: 'La bourse de lycée', en: 'High school grant (lycée)', ar: 'منحة الثانوي (lycée)' },
  },
  {
    id: 'pass_sport',
    title: {
      fr: "Le Pass'Sport",
      en: "Pass'Sport (money for a sports club)",
      ar: 'Pass’Sport (مال لنادي رياضي)',
    },
  },
  // Health
  {
    id: 'css',
    title: {
      fr: 'La complémentaire santé solidaire',
      en: 'Complémentaire santé solidaire (extra health cover)',
      ar: 'التغطية الصحية التكميلية التضامنية (Complémentaire santé solidaire)',
    },
  },
  {
    id: 'ame',
    title: {
      fr: "L'aide médicale de l'État (AME)",
      en: 'State medical aid (AME)',
      ar: 'المساعدة الطبية من الدولة (AME)',
    },
  },
  {
    id: 'puma',
    title: {
      fr: "L'Assurance Maladie pour tous (PUMa)",
      en: 'Health insurance for all (PUMa)',
      ar: 'التأمين الصحي للجميع (PUMa)',
    },
  },
  // Disability and old age
  {
    id: 'aah',
    title: {
      fr: "L'allocation aux adultes handicapés (AAH)",
      en: 'Adult disability allowance (AAH)',
      ar: 'منحة البالغين ذوي الإعاقة (AAH)',
    },
  },
  {
    id: 'aeeh',
    title: {
      fr: "L'allocation d'éducation de l'enfant handicapé (AEEH)",
      en: 'Disabled child allowance (AEEH)',
      ar: 'منحة تربية الطفل ذي الإعاقة (AEEH)',
    },
  },
  {
    id: 'pch',
    title: {
      fr: 'La prestation de compensation du handicap (PCH)',
      en: 'Disability support payment (PCH)',
      ar: 'منحة تعويض الإعاقة (PCH)',
    },
  },
  {
    id: 'apa',
    title: {
      fr: "L'allocation personnalisée d'autonomie (APA)",
      en: 'Personal independence allowance (APA)',
      ar: 'المنحة الشخصية للاستقلالية (APA)',
    },
  },
  {
    id: 'cmi',
    title: {
      fr: 'La carte mobilité inclusion (CMI)',
      en: 'Mobility inclusion card (CMI)',
      ar: 'بطاقة التنقل والإدماج (CMI)',
    },
  },
  // Housing
  {
    id: 'aide_logement',
    title: {
      fr: 'Les aides au logement (APL, ALF, ALS)',
      en: 'Housing benefit (APL, ALF, ALS)',
      ar: 'مساعدات السكن (APL وALF وALS)',
    },
  },
  {
    id: 'fsl',
    title: {
      fr: 'Le fonds de solidarité pour le logement (FSL)',
      en: 'Housing solidarity fund (FSL)',
      ar: 'صندوق التضامن للسكن (FSL)',
    },
  },
  {
    id: 'logement_social',
    title: { fr: 'La demande de logement social', en: 'Applying for social housing', ar: 'طلب سكن اجتماعي' },
  },
  // Work and young people
  {
    id: 'cej',
    title: {
      fr: "Le contrat d'engagement jeune (CEJ)",
      en: 'Youth commitment contract (CEJ)',
      ar: 'عقد التزام الشباب (CEJ)',
    },
  },
  {
    id: 'inscription_france_travail',
    title: {
      fr: "L'inscription à France Travail",
      en: 'Signing up with France Travail (job centre)',
      ar: 'التسجيل في France Travail',
    },
  },
  {
    id: 'mission_locale',
    title: {
      fr: 'La Mission locale',
      en: 'Mission locale (help for young people)',
      ar: 'Mission locale (مساعدة الشباب)',
    },
  },
  // Transport, justice and online procedures
  {
    id: 'tarif_social_transport',
    title: {
      fr: 'Le tarif social des transports',
      en: 'Reduced public transport fares',
      ar: 'التعريفة الاجتماعية للنقل',
    },
  },
  {
    id: 'aide_juridictionnelle',
    title: {
      fr: "L'aide juridictionnelle",
      en: 'Legal aid (aide juridictionnelle)',
      ar: 'المساعدة القضائية (aide juridictionnelle)',
    },
  },
  {
    id: 'mediation_numerique',
    title: {
      fr: "L'aide pour vos démarches sur internet",
      en: 'Help with online forms',
      ar: 'مساعدة في الإجراءات عبر الإنترنت',
    },
  },
  // Added with issue 15
  {
    id: 'prime_naissance',
    title: {
      fr: 'La prime à la naissance',
      en: 'Birth grant (prime à la naissance)',
      ar: 'منحة الولادة (PAJE)',
    },
  },
  {
    id: 'cmg',
    title: {
      fr: 'Le complément de libre choix du mode de garde (CMG)',
      en: 'Childcare allowance (CMG)',
      ar: 'مكمل حرية اختيار طريقة الحضانة (CMG)',
    },
  },
  {
    id: 'prepare',
    title: {
      fr: "La prestation partagée d'éducation de l'enfant (PreParE)",
      en: 'Parental leave allowance (PreParE)',
      ar: 'منحة تربية الطفل المشتركة (PreParE)',
    },
  },
  {
    id: 'conge_naissance',
    title: {
      fr: 'Le congé de naissance',
      en: 'Birth leave (congé de naissance)',
      ar: 'إجازة الولادة (congé de naissance)',
    },
  },
  {
    id: 'ajpp',
    title: {
      fr: "L'allocation journalière de présence parentale (AJPP)",
      en: 'Allowance to care for a sick child (AJPP)',
      ar: 'المنحة اليومية للحضور الوالدي (AJPP)',
    },
  },
  {
    id: 'aripa',
    title: {
      fr: 'La pension alimentaire versée par la CAF (Aripa)',
      en: 'Child support paid through the CAF (Aripa)',
      ar: 'دفع النفقة عن طريق CAF (Aripa)',
    },
  },
  {
    id: 'tarif_social_cantine',
    title: {
      fr: 'Le tarif social de la cantine',
      en: 'Reduced school meal prices',
      ar: 'التعريفة الاجتماعية للمطعم المدرسي',
    },
  },
  {
    id: 'bourse_crous',
    title: { fr: 'La bourse du Crous', en: 'Student grant (Crous)', ar: 'منحة الطلبة (Crous)' },
  },
  {
    id: 'prime_noel',
    title: {
      fr: 'La prime de Noël',
      en: 'Christmas bonus (prime de Noël)',
      ar: 'منحة عيد الميلاد (prime de Noël)',
    },
  },
  {
    id: 'asi',
    title: {
      fr: "L'allocation supplémentaire d'invalidité (ASI)",
      en: 'Invalidity top-up (ASI)',
      ar: 'المنحة الإضافية للعجز (ASI)',
    },
  },
  {
    id: 'mva',
    title: {
      fr: 'La majoration pour la vie autonome (MVA)',
      en: 'Independent living top-up (MVA)',
      ar: 'زيادة العيش المستقل (MVA)',
    },
  },
  {
    id: 'allocation_veuvage',
    title: {
      fr: "L'allocation de veuvage",
      en: "Widow's and widower's allowance",
      ar: 'منحة الترمل (allocation de veuvage)',
    },
  },
  {
    id: 'pension_reversion',
    title: {
      fr: 'La pension de réversion',
      en: "Survivor's pension (pension de réversion)",
      ar: 'معاش الأرملة أو الأرمل (pension de réversion)',
    },
  },
  {
    id: 'demande_retraite',
    title: { fr: 'Demander sa retraite', en: 'Applying for your pension', ar: 'طلب التقاعد' },
  },
  {
    id: 'aide_menagere',
    title: {
      fr: "L'aide ménagère à domicile",
      en: 'Home help for older people',
      ar: 'المساعدة المنزلية لكبار السن',
    },
  },
  {
    id: 'complementaire_sante_senior',
    title: {
      fr: 'Une aide pour la complémentaire santé après 65 ans',
      en: 'Help with health cover after 65',
      ar: 'مساعدة للتغطية الصحية التكميلية بعد 65 سنة',
    },
  },
  {
    id: 'point_conseil_budget',
    title: {
      fr: 'Le Point conseil budget',
      en: 'Budget advice (Point conseil budget)',
      ar: 'مكتب نصائح الميزانية (Point conseil budget)',
    },
  },
  {
    id: 'garantie_visale',
    title: { fr: 'La garantie Visale', en: 'Visale (free rent guarantee)', ar: 'ضمان Visale (كفالة مجانية)' },
  },
  {
    id: 'avance_loca_pass',
    title: { fr: "L'avance Loca-Pass", en: 'Loca-Pass deposit loan', ar: 'سلفة Loca-Pass لمبلغ الضمان' },
  },
  {
    id: 'domiciliation',
    title: {
      fr: 'La domiciliation',
      en: 'A postal address (domiciliation)',
      ar: 'عنوان بريدي (domiciliation)',
    },
  },
  {
    id: 'dalo',
    title: {
      fr: 'Le droit au logement opposable (DALO)',
      en: 'Right to housing appeal (DALO)',
      ar: 'الحق في السكن القابل للمطالبة (DALO)',
    },
  },
  {
    id: 'are',
    title: { fr: "L'allocation chômage (ARE)", en: 'Unemployment benefit (ARE)', ar: 'منحة البطالة (ARE)' },
  },
  {
    id: 'rqth',
    title: {
      fr: 'La reconnaissance de travailleur handicapé (RQTH)',
      en: 'Disabled worker status (RQTH)',
      ar: 'الاعتراف بصفة العامل ذي الإعاقة (RQTH)',
    },
  },
  {
    id: 'cir',
    title: {
      fr: "Le contrat d'intégration républicaine (CIR)",
      en: 'Republican integration contract (CIR)',
      ar: 'عقد الاندماج الجمهوري (CIR)',
    },
  },
  {
    id: 'aide_permis_apprenti',
    title: {
      fr: "L'aide au permis pour les apprentis",
      en: 'Driving licence help for apprentices',
      ar: 'مساعدة رخصة السياقة للمتدربين',
    },
  },
];
