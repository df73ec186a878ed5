// Arabic names, descriptions, steps and papers of the rights (same order as the French). French acronyms and
// web addresses stay: they are what offices and forms use. Awaiting review by a native speaker.
import type { DetailsTable } from './types.js';

const id = 'بطاقة التعريف';
const idOrPermit = 'بطاقة التعريف أو بطاقة الإقامة';
const taxNotice = 'إشعار الضريبة';
const taxNoticeN2 = 'إشعار الضريبة للسنة N-2';
const bank = 'بيان الهوية البنكية (RIB)';
const address = 'إثبات السكن';
const mdphForm = 'استمارة Cerfa 15692';
const mdphCertificate = 'شهادة طبية Cerfa 15695';
const income = 'إثباتات الموارد';
const bourse = (name: string, level: string) => ({
  label: `منحة ${name}`,
  description: `مساعدة من الدولة لتمدرس طفل في ${level}، حسب المداخيل.`,
  steps: [
    'قدّم الطلب عبر الإنترنت على «Scolarité services» (EduConnect) أو في كتابة المؤسسة، عند الدخول المدرسي.',
  ],
  papers: [taxNotice, 'إثبات الأطفال في الكفالة إذا لزم الأمر'],
});

const ar: DetailsTable = {
  review: 'awaiting-review',
  /** Who to contact, by partner type (see PARTNER_TYPES). */
  contacts: {
    caf: 'CAF (صندوق المنح العائلية)',
    msa: 'MSA (الضمان الاجتماعي الفلاحي)',
    cpam: 'CPAM (التأمين الصحي)',
    'france-travail': 'France Travail (التشغيل)',
    'mission-locale': 'Mission locale (من 16 إلى 25 سنة)',
    ccas: 'CCAS (العمل الاجتماعي للبلدية)',
    mairie: 'البلدية',
    mdph: 'MDPH (دار الأشخاص ذوي الإعاقة)',
    'france-services': 'France Services',
    'conseiller-numerique': 'مستشار رقمي',
    'caisse-retraite': 'صندوق التقاعد',
    'etablissement-scolaire': 'المؤسسة المدرسية',
    'point-justice': 'Point-justice (استشارة قانونية مجانية)',
    'mediation-numerique': 'مساعدة في الإجراءات الرقمية',
    'information-jeunesse': 'مركز إعلام الشباب',
    'bailleur-social': 'مؤجّر السكن الاجتماعي',
    departement: 'المصلحة الاجتماعية للمقاطعة',
    carsat: 'Carsat (صندوق التقاعد)',
    crous: 'Crous (خدمات الطلبة)',
    pmi: 'PMI (حماية الأم والطفل)',
    adil: 'ADIL (استشارة في السكن)',
    cidff: 'CIDFF (حقوق النساء والأسر)',
  },
  rights: {
    rsa: {
      label: 'دخل التضامن النشِط (RSA)',
      description: 'دخل أدنى كل شهر للأشخاص بدون موارد أو بموارد ضعيفة.',
      steps: [
        'قدّم الطلب عبر الإنترنت على caf.fr (أو msa.fr)، أو بمساعدة CCAS أو مساعد اجتماعي من المقاطعة.',
        'بعد ذلك، تُسجَّل في France Travail وتُرافَق نحو العمل أو الإدماج.',
      ],
      papers: [idOrPermit, bank, 'مبلغ مواردك في الأشهر الثلاثة الأخيرة'],
    },
    ppa: {
      label: 'منحة النشاط (prime d’activité)',
      description: 'مكمّل للدخل كل شهر للأشخاص الذين يعملون ويكسبون قليلًا.',
      steps: ['قدّم الطلب عبر الإنترنت على caf.fr (أو msa.fr)، ثم صرّح بمداخيلك كل 3 أشهر.'],
      papers: ['كشوف الأجر للأشهر الثلاثة الأخيرة', bank],
    },
    css: {
      label: 'التغطية الصحية التكميلية التضامنية (CSS)',
      description: 'تغطية صحية تكميلية مجانية، أو بأقل من يورو واحد في اليوم لكل شخص، حسب المداخيل.',
      steps: ['قدّم الطلب من حسابك على ameli.fr، أو بالاستمارة الورقية التي ترسلها إلى صندوقك.'],
      papers: ['موارد الأشهر الاثني عشر الأخيرة لكل فرد من الأسرة', taxNotice],
    },
    aide_logement: {
      label: 'مساعدة السكن (APL أو ALF أو ALS)',
      description: 'مساعدة كل شهر لدفع الإيجار، حسب المداخيل والإيجار ومكان المسكن.',
      steps: ['قم بمحاكاة ثم قدّم الطلب عبر الإنترنت على caf.fr (أو msa.fr) منذ دخولك إلى المسكن.'],
      papers: ['عقد الإيجار', 'شهادة الإيجار يملؤها المالك', bank],
    },
    af: {
      label: 'المنح العائلية',
      description: 'مساعدة كل شهر للأسر التي لديها طفلان على الأقل أقل من 20 سنة.',
      steps: [
        'إذا كنت تتلقّى مساعدة من CAF، تُدفع المنح العائلية بدون طلب.',
        'وإلا، صرّح بوضعك على caf.fr (أو msa.fr إذا كنت تابعًا لـMSA).',
      ],
      papers: ['الدفتر العائلي أو شهادات ميلاد الأطفال', taxNotice, bank],
    },
    cf: {
      label: 'المكمّل العائلي',
      description: 'مساعدة كل شهر للأسر التي لديها 3 أطفال على الأقل بين 3 و21 سنة، حسب المداخيل.',
      steps: ['قدّم الطلب على caf.fr (قسم «Mon compte») أو لدى MSA.'],
      papers: [taxNoticeN2, 'الدفتر العائلي'],
    },
    ars: {
      label: 'منحة الدخول المدرسي (ARS)',
      description: 'مساعدة تُدفع في أغسطس لكل طفل متمدرس بين 6 و18 سنة، حسب المداخيل.',
      steps: [
        'تُدفع بدون طلب إذا كنت تتلقّى مساعدة من CAF أو MSA (للأطفال بين 16 و18 سنة، أكّد التمدرس على caf.fr).',
        'وإلا، صرّح بأطفالك وبمداخيلك على caf.fr.',
      ],
      papers: [taxNoticeN2, 'شهادة مدرسية للأطفال بين 16 و18 سنة'],
    },
    paje_base: {
      label: 'المنحة الأساسية PAJE',
      description: 'مساعدة كل شهر لطفل أقل من 3 سنوات، حسب المداخيل.',
      steps: ['صرّح بالحمل لدى CAF والتأمين الصحي، ثم بالولادة على caf.fr.'],
      papers: ['شهادة الميلاد', taxNoticeN2],
    },
    asf: {
      label: 'منحة الدعم العائلي (ASF)',
      description: 'مساعدة للوالد الوحيد الذي يربّي طفلًا بدون نفقة (أو بنفقة ضعيفة).',
      steps: [
        'قدّم الطلب على caf.fr أو لدى MSA.',
        'يمكن لـCAF أيضًا أن تساعدك على الحصول على النفقة أو على دفعها (ARIPA).',
      ],
      papers: ['الحكم أو الاتفاق الذي يحدّد النفقة، إن وُجد', 'الدفتر العائلي'],
    },
    aah: {
      label: 'منحة البالغين ذوي الإعاقة (AAH)',
      description: 'دخل أدنى للأشخاص ذوي الإعاقة، حسب نسبة العجز التي تحدّدها MDPH.',
      steps: [
        'املأ استمارة الطلب لدى MDPH (مع شهادة طبية عمرها أقل من سنة).',
        'تحدّد CDAPH نسبة العجز؛ وتحسب CAF أو MSA منحة AAH وتدفعها.',
      ],
      papers: [mdphForm, mdphCertificate, id, address],
    },
    aspa: {
      label: 'منحة التضامن لكبار السن (ASPA، الحدّ الأدنى للشيخوخة)',
      description: 'مكمّل للدخل للأشخاص من 65 سنة فما فوق الذين لديهم تقاعد ضعيف.',
      steps: [
        'اطلب ASPA من صندوق تقاعدك (أو من البلدية إذا لم يكن لديك تقاعد).',
        'انتبه: يمكن استرجاع ASPA المدفوعة من التركة فوق مبلغ معيّن.',
      ],
      papers: ['استمارة الطلب', 'إثباتات الموارد للأشهر الثلاثة الأخيرة', id],
    },
    ass: {
      label: 'منحة التضامن الخاصة (ASS)',
      description: 'منحة للباحثين عن عمل الذين لم يعد لهم حق في البطالة وعملوا بما يكفي من قبل.',
      steps: ['تقترح عليك France Travail منحة ASS عند نهاية حقوق البطالة؛ وإلا، اطلبها من مستشارك.'],
      papers: ['شهادات العمل للسنوات العشر الأخيرة', income],
    },
    cheque_energie: {
      label: 'شيك الطاقة (chèque énergie)',
      description: 'مساعدة مرة في السنة لدفع فواتير الطاقة (الكهرباء، الغاز، المازوت، الحطب…).',
      steps: [
        'يُرسل الشيك بدون أي إجراء إذا صرّحت بمداخيلك للضرائب، حتى بدون مداخيل.',
        'إذا لم تتلقّه، تحقّق من حقّك على chequeenergie.gouv.fr.',
      ],
      papers: [taxNotice],
    },
    bourse_college: bourse('الإعدادي (collège)', 'الإعدادي'),
    bourse_lycee: bourse('الثانوي (lycée)', 'الثانوي'),
    ame: {
      label: 'المساعدة الطبية من الدولة (AME)',
      description: 'التكفّل بالعلاج للأجانب بدون بطاقة إقامة، المقيمين في فرنسا منذ أكثر من 3 أشهر.',
      steps: ['املأ استمارة الطلب وقدّمها بنفسك إلى CPAM التابعة لسكنك.'],
      papers: [id, 'إثبات الوجود في فرنسا منذ أكثر من 3 أشهر', income],
    },
    puma: {
      label: 'الحماية الصحية الشاملة (PUMa) وبطاقة Vitale',
      description: 'تعويض العلاج من التأمين الصحي لكل شخص يعمل أو يقيم في فرنسا بصفة مستقرّة وقانونية.',
      steps: ['إذا لم تكن لديك بطاقة Vitale أو حقوق مفتوحة، اطلب الانتساب من CPAM التابعة لسكنك.'],
      papers: [idOrPermit, address, bank],
    },
    aeeh: {
      label: 'منحة تربية الطفل ذي الإعاقة (AEEH)',
      description: 'مساعدة لمصاريف التربية والعلاج لطفل ذي إعاقة أقل من 20 سنة.',
      steps: ['قدّم طلبًا لدى MDPH مع شهادة طبية؛ وتدفع CAF المنحة.'],
      papers: [mdphForm, mdphCertificate],
    },
    pch: {
      label: 'منحة تعويض الإعاقة (PCH)',
      description: 'مساعدة من المقاطعة لدفع المساعدة البشرية أو المعدّات أو تهيئة المسكن بسبب الإعاقة.',
      steps: ['قدّم طلبًا لدى MDPH: يقيّم فريق احتياجاتك ويقترح خطة تعويض.'],
      papers: [mdphForm, mdphCertificate],
    },
    apa: {
      label: 'المنحة الشخصية للاستقلالية (APA)',
      description: 'مساعدة من المقاطعة للأشخاص من 60 سنة فما فوق الذين يحتاجون إلى مساعدة في الحياة اليومية.',
      steps: ['اطلب الملف من المقاطعة أو من CCAS؛ يأتي فريق لتقييم احتياجاتك (جدول AGGIR).'],
      papers: ['استمارة الطلب', id, taxNotice],
    },
    cmi: {
      label: 'بطاقة التنقّل والإدماج (CMI)',
      description: 'بطاقة للأشخاص ذوي الإعاقة: أولوية في الطوابير والنقل، ووقوف السيارات، وامتيازات أخرى.',
      steps: ['اطلبها من MDPH باستمارة الطلب (مع طلب آخر في نفس الوقت إذا لزم الأمر).'],
      papers: [mdphForm, 'شهادة طبية', 'صورة شمسية'],
    },
    fsl: {
      label: 'صندوق التضامن للسكن (FSL)',
      description: 'مساعدة من المقاطعة للدخول إلى مسكن، أو دفع ديون الإيجار، أو فواتير الطاقة والماء.',
      steps: ['اطلب موعدًا مع مساعد اجتماعي (CCAS، المقاطعة) يُعدّ ملف FSL.'],
      papers: [income, 'عقد الإيجار', 'الفواتير أو كشف الديون'],
    },
    logement_social: {
      label: 'طلب سكن اجتماعي',
      description: 'تقديم طلب سكن اجتماعي (HLM)، صالح لمدة سنة وقابل للتجديد.',
      steps: [
        'قدّم الطلب على demande-logement-social.gouv.fr أو في البلدية: تتلقّى رقمًا وحيدًا.',
        'جدّده كل سنة.',
      ],
      papers: [idOrPermit, 'إشعار الضريبة N-2 (وN-1)'],
    },
    cej: {
      label: 'عقد التزام الشباب (CEJ)',
      description: 'مرافقة مكثّفة نحو العمل للشباب من 16 إلى 25 سنة بدون عمل ولا تكوين، مع منحة حسب الموارد.',
      steps: ['خذ موعدًا في mission locale أو في France Travail.'],
      papers: [id, address],
    },
    inscription_france_travail: {
      label: 'التسجيل في France Travail',
      description: 'التسجيل كباحث عن عمل للحصول على المرافقة وفتح الحقوق (البطالة، ASS، RSA).',
      steps: ['سجّل نفسك عبر الإنترنت على francetravail.fr أو في وكالة France Travail؛ يتّصل بك مستشار.'],
      papers: [id, 'بطاقة Vitale', 'السيرة الذاتية', 'شهادات المشغّلين'],
    },
    mission_locale: {
      label: 'المرافقة من mission locale',
      description: 'تساعد mission locale الشباب من 16 إلى 25 سنة في العمل والتكوين والسكن والصحة والتنقّل.',
      steps: ['خذ موعدًا في أقرب mission locale.'],
      papers: [id],
    },
    pass_sport: {
      label: 'Pass’Sport',
      description: 'مساعدة للتسجيل في نادٍ رياضي، للشباب الذين يتلقّون بعض المساعدات.',
      steps: [
        'يصل الرمز عبر البريد الإلكتروني عند الدخول المدرسي؛ وإلا، ابحث عنه على pass.sports.gouv.fr وأعطه للنادي.',
      ],
      papers: ['رمز Pass’Sport'],
    },
    tarif_social_transport: {
      label: 'التعريفة الاجتماعية للنقل',
      description: 'تخفيض أو مجانية النقل العمومي حسب الموارد، تحدّدها كل شبكة محلية.',
      steps: ['استعلم لدى CCAS أو البلدية أو وكالة شبكة النقل، مع شهادة الحقوق.'],
      papers: ['شهادة الحقوق (RSA، CSS، AAH…)', id, 'صورة'],
    },
    aide_juridictionnelle: {
      label: 'المساعدة القضائية (aide juridictionnelle)',
      description: 'التكفّل بمصاريف المحامي والقضاء، كليًا أو جزئيًا، حسب الموارد.',
      steps: ['قدّم الطلب عبر الإنترنت على justice.fr أو بالاستمارة، في المحكمة أو في point-justice.'],
      papers: ['استمارة Cerfa 16146', taxNotice, 'وثائق القضية'],
    },
    mediation_numerique: {
      label: 'مساعدة في الإجراءات عبر الإنترنت',
      description: 'يساعدك مستشار رقمي أو دار France services مجانًا في إجراءاتك على الإنترنت.',
      steps: ['خذ موعدًا في دار France services أو مع مستشار رقمي قريب منك.'],
      papers: ['معرّفاتك (caf.fr، ameli.fr، impots.gouv.fr) إن كانت لديك', id],
    },
  },
};

export default ar;
