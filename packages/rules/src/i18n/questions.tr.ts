// Turkish questions of the bilan. Awaiting review by a native speaker.
import type { QuestionsTable } from './types.js';

const activity = {
  employed: { label: 'Maaşlı çalışan', hint: 'Geçici iş ya da yarı zamanlı iş dahil.' },
  self_employed: { label: 'Kendi hesabıma çalışıyorum', hint: 'Serbest meslek, mikro girişimci, zanaatkâr.' },
  unemployed: { label: 'İşsizim, iş arıyorum' },
  student: { label: 'Öğrenciyim' },
  apprentice: { label: 'Çıraklık ya da iş-okul eğitimindeyim' },
  retired: { label: 'Emekliyim' },
  unfit_for_work: { label: 'Çalışamıyorum', hint: 'Sağlık ya da engellilik nedeniyle.' },
  parental_leave: { label: 'Ebeveyn iznindeyim' },
  inactive: { label: 'Çalışmıyorum, iş de aramıyorum' },
};

const tr: QuestionsTable = {
  review: 'awaiting-review',
  questions: {
    'partner.rsdae': {
      label: 'MDPH, sizinle yaşayan kişinin engelinin uzun süre iş bulmasını engellediğini tanıdı mı?',
      help: 'Buna «restriction substantielle et durable d’accès à l’emploi» denir. MDPH kararında yazılıdır.',
    },
    'partner.unemploymentRightsExhausted': {
      label: 'Sizinle yaşayan kişinin işsizlik ödeneği hakları ne durumda?',
      options: {
        no: { label: 'İşsizlik ödeneği (ARE) alıyor' },
        yes: { label: 'Hakları bitti ya da yakında bitecek' },
        never: { label: 'Hiç işsizlik ödeneği hakkı olmadı' },
      },
    },
    'partner.workedFiveOfLastTenYears': {
      label: 'Sizinle yaşayan kişi son 10 yılda en az 5 yıl çalıştı mı?',
      help: 'Kısa olanlar dahil tüm ücretli işlerini sayın.',
    },
    'housing.sharing': {
      label: 'Bu konutu başka kiracılarla paylaşıyor musunuz?',
      help: 'Ortak evde veya kiralık bir odada konut yardımı daha düşük bir kira tavanıyla hesaplanır.',
      options: {
        none: { label: 'Hayır, konutun tamamını kiralıyorum' },
        flatshare: { label: 'Evet, ortak evde', hint: 'Konutu birkaç kişi birlikte kiralıyor.' },
        room: { label: 'Birinin evinde bir oda kiralıyorum' },
      },
    },
    'housing.withParents': {
      label: 'Anne babanızın yanında mı yaşıyorsunuz?',
      help: '25 yaşından önce Complémentaire santé solidaire bu durumda anne babanızın gelirini hesaba katar.',
    },
    'partner.disabilityRate': {
      label: 'MDPH sizinle yaşayan kişiye bir engellilik oranı tanıdı mı?',
      help: 'Oran, MDPH kararında (departman engelliler merkezi) yazılıdır.',
      options: {
        none: { label: 'Hayır, tanınmış bir oran yok' },
        '50': { label: 'Evet, %50 ile %79 arası' },
        '80': { label: 'Evet, %80 veya daha fazla' },
      },
    },
    'child.activity': {
      label: '{n}. çocuk şu anda ne yapıyor?',
      help: 'İşi, öğrenimi veya eğitimi olmayan 16-25 yaş arası bir genç destek ve ödenek alabilir.',
      options: {
        student: { label: 'Okuyor' },
        apprentice: { label: 'Çıraklık veya mesleki eğitim' },
        employed: { label: 'Çalışıyor' },
        unemployed: { label: 'İş arıyor' },
        inactive: { label: 'Ne iş, ne okul, ne eğitim' },
      },
    },
    'applicant.birthDate': { label: 'Doğum tarihiniz nedir?', help: 'Bazı yardımlar yaşınıza bağlıdır.' },
    commune: {
      label: 'Hangi belediyede (commune) oturuyorsunuz?',
      help: 'Belediyenin adını ya da posta kodunu yazın. Bazı yardımlar belediyeye bağlıdır.',
    },
    'household.couple': {
      label: 'Bir eşle ya da partnerle mi yaşıyorsunuz?',
      help: 'Evli, PACS’lı ya da birlikte yaşıyor olmanız: yardımlar için fark etmez.',
    },
    'children.count': {
      label: 'Sizinle yaşayan ve bakımını üstlendiğiniz kaç çocuk var?',
      help: 'Sizin olmasalar bile büyüttüğünüz çocukları sayın. Hiç yoksa 0 yazın.',
    },
    'child.birthDate': {
      label: '{n} numaralı çocuğun doğum tarihi',
      help: 'Çocukların yaşı aile yardımları için önemlidir.',
    },
    'applicant.activity': { label: 'Bugün durumunuz nedir?', options: activity },
    'partner.activity': {
      label: 'Birlikte yaşadığınız eşinizin ya da partnerinizin durumu nedir?',
      options: activity,
    },
    'applicant.incomes.salary': {
      label: 'İşinizden ayda ne kadar kazanıyorsunuz?',
      help: 'Net maaş, yani hesabınıza yatan tutar. Tutar değişiyorsa son 3 ayın ortalamasını alın.',
    },
    'applicant.incomes.selfEmployed': {
      label: 'Kendi hesabınıza yaptığınız işten ayda ne kadar kazanıyorsunuz?',
      help: 'Giderler ödendikten sonra size kalan, aylık ortalama.',
    },
    'applicant.incomes.unemploymentBenefit': {
      label: 'France Travail’den ayda ne kadar işsizlik ödeneği alıyorsunuz?',
      help: 'İşe dönüş ödeneği (ARE). Hiçbir şey almıyorsanız 0 yazın.',
    },
    'applicant.incomes.pension': {
      label: 'Ayda ne kadar emekli maaşı alıyorsunuz?',
      help: 'Temel emekli maaşı ile tamamlayıcı emekli maaşını toplayın, net tutar.',
    },
    'partner.incomes.salary': {
      label: 'Birlikte yaşadığınız kişi işinden ayda ne kadar kazanıyor?',
      help: 'Net maaş. Tutar değişiyorsa son 3 ayın ortalamasını alın.',
    },
    'partner.incomes.selfEmployed': {
      label: 'Birlikte yaşadığınız kişi kendi hesabına ayda ne kadar kazanıyor?',
      help: 'Giderler ödendikten sonra ona kalan, aylık ortalama.',
    },
    'partner.incomes.unemploymentBenefit': {
      label: 'Birlikte yaşadığınız kişi France Travail’den ayda ne kadar alıyor?',
      help: 'İşsizlik ödeneği. Hiçbir şey almıyorsa 0 yazın.',
    },
    'partner.incomes.pension': {
      label: 'Birlikte yaşadığınız kişi ayda ne kadar emekli maaşı alıyor?',
      help: 'Temel ve tamamlayıcı emekli maaşı, net tutar.',
    },
    'housing.status': {
      label: 'Nerede oturuyorsunuz?',
      options: {
        tenant: { label: 'Bir ev kiralıyorum', hint: 'Özel bir ev sahibinden.' },
        social_tenant: { label: 'Sosyal konutta (HLM) kiracıyım' },
        owner: { label: 'Ev sahibiyim, ödenecek kredim yok' },
        owner_with_loan: { label: 'Ev sahibiyim ve kredi ödüyorum' },
        hosted_free: { label: 'Ücretsiz kalıyorum', hint: 'Ailemin ya da arkadaşlarımın yanında.' },
        hostel: { label: 'Bir yurtta ya da sosyal konaklama yerinde' },
        homeless: { label: 'Evim yok' },
      },
    },
    'housing.rent': {
      label: 'Aidatlar hariç ayda ne kadar kira ödüyorsunuz?',
      help: 'Kira, kira sözleşmenizde ya da kira makbuzunda yazar. Aidatları saymayın.',
    },
    'housing.charges': {
      label: 'Ayda ne kadar aidat (charges) ödüyorsunuz?',
      help: 'Aidatlar: su, binanın bakımı, bazen ısınma. Kiraya dahilse 0 yazın.',
    },
    'applicant.disabilityRate': {
      label: 'MDPH size bir engellilik oranı tanıdı mı?',
      help: 'MDPH, engelli kişiler için il merkezidir. Oran, verdiği kararda yazar.',
      options: {
        none: { label: 'Hayır, tanınmış bir oran yok' },
        '50': { label: 'Evet, %50 ile %79 arası' },
        '80': { label: 'Evet, %80 ya da daha fazla' },
      },
    },
    'applicant.rsdae': {
      label: 'MDPH, engelinizin uzun süre iş bulmanızı engellediğini tanıdı mı?',
      help: 'Buna RSDAE denir (işe erişimde ciddi ve kalıcı kısıtlama). MDPH kararında yazar.',
    },
    'applicant.pregnant': {
      label: 'Bebek mi bekliyorsunuz?',
      help: 'Siz ya da birlikte yaşadığınız kişi hamileyse evet deyin.',
    },
    'child.schoolLevel': {
      label: '{n} numaralı çocuk bu yıl hangi sınıfta?',
      options: {
        none: { label: 'Okula gitmiyor' },
        maternelle: { label: 'Anaokulu (école maternelle)' },
        primaire: { label: 'İlkokul (CP’den CM2’ye)' },
        college: { label: 'Ortaokul (collège, 6e’den 3e’ye)' },
        lycee: { label: 'Lise (lycée), CAP ya da çıraklık' },
        superieur: { label: 'Lise sonrası eğitim (baccalauréat’dan sonra)' },
      },
    },
    'child.otherParent': {
      label: '{n} numaralı çocuğun diğer ebeveyni masraflarına katılıyor mu?',
      help: 'Örneğin bir hâkimin kararıyla ya da anlaşarak nafaka ödeyerek.',
      options: {
        pays: { label: 'Evet, nafaka ödüyor' },
        pays_less: { label: 'Küçük bir tutar ödüyor ya da her ay ödemiyor' },
        does_not_pay: { label: 'Hayır, hiçbir şey ödemiyor' },
        deceased_or_unknown: { label: 'Diğer ebeveyn vefat etti ya da bilinmiyor' },
      },
    },
    maintenanceReceived: {
      label: 'Çocuklarınız için ayda ne kadar nafaka alıyorsunuz?',
      help: 'Diğer ebeveynin çocuklar için ödediği para. Hiçbir şey ödemiyorsa 0 yazın.',
    },
    'applicant.unemploymentRightsExhausted': {
      label: 'İşsizlik ödeneği haklarınız ne durumda?',
      options: {
        no: { label: 'İşsizlik ödeneği (ARE) alıyorum' },
        yes: { label: 'Haklarım bitti ya da yakında bitecek' },
        never: { label: 'Hiç işsizlik ödeneği hakkım olmadı' },
      },
    },
    'applicant.widowed': { label: 'Eşiniz vefat etti mi?' },
    'applicant.workedFiveOfLastTenYears': {
      label: 'Son 10 yılda en az 5 yıl çalıştınız mı?',
      help: 'Kısa olanlar dahil, maaşlı tüm işlerinizi sayın.',
    },
    'applicant.incomes.other': {
      label: 'Her ay başka gelirleriniz var mı? Toplam tutarı yazın.',
      help: 'Örneğin hastalık ödeneği, bir irat, kiraya verilen bir mülkten gelir. Yoksa 0 yazın. CAF yardımlarını saymayın.',
    },
    'applicant.nationality': {
      label: 'Uyruğunuz nedir?',
      help: 'Bazı yardımlar birkaç yıldır oturma izni olmasını ister.',
      options: {
        fr: { label: 'Fransız' },
        eu: {
          label: 'Avrupa Birliği’nden, Avrupa Ekonomik Alanı’ndan ya da İsviçre’den bir ülkenin vatandaşı',
        },
        other: { label: 'Başka bir uyruk' },
      },
    },
    'applicant.regularStay': {
      label: 'Geçerli bir oturma izniniz var mı?',
      help: 'Oturma kartı, yerleşik kartı ya da başvuru alındı belgesi.',
    },
    'applicant.residencePermitYears': {
      label: 'Kaç yıldır Fransa’da oturma izniniz var?',
      help: 'Çalışmaya izin veren ilk oturma izninizden bu yana geçen yılları sayın.',
    },
    'partner.birthDate': { label: 'Birlikte yaşadığınız kişinin doğum tarihi nedir?' },
    taxReferenceIncome: {
      label: 'Hanenizin vergi referans geliri (revenu fiscal de référence) nedir?',
      help: 'Gelir vergisi bildiriminizin üst kısmında yazar (vergi ödemeseniz bile). Bütün bir yılın tutarıdır.',
    },
    receiving: {
      label: 'Bu yardımlardan birini zaten alıyor musunuz?',
      help: 'Bugün aldıklarınızı işaretleyin. Hiçbirini almıyorsanız hiçbir şey işaretlemeyin.',
      options: {
        rsa: { label: 'RSA (aktif dayanışma geliri)' },
        ppa: { label: 'Çalışma primi (prime d’activité)' },
        aide_logement: { label: 'Konut yardımı (APL, ALF ya da ALS)' },
        css: { label: 'Complémentaire santé solidaire (tamamlayıcı sağlık sigortası)' },
        af: { label: 'Aile ödenekleri' },
        cf: { label: 'Aile ek ödeneği' },
        ars: { label: 'Okula dönüş ödeneği (ARS)' },
        asf: { label: 'Aile destek ödeneği (ASF)' },
        paje_base: { label: 'PAJE temel ödeneği (küçük çocuk)' },
        bourse_college: { label: 'Ortaokul (collège) bursu' },
        bourse_lycee: { label: 'Lise (lycée) bursu' },
        aah: { label: 'AAH (engelli yetişkin ödeneği)' },
        aspa: { label: 'ASPA (yaşlılık asgari geliri)' },
        ass: { label: 'ASS (özel dayanışma ödeneği)' },
        cheque_energie: { label: 'Enerji çeki (chèque énergie)' },
      },
    },
  },
  validation: {
    missingMoney: 'Avro olarak bir tutar yazın (hiçbir şey almıyorsanız 0).',
    missingMoneyDk: 'Avro olarak bir tutar yazın (hiçbir şey almıyorsanız 0) ya da “Bilmiyorum”u seçin.',
    missingNumber: 'Bir sayı yazın.',
    missingNumberDk: 'Bir sayı yazın ya da “Bilmiyorum”u seçin.',
    missingDate: 'Bir tarih yazın, örneğin 14/03/1988.',
    missingDateDk: 'Bir tarih yazın, örneğin 14/03/1988, ya da “Bilmiyorum”u seçin.',
    missingCommune: 'Belediyenizin adını ya da posta kodunu yazın, sonra listeden seçin.',
    missingYesNo: 'Evet ya da Hayır’ı seçin.',
    missingYesNoDk: 'Evet ya da Hayır’ı seçin, ya da “Bilmiyorum”u seçin.',
    missingChoice: 'Bir yanıt seçin.',
    missingChoiceDk: 'Bir yanıt seçin ya da “Bilmiyorum”u seçin.',
    notOffered: 'Bu seçenekler sunulmuyor: {list}.',
    dontKnowRefused: 'Bu soru kesin bir yanıt istiyor. Bir yanıt seçin.',
    moneyFormat: 'Tutarı yalnızca rakamla yazın, örneğin 850 ya da 850,50.',
    moneyRange: 'Tutar ayda {min} ile {max} arasında olmalıdır. Rakam sayısını kontrol edin.',
    integerFormat: 'Rakamlarla bir tam sayı yazın, örneğin 2.',
    integerRange: '{min} ile {max} arasında bir sayı yazın.',
    dateInvalid: 'Bu tarih yok. Günü, ayı ve yılı yazın, örneğin 14/03/1988.',
    dateFuture: 'Bu tarih gelecekte. Yılı kontrol edin.',
    dateTooYoung: 'Bu tarih {age} ediyor. En az {min} yaşında olmak gerekir: yılı kontrol edin.',
    dateTooOld: 'Bu tarih {age} yaş ediyor, bu çok fazla. Yılı kontrol edin.',
    dateParts: 'Günü, ayı ve yılı yazın, örneğin 14 3 1988.',
    datePartsDk: 'Günü, ayı ve yılı yazın, örneğin 14 3 1988, ya da “Bilmiyorum”u seçin.',
    communeCode:
      'Belediye kodunu yazın: 5 karakter, örneğin 94028 (INSEE kodu, her zaman posta kodu değildir).',
  },
};

export default tr;
