import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/sentences/split-sentences.js';
import type { SplitOptions } from '../../src/sentences/types.js';

const sentencesOf = (text: string, options?: SplitOptions) =>
  splitSentences(text, options).map((sentence) => sentence.text);

type Case = [description: string, input: string, expected: string[]];

describe('splitSentences: line breaks', () => {
  it.each<Case>([
    [
      'a heading without final punctuation is its own sentence',
      'نتائج المفاوضات\nاتفق الطرفان على هدنة.',
      ['نتائج المفاوضات', 'اتفق الطرفان على هدنة.'],
    ],
    [
      'blank lines between paragraphs yield no empty sentence',
      'الفقرة الأولى.\n\n\nالفقرة الثانية.',
      ['الفقرة الأولى.', 'الفقرة الثانية.'],
    ],
    ['CRLF is one line break', 'سطر أول\r\nسطر ثان', ['سطر أول', 'سطر ثان']],
    ['a lone CR is a line break', 'سطر أول\rسطر ثان', ['سطر أول', 'سطر ثان']],
    ['LINE SEPARATOR is a line break', 'سطر أول\u2028سطر ثان', ['سطر أول', 'سطر ثان']],
    ['PARAGRAPH SEPARATOR is a line break', 'سطر أول\u2029سطر ثان', ['سطر أول', 'سطر ثان']],
    ['NEXT LINE is a line break', 'سطر أول\u0085سطر ثان', ['سطر أول', 'سطر ثان']],
    [
      'an abbreviation at the end of a paragraph ends the sentence',
      'أرسلوا الطلب إلى ص.ب.\nوصل الرد بعد أسبوع.',
      ['أرسلوا الطلب إلى ص.ب.', 'وصل الرد بعد أسبوع.'],
    ],
    [
      'spaces and no-break spaces around a sentence are trimmed',
      '  \u00a0 الجملة الوحيدة. \t',
      ['الجملة الوحيدة.'],
    ],
    ['text of spaces only has no sentence', ' \u00a0\t\n \u3000', []],
    ['the empty string has no sentence', '', []],
  ])('%s', (_, input, expected) => {
    expect(sentencesOf(input)).toEqual(expected);
  });
});

describe('splitSentences: terminators', () => {
  it.each<Case>([
    [
      'a full stop before a space ends a sentence',
      'وصل الوفد صباحا. بدأت المحادثات ظهرا.',
      ['وصل الوفد صباحا.', 'بدأت المحادثات ظهرا.'],
    ],
    [
      'an Arabic question mark ends a sentence',
      'متى تبدأ الجلسة؟ تبدأ بعد قليل.',
      ['متى تبدأ الجلسة؟', 'تبدأ بعد قليل.'],
    ],
    [
      'an exclamation mark ends a sentence',
      'يا له من يوم طويل! عاد الجميع إلى منازلهم.',
      ['يا له من يوم طويل!', 'عاد الجميع إلى منازلهم.'],
    ],
    ['a Latin question mark ends a sentence', 'Did it work? It did.', ['Did it work?', 'It did.']],
    [
      'a run of terminators stays together',
      'أحقا ما سمعت؟! لا أصدق ذلك!!! سنرى.',
      ['أحقا ما سمعت؟!', 'لا أصدق ذلك!!!', 'سنرى.'],
    ],
    [
      'a full stop directly before an Arabic letter ends a sentence',
      'انتهت الجلسة.وبدأ التصويت.',
      ['انتهت الجلسة.', 'وبدأ التصويت.'],
    ],
    [
      'a question mark directly before an Arabic letter ends a sentence',
      'هل انتهى العمل؟نعم انتهى.',
      ['هل انتهى العمل؟', 'نعم انتهى.'],
    ],
    [
      'a full stop on the wrong side of a space still ends the sentence before it',
      'بدأت الحملة في آذار 2019 .وانتهت في الصيف.',
      ['بدأت الحملة في آذار 2019 .', 'وانتهت في الصيف.'],
    ],
    [
      'a full stop after a closing bracket ends a sentence',
      'وقعت الدول على الاتفاق (ومنها الأردن). بدأ التنفيذ فورا.',
      ['وقعت الدول على الاتفاق (ومنها الأردن).', 'بدأ التنفيذ فورا.'],
    ],
    [
      'an exclamation mark alone in brackets is a comment, not an end',
      'أعلن الحزب فوزه (!) في الانتخابات.',
      ['أعلن الحزب فوزه (!) في الانتخابات.'],
    ],
    [
      'a question mark alone in brackets is a comment, not an end',
      'بلغ عدد الضحايا [؟] مئة شخص.',
      ['بلغ عدد الضحايا [؟] مئة شخص.'],
    ],
    [
      'a question mark right after an Arabic word ends a sentence before a digit',
      'كم عدد المشاركين؟300 مشارك.',
      ['كم عدد المشاركين؟', '300 مشارك.'],
    ],
    [
      'an exclamation mark inside a Latin name is not a boundary',
      'زار موقع Yahoo!Japan أمس.',
      ['زار موقع Yahoo!Japan أمس.'],
    ],
    [
      'a full stop after a Latin formula with a digit ends a sentence',
      'يتكون الماء من جزيئات H2O. انتقل الحديث إلى الطاقة.',
      ['يتكون الماء من جزيئات H2O.', 'انتقل الحديث إلى الطاقة.'],
    ],
    [
      'a full stop before a Latin letter or a symbol is not a boundary',
      'حفظ الملف باسم report.pdf في المجلد.',
      ['حفظ الملف باسم report.pdf في المجلد.'],
    ],
    [
      'the colon is not a boundary',
      'قال المتحدث: الوضع مستقر تماما.',
      ['قال المتحدث: الوضع مستقر تماما.'],
    ],
    [
      'the Arabic comma and semicolon are not boundaries',
      'وصل الوزير، ثم التقى السفير؛ وبعدها غادر.',
      ['وصل الوزير، ثم التقى السفير؛ وبعدها غادر.'],
    ],
    [
      'a time with a colon stays inside its sentence',
      'يبدأ الاجتماع الساعة 10:30 صباحا. لا تتأخروا.',
      ['يبدأ الاجتماع الساعة 10:30 صباحا.', 'لا تتأخروا.'],
    ],
  ])('%s', (_, input, expected) => {
    expect(sentencesOf(input)).toEqual(expected);
  });
});

describe('splitSentences: ellipses are pauses', () => {
  it.each<Case>([
    [
      'three full stops do not end a sentence',
      'انتظر قليلا... ثم تكلم بهدوء.',
      ['انتظر قليلا... ثم تكلم بهدوء.'],
    ],
    [
      'HORIZONTAL ELLIPSIS does not end a sentence',
      'انتظر قليلا… ثم تكلم بهدوء.',
      ['انتظر قليلا… ثم تكلم بهدوء.'],
    ],
    [
      'an ellipsis at the end of a line ends the sentence with the line',
      'كان يريد أن يقول…\nلكنه سكت.',
      ['كان يريد أن يقول…', 'لكنه سكت.'],
    ],
    [
      'an ellipsis with a question mark in its run ends a sentence',
      'هل انتهى الأمر...؟ لا أحد يعرف.',
      ['هل انتهى الأمر...؟', 'لا أحد يعرف.'],
    ],
    ['a million full stops are one sentence', '.'.repeat(1_000_000), ['.'.repeat(1_000_000)]],
  ])('%s', (_, input, expected) => {
    expect(sentencesOf(input)).toEqual(expected);
  });
});

describe('splitSentences: closing quotes and brackets stay with the sentence they close', () => {
  it.each<Case>([
    [
      'guillemets',
      'قال الوزير: «أنجزنا المهمة.» ثم غادر القاعة.',
      ['قال الوزير: «أنجزنا المهمة.»', 'ثم غادر القاعة.'],
    ],
    [
      'curly quotes',
      'قال القائد “لن نتراجع.” وصفق الحضور.',
      ['قال القائد “لن نتراجع.”', 'وصفق الحضور.'],
    ],
    [
      'ASCII double quotes',
      'كتب المراسل "الوضع هادئ." وأرسل تقريره.',
      ['كتب المراسل "الوضع هادئ."', 'وأرسل تقريره.'],
    ],
    [
      'ASCII single quotes',
      "كتب المراسل 'الوضع هادئ.' وأرسل تقريره.",
      ["كتب المراسل 'الوضع هادئ.'", 'وأرسل تقريره.'],
    ],
    [
      'a parenthesis',
      '(انظر الملحق الثاني.) يعرض الفصل التالي النتائج.',
      ['(انظر الملحق الثاني.)', 'يعرض الفصل التالي النتائج.'],
    ],
    [
      'a square bracket',
      '[ملاحظة المحرر.] نشر المقال أمس.',
      ['[ملاحظة المحرر.]', 'نشر المقال أمس.'],
    ],
    [
      'guillemets used the other way round',
      'قال: »انتهى الأمر.« ثم غادر.',
      ['قال: »انتهى الأمر.«', 'ثم غادر.'],
    ],
    [
      'curly quotes used the other way round',
      'قال القائد ”لن نتراجع.“ وصفق الحضور.',
      ['قال القائد ”لن نتراجع.“', 'وصفق الحضور.'],
    ],
    [
      'ornate parentheses',
      'قال تعالى ﴿إن الله غفور رحيم.﴾ ثم تلا آية أخرى.',
      ['قال تعالى ﴿إن الله غفور رحيم.﴾', 'ثم تلا آية أخرى.'],
    ],
    [
      'a question mark inside a quotation with its closing quote',
      'سأل الصحفي «متى تنتهي الحرب؟» فلم يجبه أحد.',
      ['سأل الصحفي «متى تنتهي الحرب؟»', 'فلم يجبه أحد.'],
    ],
    [
      'a closing quote cut off by a space still belongs to the sentence it closes',
      'قال: «انتهى الأمر. » ثم صمت.',
      ['قال: «انتهى الأمر. »', 'ثم صمت.'],
    ],
    [
      'a stray comma after a full stop belongs to the sentence before it',
      'تم توقيع الاتفاق. , وبعد ذلك عاد الوفد.',
      ['تم توقيع الاتفاق. ,', 'وبعد ذلك عاد الوفد.'],
    ],
    [
      'a comma glued after a dash after a full stop belongs to the sentence before it, as with spaces',
      'تم توقيع الاتفاق.-، وبعد ذلك عاد الوفد.',
      ['تم توقيع الاتفاق.-،', 'وبعد ذلك عاد الوفد.'],
    ],
    [
      'stray commas glued after an exclamation mark belong to the sentence before it, as with spaces',
      'انتهى الاجتماع!،، ثم غادر الوفد.',
      ['انتهى الاجتماع!،،', 'ثم غادر الوفد.'],
    ],
    [
      'a comma glued after a footnote after a full stop belongs to the sentence before it',
      'تم توقيع الاتفاق.[3]، وبعد ذلك عاد الوفد.',
      ['تم توقيع الاتفاق.[3]،', 'وبعد ذلك عاد الوفد.'],
    ],
    [
      'an ASCII quote closing after a dash after a full stop belongs to the sentence before it',
      'قال: "تم توقيع الاتفاق.-" وبعد ذلك عاد الوفد.',
      ['قال: "تم توقيع الاتفاق.-"', 'وبعد ذلك عاد الوفد.'],
    ],
    [
      'an ASCII quote and a comma glued after a footnote after a full stop belong to the sentence before it',
      'قال: "تم توقيع الاتفاق.[3]"، وبعد ذلك عاد الوفد.',
      ['قال: "تم توقيع الاتفاق.[3]"،', 'وبعد ذلك عاد الوفد.'],
    ],
    [
      'an ASCII quote after a space opens the next sentence',
      'انتهى العمل. "بدأ فصل جديد" قال المدير.',
      ['انتهى العمل.', '"بدأ فصل جديد" قال المدير.'],
    ],
    [
      'an unbalanced quotation is split like any other text',
      'قال: «لن نتراجع. سنواصل القتال. ثم صمت',
      ['قال: «لن نتراجع.', 'سنواصل القتال.', 'ثم صمت'],
    ],
    [
      'a quotation of several sentences is split inside',
      'قال “وصلنا. بدأنا العمل.” وابتسم.',
      ['قال “وصلنا.', 'بدأنا العمل.”', 'وابتسم.'],
    ],
  ])('%s', (_, input, expected) => {
    expect(sentencesOf(input)).toEqual(expected);
  });
});

describe('splitSentences: numbers', () => {
  it.each<Case>([
    ['an ASCII decimal', 'بلغ النمو 3.5 بالمئة هذا العام.', ['بلغ النمو 3.5 بالمئة هذا العام.']],
    [
      'an Arabic-Indic decimal with a full stop',
      'بلغ النمو ٢.٤ بالمئة.',
      ['بلغ النمو ٢.٤ بالمئة.'],
    ],
    ['a Persian decimal with a full stop', 'بلغ النمو ۳.۷ بالمئة.', ['بلغ النمو ۳.۷ بالمئة.']],
    [
      'an Arabic-Indic decimal with the ARABIC DECIMAL SEPARATOR',
      'بلغ النمو ١٠٫٥ بالمئة.',
      ['بلغ النمو ١٠٫٥ بالمئة.'],
    ],
    [
      'a decimal that ends a sentence',
      'ارتفع المؤشر إلى 7.7. ثم انخفض.',
      ['ارتفع المؤشر إلى 7.7.', 'ثم انخفض.'],
    ],
    [
      'a year that ends a sentence',
      'انتهت الحرب عام 2017. بدأ الإعمار بعدها.',
      ['انتهت الحرب عام 2017.', 'بدأ الإعمار بعدها.'],
    ],
    [
      'a number that opens a line numbers a list item',
      '1. تعزيز التعاون الأمني',
      ['1. تعزيز التعاون الأمني'],
    ],
    [
      'a number after a format control at the start of a line still numbers a list item',
      '\u200f1. تعزيز التعاون الأمني',
      ['\u200f1. تعزيز التعاون الأمني'],
    ],
    [
      'a number after a mark that no letter carries still numbers a list item',
      '\u064b 1. تعزيز التعاون الأمني',
      ['\u064b 1. تعزيز التعاون الأمني'],
    ],
    [
      'a number after a chapter word numbers a heading',
      'الفصل ٢. النتائج والمناقشة.',
      ['الفصل ٢. النتائج والمناقشة.'],
    ],
    [
      'a number after an article word numbers a heading after a sentence',
      'وقع الطرفان العقد. المادة 5. يلتزم الطرفان بالسرية.',
      ['وقع الطرفان العقد.', 'المادة 5. يلتزم الطرفان بالسرية.'],
    ],
    [
      'a number after an ordinary word ends the sentence',
      'بلغ عدد المشاركين 200. وكانوا من عشرين دولة.',
      ['بلغ عدد المشاركين 200.', 'وكانوا من عشرين دولة.'],
    ],
    [
      'a thousands separator stays inside its sentence',
      'حررت القوات 110,000 كيلومتر مربع. انتهت المعركة.',
      ['حررت القوات 110,000 كيلومتر مربع.', 'انتهت المعركة.'],
    ],
  ])('%s', (_, input, expected) => {
    expect(sentencesOf(input)).toEqual(expected);
  });
});

describe('splitSentences: initials and abbreviations', () => {
  it.each<Case>([
    // initials
    [
      'an Arabic initial inside a name',
      'التقى سامي ع. الخطيب بالوفد.',
      ['التقى سامي ع. الخطيب بالوفد.'],
    ],
    [
      'a Latin initial inside a name',
      'كتب John F. Kennedy الخطاب.',
      ['كتب John F. Kennedy الخطاب.'],
    ],
    ['a chain of Arabic initials', 'زار ج.م.ع. وفد رسمي.', ['زار ج.م.ع. وفد رسمي.']],
    // titles
    ['د. before a name', 'استقبلت د. منى الزوار.', ['استقبلت د. منى الزوار.']],
    ['أ. before a name', 'ألقى أ. سمير كلمة.', ['ألقى أ. سمير كلمة.']],
    ['أ.د. before a name', 'حاضر أ.د. خالد في الجامعة.', ['حاضر أ.د. خالد في الجامعة.']],
    ['أ. د. with a space', 'حاضر أ. د. خالد في الجامعة.', ['حاضر أ. د. خالد في الجامعة.']],
    ['م. (engineer) before a name', 'أشرف م. وائل على البناء.', ['أشرف م. وائل على البناء.']],
    ['عق. (colonel) before a name', 'قاد عق. سالم الكتيبة.', ['قاد عق. سالم الكتيبة.']],
    // dates
    ['م. after a year', 'ولد عام 1950 م. في دمشق.', ['ولد عام 1950 م. في دمشق.']],
    ['م. glued to a year', 'ولد عام 1950م. في دمشق.', ['ولد عام 1950م. في دمشق.']],
    ['هـ. after a year', 'توفي سنة 505 هـ. في بغداد.', ['توفي سنة 505 هـ. في بغداد.']],
    [
      'ق.م. after a year',
      'بني المعبد نحو 1200 ق.م. على النهر.',
      ['بني المعبد نحو 1200 ق.م. على النهر.'],
    ],
    // addresses, companies, currencies
    ['ص.ب. before a number', 'راسلونا على ص.ب. 1234 في جدة.', ['راسلونا على ص.ب. 1234 في جدة.']],
    [
      'ش.م.ع. after a company name',
      'أعلنت شركة النور ش.م.ع. أرباحها.',
      ['أعلنت شركة النور ش.م.ع. أرباحها.'],
    ],
    ['ر.س. after a price', 'بلغ السعر 500 ر.س. للطن الواحد.', ['بلغ السعر 500 ر.س. للطن الواحد.']],
    // references
    ['ص. before a page number', 'راجع ص. ٤٥ من التقرير.', ['راجع ص. ٤٥ من التقرير.']],
    [
      'مج. before a volume number',
      'ورد ذلك في مج. 3 من الموسوعة.',
      ['ورد ذلك في مج. 3 من الموسوعة.'],
    ],
    [
      'إلخ. inside a sentence',
      'اشترينا الخضار والفاكهة إلخ. من السوق.',
      ['اشترينا الخضار والفاكهة إلخ. من السوق.'],
    ],
    // Latin
    [
      'Inc. before an Arabic word',
      'عمل في شركة Acme Inc. لعشر سنوات.',
      ['عمل في شركة Acme Inc. لعشر سنوات.'],
    ],
    ['Dr. before a name', 'قابلنا Dr. Smith في المؤتمر.', ['قابلنا Dr. Smith في المؤتمر.']],
    [
      'U.S. before an Arabic word',
      'أعلنت وزارة U.S. الخارجية ذلك.',
      ['أعلنت وزارة U.S. الخارجية ذلك.'],
    ],
    [
      'e.g. inside a sentence',
      'مصادر متجددة e.g. الشمس والرياح.',
      ['مصادر متجددة e.g. الشمس والرياح.'],
    ],
    [
      'a bidi-wrapped dot after د',
      'قال د\u202a.\u202c سمير إن الوضع مستقر.',
      ['قال د\u202a.\u202c سمير إن الوضع مستقر.'],
    ],
  ])('%s is not a boundary', (_, input, expected) => {
    expect(sentencesOf(input)).toEqual(expected);
  });

  it.each<Case>([
    [
      'م. before ثم',
      'ولد عام 1950 م. ثم انتقل إلى القاهرة.',
      ['ولد عام 1950 م.', 'ثم انتقل إلى القاهرة.'],
    ],
    ['هـ. before وكان', 'توفي سنة 505 هـ. وكان عالما.', ['توفي سنة 505 هـ.', 'وكان عالما.']],
    [
      'إلخ. before وقد',
      'اشترينا الخضار إلخ. وقد عدنا مساء.',
      ['اشترينا الخضار إلخ.', 'وقد عدنا مساء.'],
    ],
    ['إلخ. glued to ثم', 'اشترينا الخضار إلخ.ثم عدنا.', ['اشترينا الخضار إلخ.', 'ثم عدنا.']],
    [
      'Inc. before The',
      'The deal went to Acme Inc. The shares rose.',
      ['The deal went to Acme Inc.', 'The shares rose.'],
    ],
    ['an abbreviation at the end of the text', 'وصل الطرد إلى ص.ب.', ['وصل الطرد إلى ص.ب.']],
  ])('%s ends the sentence (a sentence starter follows)', (_, input, expected) => {
    expect(sentencesOf(input)).toEqual(expected);
  });

  it('a word that only begins like a sentence starter does not end the sentence', () => {
    expect(sentencesOf('ولد عام 1950 م. ثمانية أطفال ولدوا.')).toEqual([
      'ولد عام 1950 م. ثمانية أطفال ولدوا.',
    ]);
  });

  it('a sentence starter written with diacritics still ends the sentence', () => {
    expect(sentencesOf('ولد عام 1950 م. ثُمَّ انتقل.')).toEqual(['ولد عام 1950 م.', 'ثُمَّ انتقل.']);
  });
});

describe('splitSentences: links, addresses, paths and Markdown images', () => {
  it.each<Case>([
    [
      'a URL with dots',
      'اقرأ التقرير على https://example.org/news/2024.html اليوم. شكرا.',
      ['اقرأ التقرير على https://example.org/news/2024.html اليوم.', 'شكرا.'],
    ],
    [
      'a URL with a dot before an Arabic letter',
      'انظر https://ar.example.org/مقالات.جديدة اليوم.',
      ['انظر https://ar.example.org/مقالات.جديدة اليوم.'],
    ],
    [
      'a www address with Arabic labels',
      'زوروا www.وزارة.مثال للمزيد.',
      ['زوروا www.وزارة.مثال للمزيد.'],
    ],
    [
      'an e-mail address',
      'راسلوا ahmad.ali@example.com للمزيد. شكرا لكم.',
      ['راسلوا ahmad.ali@example.com للمزيد.', 'شكرا لكم.'],
    ],
    [
      'an e-mail address with an Arabic domain',
      'راسلوا info@وزارة.مثال للمزيد.',
      ['راسلوا info@وزارة.مثال للمزيد.'],
    ],
    [
      'a path with an Arabic file name',
      'الملف /data/تقارير.السنة/ملخص.pdf محفوظ.',
      ['الملف /data/تقارير.السنة/ملخص.pdf محفوظ.'],
    ],
    [
      'a URL that ends a sentence',
      'سجلوا في example.com. ثم انتظروا الرد.',
      ['سجلوا في example.com.', 'ثم انتظروا الرد.'],
    ],
    [
      'a Markdown image whose caption holds a full stop and a bracketed credit',
      '![جنود في التدريب. [الجيش]](/images/2026/01/a-600_384.webp)\nبدأ التدريب.',
      ['![جنود في التدريب. [الجيش]](/images/2026/01/a-600_384.webp)', 'بدأ التدريب.'],
    ],
    [
      'a Markdown image inside a line',
      'قبل الصورة ![وصف. آخر](x.png) بعد الصورة. انتهى.',
      ['قبل الصورة ![وصف. آخر](x.png) بعد الصورة.', 'انتهى.'],
    ],
  ])('%s holds no boundary', (_, input, expected) => {
    expect(sentencesOf(input)).toEqual(expected);
  });

  // The scan reads `/` and `@` only when a terminator glued to a word needs them (resolveLinks):
  // these pin which of them make the word a link.
  it.each<Case>([
    [
      'a / inside a word (neither first nor after :) makes no link',
      'جاء خبر/عاجل.بعده',
      ['جاء خبر/عاجل.', 'بعده'],
    ],
    [
      'an @ that starts the word makes no address',
      'حسابه @الوزارة.جديد',
      ['حسابه @الوزارة.', 'جديد'],
    ],
    [
      'a / in a footnote glued to a stop that ends nothing makes no link',
      'انظر د.[:/]الملف.جديد',
      ['انظر د.[:/]الملف.', 'جديد'],
    ],
    [
      'an @ in a footnote glued to a stop that ends nothing makes no address',
      'انظر د.[x@y]الملف.جديد',
      ['انظر د.[x@y]الملف.', 'جديد'],
    ],
  ])('%s', (_, input, expected) => {
    expect(sentencesOf(input)).toEqual(expected);
  });

  it.each<Case>([
    ['a word that starts with /', 'انظر /مسار/ملف.جديد اليوم.', ['انظر /مسار/ملف.جديد اليوم.']],
    ['a word with an @ inside', 'حسابه وزارة@الخارجية.جديد', ['حسابه وزارة@الخارجية.جديد']],
  ])('%s is a link: a full stop glued inside it ends nothing', (_, input, expected) => {
    expect(sentencesOf(input)).toEqual(expected);
  });

  it('an unclosed Markdown image is ordinary text', () => {
    expect(sentencesOf('![وصف الصورة. بقية النص')).toEqual(['![وصف الصورة.', 'بقية النص']);
  });
});

describe('splitSentences: offsets', () => {
  it('reports UTF-16 offsets into the input, around the trimmed text', () => {
    const input = '  وصل الوفد. 😀 بدأ العمل!\nعنوان ';
    expect(splitSentences(input)).toEqual([
      { text: 'وصل الوفد.', start: 2, end: 12 },
      { text: '😀 بدأ العمل!', start: 13, end: 26 },
      { text: 'عنوان', start: 27, end: 32 },
    ]);
  });

  it('a format control before the next sentence belongs to that sentence', () => {
    expect(sentencesOf('انتهى. \u200fبدأ العمل.')).toEqual(['انتهى.', '\u200fبدأ العمل.']);
  });

  it('offsets are into the raw input, format controls included', () => {
    const input = '\u200fوصل.\u200f بدأ.';
    const sentences = splitSentences(input);
    expect(sentences.map((s) => [s.start, s.end])).toEqual([
      [0, 6],
      [7, 11],
    ]);
    expect(sentences.map((s) => input.slice(s.start, s.end))).toEqual(sentences.map((s) => s.text));
  });
});

describe('splitSentences: the abbreviations option', () => {
  const input = 'استقبل وز. الخارجية الوفد.';

  it('an unknown abbreviation ends the sentence by default', () => {
    expect(sentencesOf(input)).toEqual(['استقبل وز.', 'الخارجية الوفد.']);
  });

  it.each([
    ['without the final dot', ['وز']],
    ['with the final dot', ['وز.']],
  ])('an added abbreviation %s does not end the sentence', (_, abbreviations) => {
    expect(sentencesOf(input, { abbreviations })).toEqual([input]);
  });

  it('an added dotted abbreviation does not end the sentence', () => {
    const dotted = 'حصل على درجة Dipl.Ing. من الجامعة.';
    expect(sentencesOf(dotted)).toEqual(['حصل على درجة Dipl.Ing.', 'من الجامعة.']);
    expect(sentencesOf(dotted, { abbreviations: ['Dipl.Ing'] })).toEqual([dotted]);
  });

  it('added abbreviations keep the built-in ones', () => {
    expect(sentencesOf('استقبلت د. منى وز. الخارجية.', { abbreviations: ['وز'] })).toEqual([
      'استقبلت د. منى وز. الخارجية.',
    ]);
  });

  it('an empty list and undefined keep the built-in list', () => {
    expect(sentencesOf(input, { abbreviations: [] })).toEqual(sentencesOf(input));
    expect(sentencesOf(input, { abbreviations: undefined })).toEqual(sentencesOf(input));
  });
});

describe('splitSentences: the hardWrapped option', () => {
  const wrapped = { hardWrapped: true };

  it.each<Case>([
    [
      'a single line break inside a sentence is a space',
      'أعلن الوزير أن المشروع\nسيكتمل قبل نهاية العام.',
      ['أعلن الوزير أن المشروع\nسيكتمل قبل نهاية العام.'],
    ],
    [
      'a line that ends with a full stop ends the sentence',
      'اكتمل المشروع.\nبدأ التشغيل أمس.',
      ['اكتمل المشروع.', 'بدأ التشغيل أمس.'],
    ],
    [
      'a blank line ends a sentence without a terminator',
      'عنوان الخبر\n\nنص الخبر',
      ['عنوان الخبر', 'نص الخبر'],
    ],
    [
      'a blank line holding spaces ends a sentence',
      'عنوان الخبر\n \t \nنص الخبر',
      ['عنوان الخبر', 'نص الخبر'],
    ],
    ['CRLF is one line break', 'السطر الأول\r\nيكمل الجملة', ['السطر الأول\r\nيكمل الجملة']],
    ['CRLF twice is a blank line', 'فقرة\r\n\r\nفقرة ثانية', ['فقرة', 'فقرة ثانية']],
    ['PARAGRAPH SEPARATOR ends a sentence', 'فقرة\u2029فقرة ثانية', ['فقرة', 'فقرة ثانية']],
    [
      'a title at the end of a line keeps its name on the next line',
      'استقبل د.\nسمير الوفد.',
      ['استقبل د.\nسمير الوفد.'],
    ],
    [
      'an era at the end of a line ends the sentence before a conjunction and a verb',
      'بني الجسر عام 1990م.\nوافتتح بعد عام.',
      ['بني الجسر عام 1990م.', 'وافتتح بعد عام.'],
    ],
    [
      'a spelled acronym wrapped over two lines stays whole',
      'نقلت قناة بي. بي.\nسي الخبر.',
      ['نقلت قناة بي. بي.\nسي الخبر.'],
    ],
  ])('%s', (_, input, expected) => {
    expect(sentencesOf(input, wrapped)).toEqual(expected);
  });

  it('is off by default and when false: every line break ends a sentence', () => {
    const text = 'أعلن الوزير أن المشروع\nسيكتمل قريبا.';
    const lines = ['أعلن الوزير أن المشروع', 'سيكتمل قريبا.'];
    expect(sentencesOf(text)).toEqual(lines);
    expect(sentencesOf(text, { hardWrapped: false })).toEqual(lines);
  });

  it('keeps offsets into the input, line breaks inside a sentence included', () => {
    const text = ' أول\nثان. ثالث ';
    expect(splitSentences(text, wrapped)).toEqual([
      { text: 'أول\nثان.', start: 1, end: 9 },
      { text: 'ثالث', start: 10, end: 14 },
    ]);
  });

  it('works with the abbreviations option', () => {
    expect(
      sentencesOf('استقبل وز.\nالخارجية الوفد.', { hardWrapped: true, abbreviations: ['وز'] }),
    ).toEqual(['استقبل وز.\nالخارجية الوفد.']);
  });

  it.each<[string, unknown]>([
    ['a string', 'yes'],
    ['a number', 1],
    ['null', null],
  ])('rejects hardWrapped given as %s with a TypeError naming the option', (_, hardWrapped) => {
    expect(() => splitSentences('نص.', { hardWrapped } as unknown as SplitOptions)).toThrowError(
      /option "hardWrapped"/,
    );
  });
});

describe('splitSentences: invalid arguments', () => {
  it.each<[string, unknown]>([
    ['a string', 'وز'],
    ['an object', { وز: true }],
    ['null', null],
    ['an array holding a number', [1]],
    ['an array holding an empty string', ['']],
    ['an array holding a lone dot', ['.']],
    ['an array holding a string with a space', ['وز ير']],
    ['an array holding a string with a line break', ['وز\nير']],
    ['an array holding a question mark', ['ما؟']],
  ])('rejects abbreviations given as %s with a TypeError naming the option', (_, abbreviations) => {
    expect(() => splitSentences('نص.', { abbreviations } as unknown as SplitOptions)).toThrowError(
      /option "abbreviations"/,
    );
    expect(() => splitSentences('نص.', { abbreviations } as unknown as SplitOptions)).toThrow(
      TypeError,
    );
  });

  it('rejects an unknown option with a TypeError naming it', () => {
    expect(() => splitSentences('نص.', { abbrevs: [] } as unknown as SplitOptions)).toThrowError(
      /unknown option "abbrevs"/,
    );
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['an array', []],
    ['a string', 'ar'],
  ])('rejects options given as %s', (_, options) => {
    expect(() => splitSentences('نص.', options as SplitOptions)).toThrowError(TypeError);
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['a number', 42],
    ['null', null],
  ])('rejects text given as %s', (_, text) => {
    expect(() => splitSentences(text as string)).toThrowError(/argument "text" must be a string/);
  });
});
