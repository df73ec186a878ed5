// Easy-to-read Arabic glossary (Modern Standard Arabic). The same id names the same idea in every locale.
// French names of bodies and schemes stay in Latin script (people see them written on letters and sites);
// the definition explains them in Arabic. A form matches as a whole word, also with the clitics و ف ب ك ل
// and the article ال in front (see findGlossaryTerms). Draft: to be reviewed by native speakers.
import type { GlossaryEntry } from '../types.js';

const entries: readonly GlossaryEntry[] = [
  {
    id: 'caf',
    term: 'CAF',
    aliases: ['صندوق المنح العائلية'],
    definition:
      'CAF هو صندوق المنح العائلية.\nيدفع مساعدات مالية.\nمثلاً: للعائلات أو للأشخاص الذين لديهم مال قليل.',
  },
  {
    id: 'msa',
    term: 'MSA',
    definition:
      'MSA هو الضمان الاجتماعي الفلاحي.\nيدفع المساعدات للأشخاص الذين يعملون في الزراعة.\nيقوم بنفس عمل CAF.',
  },
  {
    id: 'ccas',
    term: 'CCAS',
    definition: 'CCAS هو مركز العمل الاجتماعي في البلدية.\nيساعد الأشخاص الذين لديهم صعوبات.',
  },
  {
    id: 'cpam',
    term: 'CPAM',
    definition: 'CPAM هو صندوق التأمين الصحي في منطقتك.\nيعيد لك مال العلاج.',
  },
  {
    id: 'assurance_maladie',
    term: 'التأمين الصحي',
    aliases: ['Assurance Maladie', 'Assurance maladie'],
    definition: 'التأمين الصحي يدفع جزءاً كبيراً من علاجك.\nمثلاً: الطبيب والأدوية والمستشفى.',
  },
  {
    id: 'mdph',
    term: 'MDPH',
    definition: 'MDPH هو مكتب الأشخاص ذوي الإعاقة في المقاطعة.\nيقرر المساعدات للأشخاص ذوي الإعاقة.',
  },
  {
    id: 'france_services',
    term: 'France Services',
    definition: 'France Services مكان قريب من بيتك.\nفيه أشخاص يساعدونك في أوراقك.\nالخدمة مجانية.',
  },
  {
    id: 'france_travail',
    term: 'France Travail',
    definition: 'France Travail هو مكتب التشغيل العمومي.\nيساعد الأشخاص الذين يبحثون عن عمل.',
  },
  {
    id: 'mission_locale',
    term: 'Mission locale',
    definition: 'Mission locale تساعد الشباب من 16 إلى 25 سنة.\nتساعد في العمل والتكوين والحياة اليومية.',
  },
  {
    id: 'conseiller_numerique',
    term: 'مستشار رقمي',
    aliases: ['المستشار الرقمي', 'مستشارون رقميون', 'المستشارون الرقميون'],
    definition:
      'المستشار الرقمي يساعدك على استعمال الإنترنت.\nيساعدك أيضاً مع الحاسوب أو الهاتف.\nالخدمة مجانية.',
  },
  {
    id: 'mediation_numerique',
    term: 'الوساطة الرقمية',
    aliases: ['وساطة رقمية'],
    definition: 'الوساطة الرقمية مساعدة لاستعمال الإنترنت.\nأشخاص يساعدونك في إجراءاتك على الإنترنت.',
  },
  {
    id: 'point_justice',
    term: 'point-justice',
    definition: 'point-justice مكان مجاني.\nفيه أشخاص يجيبون عن أسئلتك حول القانون وحقوقك.',
  },
  {
    id: 'departement',
    term: 'المقاطعة',
    aliases: ['مجلس المقاطعة'],
    definition:
      'المقاطعة جزء من فرنسا.\nلكل مقاطعة مجلس.\nهذا المجلس يدفع مساعدات.\nمثلاً: للإعاقة أو لكبار السن.',
  },
  {
    id: 'rsa',
    term: 'RSA',
    definition: 'RSA هو دخل التضامن النشط.\nهو مال للعيش.\nهو للأشخاص الذين لديهم مال قليل جداً.',
  },
  {
    id: 'ass',
    term: 'ASS',
    definition:
      'ASS هي منحة التضامن الخاصة.\nهي مال للأشخاص الذين يبحثون عن عمل.\nتأتي بعد نهاية تعويض البطالة.',
  },
  {
    id: 'aspa',
    term: 'ASPA',
    definition:
      'ASPA هي منحة التضامن لكبار السن.\nيقال لها أيضاً الحد الأدنى للشيخوخة.\nتكمل معاش تقاعد صغيراً.',
  },
  {
    id: 'aah',
    term: 'AAH',
    definition: 'AAH هي منحة البالغين ذوي الإعاقة.\nهي مال للعيش عندما تكون لديك إعاقة.',
  },
  {
    id: 'aeeh',
    term: 'AEEH',
    definition: 'AEEH هي منحة تربية الطفل ذي الإعاقة.\nهي مال لطفل لديه إعاقة.',
  },
  {
    id: 'pch',
    term: 'PCH',
    definition: 'PCH هي منحة تعويض الإعاقة.\nتدفع ثمن المساعدات التي تحتاجها بسبب الإعاقة.',
  },
  {
    id: 'apa',
    term: 'APA',
    definition: 'APA هي المنحة الشخصية للاستقلالية.\nتساعد كبار السن الذين يحتاجون إلى مساعدة للعيش.',
  },
  {
    id: 'cmi',
    term: 'CMI',
    definition: 'CMI هي بطاقة التنقل والإدماج.\nهي بطاقة للأشخاص ذوي الإعاقة.',
  },
  {
    id: 'fsl',
    term: 'FSL',
    definition: 'FSL هو صندوق التضامن للسكن.\nيساعد على دفع مصاريف السكن.',
  },
  {
    id: 'cej',
    term: 'CEJ',
    definition: 'CEJ هو عقد التزام الشباب.\nيساعد الشباب على إيجاد عمل.',
  },
  {
    id: 'ame',
    term: 'AME',
    definition: 'AME هي المساعدة الطبية من الدولة.\nتدفع علاج الأجانب الذين ليس لديهم بطاقة إقامة.',
  },
  {
    id: 'puma',
    term: 'PUMa',
    definition: 'PUMa هي الحماية الصحية الشاملة.\nتعطي التأمين الصحي لمن يعمل أو يسكن في فرنسا.',
  },
  {
    id: 'ars',
    term: 'ARS',
    definition: 'ARS هي منحة الدخول المدرسي.\nهي مال لشراء أدوات المدرسة.',
  },
  {
    id: 'asf',
    term: 'ASF',
    definition: 'ASF هي منحة الدعم العائلي.\nتساعد الأب أو الأم الذي يربي طفله وحده.',
  },
  {
    id: 'paje',
    term: 'PAJE',
    definition: 'PAJE هي إعانة استقبال الطفل الصغير.\nهي مساعدات من CAF للأطفال الصغار.',
  },
  {
    id: 'apl',
    term: 'APL',
    definition: 'APL هي المساعدة الشخصية للسكن.\nتساعد على دفع الإيجار.',
  },
  {
    id: 'alf',
    term: 'ALF',
    definition: 'ALF هي منحة السكن العائلية.\nتساعد العائلات على دفع الإيجار.',
  },
  {
    id: 'als',
    term: 'ALS',
    definition: 'ALS هي منحة السكن الاجتماعية.\nتساعد أشخاصاً آخرين على دفع الإيجار.\nمثلاً: الطلاب.',
  },
  {
    id: 'hlm',
    term: 'HLM',
    definition: 'HLM مسكن اجتماعي.\nإيجاره أقل.',
  },
  {
    id: 'adil',
    term: 'ADIL',
    definition: 'ADIL هي وكالة الإعلام حول السكن في المقاطعة.\nتجيب عن أسئلتك حول السكن.\nالخدمة مجانية.',
  },
  {
    id: 'pmi',
    term: 'PMI',
    definition: 'PMI هي حماية الأمومة والطفولة.\nتتابع صحة النساء الحوامل والأطفال الصغار.\nالخدمة مجانية.',
  },
  {
    id: 'cv',
    term: 'السيرة الذاتية',
    aliases: ['CV', 'سيرة ذاتية'],
    definition: 'السيرة الذاتية ورقة تقدمك.\nتذكر دراستك وأعمالك.',
  },
  {
    id: 'allocation',
    term: 'منحة',
    aliases: ['منح'],
    definition: 'المنحة مبلغ من المال.\nتدفعه لك الدولة أو صندوق.',
  },
  {
    id: 'prestation',
    term: 'إعانة',
    aliases: ['إعانات'],
    definition: 'الإعانة مساعدة.\nقد تكون مالاً أو خدمة.',
  },
  {
    id: 'titre_sejour',
    term: 'بطاقة الإقامة',
    aliases: ['بطاقة إقامة', 'تصريح الإقامة', 'تصريح إقامة'],
    definition: 'بطاقة الإقامة ورقة رسمية.\nتسمح لشخص أجنبي بالعيش في فرنسا.',
  },
  {
    id: 'rfr',
    term: 'الدخل الضريبي المرجعي',
    definition: 'الدخل الضريبي المرجعي رقم.\nهو مكتوب في إشعار الضريبة.\nيبين دخل أسرتك.',
  },
  {
    id: 'avis_imposition',
    term: 'إشعار الضريبة',
    aliases: ['إشعار ضريبي', 'الإشعار الضريبي'],
    definition: 'إشعار الضريبة رسالة من مصلحة الضرائب.\nتصلك كل سنة في الصيف.\nتصلك حتى لو كان دخلك صغيراً.',
  },
  {
    id: 'declaration_revenus',
    term: 'التصريح بالدخل',
    definition: 'التصريح بالدخل يخبر مصلحة الضرائب بما ربحته.\nتقوم به كل سنة في الربيع.',
  },
  {
    id: 'css',
    term: 'Complémentaire santé solidaire',
    aliases: ['التغطية الصحية التكميلية التضامنية'],
    definition:
      'Complémentaire santé solidaire تساعد على دفع العلاج.\nتدفع الباقي بعد التأمين الصحي.\nهي مجانية أو رخيصة.',
  },
  {
    id: 'complementaire',
    term: 'التغطية الصحية التكميلية',
    aliases: ['تغطية صحية تكميلية', 'mutuelle'],
    definition:
      'التغطية الصحية التكميلية تدفع جزءاً من العلاج.\nتدفع الباقي بعد التأمين الصحي.\nيقال لها أيضاً mutuelle.',
  },
  {
    id: 'carte_vitale',
    term: 'بطاقة Vitale',
    aliases: ['carte Vitale', 'Carte Vitale'],
    definition: 'بطاقة Vitale هي البطاقة الخضراء للتأمين الصحي.\nتعطيها عند الطبيب وفي الصيدلية.',
  },
  {
    id: 'numero_secu',
    term: 'رقم الضمان الاجتماعي',
    definition: 'رقم الضمان الاجتماعي مكتوب على بطاقة Vitale.\nفيه 15 رقماً.',
  },
  {
    id: 'pass',
    term: 'خدمة الوصول إلى العلاج',
    definition:
      'هي خدمة في المستشفى.\nتعالج الأشخاص الذين يصعب عليهم العلاج.\nمثلاً: الأشخاص الذين يعيشون في الشارع.',
  },
  {
    id: 'taux_incapacite',
    term: 'نسبة العجز',
    definition: 'نسبة العجز تقول كم تصعّب الإعاقة حياتك.\nتعطي MDPH هذه النسبة.',
  },
  {
    id: 'perte_autonomie',
    term: 'فقدان الاستقلالية',
    definition: 'فقدان الاستقلالية هو أن تحتاج إلى مساعدة لتعيش كل يوم.\nمثلاً: للاغتسال أو لارتداء الملابس.',
  },
  {
    id: 'pension_alimentaire',
    term: 'النفقة',
    definition: 'النفقة مال للطفل.\nيدفعها أحد الوالدين للآخر.\nتستعمل لتربية الطفل.',
  },
  {
    id: 'depot_garantie',
    term: 'مبلغ الضمان',
    definition: 'مبلغ الضمان مال تعطيه لصاحب السكن.\nتعطيه عند دخول السكن.\nيرده لك عند خروجك.',
  },
  {
    id: 'attestation',
    term: 'شهادة',
    aliases: ['شهادات'],
    definition: 'الشهادة ورقة رسمية.\nتثبت شيئاً.\nمثلاً: تثبت أنك تحصل على مساعدة.',
  },
  {
    id: 'apprentissage',
    term: 'التمهين',
    aliases: ['متدرب مهني', 'متدربة مهنية', 'متدرب', 'متدربة'],
    definition: 'التمهين طريقة لتعلم مهنة.\nتعمل في شركة.\nوتذهب أيضاً إلى الدروس.',
  },
  {
    id: 'chomage',
    term: 'تعويض البطالة',
    aliases: ['البطالة'],
    definition: 'تعويض البطالة مال بعد فقدان العمل.\nيدفعه France Travail.',
  },
  {
    id: 'caisse_retraite',
    term: 'صندوق التقاعد',
    definition: 'صندوق التقاعد يدفع معاش تقاعدك.\nمثلاً: Carsat أو MSA.',
  },
  {
    id: 'scolarite_services',
    term: 'Scolarité services',
    definition: 'Scolarité services موقع على الإنترنت لوزارة التربية.\nفيه تقوم بإجراءات مدرسة أطفالك.',
  },
  {
    id: 'action_logement',
    term: 'Action Logement',
    definition: 'Action Logement تساعد العمال على إيجاد سكن.\nأصحاب العمل يدفعون هذه المساعدة.',
  },
  {
    id: 'logement_social',
    term: 'السكن الاجتماعي',
    aliases: ['سكن اجتماعي', 'مسكن اجتماعي', 'المسكن الاجتماعي', 'مساكن اجتماعية'],
    definition: 'السكن الاجتماعي سكن إيجاره أقل.\nهو للأشخاص الذين دخلهم صغير.',
  },
  {
    id: 'tarif_social',
    term: 'التعريفة الاجتماعية',
    aliases: ['تعريفة اجتماعية', 'السعر الاجتماعي', 'سعر اجتماعي'],
    definition: 'التعريفة الاجتماعية سعر أقل.\nهو للأشخاص الذين لديهم مال قليل.',
  },
  {
    id: 'aide_juridictionnelle',
    term: 'المساعدة القضائية',
    aliases: ['مساعدة قضائية', 'aide juridictionnelle'],
    definition: 'المساعدة القضائية تدفع أجر المحامي ومصاريف المحكمة.\nهي للأشخاص الذين لديهم مال قليل.',
  },
  {
    id: 'crous',
    term: 'Crous',
    definition: 'Crous يساعد الطلاب.\nيعطي منحاً دراسية ومساكن.',
  },
  {
    id: 'ofii',
    term: 'OFII',
    definition:
      'OFII هو المكتب الفرنسي للهجرة والإدماج.\nيساعد الأشخاص الذين يصلون إلى فرنسا.\nينظم دروس اللغة الفرنسية.',
  },
  {
    id: 'rqth',
    term: 'RQTH',
    definition: 'RQTH تقول إن الشخص عامل ذو إعاقة.\nتعطيها MDPH.',
  },
  {
    id: 'dalo',
    term: 'DALO',
    definition: 'DALO هو طعن للحصول على سكن.\nلجنة تقرر من يحصل على السكن أولاً.',
  },
  {
    id: 'visale',
    term: 'Visale',
    definition: 'Visale كفالة مجانية.\nتدفع لصاحب السكن إذا لم يُدفع الإيجار.',
  },
  {
    id: 'caution',
    term: 'الكفيل',
    aliases: ['كفيل'],
    definition: 'الكفيل شخص أو هيئة.\nيدفع الإيجار إذا لم يدفعه الساكن.',
  },
  {
    id: 'invalidite',
    term: 'العجز عن العمل',
    aliases: ['معاش العجز'],
    definition: 'العجز عن العمل هو ألا تستطيع العمل جيداً بسبب صحتك.\nيمكن أن يدفع التأمين الصحي معاش العجز.',
  },
  {
    id: 'reversion',
    term: 'معاش الزوج المتوفى',
    aliases: ['معاش الأرملة', 'pension de réversion'],
    definition: 'معاش الزوج المتوفى جزء من تقاعد شخص مات.\nيُدفع لزوجه أو لزوجته.',
  },
  {
    id: 'conjoint',
    term: 'شريك الحياة',
    aliases: ['شريكة الحياة', 'شريك حياتك', 'شريكة حياتك'],
    definition: 'شريك الحياة هو زوجك أو زوجتك.\nهو أيضاً الشخص الذي تعيش معه كزوجين.',
  },
  {
    id: 'majoration',
    term: 'علاوة',
    aliases: ['علاوات'],
    definition: 'العلاوة مبلغ إضافي.\nيضاف إلى مساعدة.',
  },
  {
    id: 'surendettement',
    term: 'المديونية المفرطة',
    definition: 'المديونية المفرطة هي أن تكون عليك ديون كثيرة جداً.\nلا تستطيع دفعها.',
  },
  {
    id: 'domiciliation',
    term: 'عنوان المراسلة',
    aliases: ['domiciliation'],
    definition: 'عنوان المراسلة عنوان تستلم فيه رسائلك.\nهو للأشخاص الذين ليس لديهم سكن ثابت.',
  },
  {
    id: 'aer',
    term: 'AER',
    definition: 'AER منحة قديمة لكبار السن الذين ليس لديهم عمل.\nبعض الأشخاص ما زالوا يحصلون عليها.',
  },
  {
    id: 'pajemploi',
    term: 'Pajemploi',
    definition: 'Pajemploi موقع على الإنترنت.\nفيه يصرح الوالدان بأجر الشخص الذي يعتني بالطفل.',
  },
  {
    id: 'conge_parental',
    term: 'الإجازة الوالدية',
    aliases: ['إجازة والدية'],
    definition: 'الإجازة الوالدية توقف عن العمل.\nتستعمل للاعتناء بطفلك.',
  },
];

export default entries;
