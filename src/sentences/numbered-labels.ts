/**
 * Words that label a numbered part of a text. A full stop after a number that opens a sentence,
 * alone (`1. المقدمة`) or after one of these words (`الفصل ٣. المناقشة`), numbers a heading or a
 * list item and does not end a sentence. One entry per line with its meaning, compared exactly.
 */
export const NUMBERED_LABELS: readonly string[] = [
  'فصل', // chapter
  'الفصل', // the chapter
  'باب', // part, section
  'الباب', // the part
  'جزء', // volume part
  'الجزء', // the volume part
  'قسم', // section
  'القسم', // the section
  'مادة', // article (of a law)
  'المادة', // the article
  'بند', // clause
  'البند', // the clause
  'فقرة', // paragraph
  'الفقرة', // the paragraph
  'ملحق', // appendix
  'الملحق', // the appendix
  'درس', // lesson
  'الدرس', // the lesson
  'الوحدة', // the unit
  'جدول', // table
  'الجدول', // the table
  'شكل', // figure
  'الشكل', // the figure
  'Chapter', // chapter
  'Section', // section
  'Part', // part
  'Article', // article
  'Figure', // figure
  'Table', // table
];
