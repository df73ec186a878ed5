// Arabic strings of the validation helpers, fetched only when asked in Arabic.
import type { PartialTable } from './messages.js';
import type { ParseTable } from './parse-messages.js';

const ar: PartialTable<ParseTable> = {
  errMoneyFormat: 'اكتب المبلغ بالأرقام، مثال: 1200,50 (بدون حروف).',
  errMoneyNegative: 'اكتب مبلغًا موجبًا أو 0.',
  errMoneyDecimals: 'اكتب رقمين على الأكثر بعد الفاصلة (السنتيمات)، مثال: 12,50.',
  errMoneyTooLarge: 'يبدو هذا المبلغ كبيرًا جدًا: تحقّق من عدد الأصفار.',
  errDateIncomplete: 'اكتب اليوم والشهر والسنة، مثال: 27 3 1985.',
  errDateDay: 'يجب أن يكون اليوم رقمًا بين 1 و31.',
  errDateMonth: 'يجب أن يكون الشهر رقمًا بين 1 و12.',
  errDateYear: 'يجب أن تتكوّن السنة من 4 أرقام، مثال: 1985.',
  errDateFuture: 'يجب أن يكون التاريخ في الماضي: تحقّق من السنة.',
  errDateImpossible: 'هذا التاريخ غير موجود: الشهر {month} فيه {days} يومًا فقط. تحقّق من اليوم.',
};
export default ar;
