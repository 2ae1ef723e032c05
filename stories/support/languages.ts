// Story data for the language stories (languages.stories.ts): the seed's story, the NATO summit, as
// newsrooms in each script family would publish it, with the seed's photo, and each newsroom's
// four most-read stories of the day. Headlines, names and captions are written in the language;
// a Latin-script name and "F-16" sit inside the right-to-left ones, as they do in real bylines.
import { hero } from './data.js';

type Json = Record<string, unknown>;

/** One newsroom: its language tag, its lead article and its trending feed. */
export interface Edition {
  lang: string;
  article: Json;
  feed: Json;
}

interface Words {
  kicker: string;
  section: string;
  headline: string;
  description: string;
  authors: string[];
  alt: string;
  caption: string;
  labels: string[];
  wordCount: number;
  /** The four most-read stories: headline and author. */
  trending: Array<[string, string]>;
}

const TRENDING_TIMES = ['09:40', '08:55', '08:20', '07:30'];

function edition(lang: string, words: Words): Edition {
  const base = `https://news.example/${lang.toLowerCase()}`;
  return {
    lang,
    article: {
      url: `${base}/world/nato-china`,
      headline: words.headline,
      description: words.description,
      kicker: words.kicker,
      articleSection: words.section,
      inLanguage: lang,
      datePublished: '2024-07-11T10:15:00+02:00',
      dateModified: '2024-07-11T13:40:00+02:00',
      author: words.authors.map((name) => ({ name })),
      image: { ...hero, alt: words.alt, caption: words.caption, creditText: 'Shutterstock' },
      labels: words.labels,
      wordCount: words.wordCount,
    },
    feed: {
      items: words.trending.map(([headline, author], i) => ({
        url: `${base}/world/trending-${i + 1}`,
        headline,
        articleSection: words.section,
        datePublished: `2024-07-11T${TRENDING_TIMES[i]}:00+02:00`,
        author: [{ name: author }],
        image: { ...hero, alt: '' },
      })),
    },
  };
}

export const portuguese = edition('pt-BR', {
  kicker: 'Cúpula da Otan',
  section: 'Mundo',
  headline: 'Otan acusa China de apoiar o esforço de guerra da Rússia',
  description: 'No aniversário de 75 anos da aliança, a cúpula de Washington foi dominada pela preocupação com a parceria estratégica entre Rússia e China.',
  authors: ['Ana Beatriz Conceição', 'João Guimarães'],
  alt: 'Jens Stoltenberg ao púlpito diante de bandeiras da Otan',
  caption: 'O secretário-geral da Otan, Jens Stoltenberg, expressou forte preocupação com o apoio da China à Rússia',
  labels: ['live'],
  wordCount: 1180,
  trending: [
    ['Biden recebe aliados e cúpula se volta para a defesa aérea da Ucrânia', 'Fernanda Araújo'],
    ['Japão e Coreia do Sul entram nas conversas da Otan sobre segurança no Pacífico', 'Luís Otávio Peçanha'],
    ['Caças F-16 começam a chegar à Ucrânia, confirma a Dinamarca', 'Marília Gonçalves'],
    ['Orbán visita Pequim e irrita parceiros europeus', 'Ana Beatriz Conceição'],
  ],
});

export const russian = edition('ru', {
  kicker: 'Саммит НАТО',
  section: 'В мире',
  headline: 'НАТО обвинило Китай в содействии военным усилиям России',
  description: 'Юбилейный саммит альянса в Вашингтоне прошёл под знаком тревоги из-за стратегического партнёрства России и Китая.',
  authors: ['Анна Соколова', 'Михаил Лебедев'],
  alt: 'Йенс Столтенберг за трибуной на фоне флагов НАТО',
  caption: 'Генеральный секретарь НАТО Йенс Столтенберг выразил серьёзную обеспокоенность поддержкой, которую Китай оказывает России',
  labels: ['breaking'],
  wordCount: 960,
  trending: [
    ['Байден принимает союзников: саммит переходит к противовоздушной обороне Украины', 'Ольга Кузнецова'],
    ['Япония и Южная Корея присоединились к переговорам НАТО о безопасности в Тихом океане', 'Дмитрий Орлов'],
    ['Дания подтвердила начало поставок истребителей F-16 Украине', 'Анна Соколова'],
    ['Визит Орбана в Пекин вызвал недовольство европейских партнёров', 'Михаил Лебедев'],
  ],
});

export const arabicEdition = edition('ar', {
  kicker: 'قمة الناتو',
  section: 'العالم',
  headline: 'الناتو يتهم الصين بدعم المجهود الحربي الروسي',
  description: 'هيمنت المخاوف من الشراكة الاستراتيجية بين روسيا والصين على قمة واشنطن في الذكرى الخامسة والسبعين للحلف.',
  authors: ['ليلى حداد', 'Kathrine Frich'],
  alt: 'ينس ستولتنبرغ على المنصة أمام أعلام الناتو',
  caption: 'أعرب الأمين العام لحلف الناتو ينس ستولتنبرغ عن قلق بالغ من دعم الصين لروسيا',
  labels: ['breaking'],
  wordCount: 1240,
  trending: [
    ['بايدن يستضيف الحلفاء والقمة تتحول إلى الدفاعات الجوية الأوكرانية', 'عمر الخطيب'],
    ['اليابان وكوريا الجنوبية تنضمان إلى محادثات الناتو بشأن أمن المحيط الهادئ', 'سارة منصور'],
    ['الدنمارك تؤكد بدء وصول مقاتلات F-16 إلى أوكرانيا', 'Mads Holm'],
    ['زيارة أوربان إلى بكين تثير استياء الشركاء الأوروبيين', 'ليلى حداد'],
  ],
});

export const hebrew = edition('he', {
  kicker: 'פסגת נאט״ו',
  section: 'עולם',
  headline: 'נאט״ו מאשימה את סין בסיוע למאמץ המלחמתי של רוסיה',
  description: 'בפסגה בוושינגטון, במלאת 75 שנה לברית, שלט החשש מהשותפות האסטרטגית בין רוסיה לסין.',
  authors: ['נועה לוי', 'Kathrine Frich'],
  alt: 'ינס סטולטנברג על הדוכן מול דגלי נאט״ו',
  caption: 'מזכ״ל נאט״ו ינס סטולטנברג הביע דאגה עמוקה מהתמיכה של סין ברוסיה',
  labels: ['live'],
  wordCount: 870,
  trending: [
    ['ביידן מארח את בעלות הברית והפסגה עוברת להגנה האווירית של אוקראינה', 'איתי כהן'],
    ['יפן ודרום קוריאה מצטרפות לשיחות נאט״ו על הביטחון באוקיינוס השקט', 'מיכל אברהם'],
    ['דנמרק מאשרת: מטוסי ה־F-16 הראשונים הגיעו לאוקראינה', 'Mads Holm'],
    ['ביקורו של אורבן בבייג׳ינג מרגיז את השותפות באירופה', 'נועה לוי'],
  ],
});

export const hindi = edition('hi', {
  kicker: 'नाटो शिखर सम्मेलन',
  section: 'दुनिया',
  headline: 'नाटो ने चीन पर रूस के युद्ध प्रयासों में मदद का आरोप लगाया',
  description: 'गठबंधन की 75वीं वर्षगांठ पर वॉशिंगटन में हुए शिखर सम्मेलन में रूस और चीन की रणनीतिक साझेदारी को लेकर चिंता छाई रही।',
  authors: ['प्रिया शर्मा', 'राहुल वर्मा'],
  alt: 'नाटो के झंडों के सामने मंच पर येन्स स्टोल्टेनबर्ग',
  caption: 'नाटो महासचिव येन्स स्टोल्टेनबर्ग ने रूस को चीन के समर्थन पर गहरी चिंता जताई',
  labels: ['breaking'],
  wordCount: 720,
  trending: [
    ['बाइडेन ने सहयोगियों की मेज़बानी की, सम्मेलन में यूक्रेन की हवाई सुरक्षा पर चर्चा', 'अंजलि गुप्ता'],
    ['जापान और दक्षिण कोरिया प्रशांत सुरक्षा पर नाटो वार्ता में शामिल', 'विकास सिंह'],
    ['डेनमार्क ने पुष्टि की: यूक्रेन पहुंचने लगे F-16 लड़ाकू विमान', 'प्रिया शर्मा'],
    ['ओरबान की बीजिंग यात्रा से यूरोपीय साझेदार नाराज़', 'राहुल वर्मा'],
  ],
});

export const marathi = edition('mr', {
  kicker: 'नाटो शिखर परिषद',
  section: 'जग',
  headline: 'रशियाच्या युद्धप्रयत्नांना मदत केल्याचा नाटोचा चीनवर आरोप',
  description: 'आघाडीच्या ७५ व्या वर्धापनदिनानिमित्त वॉशिंग्टनमध्ये झालेल्या शिखर परिषदेत रशिया आणि चीन यांच्या धोरणात्मक भागीदारीबद्दलची चिंता केंद्रस्थानी होती.',
  authors: ['सायली कुलकर्णी', 'अमोल देशपांडे'],
  alt: 'नाटोच्या ध्वजांसमोर व्यासपीठावर येन्स स्टोल्टनबर्ग',
  caption: 'नाटोचे महासचिव येन्स स्टोल्टनबर्ग यांनी चीनच्या रशियाला असलेल्या पाठिंब्याबद्दल तीव्र चिंता व्यक्त केली',
  labels: ['live'],
  wordCount: 1340,
  trending: [
    ['बायडेन यांच्याकडून मित्रराष्ट्रांचे स्वागत; परिषदेत युक्रेनच्या हवाई संरक्षणावर चर्चा', 'मधुरा जोशी'],
    ['प्रशांत महासागरातील सुरक्षेवरील नाटोच्या चर्चेत जपान आणि दक्षिण कोरिया सहभागी', 'निखिल पाटील'],
    ['डेन्मार्कची पुष्टी: F-16 लढाऊ विमाने युक्रेनमध्ये दाखल', 'सायली कुलकर्णी'],
    ['ओर्बान यांच्या बीजिंग दौऱ्यामुळे युरोपीय सहकारी नाराज', 'अमोल देशपांडे'],
  ],
});

export const japanese = edition('ja', {
  kicker: 'NATO首脳会議',
  section: '国際',
  headline: 'NATO、中国がロシアの戦争遂行を支援と非難　ワシントンで首脳会議',
  description: '創設75周年を迎えたNATOの首脳会議は、ロシアと中国の戦略的パートナーシップへの懸念が議論の中心となった。',
  authors: ['田中 愛子', '佐藤 健一'],
  alt: 'NATOの旗を背に演台に立つストルテンベルグ事務総長',
  caption: 'NATOのストルテンベルグ事務総長は、中国によるロシア支援に強い懸念を示した',
  labels: ['breaking'],
  wordCount: 2400,
  trending: [
    ['バイデン大統領が同盟国を歓迎、首脳会議はウクライナの防空が焦点に', '山本 沙織'],
    ['日本と韓国、太平洋の安全保障をめぐるNATOとの協議に参加', '中村 大輔'],
    ['デンマーク、F16戦闘機のウクライナ到着を確認', '田中 愛子'],
    ['オルバン首相の北京訪問に欧州の同盟国が反発', '佐藤 健一'],
  ],
});

export const traditionalChinese = edition('zh-Hant', {
  kicker: '北約峰會',
  section: '國際',
  headline: '北約指控中國協助俄羅斯的戰爭行動',
  description: '北約成立75週年，華府峰會的焦點是各國對俄中戰略夥伴關係的憂慮。',
  authors: ['陳怡君', '林志明'],
  alt: '北約秘書長史托騰柏格在北約旗幟前的講台發言',
  caption: '北約秘書長史托騰柏格對中國支持俄羅斯表達強烈關切',
  labels: ['live'],
  wordCount: 1600,
  trending: [
    ['拜登接待盟國領袖　峰會焦點轉向烏克蘭防空', '黃淑芬'],
    ['日韓加入北約太平洋安全會談', '張家豪'],
    ['丹麥證實首批F-16戰機已抵達烏克蘭', '陳怡君'],
    ['奧班訪問北京　歐洲盟友不滿', '林志明'],
  ],
});

export const korean = edition('ko', {
  kicker: 'NATO 정상회의',
  section: '국제',
  headline: '나토, 중국이 러시아의 전쟁 수행을 돕고 있다고 비판',
  description: '창설 75주년을 맞은 워싱턴 정상회의에서는 러시아와 중국의 전략적 동반자 관계에 대한 우려가 논의를 지배했다.',
  authors: ['김민지', '이준호'],
  alt: '나토 깃발 앞 연단에 선 옌스 스톨텐베르그 사무총장',
  caption: '옌스 스톨텐베르그 나토 사무총장은 중국의 러시아 지원에 강한 우려를 나타냈다',
  labels: ['breaking'],
  wordCount: 1100,
  trending: [
    ['바이든, 동맹국 정상 맞이해… 정상회의 초점은 우크라이나 방공', '박서연'],
    ['한국·일본, 태평양 안보 논의 위한 나토 회담 참여', '최동현'],
    ['덴마크 “F-16 전투기 우크라이나 도착 시작”', '김민지'],
    ['오르반 총리 베이징 방문에 유럽 동맹국 반발', '이준호'],
  ],
});
