// The page's own words in Arabic and English. The language comes from the reader's choice (kept in
// localStorage), else from the browser's languages; <html lang dir> follow it. Article and answer
// text is never translated here: only the page's chrome.

const STORAGE_KEY = 'isnad.language';
export const LANGUAGES = ['ar', 'en'];

const STRINGS = {
  en: {
    pageTitle: 'Isnad · Answers from the articles',
    skipLink: 'Skip to the question box',
    brandHome: 'Isnad, back to the conversation',
    tagline: 'Answers from the articles, with their sources',
    pageNav: 'Page',
    articles: 'Articles',
    newConversation: 'New conversation',
    newConversationShort: 'New',
    switchLanguage: 'العربية',
    switchLanguageLabel: 'اعرض الصفحة بالعربية (Show the page in Arabic)',
    switchLanguageLang: 'ar',
    conversation: 'Conversation',
    welcomeTitle: 'Ask the articles',
    welcomeText: 'Questions in Arabic or English. Every answer quotes the article sentences it rests on, and says so plainly when the articles do not answer.',
    examples: 'Example questions',
    yourQuestion: 'Your question',
    placeholder: 'Ask a question',
    send: 'Send',
    composerHint: 'Enter sends · Shift+Enter adds a line',
    closePanel: 'Close the article panel',
    youAsked: 'You asked: ',
    answer: 'Answer',
    searching: 'Searching the articles…',
    notInArticles: 'Not in the articles',
    shortAnswer: 'Short answer',
    shortAnswerOpen: (text) => `Short answer: ${text}. Open it in its article`,
    source: 'Source',
    sources: (n) => `Sources · ${n}`,
    sourcesLabel: 'Sources',
    sourceChip: (n, title) => `Source ${n}: ${title}`,
    appendedStory: 'appended story',
    closest: 'Closest articles searched',
    closestLabel: 'Closest articles',
    copy: 'Copy answer',
    copied: 'Copied',
    copyFailed: 'Copy failed',
    tryAgain: 'Try again',
    couldNotAnswer: 'Could not get an answer. ',
    expired: 'The earlier conversation had expired, so this started a new one.',
    fallback: 'Quoted straight from the articles: the language model was unavailable.',
    unsupported: (n) => (n === 1 ? 'One sentence cites no article.' : `${n} sentences cite no article.`),
    details: 'Details',
    searchedFor: 'Searched for ',
    took: (ms) => `Answered in ${ms} ms`,
    cached: 'The same answer as to this question a moment ago: the articles have not changed since',
    writtenBy: (mode) => (mode === 'llm' ? 'Written by the language model from the quoted sentences' : 'Quoted from the articles'),
    feedbackGroup: 'Was this answer helpful?',
    helpful: 'Helpful',
    notHelpful: 'Not helpful',
    feedbackSending: 'Sending…',
    feedbackThanks: 'Thank you: your feedback was recorded.',
    feedbackFailed: (message) => `Your feedback was not recorded: ${message} Press the button again to retry.`,
    loading: 'Loading…',
    allArticles: '← All articles',
    articleSearch: 'Search headlines and file names',
    articleSearchPlaceholder: 'Search articles',
    dateFrom: 'From',
    dateTo: 'To',
    indexedSummary: (indexed, skipped) => (skipped > 0 ? `${indexed} indexed, ${skipped} skipped` : `${indexed} articles indexed`),
    range: (from, to, total) => `${from}–${to} of ${total}`,
    noMatches: 'No article matches this search.',
    previous: 'Previous',
    next: 'Next',
    pages: 'Article pages',
    notIndexed: (reason) => `Not indexed: ${reason || 'skipped'}`,
    sentences: (n) => `${n} sentences`,
    quoteGone: 'The quoted sentence is no longer in this article.',
    appendixNote: 'Printed after “read also”: a different story, not part of the article above.',
    appendedStoryTitle: 'Appended story',
    streamStopped: 'The answer stopped before it was complete. Please ask again.',
    serviceAnswered: (status) => `The service answered ${status}.`,
    couldNotAnswerService: 'The service could not answer.',
    unreachable: 'The service cannot be reached. Check the connection, or whether Isnad is running, then try again.',
    busy: (seconds) => (seconds ? `The service is busy. Try again in ${seconds} seconds.`
      : 'The service is busy. Try again in a moment.'),
    notReady: 'The service is not ready yet (it may still be reading the articles). Try again in a moment.',
    questionLimit: (n) => `A question may have at most ${n} characters; the rest is left out.`,
  },
  ar: {
    pageTitle: 'إسناد · أجوبة من المقالات',
    skipLink: 'انتقل إلى خانة السؤال',
    brandHome: 'إسناد، العودة إلى المحادثة',
    tagline: 'أجوبة من المقالات مع مصادرها',
    pageNav: 'الصفحة',
    articles: 'المقالات',
    newConversation: 'محادثة جديدة',
    newConversationShort: 'جديدة',
    switchLanguage: 'English',
    switchLanguageLabel: 'Show the page in English (اعرض الصفحة بالإنجليزية)',
    switchLanguageLang: 'en',
    conversation: 'المحادثة',
    welcomeTitle: 'اسأل المقالات',
    welcomeText: 'اسأل بالعربية أو بالإنجليزية. كل جواب يقتبس جمل المقالات التي يستند إليها، ويقول بوضوح إن لم تجب المقالات عن السؤال.',
    examples: 'أسئلة للتجربة',
    yourQuestion: 'سؤالك',
    placeholder: 'اكتب سؤالك',
    send: 'إرسال',
    composerHint: 'Enter للإرسال · Shift+Enter لسطر جديد',
    closePanel: 'أغلق لوحة المقال',
    youAsked: 'سألت: ',
    answer: 'الجواب',
    searching: 'جارٍ البحث في المقالات…',
    notInArticles: 'غير موجود في المقالات',
    shortAnswer: 'الجواب المختصر',
    shortAnswerOpen: (text) => `الجواب المختصر: ${text}. افتحه في مقاله`,
    source: 'المصدر',
    sources: (n) => `المصادر · ${n}`,
    sourcesLabel: 'المصادر',
    sourceChip: (n, title) => `المصدر ${n}: ${title}`,
    appendedStory: 'خبر ملحق',
    closest: 'أقرب المقالات التي بُحث فيها',
    closestLabel: 'أقرب المقالات',
    copy: 'انسخ الجواب',
    copied: 'نُسخ',
    copyFailed: 'تعذّر النسخ',
    tryAgain: 'حاول مجدداً',
    couldNotAnswer: 'تعذّر الحصول على جواب. ',
    expired: 'انتهت المحادثة السابقة، فبدأت هذه محادثة جديدة.',
    fallback: 'مقتبس من المقالات مباشرة: النموذج اللغوي لم يكن متاحاً.',
    unsupported: (n) => (n === 1 ? 'جملة واحدة لا تستشهد بأي مقال.' : `${n} جمل لا تستشهد بأي مقال.`),
    details: 'التفاصيل',
    searchedFor: 'بُحث عن ',
    took: (ms) => `أُجيب في ${ms} ملّي ثانية`,
    cached: 'الجواب نفسه الذي أُعطي لهذا السؤال من قبل: لم تتغير المقالات منذ ذلك الحين',
    writtenBy: (mode) => (mode === 'llm' ? 'كتبه النموذج اللغوي من الجمل المقتبسة' : 'مقتبس من المقالات'),
    feedbackGroup: 'هل أفادك هذا الجواب؟',
    helpful: 'مفيد',
    notHelpful: 'غير مفيد',
    feedbackSending: 'جارٍ الإرسال…',
    feedbackThanks: 'شكراً لك: سُجّل رأيك.',
    feedbackFailed: (message) => `لم يُسجَّل رأيك: ${message} اضغط الزر مرة أخرى لإعادة المحاولة.`,
    loading: 'جارٍ التحميل…',
    allArticles: '→ كل المقالات',
    articleSearch: 'ابحث في العناوين وأسماء الملفات',
    articleSearchPlaceholder: 'ابحث في المقالات',
    dateFrom: 'من',
    dateTo: 'إلى',
    indexedSummary: (indexed, skipped) => (skipped > 0 ? `${indexed} مفهرسة، ${skipped} متروكة` : `${indexed} مقالة مفهرسة`),
    range: (from, to, total) => `${from}–${to} من ${total}`,
    noMatches: 'لا مقال يطابق هذا البحث.',
    previous: 'السابق',
    next: 'التالي',
    pages: 'صفحات المقالات',
    notIndexed: (reason) => `لم يُفهرس: ${reason || 'متروك'}`,
    sentences: (n) => `${n} جملة`,
    quoteGone: 'الجملة المقتبسة لم تعد في هذا المقال.',
    appendixNote: 'منشور بعد «اقرأ أيضاً»: خبر آخر ليس جزءاً من المقال أعلاه.',
    appendedStoryTitle: 'خبر ملحق',
    streamStopped: 'توقف الجواب قبل أن يكتمل. أعد السؤال من فضلك.',
    serviceAnswered: (status) => `ردّت الخدمة بالرمز ${status}.`,
    couldNotAnswerService: 'تعذّر على الخدمة الإجابة.',
    unreachable: 'تعذّر الوصول إلى الخدمة. تحقّق من الاتصال أو من أن إسناد يعمل، ثم حاول مجدداً.',
    busy: (seconds) => (seconds ? `الخدمة مشغولة. حاول مجدداً بعد ${seconds} ثانية.`
      : 'الخدمة مشغولة. حاول مجدداً بعد قليل.'),
    notReady: 'الخدمة ليست جاهزة بعد (ربما لا تزال تقرأ المقالات). حاول مجدداً بعد قليل.',
    questionLimit: (n) => `يتسع السؤال لـ${n} حرف على الأكثر؛ وما زاد لا يُرسل.`,
  },
};

let current = initialLanguage();

function initialLanguage() {
  const stored = readStored();
  if (LANGUAGES.includes(stored)) return stored;
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  // The first of the reader's languages that the page speaks; Arabic when none is.
  for (const tag of preferred) {
    const base = String(tag ?? '').toLowerCase().split('-')[0];
    if (LANGUAGES.includes(base)) return base;
  }
  return 'ar';
}

function readStored() {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage blocked (private mode, policy): the choice lasts for this page only
  }
}

export function language() {
  return current;
}

export function direction(lang = current) {
  return lang === 'ar' ? 'rtl' : 'ltr';
}

/** The page's string `key` (a function's result when it takes arguments), in `lang` or the page's language. */
export function t(key, ...args) {
  return translate(current, key, ...args);
}

/** Like t(), in a given language: an Arabic answer's labels are Arabic whatever the page's language. */
export function translate(lang, key, ...args) {
  const table = STRINGS[LANGUAGES.includes(lang) ? lang : current];
  const value = table[key] ?? STRINGS.en[key];
  return typeof value === 'function' ? value(...args) : value;
}

/** Sets the page's language, remembers it, and rewrites every element marked with data-i18n. */
export function setLanguage(lang) {
  current = LANGUAGES.includes(lang) ? lang : current;
  try {
    localStorage.setItem(STORAGE_KEY, current);
  } catch {
    // not remembered; see readStored()
  }
  applyLanguage();
}

/**
 * Writes the chrome in the current language: data-i18n="key" sets the text, and
 * data-i18n-attr="attr:key attr:key" sets attributes (placeholder, aria-label...).
 */
export function applyLanguage(root = document) {
  document.documentElement.lang = current;
  document.documentElement.dir = direction();
  document.title = t('pageTitle');
  for (const node of root.querySelectorAll('[data-i18n]')) node.textContent = t(node.dataset.i18n);
  for (const node of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of node.dataset.i18nAttr.split(/\s+/)) {
      const [attr, key] = pair.split(':');
      node.setAttribute(attr, t(key));
    }
  }
}

const dateFormats = new Map();

/**
 * "7 Oct 2023" in English, "7 أكتوبر 2023" in Arabic (Western digits, as the articles mostly
 * write them). Dates are calendar dates, so they are formatted in UTC and never shift a day.
 */
export function formatDate(date, lang = current) {
  if (!dateFormats.has(lang)) {
    dateFormats.set(lang, new Intl.DateTimeFormat(lang === 'ar' ? 'ar-u-nu-latn' : 'en-GB',
      { year: 'numeric', month: lang === 'ar' ? 'long' : 'short', day: 'numeric', timeZone: 'UTC' }));
  }
  return dateFormats.get(lang).format(date);
}

/** A count with the page's grouping, in Western digits like the dates. */
export function formatNumber(n) {
  return new Intl.NumberFormat(current === 'ar' ? 'ar-u-nu-latn' : 'en-GB').format(n);
}
