// Arabic questions of the bilan (Modern Standard Arabic, plain words). French names and amounts are isolated
// when the table loads (see isolateLatin). Awaiting review by a native speaker.
import type { QuestionsTable } from './types.js';

const activity = {
  employed: { label: 'أجير أو أجيرة', hint: 'بما في ذلك العمل المؤقت أو بدوام جزئي.' },
  self_employed: { label: 'أعمل لحسابي الخاص', hint: 'مستقل، مقاول ذاتي، حِرَفي.' },
  unemployed: { label: 'بدون عمل، وأبحث عن عمل' },
  student: { label: 'أدرس' },
  apprentice: { label: 'في التمهين أو التكوين بالتناوب' },
  retired: { label: 'متقاعد أو متقاعدة' },
  unfit_for_work: { label: 'لا أستطيع العمل', hint: 'بسبب المرض أو الإعاقة.' },
  parental_leave: { label: 'في إجازة والدية' },
  inactive: { label: 'بدون نشاط، ولا أبحث عن عمل' },
};

const ar: QuestionsTable = {
  review: 'awaiting-review',
  questions: {
    'partner.rsdae': {
      label: 'هل اعترفت الـ MDPH بأن إعاقة الشخص الذي يعيش معك تمنعه لمدة طويلة من إيجاد عمل؟',
      help: 'هذا ما يسمّى «restriction substantielle et durable d’accès à l’emploi». وهو مكتوب في قرار الـ MDPH.',
    },
    'partner.unemploymentRightsExhausted': {
      label: 'أين وصلت حقوق الشخص الذي يعيش معك في منحة البطالة؟',
      options: {
        no: { label: 'يتلقّى منحة البطالة (ARE)' },
        yes: { label: 'انتهت حقوقه أو ستنتهي قريبًا' },
        never: { label: 'لم يكن له أبدًا حق في منحة البطالة' },
      },
    },
    'partner.workedFiveOfLastTenYears': {
      label: 'هل عمل الشخص الذي يعيش معك 5 سنوات على الأقل خلال السنوات العشر الأخيرة؟',
      help: 'احسب كل وظائفه كأجير، حتى القصيرة منها.',
    },
    'housing.sharing': {
      label: 'هل تتقاسم هذا المسكن مع مستأجرين آخرين؟',
      help: 'في السكن المشترك أو الغرفة المستأجرة، تُحسب مساعدة السكن بسقف إيجار أقل.',
      options: {
        none: { label: 'لا، أستأجر المسكن كله' },
        flatshare: { label: 'نعم، سكن مشترك', hint: 'عدة أشخاص يستأجرون المسكن معًا.' },
        room: { label: 'أستأجر غرفة عند شخص ما' },
      },
    },
    'housing.withParents': {
      label: 'هل تعيش عند والديك؟',
      help: 'قبل 25 سنة، تحسب Complémentaire santé solidaire حينها دخل والديك.',
    },
    'partner.disabilityRate': {
      label: 'هل اعترفت الـ MDPH بنسبة عجز للشخص الذي يعيش معك؟',
      help: 'النسبة مكتوبة في قرار الـ MDPH (الدار الإقليمية للأشخاص ذوي الإعاقة).',
      options: {
        none: { label: 'لا، لا توجد نسبة معترف بها' },
        '50': { label: 'نعم، بين 50 % و79 %' },
        '80': { label: 'نعم، 80 % أو أكثر' },
      },
    },
    'child.activity': {
      label: 'ماذا يفعل الطفل رقم {n} حاليًا؟',
      help: 'الشاب من 16 إلى 25 سنة بدون عمل ولا دراسة ولا تكوين يمكنه الحصول على مرافقة ومنحة.',
      options: {
        student: { label: 'يدرس' },
        apprentice: { label: 'تمهين أو تكوين' },
        employed: { label: 'يعمل' },
        unemployed: { label: 'يبحث عن عمل' },
        inactive: { label: 'لا عمل ولا دراسة ولا تكوين' },
      },
    },
    'applicant.birthDate': { label: 'ما هو تاريخ ميلادك؟', help: 'بعض المساعدات تتعلّق بعمرك.' },
    commune: {
      label: 'في أي بلدية تسكن؟',
      help: 'اكتب اسم البلدية أو رمزها البريدي. بعض المساعدات تتعلّق بالبلدية.',
    },
    'household.couple': {
      label: 'هل تعيش مع زوج أو شريك؟',
      help: 'متزوجان، أو مرتبطان بعقد PACS، أو تعيشان معًا: بالنسبة للمساعدات الأمر سواء.',
    },
    'children.count': {
      label: 'كم عدد الأطفال الذين يعيشون معك وتتكفّل بهم؟',
      help: 'احسب الأطفال الذين تربّيهم، حتى لو لم يكونوا أطفالك. اكتب 0 إن لم يكن لديك أطفال.',
    },
    'child.birthDate': {
      label: 'تاريخ ميلاد الطفل رقم {n}',
      help: 'عمر الأطفال مهمّ لمساعدات الأسرة.',
    },
    'applicant.activity': { label: 'ما هو وضعك اليوم؟', options: activity },
    'partner.activity': { label: 'ما هو وضع الشخص الذي تعيش معه كزوجين؟', options: activity },
    'applicant.incomes.salary': {
      label: 'كم تكسب في الشهر من عملك؟',
      help: 'الراتب الصافي، الذي يصل إلى حسابك. إذا كان المبلغ يتغيّر، احسب معدّل الأشهر الثلاثة الأخيرة.',
    },
    'applicant.incomes.selfEmployed': {
      label: 'كم تكسب في الشهر من نشاطك الخاص؟',
      help: 'ما يبقى لك بعد دفع المصاريف، كمعدّل في الشهر.',
    },
    'applicant.incomes.unemploymentBenefit': {
      label: 'كم تتلقّى في الشهر من France Travail (منحة البطالة)؟',
      help: 'منحة العودة إلى العمل (ARE). اكتب 0 إن كنت لا تتلقّى شيئًا.',
    },
    'applicant.incomes.pension': {
      label: 'كم تتلقّى في الشهر من التقاعد؟',
      help: 'اجمع التقاعد الأساسي والتقاعد التكميلي، المبلغ الصافي.',
    },
    'partner.incomes.salary': {
      label: 'كم يكسب الشخص الذي تعيش معه في الشهر من عمله؟',
      help: 'الراتب الصافي. إذا كان المبلغ يتغيّر، احسب معدّل الأشهر الثلاثة الأخيرة.',
    },
    'partner.incomes.selfEmployed': {
      label: 'كم يكسب الشخص الذي تعيش معه في الشهر من نشاطه الخاص؟',
      help: 'ما يبقى له بعد دفع المصاريف، كمعدّل في الشهر.',
    },
    'partner.incomes.unemploymentBenefit': {
      label: 'كم يتلقّى الشخص الذي تعيش معه في الشهر من France Travail؟',
      help: 'منحة البطالة. اكتب 0 إن كان لا يتلقّى شيئًا.',
    },
    'partner.incomes.pension': {
      label: 'كم يتلقّى الشخص الذي تعيش معه في الشهر من التقاعد؟',
      help: 'التقاعد الأساسي والتكميلي، المبلغ الصافي.',
    },
    'housing.status': {
      label: 'أين تسكن؟',
      options: {
        tenant: { label: 'أستأجر مسكنًا', hint: 'عند مالك خاص.' },
        social_tenant: { label: 'أستأجر سكنًا اجتماعيًا (HLM)' },
        owner: { label: 'أنا مالك للمسكن، بدون قرض أدفعه' },
        owner_with_loan: { label: 'أنا مالك للمسكن وأسدّد قرضًا' },
        hosted_free: { label: 'أسكن مجانًا عند غيري', hint: 'عند العائلة أو الأصدقاء.' },
        hostel: { label: 'في مأوى أو في إقامة اجتماعية' },
        homeless: { label: 'ليس لديّ مسكن' },
      },
    },
    'housing.rent': {
      label: 'كم تدفع من الإيجار في الشهر، بدون الأعباء؟',
      help: 'الإيجار مكتوب في عقد الإيجار أو في وصل الإيجار. لا تحسب الأعباء.',
    },
    'housing.charges': {
      label: 'كم تدفع من الأعباء في الشهر؟',
      help: 'الأعباء: الماء، صيانة العمارة، وأحيانًا التدفئة. اكتب 0 إذا كانت مشمولة في الإيجار.',
    },
    'applicant.disabilityRate': {
      label: 'هل اعترفت لك MDPH بنسبة عجز؟',
      help: 'MDPH هي الدار الإقليمية للأشخاص ذوي الإعاقة. النسبة مكتوبة في قرارها.',
      options: {
        none: { label: 'لا، لا توجد نسبة معترف بها' },
        '50': { label: 'نعم، بين 50 % و79 %' },
        '80': { label: 'نعم، 80 % أو أكثر' },
      },
    },
    'applicant.rsdae': {
      label: 'هل اعترفت MDPH بأن إعاقتك تمنعك لمدة طويلة من إيجاد عمل؟',
      help: 'يُسمّى هذا RSDAE (تقييد كبير ودائم للوصول إلى العمل). وهو مكتوب في قرار MDPH.',
    },
    'applicant.pregnant': {
      label: 'هل تنتظرين طفلًا؟',
      help: 'أجب بنعم إذا كنتِ أنتِ أو الشخص الذي تعيش معه حاملًا.',
    },
    'child.schoolLevel': {
      label: 'في أي قسم يدرس الطفل رقم {n} هذه السنة؟',
      options: {
        none: { label: 'لا يذهب إلى المدرسة' },
        maternelle: { label: 'المدرسة التمهيدية (maternelle)' },
        primaire: { label: 'المدرسة الابتدائية (من CP إلى CM2)' },
        college: { label: 'الإعدادي (collège، من 6e إلى 3e)' },
        lycee: { label: 'الثانوي (lycée) أو CAP أو التمهين' },
        superieur: { label: 'دراسات بعد البكالوريا' },
      },
    },
    'child.otherParent': {
      label: 'هل يشارك الوالد الآخر للطفل رقم {n} في مصاريفه؟',
      help: 'مثلًا بدفع نفقة، بقرار من القاضي أو باتفاق بينكما.',
      options: {
        pays: { label: 'نعم، يدفع نفقة' },
        pays_less: { label: 'يدفع مبلغًا صغيرًا، أو ليس كل شهر' },
        does_not_pay: { label: 'لا، لا يدفع شيئًا' },
        deceased_or_unknown: { label: 'الوالد الآخر متوفّى أو مجهول' },
      },
    },
    maintenanceReceived: {
      label: 'كم تتلقّى في الشهر من النفقة لأطفالك؟',
      help: 'المال الذي يدفعه الوالد الآخر للأطفال. اكتب 0 إن كان لا يدفع شيئًا.',
    },
    'applicant.unemploymentRightsExhausted': {
      label: 'أين وصلت حقوقك في منحة البطالة؟',
      options: {
        no: { label: 'أتلقّى منحة البطالة (ARE)' },
        yes: { label: 'انتهت حقوقي أو ستنتهي قريبًا' },
        never: { label: 'لم يكن لي أبدًا حق في منحة البطالة' },
      },
    },
    'applicant.widowed': { label: 'هل توفّي زوجك أو زوجتك؟' },
    'applicant.workedFiveOfLastTenYears': {
      label: 'هل عملت 5 سنوات على الأقل خلال السنوات العشر الأخيرة؟',
      help: 'احسب كل أعمالك كأجير، حتى القصيرة منها.',
    },
    'applicant.incomes.other': {
      label: 'هل تتلقّى مداخيل أخرى كل شهر؟ اكتب المبلغ الإجمالي.',
      help: 'مثلًا تعويضات يومية عن المرض، أو ريعًا، أو مداخيل من عقار مؤجَّر. اكتب 0 إن لم يكن لديك. لا تحسب مساعدات CAF.',
    },
    'applicant.nationality': {
      label: 'ما هي جنسيتك؟',
      help: 'بعض المساعدات تطلب بطاقة إقامة منذ عدّة سنوات.',
      options: {
        fr: { label: 'فرنسية' },
        eu: { label: 'من بلد في الاتحاد الأوروبي أو المنطقة الاقتصادية الأوروبية أو سويسرا' },
        other: { label: 'جنسية أخرى' },
      },
    },
    'applicant.regularStay': {
      label: 'هل لديك بطاقة إقامة سارية المفعول؟',
      help: 'بطاقة إقامة، أو بطاقة مقيم، أو وصل طلب الإقامة.',
    },
    'applicant.residencePermitYears': {
      label: 'منذ كم سنة لديك بطاقة إقامة في فرنسا؟',
      help: 'احسب السنوات منذ أول بطاقة إقامة تسمح لك بالعمل.',
    },
    'partner.birthDate': { label: 'ما هو تاريخ ميلاد الشخص الذي تعيش معه؟' },
    taxReferenceIncome: {
      label: 'ما هو الدخل الضريبي المرجعي لأسرتك؟',
      help: 'مكتوب في أعلى إشعار ضريبة الدخل (حتى لو لم تكن تدفع ضريبة). هو مبلغ للسنة كاملة.',
    },
    receiving: {
      label: 'هل تتلقّى حاليًا إحدى هذه المساعدات؟',
      help: 'ضع علامة على التي تتلقّاها اليوم. إذا لم تكن تتلقّى أيًّا منها، لا تضع أي علامة.',
      options: {
        rsa: { label: 'RSA (دخل التضامن النشِط)' },
        ppa: { label: 'منحة النشاط (prime d’activité)' },
        aide_logement: { label: 'مساعدة السكن (APL أو ALF أو ALS)' },
        css: { label: 'التغطية الصحية التكميلية التضامنية (CSS)' },
        af: { label: 'المنح العائلية' },
        cf: { label: 'المكمّل العائلي' },
        ars: { label: 'منحة الدخول المدرسي (ARS)' },
        asf: { label: 'منحة الدعم العائلي (ASF)' },
        paje_base: { label: 'المنحة الأساسية PAJE (طفل صغير)' },
        bourse_college: { label: 'منحة الإعدادي (collège)' },
        bourse_lycee: { label: 'منحة الثانوي (lycée)' },
        aah: { label: 'AAH (منحة البالغين ذوي الإعاقة)' },
        aspa: { label: 'ASPA (الحدّ الأدنى للشيخوخة)' },
        ass: { label: 'ASS (منحة التضامن الخاصة)' },
        cheque_energie: { label: 'شيك الطاقة (chèque énergie)' },
      },
    },
  },
  validation: {
    missingMoney: 'اكتب مبلغًا باليورو (0 إن كنت لا تتلقّى شيئًا).',
    missingMoneyDk: 'اكتب مبلغًا باليورو (0 إن كنت لا تتلقّى شيئًا)، أو اختر «لا أعرف».',
    missingNumber: 'اكتب عددًا.',
    missingNumberDk: 'اكتب عددًا، أو اختر «لا أعرف».',
    missingDate: 'اكتب تاريخًا، مثلًا 14/03/1988.',
    missingDateDk: 'اكتب تاريخًا، مثلًا 14/03/1988، أو اختر «لا أعرف».',
    missingCommune: 'اكتب اسم بلديتك أو رمزها البريدي، ثم اخترها من القائمة.',
    missingYesNo: 'اختر نعم أو لا.',
    missingYesNoDk: 'اختر نعم أو لا، أو اختر «لا أعرف».',
    missingChoice: 'اختر جوابًا.',
    missingChoiceDk: 'اختر جوابًا، أو اختر «لا أعرف».',
    notOffered: 'هذه الاختيارات غير موجودة: {list}.',
    dontKnowRefused: 'هذا السؤال يحتاج إلى جواب دقيق. اختر جوابًا.',
    moneyFormat: 'اكتب المبلغ باليورو بالأرقام فقط، مثلًا 850 أو 850,50.',
    moneyRange: 'يجب أن يكون المبلغ بين {min} و{max} في الشهر. تحقّق من عدد الأرقام.',
    integerFormat: 'اكتب عددًا صحيحًا بالأرقام، مثلًا 2.',
    integerRange: 'اكتب عددًا بين {min} و{max}.',
    dateInvalid: 'هذا التاريخ غير موجود. اكتب اليوم والشهر والسنة، مثلًا 14/03/1988.',
    dateFuture: 'هذا التاريخ في المستقبل. تحقّق من السنة.',
    dateTooYoung: 'هذا التاريخ يعطي {age}. يجب أن يكون العمر {min} سنة على الأقل: تحقّق من السنة.',
    dateTooOld: 'هذا التاريخ يعطي {age} سنة، وهذا كثير. تحقّق من السنة.',
    dateParts: 'اكتب اليوم والشهر والسنة، مثلًا 14 3 1988.',
    datePartsDk: 'اكتب اليوم والشهر والسنة، مثلًا 14 3 1988، أو اختر «لا أعرف».',
    communeCode: 'اكتب رمز البلدية: 5 خانات، مثلًا 94028 (رمز INSEE، ليس دائمًا الرمز البريدي).',
  },
};

export default ar;
